package org.legalkiosk.kiosk.ui.explainers;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;

/** The official text of an article, in a panel over the explainer, with one large Close button. */
public final class ArticlePanel extends VBox {

    public ArticlePanel(ArticleViewModel model, Messages messages, Runnable onClose) {
        setId(Ids.ARTICLE_PANEL);
        getStyleClass().add("article-panel");
        Label title = new Label(model.title());
        title.getStyleClass().add("article-title");
        getChildren().add(title);

        VBox text = new VBox(12);
        if (model.isInstalled()) {
            Label where = new Label(model.where());
            where.getStyleClass().add("article-where");
            getChildren().add(where);
            text.setId(Ids.ARTICLE_TEXT);
            for (String paragraph : model.paragraphs()) {
                Label p = new Label(paragraph);
                p.getStyleClass().add("article-text");
                text.getChildren().add(p);
            }
        } else {
            Label missing = new Label(model.notInstalledMessage());
            missing.setId(Ids.ARTICLE_MISSING);
            missing.getStyleClass().add("article-missing");
            text.getChildren().add(missing);
        }
        PagedScroll scroll = new PagedScroll(text, messages, "article-scroll");

        Button close = new Button(model.closeLabel());
        close.setId(Ids.ARTICLE_CLOSE);
        close.getStyleClass().add("primary-button");
        close.setOnAction(e -> onClose.run());
        HBox actions = new HBox(16);
        if (model.isInstalled()) {
            Button chapter = new Button(model.chapterLabel());
            chapter.setId(Ids.ARTICLE_CHAPTER);
            chapter.getStyleClass().add("secondary-button");
            chapter.setOnAction(e -> model.openChapter());
            actions.getChildren().add(chapter);
        }
        actions.getChildren().add(close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(scroll, actions);
    }
}
