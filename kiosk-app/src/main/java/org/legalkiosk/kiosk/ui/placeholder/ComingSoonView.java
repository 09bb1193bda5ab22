package org.legalkiosk.kiosk.ui.placeholder;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Screen;

/** Says the service is coming, where to get it today, and offers the explainers instead. */
public final class ComingSoonView implements Screen {

    private final ComingSoonViewModel model;
    private final VBox root = new VBox();

    public ComingSoonView(ComingSoonViewModel model) {
        this.model = model;
        root.getStyleClass().add("screen");
        Label message = new Label(model.message());
        message.getStyleClass().add("heading");
        Label meanwhile = new Label(model.meanwhile());
        meanwhile.getStyleClass().add("coming-soon-text");
        HBox phone = new HBox(16, Icons.icon(Icons.PHONE, 56), new Label("12348"));
        phone.getStyleClass().add("heading");
        Button browse = new Button(model.browseLabel());
        browse.setId(Ids.COMING_SOON_BROWSE);
        browse.getStyleClass().add("primary-button");
        browse.setOnAction(e -> model.browse());
        root.getChildren().addAll(message, meanwhile, phone, browse);
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
