package org.legalkiosk.kiosk.ui.statutes;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** The official text of one chapter, article by article; one article may be marked as the one asked for. */
public final class LawChapterViewModel {

    public record ArticleItem(int number, String label, List<String> paragraphs, boolean focused) {}

    private final ScreenContext context;
    private final String lawId;
    private final Optional<Statute> statute;
    private final Optional<StatuteOutline.Entry> chapter;
    private final List<ArticleItem> articles;

    public LawChapterViewModel(ScreenContext context, String lawId, int firstArticle, int focusArticle) {
        this.context = context;
        this.lawId = lawId;
        this.statute = context.content().statute(lawId);
        this.chapter =
                statute.flatMap(s -> s.article(firstArticle).map(a -> StatuteOutline.chapterOf(s, firstArticle)));
        this.articles = chapter.map(
                        c -> statute.get().articles().subList(c.firstArticle() - 1, c.lastArticle()).stream()
                                .map(a -> item(a, focusArticle))
                                .toList())
                .orElse(List.of());
    }

    private static ArticleItem item(StatuteArticle a, int focus) {
        return new ArticleItem(a.number(), a.label(), a.paragraphs(), a.number() == focus);
    }

    public String title() {
        return context.content()
                .library()
                .law(lawId)
                .map(l -> l.name().in(context.language()))
                .orElse(lawId);
    }

    public String chapterHeading() {
        return chapter.map(c ->
                        (c.book() == null ? "" : new StatuteOutline.Entry(c.book(), null, 0, 0).heading() + " · ")
                                + c.heading())
                .orElse("");
    }

    public boolean exists() {
        return chapter.isPresent();
    }

    public String notInstalledMessage() {
        return context.messages().get("article.notInstalled");
    }

    public List<ArticleItem> articles() {
        return articles;
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(chapterHeading()).append("。");
        articles.forEach(a -> sb.append(a.label()).append("。").append(String.join("", a.paragraphs())));
        return sb.toString();
    }
}
