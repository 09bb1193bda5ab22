package org.legalkiosk.kiosk.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.source.MarkdownLint;

/**
 * Turns an explainer's Markdown into JavaFX nodes: headings, paragraphs, bold and emphasis, lists, simple
 * tables, images and links to other explainers. Raw HTML is dropped (the content build rejects it anyway); all
 * sizes come from the stylesheet in em, so the text-size switch re-flows everything.
 */
public final class MarkdownRenderer {

    private final Language language;
    private final Consumer<String> onExplainerLink;
    private final Function<String, Optional<Image>> images;
    private final Consumer<String> onTextTap;

    /**
     * @param onExplainerLink called with the target explainer id when a visitor taps a link
     * @param images          loads an image named in the Markdown ({@code images/...}), empty if missing
     */
    public MarkdownRenderer(
            Language language, Consumer<String> onExplainerLink, Function<String, Optional<Image>> images) {
        this(language, onExplainerLink, images, text -> {});
    }

    /**
     * @param onTextTap called with the words of a heading, paragraph or list item a visitor taps, to read just
     *                  that aloud
     */
    public MarkdownRenderer(
            Language language,
            Consumer<String> onExplainerLink,
            Function<String, Optional<Image>> images,
            Consumer<String> onTextTap) {
        this.language = language;
        this.onExplainerLink = onExplainerLink;
        this.images = images;
        this.onTextTap = onTextTap;
    }

    /** A tap on a block of text reads that block; the words are the text nodes it shows. */
    private TextFlow readable(TextFlow flow) {
        flow.setOnMouseClicked(e -> {
            StringBuilder words = new StringBuilder();
            for (Node child : flow.getChildren()) {
                if (child instanceof javafx.scene.text.Text t) {
                    words.append(t.getText());
                } else if (child instanceof javafx.scene.control.Labeled l) {
                    words.append(l.getText());
                }
            }
            onTextTap.accept(words.toString());
        });
        return flow;
    }

    public VBox render(String markdown) {
        VBox box = new VBox();
        box.getStyleClass().add("md");
        org.commonmark.node.Node document = MarkdownLint.parser().parse(markdown);
        box.getChildren().addAll(blocks(document));
        return box;
    }

    private List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node rendered = block(n);
            if (rendered != null) {
                nodes.add(rendered);
            }
        }
        return nodes;
    }

    private Node block(org.commonmark.node.Node n) {
        if (n instanceof Heading h) {
            TextFlow flow = inlines(h, h.getLevel() <= 2 ? "md-h2-text" : "md-h3-text");
            flow.getStyleClass().add(h.getLevel() <= 2 ? "md-h2" : "md-h3");
            return readable(flow);
        }
        if (n instanceof Paragraph p) {
            if (p.getFirstChild() instanceof org.commonmark.node.Image image
                    && p.getFirstChild().getNext() == null) {
                return image(image);
            }
            TextFlow flow = inlines(p, "md-text");
            flow.getStyleClass().add("md-p");
            return readable(flow);
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n);
        }
        if (n instanceof BlockQuote q) {
            VBox box = new VBox();
            box.getStyleClass().add("md-quote");
            box.getChildren().addAll(blocks(q));
            return box;
        }
        if (n instanceof TableBlock table) {
            return table(table);
        }
        if (n instanceof ThematicBreak) {
            return new Separator();
        }
        return null;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int number =
                list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md");
            content.getChildren().addAll(blocks(item));
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        TextFlow flow = inlines(cell, cell.isHeader() ? "md-strong" : "md-text");
                        flow.getStyleClass().add("md-cell");
                        if (cell.isHeader()) {
                            flow.getStyleClass().add("md-cell-head");
                        }
                        flow.setMaxWidth(Double.MAX_VALUE);
                        flow.setMaxHeight(Double.MAX_VALUE);
                        grid.add(flow, col++, row);
                    }
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private Node image(org.commonmark.node.Image md) {
        String alt = plain(md);
        VBox box = new VBox();
        Optional<Image> image = images.apply(md.getDestination());
        if (image.isPresent()) {
            ImageView view = new ImageView(image.get());
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(image.get().getWidth(), 900));
            box.getChildren().add(view);
        }
        Label caption = new Label(alt);
        caption.getStyleClass().add("md-image-caption");
        box.getChildren().add(caption);
        return box;
    }

    /** Inline content of a block as one wrapping text flow; {@code baseClass} styles plain runs. */
    private TextFlow inlines(org.commonmark.node.Node block, String baseClass) {
        TextFlow flow = new TextFlow();
        appendInlines(block, flow, List.of(baseClass));
        return flow;
    }

    private void appendInlines(org.commonmark.node.Node parent, TextFlow flow, List<String> classes) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(text(t.getLiteral(), classes));
            } else if (n instanceof StrongEmphasis) {
                appendInlines(n, flow, with(classes, "md-strong"));
            } else if (n instanceof Emphasis) {
                appendInlines(n, flow, with(classes, "md-em"));
            } else if (n instanceof Code c) {
                flow.getChildren().add(text(c.getLiteral(), with(classes, "md-code")));
            } else if (n instanceof SoftLineBreak) {
                // Chinese runs lines together without a space; English needs one.
                if (language != Language.ZH) {
                    flow.getChildren().add(text(" ", classes));
                }
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", classes));
            } else if (n instanceof Link link) {
                flow.getChildren().add(link(link));
            } else if (n instanceof org.commonmark.node.Image image) {
                flow.getChildren().add(text(plain(image), classes));
            } else {
                appendInlines(n, flow, classes);
            }
        }
    }

    private Node link(Link link) {
        String label = plain(link);
        String target = link.getDestination();
        if (!target.startsWith(MarkdownLint.EXPLAINER_SCHEME)) {
            // Only links to other explainers work on an offline kiosk; anything else is shown as plain text.
            return text(label, List.of("md-text"));
        }
        Hyperlink hyperlink = new Hyperlink(label);
        hyperlink.getStyleClass().add("md-link");
        hyperlink.setWrapText(true);
        String id = target.substring(MarkdownLint.EXPLAINER_SCHEME.length());
        hyperlink.setId("link-" + id);
        hyperlink.setOnAction(e -> onExplainerLink.accept(id));
        return hyperlink;
    }

    private static Text text(String literal, List<String> classes) {
        Text text = new Text(literal);
        text.getStyleClass().addAll(classes);
        return text;
    }

    private static List<String> with(List<String> classes, String extra) {
        List<String> more = new ArrayList<>(classes);
        more.add(extra);
        return more;
    }

    private static String plain(org.commonmark.node.Node node) {
        StringBuilder sb = new StringBuilder();
        for (org.commonmark.node.Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            } else {
                sb.append(plain(n));
            }
        }
        return sb.toString();
    }
}
