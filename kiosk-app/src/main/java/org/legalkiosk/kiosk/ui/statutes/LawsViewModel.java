package org.legalkiosk.kiosk.ui.statutes;

import java.util.List;

import org.legalkiosk.content.model.Law;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** The laws whose official text this terminal has, in the order laws.yaml lists them. */
public final class LawsViewModel {

    public record Item(String lawId, String name, String fullName, int articles) {}

    private final ScreenContext context;
    private final List<Item> items;

    public LawsViewModel(ScreenContext context) {
        this.context = context;
        this.items = context.content().library().laws().stream()
                .filter(law -> context.content().isStatuteInstalled(law.id()))
                .map(this::item)
                .toList();
    }

    private Item item(Law law) {
        int articles = context.content()
                .statute(law.id())
                .map(s -> s.articles().size())
                .orElse(0);
        return new Item(
                law.id(), law.name().in(context.language()), law.fullName().zh(), articles);
    }

    public String title() {
        return context.messages().get("laws.title");
    }

    public String prompt() {
        return items.isEmpty()
                ? context.messages().get("laws.none")
                : context.messages().get("laws.prompt");
    }

    public String articleCount(Item item) {
        return context.messages().get("laws.articles", item.articles());
    }

    public List<Item> items() {
        return items;
    }

    public void open(Item item) {
        context.navigator().open(new Route.LawContents(item.lawId()));
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(prompt()).append("。");
        items.forEach(i -> sb.append(i.fullName()).append("。"));
        return sb.toString();
    }
}
