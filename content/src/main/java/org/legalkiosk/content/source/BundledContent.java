package org.legalkiosk.content.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample content packed into this module's jar (under {@code sample-content/}), as a {@link Path} the
 * loader can walk whether the classes run from a folder or from the runnable jar.
 */
public final class BundledContent {

    private static final String MARKER = "/sample-content/categories.yaml";

    private BundledContent() {}

    public static Path root() {
        URL url = BundledContent.class.getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("bundled sample content missing from the classpath (" + MARKER + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(MARKER).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding the sample content", e);
        }
    }
}
