package org.legalkiosk.content.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.legalkiosk.content.model.Language;

/**
 * Checks an explainer body for what the kiosk cannot or must not show: raw HTML (it could hide scripts and the
 * renderer ignores it), links leaving the terminal (it is offline), images outside {@code images/}, and the
 * three sections every explainer promises its reader.
 */
public final class MarkdownLint {

    /** A link to another explainer or an image, with the line it is on. */
    public record Reference(String target, int line) {}

    /** What a body points at, for the loader to resolve once every file is read. */
    public record References(List<Reference> explainerLinks, List<Reference> images) {}

    public static final String EXPLAINER_SCHEME = "explainer:";
    private static final Pattern IMAGE_PATH = Pattern.compile("images/[A-Za-z0-9._-]+\\.(png|jpg|jpeg)");
    static final Map<Language, List<String>> REQUIRED_SECTIONS = Map.of(
            Language.ZH, List.of("法律怎么说", "您可以怎么做", "去哪里求助"),
            Language.EN, List.of("What the law says", "What you can do", "Where to get help"));

    private static final Parser PARSER = parser();

    /** The one Markdown dialect of the project: CommonMark with pipe tables. The kiosk renders with the same. */
    public static Parser parser() {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    public References check(String body, Language language, String file, int firstLine, Problems problems) {
        Node document = PARSER.parse(body);
        List<String> sections = new ArrayList<>();
        List<Reference> links = new ArrayList<>();
        List<Reference> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(file, line(html), "raw HTML is not allowed in explainers");
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(file, line(html), "raw HTML is not allowed in explainers: " + html.getLiteral());
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 || heading.getLevel() > 3) {
                    problems.add(
                            file, line(heading), "use only ## and ### headings; the title comes from the front matter");
                }
                if (heading.getLevel() == 2) {
                    sections.add(plainText(heading).strip());
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                String target = link.getDestination();
                if (target.startsWith(EXPLAINER_SCHEME)) {
                    links.add(new Reference(target.substring(EXPLAINER_SCHEME.length()), line(link)));
                } else {
                    problems.add(
                            file,
                            line(link),
                            "link to '" + target
                                    + "' leaves the kiosk; link only to other explainers, as explainer:ID");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String target = image.getDestination();
                if (!IMAGE_PATH.matcher(target).matches()) {
                    problems.add(file, line(image), "image '" + target + "' must be a file in images/ (png or jpg)");
                } else {
                    images.add(new Reference(target, line(image)));
                }
                visitChildren(image);
            }

            private int line(Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
            }
        });
        List<String> required = REQUIRED_SECTIONS.get(language);
        int at = 0;
        for (String section : sections) {
            if (at < required.size() && section.equals(required.get(at))) {
                at++;
            }
        }
        if (at < required.size()) {
            problems.add(
                    file,
                    firstLine,
                    "missing section '## " + required.get(at) + "' (every explainer has, in order: "
                            + String.join(", ", required) + ")");
        }
        return new References(links, images);
    }

    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }
}
