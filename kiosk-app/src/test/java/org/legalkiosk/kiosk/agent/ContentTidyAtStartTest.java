package org.legalkiosk.kiosk.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.StoreContentAdmin;
import org.legalkiosk.kiosk.testing.TestKiosk;

/** Issue 13, finding 6: the kiosk's start clears what a crash left in the content store, without waiting for an update. */
class ContentTidyAtStartTest {

    @TempDir
    Path dir;

    @Test
    void startingTheKioskRemovesStaleStagingFoldersAtOnce() throws Exception {
        Path data = dir.resolve("data");
        Bundles bundles = new Bundles(Files.createDirectories(dir.resolve("bundles")));
        bundles.trustIn(data);
        StoreContentAdmin content = StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK);
        content.apply(bundles.build(1), ContentAdmin.Source.PUSH);
        Path stale = Files.createDirectories(data.resolve("content/versions/.tmp-2-0badcafe/explainers"));

        StoreContentAdmin.forDataDir(data, "0.1.0-SNAPSHOT", TestKiosk.CLOCK).tidyAtStart();

        assertFalse(Files.exists(stale.getParent()), "the staging folder of the interrupted apply is gone");
        assertTrue(Files.isDirectory(data.resolve("content/versions/1")));
    }
}
