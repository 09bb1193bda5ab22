package org.legalkiosk.kiosk.service.speech;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.selfcheck.Option;
import org.legalkiosk.content.selfcheck.Outcome;
import org.legalkiosk.content.selfcheck.Question;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Speaks what every screen reads aloud through the real espeak-ng, exactly as {@link EspeakInput} prepares it, and
 * fails on any switch to the English voice ({@code (en)} in espeak-ng's {@code -x} phonemes) inside Chinese: the
 * fault that made the old voice say "nin two, hen three". Every explainer, every screen of the reading journey,
 * every self-check question, answer and result, and every message of the interface (booking steps included) is
 * spoken. The texts and their phonemes are written to {@code target/speech/} for a person to check.
 */
@ExtendWith(ApplicationExtension.class)
class EspeakPhonemeTest {

    private static final Path ESPEAK = Path.of("/usr/bin/espeak-ng");
    private static final int BATCH = 40;
    private final EspeakInput input = new EspeakInput();
    private KioskSession session;
    private KioskUi ui;
    private ContentService content;

    @BeforeAll
    static void espeakInstalled() {
        // CI installs espeak-ng (.ci/run); elsewhere say plainly why nothing was checked.
        assumeTrue(
                Files.isExecutable(ESPEAK) || "true".equals(System.getenv("CI")),
                "espeak-ng is not installed (apt-get install espeak-ng): the Mandarin phoneme check is skipped");
    }

    @Start
    void start(Stage stage) {
        content = TestKiosk.content();
        ScreenContext context = TestKiosk.context(content);
        session = context.session();
        ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        stage.setScene(new Scene(ui.root(), 1920, 1080));
        stage.show();
    }

    @Test
    void everyChineseTextIsSpokenInMandarinOnly(FxRobot robot) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Route> screen : screens().entrySet()) {
            robot.interact(() -> {
                session.navigator().home();
                session.navigator().open(screen.getValue());
            });
            texts.put("screen " + screen.getKey(), onFx(() -> ui.currentScreen().spokenText()));
        }
        for (Explainer e : content.library().allExplainers()) {
            if (e.language() == Language.ZH) {
                robot.interact(() -> {
                    session.navigator().home();
                    session.navigator().open(new Route.ExplainerPage(e.id()));
                });
                texts.put("explainer " + e.id(), onFx(() -> ui.currentScreen().spokenText()));
            }
        }
        content.selfCheck().ifPresent(check -> {
            for (Question q : check.questions()) {
                StringBuilder sb = new StringBuilder(q.text().in(Language.ZH));
                for (Option o : q.options()) {
                    sb.append("\n").append(o.label().in(Language.ZH));
                }
                texts.put("self-check " + q.id(), sb.toString());
            }
            for (Outcome o : check.outcomes()) {
                texts.put("self-check result " + o.id(), o.explanation().in(Language.ZH));
            }
        });
        ResourceBundle zh = ResourceBundle.getBundle("org.legalkiosk.kiosk.i18n.messages", java.util.Locale.ROOT);
        for (String key : zh.keySet()) {
            // Placeholders get what they hold on screen: a booking code, a time, a date, a number.
            texts.put(
                    "message " + key,
                    zh.getString(key)
                            .replace("{0}", "4KD-7QX")
                            .replace("{1}", "09:30")
                            .replace("{2}", "2026-11-29")
                            .replaceAll("\\{\\d}", "3"));
        }

        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        // One espeak-ng run per batch of texts (it loads its Mandarin dictionary each time); a batch that
        // switches to English is spoken again text by text to name the culprit.
        List<Map.Entry<String, String>> all = new ArrayList<>(texts.entrySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Map.Entry<String, String>> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            StringBuilder ssml = new StringBuilder();
            for (Map.Entry<String, String> text : batch) {
                ssml.append(input.ssml(text.getValue(), Language.ZH)
                                .replace("<speak>", "")
                                .replace("</speak>", ""))
                        .append("。\n");
            }
            String phonemes = phonemes("<speak>" + ssml + "</speak>", EspeakInput.MANDARIN_VOICE);
            report.append("== ")
                    .append(batch.stream().map(Map.Entry::getKey).toList())
                    .append('\n')
                    .append(ssml)
                    .append('\n')
                    .append(phonemes)
                    .append('\n');
            if (phonemes.isBlank()) {
                failures.add(batch.get(0).getKey() + "…: nothing was spoken");
            }
            if (phonemes.contains("(en)")) {
                for (Map.Entry<String, String> text : batch) {
                    String alone = phonemes(input.ssml(text.getValue(), Language.ZH), EspeakInput.MANDARIN_VOICE);
                    if (alone.contains("(en)")) {
                        failures.add(text.getKey() + ": " + englishStretches(alone));
                    }
                }
            }
        }
        Path out = Path.of("target", "speech", "zh-phonemes.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(texts.size() > 100, "the check covers the kiosk's texts: " + texts.size());
        assertTrue(
                failures.isEmpty(),
                "spoken as English inside Chinese (see " + out + "):\n" + String.join("\n", failures));
    }

    @Test
    void chineseOnAnEnglishScreenGoesToTheMandarinVoice() throws Exception {
        String ssml = input.ssml("Call 12348 or ask at 城关镇司法所 about the 民法典.", Language.EN);
        assertFalse(
                ssml.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the English voice never gets hanzi: " + ssml);
        String phonemes = phonemes(ssml, EspeakInput.ENGLISH_VOICE);
        assertFalse(phonemes.contains("tS'aIni:z"), "no 'Chinese letter': " + phonemes);
        assertTrue(phonemes.contains("ts.'ong") || phonemes.contains("s'i"), "Mandarin syllables: " + phonemes);
    }

    private static Map<String, Route> screens() {
        Map<String, Route> screens = new LinkedHashMap<>();
        screens.put("home", Route.HOME);
        screens.put("categories", new Route.Categories());
        for (Category c : TestKiosk.content().library().categories()) {
            screens.put("list " + c.id(), new Route.ExplainerList(c.id()));
        }
        screens.put("notices", new Route.Notices());
        screens.put("booking", new Route.BookingStart(null, null));
        screens.put("my-booking", new Route.MyBooking());
        screens.put("callback", new Route.Callback(org.legalkiosk.kiosk.session.CallbackStep.TOPIC));
        screens.put("callback-sent", new Route.CallbackSent());
        screens.put("self-check", new Route.SelfCheck());
        screens.put("search", new Route.Search(""));
        screens.put("search-results", new Route.Search("lihun"));
        screens.put("search-nothing", new Route.Search("zzzz"));
        if (TestKiosk.statutesInstalled()) {
            screens.put("laws", new Route.Laws());
            screens.put("law-contents", new Route.LawContents("civil-code"));
            screens.put("law-chapter", new Route.LawChapter("civil-code", 1126, 1127));
        }
        return screens;
    }

    /** The phonemes espeak-ng would speak, without sound. */
    static String phonemes(String ssml, String voice) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ESPEAK.toString(), "-m", "-q", "-x", "-v", voice, "--stdin")
                .redirectErrorStream(true)
                .start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(ssml.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static String englishStretches(String phonemes) {
        List<String> stretches = new ArrayList<>();
        int i = phonemes.indexOf("(en)");
        while (i >= 0 && stretches.size() < 5) {
            int end = phonemes.indexOf("(cmn)", i);
            stretches.add(phonemes.substring(i, end < 0 ? Math.min(phonemes.length(), i + 40) : end));
            i = phonemes.indexOf("(en)", i + 4);
        }
        return String.join(" | ", stretches);
    }
}
