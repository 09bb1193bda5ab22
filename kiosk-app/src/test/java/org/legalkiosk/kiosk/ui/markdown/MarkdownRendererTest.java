package org.legalkiosk.kiosk.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.legalkiosk.kiosk.testing.Fx.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalkiosk.content.model.Language;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MarkdownRendererTest {

    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        // The toolkit must be running for controls; no scene is needed.
    }

    private VBox render(String markdown, Language language) {
        MarkdownRenderer renderer = new MarkdownRenderer(
                language,
                opened::add,
                path -> path.equals("images/iou.png")
                        ? Optional.<Image>of(new WritableImage(40, 20))
                        : Optional.empty());
        return onFx(() -> renderer.render(markdown));
    }

    private static String textOf(TextFlow flow) {
        return flow.getChildren().stream()
                .map(n -> n instanceof Text t ? t.getText() : n instanceof Hyperlink h ? h.getText() : "")
                .collect(Collectors.joining());
    }

    private static List<String> classesOf(TextFlow flow, String text) {
        return flow.getChildren().stream()
                .filter(n -> n instanceof Text t && t.getText().equals(text))
                .findFirst()
                .map(Node::getStyleClass)
                .map(List::copyOf)
                .orElse(List.of());
    }

    @Test
    void rendersHeadingsParagraphsAndEmphasis() {
        VBox box = render("## 法律怎么说\n\n借钱要写**借条**，最好*当面*给钱。\n\n### 小提示\n\n第二段。", Language.ZH);
        assertEquals(4, box.getChildren().size());
        TextFlow h2 = (TextFlow) box.getChildren().get(0);
        assertTrue(h2.getStyleClass().contains("md-h2"));
        TextFlow p = (TextFlow) box.getChildren().get(1);
        assertEquals("借钱要写借条，最好当面给钱。", textOf(p));
        assertTrue(classesOf(p, "借条").contains("md-strong"));
        assertTrue(classesOf(p, "当面").contains("md-em"));
        assertTrue(box.getChildren().get(2).getStyleClass().contains("md-h3"));
    }

    @Test
    void joinsSoftLineBreaksWithoutASpaceInChineseAndWithOneInEnglish() {
        TextFlow zh = (TextFlow) render("第一行\n第二行", Language.ZH).getChildren().get(0);
        assertEquals("第一行第二行", textOf(zh));
        TextFlow en = (TextFlow)
                render("first line\nsecond line", Language.EN).getChildren().get(0);
        assertEquals("first line second line", textOf(en));
    }

    @Test
    void rendersNumberedAndBulletListsWithTheirMarkers() {
        VBox box = render("3. 先商量\n4. 再调解\n\n- 甲\n- 乙", Language.ZH);
        VBox ordered = (VBox) box.getChildren().get(0);
        assertEquals(2, ordered.getChildren().size());
        HBox first = (HBox) ordered.getChildren().get(0);
        assertEquals("3.", ((Label) first.getChildren().get(0)).getText());
        assertEquals(
                "4.",
                ((Label) ((HBox) ordered.getChildren().get(1)).getChildren().get(0)).getText());
        HBox bullet = (HBox) ((VBox) box.getChildren().get(1)).getChildren().get(0);
        assertEquals("•", ((Label) bullet.getChildren().get(0)).getText());
    }

    @Test
    void rendersASimpleTable() {
        VBox box = render("| 顺序 | 包括谁 |\n|---|---|\n| 第一顺序 | 配偶、子女、父母 |\n| 第二顺序 | 兄弟姐妹 |", Language.ZH);
        GridPane grid = assertInstanceOf(GridPane.class, box.getChildren().get(0));
        assertEquals(6, grid.getChildren().size());
        assertEquals(2, grid.getColumnConstraints().size());
        TextFlow head = (TextFlow) grid.getChildren().get(0);
        assertTrue(head.getStyleClass().contains("md-cell-head"));
        assertEquals("配偶、子女、父母", textOf((TextFlow) grid.getChildren().get(3)));
    }

    @Test
    void linksToOtherExplainersOpenThemAndOtherLinksAreJustText() {
        VBox box = render("见[怎样立遗嘱](explainer:wills)，或[网站](https://example.com)。", Language.ZH);
        TextFlow p = (TextFlow) box.getChildren().get(0);
        Hyperlink link = (Hyperlink) p.getChildren().stream()
                .filter(n -> n instanceof Hyperlink)
                .findFirst()
                .orElseThrow();
        assertEquals("怎样立遗嘱", link.getText());
        onFx(() -> {
            link.fire();
            return null;
        });
        assertEquals(List.of("wills"), opened);
        assertEquals(
                1, p.getChildren().stream().filter(n -> n instanceof Hyperlink).count(), "external link not clickable");
        assertTrue(textOf(p).contains("网站"));
    }

    @Test
    void showsImagesWithTheirCaptionAndSurvivesAMissingOne() {
        VBox box = render("![借条的样子](images/iou.png)\n\n![不存在](images/missing.png)", Language.ZH);
        VBox image = (VBox) box.getChildren().get(0);
        assertInstanceOf(javafx.scene.image.ImageView.class, image.getChildren().get(0));
        assertEquals("借条的样子", ((Label) image.getChildren().get(1)).getText());
        VBox missing = (VBox) box.getChildren().get(1);
        assertEquals(1, missing.getChildren().size(), "only the caption is left");
    }

    @Test
    void dropsRawHtml() {
        VBox box = render("<script>alert(1)</script>\n\n正文<b>粗</b>", Language.ZH);
        assertEquals(1, box.getChildren().size());
        TextFlow p = (TextFlow) box.getChildren().get(0);
        assertFalse(textOf(p).contains("<"), textOf(p));
        assertEquals("正文粗", textOf(p));
    }
}
