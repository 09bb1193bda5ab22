package org.legalkiosk.kiosk.ui.notices;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;

/** Every active notice in full, urgent ones first and in red. */
public final class NoticesView implements Screen {

    private final NoticesViewModel model;
    private final VBox root = new VBox();

    public NoticesView(NoticesViewModel model, Messages messages) {
        this.model = model;
        root.getStyleClass().add("screen");
        VBox list = new VBox(16);
        if (model.items().isEmpty()) {
            Label none = new Label(model.emptyMessage());
            none.getStyleClass().add("heading");
            list.getChildren().add(none);
        }
        for (NoticesViewModel.Item item : model.items()) {
            Label title = new Label(item.urgent() ? model.urgentLabel() + "：" + item.title() : item.title());
            title.getStyleClass().add("notice-title");
            Label body = new Label(item.body());
            body.getStyleClass().add("notice-body");
            VBox card = new VBox(8, title, body);
            card.getStyleClass().addAll(Styles.NOTICE_BOX, "notice-banner");
            if (item.urgent()) {
                card.getStyleClass().add("urgent");
            }
            list.getChildren().add(card);
        }
        PagedScroll scroll = new PagedScroll(list, messages, "notices-scroll");
        root.getChildren().add(scroll);
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
