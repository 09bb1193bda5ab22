package org.legalkiosk.kiosk.ui.notices;

import java.util.List;

import org.legalkiosk.content.model.Notice;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** The notices active now, most important first. */
public final class NoticesViewModel {

    public record Item(String title, String body, boolean urgent) {}

    private final ScreenContext context;
    private final List<Item> items;

    public NoticesViewModel(ScreenContext context) {
        this.context = context;
        this.items = context.notices().active().stream()
                .map(n -> new Item(
                        n.title().in(context.language()),
                        n.body().in(context.language()),
                        n.priority() == Notice.Priority.URGENT))
                .toList();
    }

    public String title() {
        return context.messages().get("notices.title");
    }

    public String emptyMessage() {
        return context.messages().get("notices.none");
    }

    public String urgentLabel() {
        return context.messages().get("notices.urgent");
    }

    public List<Item> items() {
        return items;
    }

    public String spokenText() {
        if (items.isEmpty()) {
            return emptyMessage();
        }
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append(i.title()).append("。").append(i.body()).append("\n"));
        return sb.toString();
    }
}
