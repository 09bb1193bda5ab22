package org.legalkiosk.kiosk.ui.statutes;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;

/** A chapter's articles; the article a visitor came for is marked and scrolled into view. */
public final class LawChapterView implements Screen {

    private final LawChapterViewModel model;
    private final VBox root = new VBox();

    public LawChapterView(LawChapterViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("screen");
        if (!model.exists()) {
            Label missing = new Label(model.notInstalledMessage());
            missing.getStyleClass().add("article-missing");
            root.getChildren().add(missing);
            return;
        }
        Label heading = new Label(model.chapterHeading());
        heading.getStyleClass().add("heading");
        VBox articles = new VBox(20);
        Node focus = null;
        for (LawChapterViewModel.ArticleItem item : model.articles()) {
            Label label = new Label(item.label());
            label.getStyleClass().add("article-label");
            VBox block = new VBox(6, label);
            block.setId(Ids.STATUTE_ARTICLE_PREFIX + item.number());
            block.getStyleClass().add("statute-article");
            for (String paragraph : item.paragraphs()) {
                Label p = new Label(paragraph);
                p.getStyleClass().add("article-text");
                block.getChildren().add(p);
            }
            if (item.focused()) {
                block.getStyleClass().add("focused");
                focus = block;
            }
            articles.getChildren().add(block);
        }
        PagedScroll scroll = new PagedScroll(articles, messages, Ids.CHAPTER_SCROLL);
        if (focus != null) {
            scroll.scrollIntoViewWhenLaidOut(focus);
        }
        root.getChildren().addAll(heading, scroll);
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
    public String spokenText() {
        return model.spokenText();
    }
}
