package org.legalkiosk.kiosk.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.legalkiosk.content.model.Notice;

/**
 * Notices from two sources: those shipped with the content version, and those the county pushes to this
 * terminal through the agent (which take effect at once, without a content release).
 */
public final class NoticeBoard implements NoticeService {

    private final ContentService content;
    private final Supplier<List<Notice>> pushed;
    private final Clock clock;

    public NoticeBoard(ContentService content, Supplier<List<Notice>> pushed, Clock clock) {
        this.content = content;
        this.pushed = pushed;
        this.clock = clock;
    }

    /** Only the notices that come with the content. */
    public static NoticeBoard contentOnly(ContentService content, Clock clock) {
        return new NoticeBoard(content, List::of, clock);
    }

    @Override
    public List<Notice> active() {
        List<Notice> all = new ArrayList<>(content.library().activeNotices(clock.instant()));
        for (Notice n : pushed.get()) {
            if (n.isActiveAt(clock.instant()) && all.stream().noneMatch(c -> c.id().equals(n.id()))) {
                all.add(n);
            }
        }
        all.sort(Comparator.comparing(Notice::priority).reversed());
        return List.copyOf(all);
    }
}
