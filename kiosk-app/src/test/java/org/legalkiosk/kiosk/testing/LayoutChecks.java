package org.legalkiosk.kiosk.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.legalkiosk.kiosk.ui.common.TapArea;

import java.util.ArrayList;
import java.util.List;

/** Checks a villager would notice: text cut off with "…", and buttons too small for a finger. */
public final class LayoutChecks {

    public static final double MIN_TOUCH_PX = 64;

    private LayoutChecks() {
    }

    /** Labels, buttons and the like whose text is shown shortened (ellipsis) or not at all. */
    public static List<String> clippedTexts(Parent root) {
        List<String> clipped = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && isShown(labeled) && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                Text shown = (Text) labeled.lookup(".text");
                if (shown == null || !shown.getText().replace("\n", "").equals(labeled.getText().replace("\n", ""))) {
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
        Contrast.texts(root).stream().filter(p -> p.ratio() < minText).map(p -> "text " + p).distinct()
                .forEach(low::add);
        Contrast.outlines(root).stream().filter(p -> p.ratio() < minOutline).map(p -> "outline " + p).distinct()
                .forEach(low::add);
        return low;
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
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null
                && !scroll.getChildrenUnmodifiable().contains(scroll.getContent())) {
            visit(scroll.getContent(), action);
        }
    }
}
