package org.legalkiosk.kiosk.ui.explainers;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.markdown.MarkdownRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** An explainer: title, its answer in one sentence, the text, and the articles it rests on as chips. */
public final class ExplainerPageView implements Screen {

    private final ExplainerPageViewModel model;
    private final VBox root = new VBox();

    public ExplainerPageView(ExplainerPageViewModel model, ContentService content, OverlayHost overlay) {
        this.model = model;
        root.getStyleClass().add("screen");
        model.setArticleOpener(article -> overlay.show(new ArticlePanel(article, overlay::close), article.spokenText()));
        if (!model.exists()) {
            Label missing = new Label(model.missingMessage());
            missing.getStyleClass().add("heading");
            root.getChildren().add(missing);
            return;
        }
        VBox page = new VBox();
        page.getStyleClass().add("md");

        Label title = new Label(model.title());
        title.setId(Ids.EXPLAINER_TITLE);
        title.getStyleClass().add("explainer-title");

        Label caption = new Label(model.summaryCaption());
        caption.getStyleClass().add("summary-caption");
        Label summary = new Label(model.summary());
        summary.getStyleClass().add("summary-text");
        VBox summaryBox = new VBox(caption, summary);
        summaryBox.getStyleClass().add("summary-box");

        MarkdownRenderer renderer = new MarkdownRenderer(model.textLanguage(), model::openExplainer,
                path -> loadImage(content, path));
        Node body = renderer.render(model.body());

        Label basis = new Label(model.basisCaption());
        basis.getStyleClass().add("basis-caption");
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("chips");
        for (ArticleChip chip : model.chips()) {
            Button button = new Button(chip.label());
            button.setId(Ids.chip(chip.lawId(), chip.number()));
            button.getStyleClass().add("chip");
            button.setOnAction(e -> model.openArticle(chip));
            chips.getChildren().add(button);
        }
        Label updated = new Label(model.updated());
        updated.getStyleClass().add("updated");

        page.getChildren().addAll(title, summaryBox, body, basis, chips, updated);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId(Ids.EXPLAINER_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().add(scroll);
    }

    private static Optional<Image> loadImage(ContentService content, String path) {
        Optional<InputStream> in = content.openImage(path);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            Image image = new Image(stream);
            return image.isError() ? Optional.empty() : Optional.of(image);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return model.categoryName();
    }

    @Override
    public String spokenText() {
        return model.spokenText();
    }
}
