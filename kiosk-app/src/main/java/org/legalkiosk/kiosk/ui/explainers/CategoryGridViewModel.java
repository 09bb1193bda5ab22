package org.legalkiosk.kiosk.ui.explainers;

import java.util.List;

import org.legalkiosk.content.model.Category;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** The grid of problem categories; a category without explainers is not offered. */
public final class CategoryGridViewModel {

    public record Item(String id, String name, String hint, int count) {}

    private final ScreenContext context;
    private final List<Item> items;

    public CategoryGridViewModel(ScreenContext context) {
        this.context = context;
        var library = context.content().library();
        this.items = library.categories().stream()
                .map(c ->
                        item(c, library.explainersIn(c.id(), context.language()).size()))
                .filter(i -> i.count() > 0)
                .toList();
    }

    private Item item(Category c, int count) {
        return new Item(c.id(), c.name().in(context.language()), c.hint().in(context.language()), count);
    }

    public String title() {
        return context.messages().get("categories.title");
    }

    public String prompt() {
        return context.messages().get("categories.prompt");
    }

    public List<Item> items() {
        return items;
    }

    /** How many laws can be read in full on this terminal (the statute browser is offered when any). */
    public long installedLaws() {
        return context.content().library().laws().stream()
                .filter(l -> context.content().isStatuteInstalled(l.id()))
                .count();
    }

    public String lawsEntry() {
        return context.messages().get("categories.laws", installedLaws());
    }

    public void openLaws() {
        context.navigator().open(new Route.Laws());
    }

    public void open(Item item) {
        context.navigator().open(new Route.ExplainerList(item.id()));
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(prompt()).append("。");
        items.forEach(i -> sb.append(i.name()).append("：").append(i.hint()).append("。"));
        return sb.toString();
    }
}
