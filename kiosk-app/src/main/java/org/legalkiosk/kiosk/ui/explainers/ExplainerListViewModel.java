package org.legalkiosk.kiosk.ui.explainers;

import java.util.List;

import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** The explainers of one category, each as a question and its one-sentence answer. */
public final class ExplainerListViewModel {

    /** @param untranslated shown in Chinese because no version exists in the language on show */
    public record Item(String id, String title, String summary, boolean untranslated) {}

    private final ScreenContext context;
    private final String title;
    private final List<Item> items;

    public ExplainerListViewModel(ScreenContext context, String categoryId) {
        this.context = context;
        Language language = context.language();
        var library = context.content().library();
        this.title =
                library.category(categoryId).map(c -> c.name().in(language)).orElse("");
        this.items = library.explainersIn(categoryId, language).stream()
                .sorted(java.util.Comparator.comparing((Explainer e) -> e.language() != language)
                        .thenComparing(Explainer::id))
                .map(e -> new Item(e.id(), e.title(), e.summary(), e.language() != language))
                .toList();
    }

    public String title() {
        return title;
    }

    public String prompt() {
        return context.messages().get("list.prompt") + "  " + context.messages().get("list.count", items.size());
    }

    public String untranslatedBadge() {
        return context.messages().get("list.chineseOnly");
    }

    public List<Item> items() {
        return items;
    }

    public void open(Item item) {
        context.navigator().open(new Route.ExplainerPage(item.id()));
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(title)
                .append("。")
                .append(context.messages().get("list.prompt"))
                .append("。");
        items.forEach(i -> sb.append(i.title()).append(" "));
        return sb.toString();
    }
}
