package org.legalkiosk.kiosk.ui.selfcheck;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.legalkiosk.content.selfcheck.Verdict;
import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;
import org.legalkiosk.kiosk.ui.explainers.ArticleChip;
import org.legalkiosk.kiosk.ui.explainers.ArticlePanel;

/**
 * The result: a coloured verdict with an icon at the top, the reasons and papers to bring in a scrolling page, and
 * the next steps as large buttons that stay in view at the bottom.
 */
public final class SelfCheckResultView implements Screen {

    private final SelfCheckResultViewModel model;
    private final VBox root = new VBox();

    public SelfCheckResultView(SelfCheckResultViewModel model, OverlayHost overlay, Messages messages) {
        this.model = model;
        SelfCheckStyle.apply(root);
        model.setArticleOpener(
                article -> overlay.show(new ArticlePanel(article, messages, overlay::close), article.spokenText()));

        VBox page = new VBox();
        page.getStyleClass().add("selfcheck-body");
        page.getChildren().add(SelfCheckStyle.label(model.explanation(), "selfcheck-paragraph"));
        model.bookingMatter().ifPresent(s -> page.getChildren().add(SelfCheckStyle.label(s, "selfcheck-matter")));
        model.hardshipNote().ifPresent(note -> {
            Label warning = SelfCheckStyle.label(note, "selfcheck-warning");
            warning.getStyleClass().add(0, Styles.NOTICE_BOX);
            warning.setId(SelfCheckIds.HARDSHIP_NOTE);
            page.getChildren().add(warning);
        });
        if (!model.documents().isEmpty()) {
            page.getChildren().add(SelfCheckStyle.label(model.documentsCaption(), "selfcheck-caption"));
            VBox documents = new VBox(8);
            documents.setId(SelfCheckIds.DOCUMENTS);
            model.documents()
                    .forEach(d -> documents.getChildren().add(SelfCheckStyle.label("•  " + d, "selfcheck-document")));
            page.getChildren().add(documents);
        }
        page.getChildren().add(SelfCheckStyle.label(model.whyCaption(), "selfcheck-caption"));
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("chips");
        for (ArticleChip chip : model.chips()) {
            Button button = new Button(chip.label());
            button.setId(Ids.chip(chip.lawId(), chip.number()));
            button.getStyleClass().add("chip");
            button.setOnAction(e -> model.openArticle(chip));
            chips.getChildren().add(button);
        }
        page.getChildren().addAll(chips, SelfCheckStyle.label(model.whereToGo(), "selfcheck-paragraph"));

        root.getChildren()
                .addAll(
                        verdict(),
                        new PagedScroll(page, messages, SelfCheckIds.RESULT_SCROLL),
                        actions(overlay, messages));
    }

    private Node verdict() {
        String icon = switch (model.verdict()) {
            case LIKELY -> SelfCheckStyle.VERDICT_CHECK;
            case POSSIBLE -> SelfCheckStyle.VERDICT_QUESTION;
            case UNLIKELY -> SelfCheckStyle.VERDICT_CROSS;
        };
        VBox words = new VBox(
                4,
                SelfCheckStyle.label(model.verdictHeadline(), "selfcheck-verdict-headline"),
                SelfCheckStyle.label(model.decidesNote(), "selfcheck-verdict-note"));
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox banner = new HBox(Icons.icon(icon, 96), words);
        banner.setId(SelfCheckIds.VERDICT);
        banner.getStyleClass().addAll("selfcheck-verdict", styleOf(model.verdict()));
        return banner;
    }

    private static String styleOf(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A slip about domestic violence in a pocket can be found: on a sensitive result the kiosk says so and asks
     * before printing. Not printing is the larger, first button.
     */
    private void askBeforePrinting(OverlayHost overlay, Messages messages) {
        Label question = SelfCheckStyle.label(messages.get("safety.print.question"), "selfcheck-headline");
        question.setWrapText(true);
        Button no =
                button(SelfCheckIds.PRINT_CANCEL, messages.get("safety.print.no"), "primary-button", overlay::close);
        Button yes = button(SelfCheckIds.PRINT_CONFIRM, messages.get("safety.print.yes"), "secondary-button", () -> {
            overlay.close();
            model.print();
        });
        HBox buttons = new HBox(24, no, yes);
        VBox panel = new VBox(32, question, buttons);
        panel.setId(SelfCheckIds.PRINT_QUESTION);
        panel.getStyleClass().add("article-panel");
        SelfCheckStyle.apply(panel);
        overlay.show(panel, question.getText());
    }

    private Node actions(OverlayHost overlay, Messages messages) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("selfcheck-actions");
        if (model.offersBooking()) {
            row.getChildren().add(button(SelfCheckIds.BOOK, model.bookLabel(), "primary-button", model::book));
        }
        model.formToFill()
                .ifPresent(f -> row.getChildren()
                        .add(button(SelfCheckIds.FILL_FORM, model.fillFormLabel(), "primary-button", model::fillForm)));
        Button print = button(
                SelfCheckIds.PRINT,
                model.printLabel(),
                "secondary-button",
                model.sensitive() ? () -> askBeforePrinting(overlay, messages) : model::print);
        row.getChildren()
                .addAll(
                        print,
                        button(SelfCheckIds.AGAIN, model.againLabel(), "secondary-button", model::startAgain),
                        button(SelfCheckIds.HOME, model.homeLabel(), "secondary-button", model::home));
        Label status = SelfCheckStyle.label("", "selfcheck-print-status");
        status.setId(SelfCheckIds.PRINT_STATUS);
        Runnable refresh = () -> {
            SelfCheckResultViewModel.PrintState state =
                    model.printStateProperty().get();
            status.setText(model.printMessage(state));
            // Shown in space kept for it, so nothing moves when printing starts or ends.
            status.setVisible(state != SelfCheckResultViewModel.PrintState.NOT_ASKED);
            print.setDisable(state == SelfCheckResultViewModel.PrintState.PRINTING);
        };
        model.printStateProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        return new VBox(8, row, status);
    }

    private static Button button(String id, String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(style);
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return model.title();
    }

    @Override
    public boolean sensitive() {
        return model.sensitive();
    }

    @Override
    public String spokenText() {
        return model.spokenText();
    }
}
