package org.legalkiosk.content.source;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words of a Markdown body without its mark-up, one block a line: what read-aloud speaks. */
public final class MarkdownText {

    private MarkdownText() {}

    /** The ids of other explainers a body links to ({@code explainer:ID}), in order, each once. */
    public static java.util.List<String> explainerLinks(String markdown) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        MarkdownLint.parser().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                if (link.getDestination().startsWith(MarkdownLint.EXPLAINER_SCHEME)) {
                    ids.add(link.getDestination().substring(MarkdownLint.EXPLAINER_SCHEME.length()));
                }
                visitChildren(link);
            }
        });
        return java.util.List.copyOf(ids);
    }

    public static String plain(String markdown) {
        Node document = MarkdownLint.parser().parse(markdown);
        StringBuilder sb = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append('\n');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                sb.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                if (!(paragraph.getParent() instanceof ListItem)) {
                    sb.append('\n');
                }
            }

            @Override
            public void visit(ListItem item) {
                visitChildren(item);
                sb.append('\n');
            }
        });
        return sb.toString().strip();
    }
}
