package org.legalkiosk.kiosk.ui.help;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.callback.CallbackIds;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * A calm strip near the bottom of the screen saying that staff have been told and naming the hotline. It covers
 * only itself, so the visitor can go on reading; a tap on it closes it.
 */
public final class HelpBannerView {

    public static final String BANNER = "help-banner";
    public static final String TEXT = "help-banner-text";
    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/help/help.css";

    private final HelpBannerViewModel model;
    private final Label text = new Label();
    private final Label hint = new Label();
    private final Button callback = new Button();
    private final VBox banner = new VBox(6, text, hint);

    public HelpBannerView(HelpBannerViewModel model) {
        this.model = model;
        text.setId(TEXT);
        text.getStyleClass().add("help-banner-text");
        text.setWrapText(true);
        hint.getStyleClass().add("help-banner-hint");
        banner.setId(BANNER);
        banner.getStyleClass().add("help-banner");
        banner.getStylesheets().add(HelpBannerView.class.getResource(STYLESHEET).toExternalForm());
        banner.setAlignment(Pos.CENTER);
        banner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        banner.visibleProperty().bind(model.showingProperty());
        banner.managedProperty().bind(model.showingProperty());
        banner.setOnMouseClicked(e -> model.dismiss());
        callback.setId(CallbackIds.HELP_ENTRY);
        callback.getStyleClass().addAll("primary-button", "help-banner-callback");
        callback.setOnAction(e -> model.askForCallback());
    }

    /** The words in the visitor's language; called whenever the screen is built again. */
    public void update(Messages messages) {
        text.setText(messages.get("help.banner"));
        hint.setText(messages.get("help.banner.hint"));
        callback.setText(messages.get("callback.entry"));
        if (model.callbackOffered() && !banner.getChildren().contains(callback)) {
            banner.getChildren().add(1, callback);
        }
    }

    public Node root() {
        return banner;
    }

    public String spokenText() {
        return model.callbackOffered() ? text.getText() + "。" + callback.getText() : text.getText();
    }
}
