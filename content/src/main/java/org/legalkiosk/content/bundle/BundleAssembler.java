package org.legalkiosk.content.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

/**
 * Puts a signed manifest and object files (from a content store, or downloaded) back into one bundle file in the
 * canonical layout, so it can be verified and applied exactly like a built one. The manifest and signature bytes go
 * in unchanged, so nothing here can make a bundle a store would not otherwise accept. Objects are stored
 * uncompressed: such a bundle is made and applied on the same machine, where compressing would only cost time.
 */
public final class BundleAssembler {

    private BundleAssembler() {}

    /**
     * @param objects object files by their SHA-256; a sorted map, because the layout lists objects in ascending
     *                hash order
     */
    public static void assemble(Path out, byte[] manifestJson, byte[] signature, SortedMap<String, Path> objects)
            throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out));
                BundleWriter writer = new BundleWriter(file)) {
            writer.manifest(manifestJson, signature);
            for (Map.Entry<String, Path> e : objects.entrySet()) {
                writer.storedObject(e.getKey(), e.getValue());
            }
        }
    }
}
