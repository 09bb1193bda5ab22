package org.legalkiosk.kiosk.service.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a PDF's pages to PNG with poppler's {@code pdftoppm} (Debian's poppler-utils, installed by .ci/run): a
 * second, independent renderer, so a page that only PDFBox could draw would show here.
 */
final class FormPages {

    private FormPages() {}

    static List<Path> toPng(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftoppm", "-r", "60", "-png", pdf.toString(), prefix.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("pdftoppm did not finish");
        }
        assertEquals(0, p.exitValue(), "pdftoppm: " + output);
        String stem = prefix.getFileName().toString();
        try (var files = Files.list(prefix.getParent())) {
            return files.filter(f ->
                            f.getFileName().toString().matches(java.util.regex.Pattern.quote(stem) + "-\\d+\\.png"))
                    .sorted()
                    .toList();
        }
    }
}
