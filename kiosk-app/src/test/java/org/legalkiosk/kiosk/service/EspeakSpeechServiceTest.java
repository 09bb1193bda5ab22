package org.legalkiosk.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;

/**
 * The speech service's own life cycle (sentence by sentence, pause, resume, stop, volume) over a stand-in for
 * espeak-ng: a script that records each sentence it is given and its arguments, then holds until a test file
 * appears, so the test decides when a sentence "ends" without timing anything.
 */
class EspeakSpeechServiceTest {

    @TempDir
    Path dir;

    private Path fakeEspeak() throws IOException {
        Path script = dir.resolve("espeak-ng");
        Files.writeString(script, """
                #!/bin/sh
                n=$(ls %1$s/said-* 2>/dev/null | wc -l)
                echo "$@" > %1$s/args-$n
                cat > %1$s/said-$n
                while [ ! -e %1$s/go-$n ]; do sleep 0.02; done
                """.formatted(dir));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Real processes run here, so this polls; the limit only bounds a broken run. */
    private void await(String what, BooleanSupplier condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(
                    20, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("never happened: " + what);
        }
    }

    private String said(int n) throws IOException {
        return Files.readString(dir.resolve("said-" + n));
    }

    private void finishSentence(int n) throws IOException {
        Files.createFile(dir.resolve("go-" + n));
    }

    @Test
    void readsSentenceBySentenceInMandarinPinyinAndCanBePausedAndStopped() throws Exception {
        EspeakSpeechService speech = new EspeakSpeechService(fakeEspeak(), key -> Optional.empty());
        speech.speak("您好。请拨打12348。谢谢。", Language.ZH);
        assertTrue(speech.isSpeaking());
        await("the first sentence", () -> Files.exists(dir.resolve("said-0")));
        await("its text", () -> sizeOf("said-0") > 0);
        assertEquals("<speak>nin2 hao3 。</speak>", said(0));
        assertTrue(Files.readString(dir.resolve("args-0")).contains("-v cmn-latn-pinyin"), "the Mandarin voice");

        speech.setVolume(SpeechVolume.LOUD);
        finishSentence(0);
        await("the second sentence", () -> sizeOf("said-1") > 0);
        assertTrue(said(1).contains("yao1 er4 san1 si4 ba1"), said(1));
        assertTrue(Files.readString(dir.resolve("args-1")).contains("-a 180"), "louder from the next sentence");

        speech.pause();
        assertTrue(speech.isPaused());
        assertFalse(speech.isSpeaking(), "a paused reading does not keep the kiosk awake");
        finishSentence(1); // the held process was ended; this marker only lets a stray one finish
        speech.resume();
        await("the held sentence again", () -> Files.exists(dir.resolve("said-2")) && sizeOf("said-2") > 0);
        assertEquals(said(1), said(2), "resume starts the sentence it held again");

        speech.stop();
        assertFalse(speech.isSpeaking());
        assertFalse(speech.isPaused());
        speech.close();
    }

    @Test
    void aReadingThatEndsLeavesTheServiceSilent() throws Exception {
        EspeakSpeechService speech = new EspeakSpeechService(fakeEspeak(), key -> Optional.empty());
        for (int i = 0; i < 3; i++) {
            finishSentence(i);
        }
        speech.speak("Call 12348. Thank you.", Language.EN);
        await("the end of the reading", () -> !speech.isSpeaking());
        assertTrue(said(0).contains("1 2 3 4 8"), said(0));
        assertTrue(Files.readString(dir.resolve("args-0")).contains("-v en"));
        assertEquals(List.of("said-0", "said-1"), listSaid());
        speech.close();
    }

    private long sizeOf(String name) {
        try {
            return Files.exists(dir.resolve(name)) ? Files.size(dir.resolve(name)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private List<String> listSaid() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("said-"))
                    .sorted()
                    .toList();
        }
    }
}
