package org.legalkiosk.kiosk.ui.statutes;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.statute.Statute;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** A law's books and chapters; tapping a chapter opens its text. */
public final class LawContentsViewModel {

    private final ScreenContext context;
    private final String lawId;
    private final Optional<Statute> statute;
    private final List<StatuteOutline.Entry> entries;

    public LawContentsViewModel(ScreenContext context, String lawId) {
        this.context = context;
        this.lawId = lawId;
        this.statute = context.content().statute(lawId);
        this.entries = statute.map(StatuteOutline::of).orElse(List.of());
    }

    public String title() {
        return context.content()
                .library()
                .law(lawId)
                .map(l -> l.name().in(context.language()))
                .orElse(lawId);
    }

    public String fullTitle() {
        return statute.map(Statute::title).orElse(title());
    }

    public boolean isInstalled() {
        return statute.isPresent();
    }

    public String notInstalledMessage() {
        return context.messages().get("article.notInstalled");
    }

    public List<StatuteOutline.Entry> entries() {
        return entries;
    }

    public String range(StatuteOutline.Entry entry) {
        return context.messages().get("laws.range", entry.firstArticle(), entry.lastArticle());
    }

    public void open(StatuteOutline.Entry chapter) {
        context.navigator().open(new Route.LawChapter(lawId, chapter.firstArticle(), 0));
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(fullTitle()).append("。");
        entries.forEach(e -> sb.append(e.heading()).append("。"));
        return sb.toString();
    }
}
