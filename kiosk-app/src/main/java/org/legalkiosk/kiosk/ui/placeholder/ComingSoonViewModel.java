package org.legalkiosk.kiosk.ui.placeholder;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/**
 * A service the terminal does not offer yet (search, booking, the legal-aid check). Rather than a dead end it
 * tells the visitor where to get the service today and offers the explainers.
 */
public final class ComingSoonViewModel {

    private final ScreenContext context;
    private final Route.Feature feature;

    public ComingSoonViewModel(ScreenContext context, Route.Feature feature) {
        this.context = context;
        this.feature = feature;
    }

    public String title() {
        return context.messages().get("comingSoon." + feature.name());
    }

    public String message() {
        return context.messages().get("comingSoon.message");
    }

    public String meanwhile() {
        return context.messages().get("comingSoon.meanwhile");
    }

    public String browseLabel() {
        return context.messages().get("comingSoon.browse");
    }

    public void browse() {
        context.navigator().home();
        context.navigator().open(new Route.Categories());
    }

    public String spokenText() {
        return title() + "。" + message() + meanwhile();
    }
}
