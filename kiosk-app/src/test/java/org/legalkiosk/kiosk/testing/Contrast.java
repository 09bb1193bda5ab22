package org.legalkiosk.kiosk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * WCAG 2.x contrast measured on what the screen really shows: each text's computed fill against the nearest
 * painted background behind it (translucent fills and node opacity blended in), and each control's or card's
 * edge (its border or its own fill) against what lies around it. Disabled controls are exempt, as WCAG allows.
 */
public final class Contrast {

    private Contrast() {}

    /** The WCAG contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance (sRGB, linearised). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** {@code top} with its alpha (times {@code opacity}) laid over the opaque {@code under}. */
    public static Color over(Color top, double opacity, Color under) {
        double a = top.getOpacity() * opacity;
        return new Color(
                top.getRed() * a + under.getRed() * (1 - a),
                top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a),
                1);
    }

    /** One measured pair: what, where, its ratio. */
    public record Pair(String what, Color fg, Color bg, double ratio) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s on %s = %.2f:1", what, hex(fg), hex(bg), ratio);
        }
    }

    /** Every shown, non-empty text under {@code root} with its contrast against what is painted behind it. */
    public static List<Pair> texts(Parent root) {
        List<Pair> pairs = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Text text && shown(text) && !text.getText().isBlank() && enabled(text)) {
                Color bg = backgroundBehind(text);
                double opacity = opacityUpToBackground(text);
                for (Color fg : colours(text.getFill())) {
                    Color seen = over(fg, opacity, bg);
                    pairs.add(new Pair(describe(text), seen, bg, ratio(seen, bg)));
                }
            }
        });
        return pairs;
    }

    /**
     * The edge of every shown card and control with a border or a fill of its own: the better of its border and
     * its fill against the background around it (WCAG 1.4.11: its boundary must be seen).
     */
    public static List<Pair> outlines(Parent root) {
        List<Pair> pairs = new ArrayList<>();
        visit(root, node -> {
            if (!(node instanceof Region region) || !shown(region) || !enabled(region) || region.getParent() == null) {
                return;
            }
            boolean bordered = visibleStrokes(region).size() > 0;
            if (!bordered && !(region instanceof ButtonBase)) {
                return;
            }
            Color outside = backgroundBehind(region.getParent());
            double opacity = opacityUpToBackground(region);
            Pair best = null;
            List<Color> edges = new ArrayList<>(visibleStrokes(region));
            fills(region).forEach(edges::add);
            for (Color edge : edges) {
                Color seen = over(edge, opacity, outside);
                Pair p = new Pair(describe(region) + " edge", seen, outside, ratio(seen, outside));
                if (best == null || p.ratio() > best.ratio()) {
                    best = p;
                }
            }
            if (best != null) {
                pairs.add(best);
            }
        });
        return pairs;
    }

    private static List<Color> visibleStrokes(Region region) {
        List<Color> colours = new ArrayList<>();
        Border border = region.getBorder();
        if (border == null) {
            return colours;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            if (stroke.getWidths().getTop()
                            + stroke.getWidths().getLeft()
                            + stroke.getWidths().getRight()
                            + stroke.getWidths().getBottom()
                    <= 0) {
                continue;
            }
            for (Paint p : List.of(stroke.getTopStroke(), stroke.getLeftStroke())) {
                for (Color c : colours(p)) {
                    if (c.getOpacity() > 0) {
                        colours.add(c);
                    }
                }
            }
        }
        return colours;
    }

    /** The colours of a region's fills, topmost last. */
    private static List<Color> fills(Region region) {
        List<Color> colours = new ArrayList<>();
        Background background = region.getBackground();
        if (background == null) {
            return colours;
        }
        for (BackgroundFill fill : background.getFills()) {
            for (Color c : colours(fill.getFill())) {
                if (c.getOpacity() > 0) {
                    colours.add(c);
                }
            }
        }
        return colours;
    }

    /** The opaque colour painted behind {@code node}: its ancestors' fills, translucent ones blended. */
    static Color backgroundBehind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region && !(n == node && node instanceof Text)) {
                List<Color> own = fills(region);
                for (int i = own.size() - 1; i >= 0; i--) {
                    layers.add(own.get(i));
                    if (own.get(i).getOpacity() >= 1) {
                        return flatten(layers, Color.WHITE);
                    }
                }
            }
        }
        return flatten(layers, Color.WHITE);
    }

    private static Color flatten(List<Color> topFirst, Color base) {
        Color c = base;
        for (int i = topFirst.size() - 1; i >= 0; i--) {
            c = over(topFirst.get(i), 1, c);
        }
        return c;
    }

    private static double opacityUpToBackground(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
            if (n != node && n instanceof Region r && !fills(r).isEmpty()) {
                break;
            }
        }
        return opacity;
    }

    private static List<Color> colours(Paint paint) {
        if (paint instanceof Color c) {
            return List.of(c);
        }
        List<Stop> stops = paint instanceof LinearGradient l
                ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : List.of();
        return stops.stream().map(Stop::getColor).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean enabled(Node node) {
        return !node.isDisabled();
    }

    private static String describe(Node node) {
        String where = "";
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                where = "#" + n.getId();
                break;
            }
        }
        String label = node instanceof Text t ? " '" + abbreviate(t.getText()) + "'" : "";
        return node.getClass().getSimpleName() + node.getStyleClass() + label + " in " + where;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 24 ? one.substring(0, 24) + "…" : one;
    }

    static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }
}
