package org.legalkiosk.content.search;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Whether an index on disk is whole: every file read against the checksum Lucene stored in it. Opening an index
 * checks only its headers, so a file damaged in the middle (a bad SD card, a torn copy) would otherwise surface as
 * a failing search much later. A few milliseconds for the kiosk's few megabytes.
 */
public final class IndexIntegrity {

    private IndexIntegrity() {}

    /** @throws IOException if the index cannot be opened or any of its files fails its checksum */
    public static void check(Path indexDir) throws IOException {
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
    }
}
