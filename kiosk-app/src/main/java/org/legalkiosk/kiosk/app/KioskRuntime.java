package org.legalkiosk.kiosk.app;

import java.time.Clock;
import java.time.Duration;

import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.config.VisitorSettings;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.NoticeService;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.SpeechService;
import org.legalkiosk.kiosk.service.display.ScreenSchedule;
import org.legalkiosk.kiosk.service.input.ChineseInput;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.service.usage.DailyUsage;

/**
 * Everything a running kiosk is wired from: its configuration and its services. {@code help} and {@code presence}
 * carry the help button's requests and the presence sensor's arrivals to the screen; {@code input} is handwriting and
 * pinyin candidates, as far as this machine has them; {@code technician} and {@code technicianConsole} are the hidden
 * technician screen's PIN and what it shows; {@code visitor} paces a visitor's session; {@code usage} holds the
 * anonymous counts the screens make, for the outbox and the agent's status; {@code display} keeps the screen on in the
 * awake hours of kiosk.yaml and lets it go dark at night.
 */
public record KioskRuntime(
        KioskConfig config,
        ContentService content,
        NoticeService notices,
        SpeechService speech,
        Clock clock,
        LiveSettings settings,
        FxScreenCapture screen,
        UpdateAnnouncer updates,
        ResidentServices residents,
        DemoPanelFeed demoPanel,
        HelpRequests help,
        PresenceService presence,
        Duration attractDelay,
        VisitorSettings visitor,
        DailyUsage usage,
        ChineseInput input,
        TechnicianAccess technician,
        TechnicianConsole technicianConsole,
        ScreenSchedule display) {}
