package org.legalkiosk.kiosk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.legalkiosk.kiosk.config.KioskSettings;

/**
 * {@link SettingsStore} over {@code DATA_DIR/kiosk.yaml}: the remote fields are replaced, the local ones (paths)
 * kept, and the file replaced atomically. The listener hears of each change, so the lead's wiring can apply what
 * needs no restart (e.g. the idle timeout).
 */
public final class KioskYamlSettingsStore implements SettingsStore {

    private final Path dataDir;
    private final Consumer<KioskSettings> onChange;
    private final ObjectMapper yaml = new ObjectMapper(
                    new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public KioskYamlSettingsStore(Path dataDir, Consumer<KioskSettings> onChange) {
        this.dataDir = dataDir;
        this.onChange = onChange;
    }

    @Override
    public synchronized RemoteSettings read() throws IOException {
        KioskSettings s = current();
        return new RemoteSettings(s.idleTimeoutSeconds(), s.defaultLanguage(), s.pull());
    }

    @Override
    public synchronized void write(RemoteSettings settings) throws IOException {
        KioskSettings old = current();
        KioskSettings updated =
                old.withRemote(settings.idleTimeoutSeconds(), settings.defaultLanguage(), settings.pull());
        byte[] bytes = ("# Written by the kiosk agent; see deploy/config/kiosk.example.yaml for every setting.\n"
                        + yaml.writeValueAsString(updated))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(dataDir.resolve(KioskSettings.FILE_NAME), bytes);
        onChange.accept(updated);
    }

    private KioskSettings current() throws IOException {
        try {
            return KioskSettings.read(dataDir);
        } catch (KioskSettings.InvalidSettingsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
