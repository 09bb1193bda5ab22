package org.legalkiosk.kiosk.ui.common;

import java.time.Clock;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.NoticeService;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.usage.UsageCounts;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Navigator;

/**
 * What every ViewModel may use: the services, the visitor's session and the clock, where to count what the
 * county wants to know (anonymous usage counts), and where slow work runs ({@link ScreenTasks}, closed with the kiosk).
 */
public record ScreenContext(
        ContentService content,
        NoticeService notices,
        KioskSession session,
        Clock clock,
        ResidentServices residents,
        ChineseInput input,
        UsageCounts usage,
        ScreenTasks tasks) {

    /** A context whose slow work runs on a worker thread of its own, started when first needed. */
    public ScreenContext(
            ContentService content,
            NoticeService notices,
            KioskSession session,
            Clock clock,
            ResidentServices residents,
            ChineseInput input,
            UsageCounts usage) {
        this(content, notices, session, clock, residents, input, usage, ScreenTasks.worker());
    }

    /** A context without handwriting or pinyin candidates (letters only) that counts nothing. */
    public ScreenContext(
            ContentService content,
            NoticeService notices,
            KioskSession session,
            Clock clock,
            ResidentServices residents) {
        this(content, notices, session, clock, residents, ChineseInput.none(), UsageCounts.NONE);
    }

    /** A context with handwriting and pinyin candidates that counts nothing. */
    public ScreenContext(
            ContentService content,
            NoticeService notices,
            KioskSession session,
            Clock clock,
            ResidentServices residents,
            ChineseInput input) {
        this(content, notices, session, clock, residents, input, UsageCounts.NONE);
    }

    /** A context without handwriting or pinyin candidates that counts what the screens report. */
    public ScreenContext(
            ContentService content,
            NoticeService notices,
            KioskSession session,
            Clock clock,
            ResidentServices residents,
            UsageCounts usage) {
        this(content, notices, session, clock, residents, ChineseInput.none(), usage);
    }

    /** A context for the reading screens only: no printer, card reader or bookings. */
    public ScreenContext(ContentService content, NoticeService notices, KioskSession session, Clock clock) {
        this(content, notices, session, clock, ResidentServices.none());
    }

    /** A context whose notices are only those shipped with the content. */
    public ScreenContext(ContentService content, KioskSession session, Clock clock) {
        this(content, NoticeBoard.contentOnly(content, clock), session, clock);
    }

    /** The same context with its slow work run elsewhere (tests: in place, or collected and run later). */
    public ScreenContext withTasks(ScreenTasks other) {
        return new ScreenContext(content, notices, session, clock, residents, input, usage, other);
    }

    public Language language() {
        return session.language();
    }

    public Messages messages() {
        return Messages.of(session.language());
    }

    public Navigator navigator() {
        return session.navigator();
    }
}
