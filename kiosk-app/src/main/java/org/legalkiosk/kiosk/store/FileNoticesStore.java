package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code DATA_DIR/notices.json}: the pushed notices as a JSON array, replaced atomically on each change so the
 * screen never reads half a file.
 */
public final class FileNoticesStore implements NoticesStore {

    public static final String FILE_NAME = "notices.json";
    /** Far more than a Home screen can show; keeps the file and every read small. */
    public static final int MAX_NOTICES = 200;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public FileNoticesStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized List<NoticeDocument> list() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return List.copyOf(json.readValue(file.toFile(), new TypeReference<List<NoticeDocument>>() {}));
    }

    @Override
    public synchronized boolean put(NoticeDocument notice) throws IOException {
        List<NoticeDocument> all = new ArrayList<>(list());
        boolean isNew = !all.removeIf(n -> n.id().equals(notice.id()));
        if (isNew && all.size() >= MAX_NOTICES) {
            throw new IllegalStateException("this kiosk already holds " + MAX_NOTICES + " notices; delete some first");
        }
        all.add(notice);
        AtomicFiles.write(file, json.writeValueAsBytes(all));
        return isNew;
    }

    @Override
    public synchronized boolean delete(String id) throws IOException {
        List<NoticeDocument> all = new ArrayList<>(list());
        if (!all.removeIf(n -> n.id().equals(id))) {
            return false;
        }
        AtomicFiles.write(file, json.writeValueAsBytes(all));
        return true;
    }
}
