package org.legalkiosk.kiosk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** Checks a villager would notice: text cut off with "…", and buttons too small for a finger. */
public final class LayoutChecks {

    public static final double MIN_TOUCH_PX = 64;

    private LayoutChecks() {}

    /** Labels, buttons and the like whose text is shown shortened (ellipsis) or not at all. */
    public static List<String> clippedTexts(Parent root) {
        List<String> clipped = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled
                    && isShown(labeled)
                    && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                Text shown = (Text) labeled.lookup(".text");
                if (shown == null
                        || !shown.getText()
                                .replace("\n", "")
                                .equals(labeled.getText().replace("\n", ""))) {
                    clipped.add(describe(labeled) + " shows '" + (shown == null ? "" : shown.getText())
                            + "' instead of '" + labeled.getText() + "'");
                }
            }
        });
        return clipped;
    }

    /** Buttons and tappable cards smaller than a fingertip (inline text links excepted). */
    public static List<String> smallTouchTargets(Parent root) {
        List<String> small = new ArrayList<>();
        visit(root, node -> {
            boolean tappable = (node instanceof ButtonBase && !(node instanceof Hyperlink)) || node instanceof TapArea;
            if (tappable && isShown(node)) {
                Bounds b = node.getLayoutBounds();
                if (b.getHeight() < MIN_TOUCH_PX || b.getWidth() < MIN_TOUCH_PX) {
                    small.add(describe(node) + " is " + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()));
                }
            }
        });
        return small;
    }

    /**
     * Texts below {@code minText}:1 against what they sit on, and card or control edges below {@code minOutline}:1
     * against what lies around them (WCAG contrast, see {@link Contrast}).
     */
    public static List<String> lowContrast(Parent root, double minText, double minOutline) {
        List<String> low = new ArrayList<>();
        Contrast.texts(root).stream()
                .filter(p -> p.ratio() < minText)
                .map(p -> "text " + p)
                .distinct()
                .forEach(low::add);
        Contrast.outlines(root).stream()
                .filter(p -> p.ratio() < minOutline)
                .map(p -> "outline " + p)
                .distinct()
                .forEach(low::add);
        return low;
    }

    /**
     * Texts and buttons a visitor would have to find below the bottom of the screen area {@code fold} (or of a
     * scrolling area) without a page button to get there: outside any scrolling area past {@code fold}'s bottom
     * edge, or inside a {@link PagedScroll} that shows no page buttons. {@code root} is used when {@code fold} has
     * no parent.
     */
    public static List<String> hiddenBelowTheFold(Parent root, Node fold) {
        double bottom = fold.localToScene(fold.getLayoutBounds()).getMaxY();
        List<String> hidden = new ArrayList<>();
        // A screen taller than the window pushes the top bar and the help line off its edges.
        if (root.getScene() != null) {
            for (Node layer : root.getChildrenUnmodifiable()) {
                Bounds b = layer.getBoundsInParent();
                if (layer.isVisible()
                        && (b.getMinY() < -1 || b.getMaxY() > root.getScene().getHeight() + 1)) {
                    hidden.add(describe(layer) + " is taller than the window: " + Math.round(b.getMinY()) + " to "
                            + Math.round(b.getMaxY()));
                }
            }
        }
        // The screen area and the overlays over it (the fold's parent); the bars above and below always show.
        Parent area = fold.getParent() != null ? fold.getParent() : root;
        visit(area, node -> {
            boolean mustSee = node instanceof ButtonBase
                    || node instanceof TapArea
                    || (node instanceof Labeled l
                            && l.getText() != null
                            && !l.getText().isBlank());
            if (!mustSee || !isShown(node) || insideAnother(node)) {
                return;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            javafx.scene.control.ScrollPane scroll = scrollPaneOf(node);
            if (scroll == null) {
                if (b.getMaxY() > bottom + 1) {
                    hidden.add(describe(node) + " ends at y=" + Math.round(b.getMaxY()) + ", below the screen's "
                            + Math.round(bottom));
                }
                return;
            }
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            boolean outside = b.getMinY() >= view.getMaxY() - 1 || b.getMaxY() > Math.max(view.getMaxY(), bottom) + 1;
            boolean paged = scroll.getParent() instanceof PagedScroll p && p.showsPageButtons();
            if (outside && !paged) {
                hidden.add(describe(node) + " lies below its scrolling area with no page buttons");
            }
        });
        return hidden;
    }

    /** A label inside a button or card: the button is what counts. */
    private static boolean insideAnother(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ButtonBase || n instanceof TapArea) {
                return true;
            }
        }
        return false;
    }

    private static javafx.scene.control.ScrollPane scrollPaneOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() != null ? "#" + node.getId() : "") + text;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll
                && scroll.getContent() != null
                && !scroll.getChildrenUnmodifiable().contains(scroll.getContent())) {
            visit(scroll.getContent(), action);
        }
    }
}
