package org.legalkiosk.kiosk.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.model.Notice;
import org.legalkiosk.kiosk.session.CallbackStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.callback.CallbackIds;
import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.forms.FormIds;

/** The Home screen's choices: five tiles, the callback strip, and the notices that are active now. */
public final class HomeViewModel {

    /** One large tile: where it leads and what it says. */
    public record Tile(String id, String title, String hint, String icon, Route route) {}

    /** A notice in the language on show. */
    public record NoticeLine(String title, String body, boolean urgent) {}

    private final ScreenContext context;
    private final List<Tile> tiles;
    private final List<NoticeLine> notices;
    private final Optional<Tile> callback;
    private final Optional<Tile> forms;

    public HomeViewModel(ScreenContext context) {
        this.context = context;
        Messages m = context.messages();
        this.tiles = List.of(
                new Tile(
                        Ids.TILE_EXPLAINERS,
                        m.get("home.tile.explainers"),
                        m.get("home.tile.explainers.hint"),
                        Icons.BOOK,
                        new Route.Categories()),
                new Tile(
                        Ids.TILE_SEARCH,
                        m.get("home.tile.search"),
                        m.get("home.tile.search.hint"),
                        Icons.SEARCH,
                        new Route.Search("")),
                new Tile(
                        Ids.TILE_BOOKING,
                        m.get("home.tile.booking"),
                        m.get("home.tile.booking.hint"),
                        Icons.CALENDAR,
                        new Route.BookingStart(null, null)),
                new Tile(
                        Ids.TILE_SELF_CHECK,
                        m.get("home.tile.selfCheck"),
                        m.get("home.tile.selfCheck.hint"),
                        Icons.CHECKLIST,
                        new Route.SelfCheck()),
                new Tile(
                        Ids.TILE_NOTICES,
                        m.get("home.tile.notices"),
                        m.get("home.tile.notices.hint"),
                        Icons.BELL,
                        new Route.Notices()));
        // The fallback where no video link to the judicial office exists; offered only where requests can be kept.
        this.callback = context.residents().callbacks().available()
                ? Optional.of(new Tile(
                        CallbackIds.HOME_ENTRY,
                        m.get("callback.entry"),
                        m.get("callback.entry.hint"),
                        Icons.PHONE,
                        new Route.Callback(CallbackStep.TOPIC)))
                : Optional.empty();
        // Documents to take to the office (issue 16), wherever the content has forms.
        this.forms = context.content().forms().isEmpty()
                ? Optional.empty()
                : Optional.of(new Tile(
                        FormIds.HOME_ENTRY,
                        m.get("forms.entry"),
                        m.get("forms.entry.hint"),
                        Icons.FORM,
                        new Route.Forms()));
        List<NoticeLine> lines = new ArrayList<>();
        for (Notice n : context.notices().active()) {
            lines.add(new NoticeLine(
                    n.title().in(context.language()),
                    n.body().in(context.language()),
                    n.priority() == Notice.Priority.URGENT));
        }
        this.notices = List.copyOf(lines);
    }

    public String title() {
        return context.messages().get("app.title");
    }

    public String welcome() {
        return context.messages().get("home.welcome");
    }

    public List<Tile> tiles() {
        return tiles;
    }

    /** "Ask staff to call me back", a wide strip under the tiles, when this terminal takes such requests. */
    public Optional<Tile> callback() {
        return callback;
    }

    /** "帮我填表", a wide strip beside call me back, when the content has forms. */
    public Optional<Tile> forms() {
        return forms;
    }

    /** The most important active notice, shown as a banner on Home (urgent ones first). */
    public Optional<NoticeLine> banner() {
        return notices.stream().findFirst();
    }

    /** An urgent notice this visitor has not yet acknowledged: it takes over Home until they have. */
    public Optional<NoticeLine> takeover() {
        return context.session().urgentNoticeSeenProperty().get()
                ? Optional.empty()
                : notices.stream().filter(NoticeLine::urgent).findFirst();
    }

    public void acknowledgeUrgent() {
        context.session().urgentNoticeSeenProperty().set(true);
    }

    public String urgentLabel() {
        return context.messages().get("notices.urgent");
    }

    public String continueLabel() {
        return context.messages().get("notices.continue");
    }

    public void open(Tile tile) {
        context.navigator().open(tile.route());
    }

    public void openNotices() {
        context.navigator().open(new Route.Notices());
    }

    public String spokenText() {
        Optional<NoticeLine> urgent = takeover();
        if (urgent.isPresent()) {
            return urgentLabel() + "：" + urgent.get().title() + "。"
                    + urgent.get().body();
        }
        StringBuilder sb = new StringBuilder(title()).append("。").append(welcome());
        banner().ifPresent(n -> sb.append(n.title()).append("。"));
        tiles.forEach(t -> sb.append(t.title()).append("：").append(t.hint()).append("。"));
        callback.ifPresent(
                t -> sb.append(t.title()).append("：").append(t.hint()).append("。"));
        forms.ifPresent(t -> sb.append(t.title()).append("：").append(t.hint()).append("。"));
        return sb.toString();
    }
}
