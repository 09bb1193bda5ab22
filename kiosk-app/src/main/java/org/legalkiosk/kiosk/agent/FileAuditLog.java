package org.legalkiosk.kiosk.agent;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code DATA_DIR/audit.log}: one JSON object per line, appended and forced to disk per entry, so an entry that
 * was answered is an entry that survives a power cut. A torn last line (power cut mid-write) is skipped on read.
 */
public final class FileAuditLog implements AuditLog {

    public static final String FILE_NAME = "audit.log";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public FileAuditLog(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    @Override
    public synchronized void append(Entry entry) throws IOException {
        byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(false);
        }
    }

    @Override
    public synchronized List<Entry> latest(int limit) throws IOException {
        if (!Files.isRegularFile(file) || limit <= 0) {
            return List.of();
        }
        Deque<Entry> last = new ArrayDeque<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Entry e;
                try {
                    e = json.readValue(line, Entry.class);
                } catch (IOException torn) {
                    continue;
                }
                last.addLast(e);
                if (last.size() > limit) {
                    last.removeFirst();
                }
            }
        }
        return new ArrayList<>(last);
    }
}
