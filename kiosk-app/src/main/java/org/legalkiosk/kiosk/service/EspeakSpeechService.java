package org.legalkiosk.kiosk.service;

import org.legalkiosk.content.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Speech through the {@code espeak-ng} program (Debian package {@code espeak-ng}), which speaks Mandarin
 * ({@code cmn}) and English offline. Text goes to its standard input, so nothing a visitor reads lands in a
 * process list.
 */
public final class EspeakSpeechService implements SpeechService {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeechService.class);
    private static final List<Path> LOCATIONS = List.of(Path.of("/usr/bin/espeak-ng"), Path.of("/usr/local/bin/espeak-ng"));

    private final Path program;
    private Process current;

    private EspeakSpeechService(Path program) {
        this.program = program;
    }

    /** The service if espeak-ng is installed, otherwise a silent one. */
    public static SpeechService detect() {
        return LOCATIONS.stream().filter(Files::isExecutable).findFirst()
                .<SpeechService>map(EspeakSpeechService::new)
                .orElseGet(SilentSpeechService::new);
    }

    @Override
    public synchronized void speak(String text, Language language) {
        stop();
        String voice = language == Language.ZH ? "cmn" : "en";
        try {
            current = new ProcessBuilder(program.toString(), "-v", voice, "-s", "140", "--stdin")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = current.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("Read-aloud failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (current != null && current.isAlive()) {
            current.destroy();
        }
        current = null;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
