package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.legalkiosk.hub.protocol.HubNotice;
import org.legalkiosk.kiosk.store.NoticeDocument;
import org.legalkiosk.kiosk.store.NoticesStore;

/**
 * Puts the hub's notices into the kiosk's notices store (the file the agent also writes, which the Home screen
 * shows) as {@code hub-<id>}, and removes every {@code hub-} notice the hub no longer sends: the reply is the whole
 * set. Notices pushed through the agent (other ids) are left alone.
 */
public final class HubNoticeSync {

    static final String PREFIX = "hub-";

    private final NoticesStore store;

    public HubNoticeSync(NoticesStore store) {
        this.store = store;
    }

    /** Returns how many notices changed (added, replaced or removed). */
    public int apply(List<HubNotice> notices) throws IOException {
        Set<String> wanted = new HashSet<>();
        int changed = 0;
        List<NoticeDocument> current = store.list();
        for (HubNotice n : notices) {
            NoticeDocument doc = new NoticeDocument(
                    PREFIX + n.id(),
                    new NoticeDocument.Text(n.titleZh(), n.titleEn()),
                    new NoticeDocument.Text(n.bodyZh(), n.bodyEn()),
                    n.startsAt().toString(),
                    n.endsAt() == null ? null : n.endsAt().toString(),
                    n.urgent() ? "urgent" : "normal");
            wanted.add(doc.id());
            if (!current.contains(doc)) {
                store.put(doc);
                changed++;
            }
        }
        for (NoticeDocument doc : current) {
            if (doc.id().startsWith(PREFIX) && !wanted.contains(doc.id())) {
                store.delete(doc.id());
                changed++;
            }
        }
        return changed;
    }
}
