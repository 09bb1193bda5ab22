package org.legalkiosk.content.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds derived data for a content version (e.g. the search index) before the version becomes active. It runs on
 * the fully materialised, validated folder, may write inside it (the store syncs whatever it writes before marking
 * the version complete), and fails the whole apply by throwing. The folder is renamed afterwards, so nothing it
 * writes may contain the folder's absolute path.
 */
@FunctionalInterface
public interface VersionIndexer {

    VersionIndexer NONE = versionDir -> {};

    void index(Path versionDir) throws IOException;
}
