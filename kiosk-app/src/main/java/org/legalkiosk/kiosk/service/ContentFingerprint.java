package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.Hashes;

/**
 * A SHA-256 over every file a search index is built from: each source folder's files in path order, each as its
 * relative path, its size and its bytes. Two folders with the same files give the same fingerprint wherever they
 * are (a folder on disk or the sample content inside the jar); changing, adding, removing or renaming any file
 * changes it. Left out at the top of a folder: its own {@code index} (built from the rest), hidden entries, and
 * the Maven build's {@code src} and {@code target} of the content module, which a developer's {@code --content-dir}
 * may point at and which the content loader never reads (a jar in {@code target} would only slow the hash).
 */
final class ContentFingerprint {

    private static final Pattern LEFT_OUT =
            Pattern.compile("\\..*|" + LocalContentService.INDEX_FOLDER + "|src|target");

    private ContentFingerprint() {}

    private static String top(Path source, Path p) {
        return source.relativize(p).getName(0).toString();
    }

    static String of(List<Path> sources) throws IOException {
        MessageDigest digest = Hashes.sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            digest.update(("source\0" + i + "\0").getBytes(StandardCharsets.UTF_8));
            for (Path file : files(source)) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                digest.update((relative + "\0" + Files.size(file) + "\0").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        }
        return Hashes.hex(digest);
    }

    private static List<Path> files(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(p -> !p.equals(source)
                            && !LEFT_OUT.matcher(top(source, p)).matches())
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> source.relativize(p).toString()))
                    .toList();
        }
    }
}
