package org.legalkiosk.kiosk.agent.terminal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of the kiosk's log file, read from its end so a big log costs no more than a small one. */
public final class LogSource {

    /** The most a request reads from the end of the file. */
    public static final int MAX_TAIL_BYTES = 1024 * 1024;

    private final Path file;

    public LogSource(Path file) {
        this.file = file;
    }

    public static LogSource forDataDir(Path dataDir) {
        return new LogSource(dataDir.resolve("logs").resolve("kiosk.log"));
    }

    public List<String> lastLines(int n) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int read = (int) Math.min(length, MAX_TAIL_BYTES);
            byte[] bytes = new byte[read];
            raf.seek(length - read);
            raf.readFully(bytes);
            List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n")));
            if (read < length && !lines.isEmpty()) {
                lines.remove(0); // cut in the middle: the first line is partial
            }
            return lines.subList(Math.max(0, lines.size() - n), lines.size());
        }
    }
}
