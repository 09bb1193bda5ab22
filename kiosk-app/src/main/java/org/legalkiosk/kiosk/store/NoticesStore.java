package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.util.List;

/** The notices the county publishes to this kiosk. */
public interface NoticesStore {

    List<NoticeDocument> list() throws IOException;

    /** Adds a notice, or replaces the one with the same id; true when it was new. */
    boolean put(NoticeDocument notice) throws IOException;

    /** False when there was no notice with that id. */
    boolean delete(String id) throws IOException;
}
