package org.legalkiosk.kiosk.ui.statutes;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** Books as headings, chapters as cards with the articles they span. */
public final class LawContentsView implements Screen {

    private final LawContentsViewModel model;
    private final VBox root = new VBox();

    public LawContentsView(LawContentsViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("screen");
        Label title = new Label(model.fullTitle());
        title.getStyleClass().add("heading");
        root.getChildren().add(title);
        if (!model.isInstalled()) {
            Label missing = new Label(model.notInstalledMessage());
            missing.getStyleClass().add("article-missing");
            root.getChildren().add(missing);
            return;
        }
        VBox rows = new VBox(12);
        for (StatuteOutline.Entry entry : model.entries()) {
            if (entry.isBook()) {
                Label book = new Label(entry.heading());
                book.getStyleClass().add("law-book");
                rows.getChildren().add(book);
                continue;
            }
            rows.getChildren()
                    .add(TapArea.card(
                            Ids.CHAPTER_PREFIX + entry.firstArticle(),
                            entry.heading(),
                            model.range(entry),
                            () -> model.open(entry),
                            "chapter-row"));
        }
        root.getChildren().add(new PagedScroll(rows, messages, "contents-scroll"));
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
