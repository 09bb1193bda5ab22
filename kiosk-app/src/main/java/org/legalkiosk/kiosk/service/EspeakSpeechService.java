package org.legalkiosk.kiosk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.service.speech.EspeakInput;
import org.legalkiosk.kiosk.service.speech.Sentences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech through the {@code espeak-ng} program (Debian package {@code espeak-ng}), offline: Chinese through its
 * {@code cmn-latn-pinyin} voice, fed toned pinyin ({@link EspeakInput}), so it is heard as Mandarin syllables
 * and never as English letters and tone numbers; English through {@code en}. A reading is spoken one sentence per
 * espeak-ng process, on one worker thread, so Stop is immediate, Pause resumes at the sentence it held, and a
 * change of volume is heard from the next sentence. Text goes to standard input, so nothing a visitor reads lands
 * in a process list. A recording in the content ({@code audio/KEY.wav} or {@code .ogg}) is played instead, through
 * sox's {@code play}, where both exist.
 */
public final class EspeakSpeechService implements SpeechService {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeechService.class);
    private static final List<Path> LOCATIONS =
            List.of(Path.of("/usr/bin/espeak-ng"), Path.of("/usr/local/bin/espeak-ng"));
    private static final Path PLAYER = Path.of("/usr/bin/play");
    private static final String SPEED_WORDS_PER_MINUTE = "140";

    private final Path program;
    private final Function<String, Optional<Path>> recordings;
    private final EspeakInput input = new EspeakInput();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "read-aloud");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private Reading reading;
    private Process current;
    private volatile SpeechVolume volume = SpeechVolume.NORMAL;

    /** One request to read, with how far it has come. */
    private static final class Reading {
        final List<String> sentences;
        final Language language;
        final Path recording;
        int next;
        boolean paused;
        /** Bumped on every resume, so a worker loop from before a pause stops at once. */
        int run;

        Reading(List<String> sentences, Language language, Path recording) {
            this.sentences = sentences;
            this.language = language;
            this.recording = recording;
        }

        int size() {
            return recording != null ? 1 : sentences.size();
        }
    }

    EspeakSpeechService(Path program, Function<String, Optional<Path>> recordings) {
        this.program = program;
        this.recordings = recordings;
    }

    /** The service if espeak-ng is installed, otherwise a silent one. */
    public static SpeechService detect(Function<String, Optional<Path>> recordings) {
        return LOCATIONS.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .<SpeechService>map(p -> new EspeakSpeechService(p, recordings))
                .orElseGet(SilentSpeechService::new);
    }

    @Override
    public void speak(String text, Language language, String recording) {
        Path recorded = recording == null || !Files.isExecutable(PLAYER)
                ? null
                : recordings.apply(recording).orElse(null);
        Reading r = new Reading(recorded != null ? List.of() : Sentences.of(text), language, recorded);
        synchronized (lock) {
            cancelLocked();
            reading = r;
            startLocked(r);
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            cancelLocked();
        }
    }

    @Override
    public void pause() {
        synchronized (lock) {
            if (reading != null && !reading.paused) {
                reading.paused = true;
                destroyCurrentLocked();
            }
        }
    }

    @Override
    public void resume() {
        synchronized (lock) {
            if (reading != null && reading.paused) {
                reading.paused = false;
                startLocked(reading);
            }
        }
    }

    @Override
    public boolean isSpeaking() {
        synchronized (lock) {
            return reading != null && !reading.paused;
        }
    }

    @Override
    public boolean isPaused() {
        synchronized (lock) {
            return reading != null && reading.paused;
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public SpeechVolume volume() {
        return volume;
    }

    @Override
    public void setVolume(SpeechVolume volume) {
        this.volume = volume;
    }

    @Override
    public void close() {
        stop();
        worker.shutdownNow();
    }

    private void startLocked(Reading r) {
        int run = ++r.run;
        worker.execute(() -> read(r, run));
    }

    private void cancelLocked() {
        reading = null;
        destroyCurrentLocked();
    }

    private void destroyCurrentLocked() {
        if (current != null && current.isAlive()) {
            current.destroy();
        }
        current = null;
    }

    /** Speaks the reading's sentences from where it stands, until it ends, is paused, stopped or replaced. */
    private void read(Reading r, int run) {
        while (true) {
            Process process;
            synchronized (lock) {
                if (reading != r || r.paused || r.run != run) {
                    return;
                }
                if (r.next >= r.size()) {
                    reading = null;
                    return;
                }
                try {
                    process = launch(r);
                } catch (IOException e) {
                    LOG.warn("Read-aloud failed: {}", e.getMessage());
                    reading = null;
                    return;
                }
                current = process;
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (lock) {
                if (current == process) {
                    current = null;
                }
                if (reading == r && !r.paused && r.run == run) {
                    r.next++;
                }
            }
        }
    }

    private Process launch(Reading r) throws IOException {
        SpeechVolume v = volume;
        if (r.recording != null) {
            String factor =
                    String.format(Locale.ROOT, "%.2f", v.amplitude() / (double) SpeechVolume.NORMAL.amplitude());
            return new ProcessBuilder(PLAYER.toString(), "-q", "-v", factor, r.recording.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        }
        Process p = new ProcessBuilder(command(r.language, v))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.ssml(r.sentences.get(r.next), r.language).getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private List<String> command(Language language, SpeechVolume v) {
        return List.of(
                program.toString(),
                "-m",
                "-v",
                EspeakInput.voice(language),
                "-s",
                SPEED_WORDS_PER_MINUTE,
                "-a",
                Integer.toString(v.amplitude()),
                "--stdin");
    }
}
