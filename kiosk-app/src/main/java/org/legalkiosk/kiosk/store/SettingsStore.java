package org.legalkiosk.kiosk.store;

import java.io.IOException;

/** The kiosk's settings as the agent reads and changes them. */
public interface SettingsStore {

    RemoteSettings read() throws IOException;

    /** Stores validated settings; the running kiosk picks them up as its wiring allows. */
    void write(RemoteSettings settings) throws IOException;
}
