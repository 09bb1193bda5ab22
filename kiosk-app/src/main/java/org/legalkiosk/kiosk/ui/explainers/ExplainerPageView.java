package org.legalkiosk.kiosk.ui.explainers;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;
import org.legalkiosk.kiosk.ui.feedback.FeedbackView;
import org.legalkiosk.kiosk.ui.markdown.MarkdownRenderer;

/** An explainer: title, its answer in one sentence, the text, and the articles it rests on as chips. */
public final class ExplainerPageView implements Screen {

    public static final String LAW_BASIS = "explainer-law-basis";
    private static final String LAW_DATE_STYLESHEET = "/org/legalkiosk/kiosk/ui/explainers/law-date.css";
    public static final String REVIEW_NOTICE = "explainer-title-review";

    private final ExplainerPageViewModel model;
    private final VBox root = new VBox();

    public ExplainerPageView(
            ExplainerPageViewModel model,
            ContentService content,
            OverlayHost overlay,
            Messages messages,
            ReadAloud readAloud) {
        this.model = model;
        root.getStyleClass().add("screen");
        root.getStylesheets()
                .add(ExplainerPageView.class.getResource(LAW_DATE_STYLESHEET).toExternalForm());
        model.setArticleOpener(
                article -> overlay.show(new ArticlePanel(article, messages, overlay::close), article.spokenText()));
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

        // Tapping a paragraph reads just that paragraph, for a listener who wants one part again.
        MarkdownRenderer renderer = new MarkdownRenderer(
                model.textLanguage(), model::openExplainer, path -> loadImage(content, path), readAloud::read);
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

        page.getChildren().addAll(title, summaryBox);
        model.reviewNotice().ifPresent(text -> {
            Label notice = new Label(text);
            notice.setId(Ids.EXPLAINER_TITLE + "-review");
            notice.getStyleClass().add("review-notice");
            notice.setWrapText(true);
            page.getChildren().add(notice);
        });
        page.getChildren().add(body);
        if (!model.related().isEmpty()) {
            Label related = new Label(model.relatedCaption());
            related.getStyleClass().add("related-caption");
            page.getChildren().add(related);
            // Links inside the text are small; each also gets a card a finger can hit.
            for (ExplainerPageViewModel.Related r : model.related()) {
                page.getChildren()
                        .add(TapArea.card(
                                Ids.RELATED_PREFIX + r.id(),
                                r.title(),
                                null,
                                () -> model.openExplainer(r.id()),
                                "explainer-row"));
            }
        }
        page.getChildren().addAll(basis, chips);
        model.lawBasis().ifPresent(text -> {
            Label lawBasis = new Label(text);
            lawBasis.setId(LAW_BASIS);
            lawBasis.getStyleClass().add("law-basis");
            lawBasis.setWrapText(true);
            page.getChildren().add(lawBasis);
        });
        page.getChildren()
                .addAll(updated, FeedbackView.of(model.feedback(), messages, messages.get("feedback.explainer")));
        root.getChildren().add(new PagedScroll(page, messages, Ids.EXPLAINER_SCROLL));
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

    @Override
    public boolean sensitive() {
        return model.sensitive();
    }

    @Override
    public Optional<String> recording() {
        return model.recordingKey();
    }
}
