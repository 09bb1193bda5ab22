package org.legalkiosk.kiosk.agent;

import java.nio.file.Path;

import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.store.ContentStore;
import org.legalkiosk.content.store.StoreOptions;

/**
 * A second process on the kiosk's data folder, as a {@code legalkiosk content} command is: opens the content store
 * under {@code args[0]}, says {@code HELD}, and keeps it until its standard input closes.
 */
public final class StoreHolder {

    private StoreHolder() {}

    public static void main(String[] args) throws Exception {
        try (ContentStore store = ContentStore.open(Path.of(args[0]), StoreOptions.of(TrustedKeys.of()))) {
            System.out.println("HELD " + store.root());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the store until the test closes our input.
            }
        }
    }
}
