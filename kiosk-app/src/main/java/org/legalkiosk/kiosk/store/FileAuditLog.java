package org.legalkiosk.kiosk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legalkiosk.kiosk.privacy.PrivateFiles;

/**
 * {@code DATA_DIR/audit.log}: one JSON object per line, each carrying the hash of the line before it (see
 * {@link AuditChain}), appended and forced to disk per entry, so an entry that was answered is an entry that
 * survives a power cut. The kiosk and the {@code legalkiosk} commands append to the same file, so each append holds
 * a lock on it across processes while it reads the last line and writes the next. A torn last line (power cut
 * mid-write) is closed with a newline and chained like any other, and skipped when entries are read.
 */
public final class FileAuditLog implements AuditLog {

    public static final String FILE_NAME = "audit.log";
    /** A detail longer than this is cut: the log must stay readable, and bodies never belong in it. */
    static final int MAX_DETAIL = 2000;
    /** One lock per file within this process; {@link FileLock} only guards against other processes. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public FileAuditLog(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public void append(Entry entry) throws IOException {
        ObjectNode line = json.valueToTree(entry);
        if (entry.detail() != null && entry.detail().length() > MAX_DETAIL) {
            line.put("detail", entry.detail().substring(0, MAX_DETAIL) + "…");
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
        local.lock();
        try (FileChannel ch = PrivateFiles.openForAppend(file);
                FileLock ignored = ch.lock()) {
            Tail tail = Tail.of(ch);
            line.put(AuditChain.FIELD, tail.lastLine() == null ? AuditChain.GENESIS : AuditChain.hash(tail.lastLine()));
            String text = (tail.endsWithNewline() ? "" : "\n") + json.writeValueAsString(line) + "\n";
            ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            ch.position(ch.size());
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(false);
        } finally {
            local.unlock();
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

    /** Checks the whole chain. */
    public AuditChain.Report verify() throws IOException {
        return AuditChain.verify(file);
    }

    /** The file's last line, read backwards from its end so a long log costs no more than a short one. */
    private record Tail(String lastLine, boolean endsWithNewline) {
        private static final int CHUNK = 8192;

        static Tail of(FileChannel ch) throws IOException {
            long size = ch.size();
            if (size == 0) {
                return new Tail(null, true);
            }
            boolean newline = readByte(ch, size - 1) == '\n';
            long end = newline ? size - 1 : size;
            long start = end;
            ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
            search:
            while (start > 0) {
                long from = Math.max(0, start - CHUNK);
                chunk.clear().limit((int) (start - from));
                readFully(ch, chunk, from);
                for (int i = chunk.limit() - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        start = from + i + 1;
                        break search;
                    }
                }
                start = from;
            }
            ByteBuffer line = ByteBuffer.allocate((int) (end - start));
            readFully(ch, line, start);
            return new Tail(new String(line.array(), StandardCharsets.UTF_8), newline);
        }

        private static byte readByte(FileChannel ch, long at) throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            readFully(ch, one, at);
            return one.get(0);
        }

        private static void readFully(FileChannel ch, ByteBuffer into, long at) throws IOException {
            long position = at;
            while (into.hasRemaining()) {
                int n = ch.read(into, position);
                if (n < 0) {
                    throw new IOException("audit log shrank while read");
                }
                position += n;
            }
        }
    }
}
