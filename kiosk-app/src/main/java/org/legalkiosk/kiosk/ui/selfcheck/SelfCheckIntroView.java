package org.legalkiosk.kiosk.ui.selfcheck;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;

/** The self-check's first screen: what it is, in short paragraphs, and one big Start button. */
public final class SelfCheckIntroView implements Screen {

    private final SelfCheckIntroViewModel model;
    private final VBox root = new VBox();

    public SelfCheckIntroView(SelfCheckIntroViewModel model, Messages messages) {
        this.model = model;
        SelfCheckStyle.apply(root);
        Label heading = SelfCheckStyle.label(model.heading(), "selfcheck-heading");
        VBox box = new VBox();
        box.getStyleClass().add("selfcheck-intro-box");
        model.paragraphs().forEach(p -> box.getChildren().add(SelfCheckStyle.label(p, "selfcheck-paragraph")));
        root.getChildren().addAll(heading, new PagedScroll(box, messages, "selfcheck-intro-scroll"));
        if (model.isAvailable()) {
            Button start = new Button(model.startLabel());
            start.setId(SelfCheckIds.START);
            start.getStyleClass().addAll("primary-button", "selfcheck-start");
            start.setOnAction(e -> model.start());
            root.getChildren().add(start);
        } else {
            heading.setId(SelfCheckIds.UNAVAILABLE);
            HBox phone = new HBox(16, Icons.icon(Icons.PHONE, 56), new Label("12348"));
            phone.getStyleClass().add("heading");
            Button browse = new Button(model.browseLabel());
            browse.setId(SelfCheckIds.BROWSE);
            browse.getStyleClass().add("primary-button");
            browse.setOnAction(e -> model.browse());
            root.getChildren().addAll(phone, browse);
        }
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
