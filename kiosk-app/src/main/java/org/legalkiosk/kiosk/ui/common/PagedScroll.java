package org.legalkiosk.kiosk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A scrolling area with two large "page up" and "page down" buttons beside it. Many older visitors do not know
 * that a touchscreen page can be swiped; a button that says what it does always works. Swiping works too.
 */
public final class PagedScroll extends HBox {

    private static final String UP = "M7.41 15.41L12 10.83l4.59 4.58L18 14l-6-6-6 6z";
    private static final String DOWN = "M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6z";
    /** Leave a little of the previous page in view so the reader keeps their place. */
    private static final double PAGE_OVERLAP = 0.9;

    private final ScrollPane scroll;
    private final Button up = new Button();
    private final Button down = new Button();

    public PagedScroll(Node content, Messages messages, String scrollId) {
        scroll = new ScrollPane(content);
        scroll.setId(scrollId);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        up.setId(scrollId + "-up");
        up.setGraphic(Icons.icon(UP, 48));
        up.setText(messages.get("scroll.up"));
        up.setOnAction(e -> page(-1));
        down.setId(scrollId + "-down");
        down.setGraphic(Icons.icon(DOWN, 48));
        down.setText(messages.get("scroll.down"));
        down.setOnAction(e -> page(1));
        for (Button b : new Button[] {up, down}) {
            b.getStyleClass().add("page-button");
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.setWrapText(true);
            b.setMaxHeight(Double.MAX_VALUE);
            VBox.setVgrow(b, Priority.ALWAYS);
        }
        VBox buttons = new VBox(16, up, down);
        buttons.getStyleClass().add("page-buttons");
        buttons.setAlignment(Pos.CENTER);

        getChildren().addAll(scroll, buttons);
        setSpacing(16);
        VBox.setVgrow(this, Priority.ALWAYS);

        // The buttons are shown only when there is more than a page, and greyed at either end.
        Runnable refresh = () -> {
            double viewport = scroll.getViewportBounds().getHeight();
            double contentHeight = content.getLayoutBounds().getHeight();
            boolean scrollable = contentHeight > viewport + 1;
            buttons.setVisible(scrollable);
            buttons.setManaged(scrollable);
            up.setDisable(scroll.getVvalue() <= scroll.getVmin());
            down.setDisable(scroll.getVvalue() >= scroll.getVmax());
        };
        scroll.vvalueProperty().addListener((o, a, b) -> refresh.run());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> refresh.run());
        content.layoutBoundsProperty().addListener((o, a, b) -> refresh.run());
    }

    /** Whether the page buttons are showing: there is more than one page, and the visitor can see how to get there. */
    public boolean showsPageButtons() {
        return getChildren().get(1).isVisible();
    }

    /** Scrolls one screenful up (-1) or down (+1). */
    public void page(int direction) {
        double viewport = scroll.getViewportBounds().getHeight();
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            return;
        }
        double delta = viewport * PAGE_OVERLAP / scrollable * (scroll.getVmax() - scroll.getVmin());
        scroll.setVvalue(
                Math.max(scroll.getVmin(), Math.min(scroll.getVmax(), scroll.getVvalue() + direction * delta)));
    }

    /**
     * Scrolls so that {@code target} (somewhere inside the content) is near the top, once the page has been laid
     * out and its sizes are known.
     */
    public void scrollIntoViewWhenLaidOut(Node target) {
        javafx.beans.value.ChangeListener<javafx.geometry.Bounds> listener = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o,
                    javafx.geometry.Bounds old,
                    javafx.geometry.Bounds now) {
                double viewport = scroll.getViewportBounds().getHeight();
                double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
                if (viewport <= 0 || contentHeight <= 0) {
                    return;
                }
                double y = scroll.getContent()
                        .sceneToLocal(target.localToScene(0, 0))
                        .getY();
                double scrollable = contentHeight - viewport;
                scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (y - 16) / scrollable)));
                scroll.viewportBoundsProperty().removeListener(this);
            }
        };
        scroll.viewportBoundsProperty().addListener(listener);
    }

    public ScrollPane scrollPane() {
        return scroll;
    }
}
