package org.legalkiosk.kiosk.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * A large tappable card holding several lines of wrapping text. A {@link javafx.scene.control.Button} with a
 * graphic sizes itself from the graphic's one-line width and clips wrapped text at large sizes; a VBox lays
 * wrapped lines out correctly, so cards are VBoxes that behave like buttons.
 */
public class TapArea extends VBox {

    private static final PseudoClass PRESSED = PseudoClass.getPseudoClass("pressed");

    private Runnable onTap = () -> {};

    public TapArea(double spacing, Node... children) {
        super(spacing, children);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(true);
        setFillWidth(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pseudoClassStateChanged(PRESSED, true));
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> pseudoClassStateChanged(PRESSED, false));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pseudoClassStateChanged(PRESSED, false));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // A finger that slid to scroll the list is not a tap.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                onTap.run();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onTap.run();
            }
        });
    }

    /**
     * The card used for every list on the kiosk: a title, an optional line under it, the styles given, and what
     * a tap does. Lines left {@code null} are left out.
     */
    public static TapArea card(String id, String title, String hint, Runnable onTap, String... styleClasses) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("tile-title");
        TapArea card = new TapArea(6, titleLabel);
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add("tile-hint");
            card.getChildren().add(hintLabel);
        }
        card.setId(id);
        card.getStyleClass().add("tile");
        card.getStyleClass().addAll(styleClasses);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnTap(onTap);
        return card;
    }

    public void setOnTap(Runnable action) {
        this.onTap = action;
    }

    /** Runs the tap action as a finger would; for ViewModel-free tests and keyboard users. */
    public void tap() {
        onTap.run();
    }
}
