package org.legalkiosk.kiosk.service.technician;

import java.util.ArrayList;
import java.util.List;

import org.legalkiosk.kiosk.store.AuditLog;

/** An audit log in memory, for tests that check what was recorded. */
public final class RecordingAudit implements AuditLog {

    public final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void append(Entry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<Entry> latest(int limit) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - limit), entries.size()));
    }
}
