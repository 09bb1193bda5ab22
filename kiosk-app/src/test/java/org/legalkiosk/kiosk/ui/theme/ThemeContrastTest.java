package org.legalkiosk.kiosk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.Contrast;
import org.legalkiosk.kiosk.testing.LayoutChecks;
import org.legalkiosk.kiosk.testing.RecordingSpeech;
import org.legalkiosk.kiosk.testing.Screenshots;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.Theme;
import org.legalkiosk.kiosk.ui.shell.KioskUi;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The colour theme: role tokens defined in one place, both themes defining the same ones, no colour written
 * anywhere else, every token a stylesheet looks up actually defined, and contrast from the theme's own numbers.
 * The screens themselves are measured by the screen tour ({@code LayoutChecks.lowContrast}) in both themes.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/legalkiosk/kiosk/ui");
    private static final Pattern DEFINITION = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile(":[^;{}]*?(-color-[a-z0-9-]+)");
    private static final Pattern RAW_COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?|hsb|hsba)\\s*\\(|:\\s*(white|black|red|green|blue|yellow|grey|gray)\\b");

    private KioskSession session;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ScreenContext context = TestKiosk.context(TestKiosk.content());
        session = context.session();
        KioskUi ui = new KioskUi(context, new RecordingSpeech(), Duration.ofSeconds(90), System::nanoTime);
        scene = new Scene(ui.root(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, Contrast.ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, Contrast.ratio(Color.web("#a3201b"), Color.web("#a3201b")), 1e-9);
        // #767676 on white is the well-known lightest grey that passes 4.5:1
        assertEquals(4.54, Contrast.ratio(Color.web("#767676"), Color.WHITE), 0.01);
        assertEquals(
                0.5,
                Contrast.over(Color.web("#000000", 0.5), 1, Color.WHITE).getGreen(),
                1e-9,
                "half-transparent black over white is mid grey");
    }

    @Test
    void bothThemesDefineTheSameRoleTokens() throws IOException {
        Map<String, String> normal = tokens(Theme.TOKENS);
        Map<String, String> high = tokens(Theme.HIGH_CONTRAST_TOKENS);
        assertTrue(
                normal.keySet()
                        .containsAll(List.of(
                                "-color-fg-default",
                                "-color-fg-muted",
                                "-color-bg-default",
                                "-color-bg-subtle",
                                "-color-border-default",
                                "-color-accent-emphasis",
                                "-color-accent-subtle",
                                "-color-danger-emphasis",
                                "-color-danger-subtle",
                                "-color-success-emphasis",
                                "-color-warning-emphasis")),
                normal.keySet().toString());
        assertEquals(normal.keySet(), high.keySet());
    }

    @Test
    void noStylesheetWritesAColourOutsideTheThemeAndEveryTokenItUsesExists() throws IOException {
        Set<String> defined = tokens(Theme.TOKENS).keySet();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String text = withoutComments(Files.readString(css));
                boolean themeFile = css.getParent().getFileName().toString().equals("theme");
                if (!themeFile) {
                    Matcher raw = RAW_COLOUR.matcher(text);
                    while (raw.find()) {
                        problems.add(css.getFileName() + ": raw colour '" + raw.group() + "'");
                    }
                    Matcher def = DEFINITION.matcher(text);
                    while (def.find()) {
                        problems.add(css.getFileName() + ": defines its own colour " + def.group(1));
                    }
                }
                Matcher use = USE.matcher(text);
                while (use.find()) {
                    if (!defined.contains(use.group(1))) {
                        problems.add(css.getFileName() + ": looks up " + use.group(1) + ", which the theme lacks");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void highContrastSwitchesLiveFromTheTopBarAndMeetsSevenToOne(FxRobot robot) {
        robot.interact(() -> session.navigator().open(new Route.Search("")));
        Map<String, Color> before = backgrounds();
        robot.clickOn("#" + Ids.HIGH_CONTRAST);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> session.highContrastProperty().get()));
        assertEquals(new Route.Search(""), onFx(() -> session.navigator().current()), "the screen stays where it was");
        assertNotEquals(before, backgrounds(), "the colours changed without rebuilding the screen");
        Screenshots.save(scene, "theme/zh-normal-search-high-contrast");
        List<String> low = onFx(() -> LayoutChecks.lowContrast((javafx.scene.Parent) scene.getRoot(), 7.0, 3.0));
        assertTrue(low.isEmpty(), String.join("\n", low));

        robot.interact(() -> session.reset());
        assertEquals(false, onFx(() -> session.highContrastProperty().get()), "the next visitor starts in the default");
    }

    private Map<String, Color> backgrounds() {
        return onFx(() -> {
            Map<String, Color> colours = new LinkedHashMap<>();
            javafx.scene.layout.Region root = (javafx.scene.layout.Region) scene.lookup("#" + Ids.ROOT);
            colours.put("root", (Color) ((javafx.scene.layout.Region) scene.getRoot())
                    .getBackground()
                    .getFills()
                    .get(0)
                    .getFill());
            colours.put("bar", (Color)
                    ((javafx.scene.layout.Region) root.getChildrenUnmodifiable().get(0))
                            .getBackground()
                            .getFills()
                            .get(0)
                            .getFill());
            return colours;
        });
    }

    private static Map<String, String> tokens(String resource) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(withoutComments(Files.readString(Path.of("src/main/resources" + resource))));
        while (m.find()) {
            tokens.put(m.group(1), m.group(2).trim());
        }
        return tokens;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
