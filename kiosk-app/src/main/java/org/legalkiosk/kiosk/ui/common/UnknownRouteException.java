package org.legalkiosk.kiosk.ui.common;

import org.legalkiosk.kiosk.session.Route;

/** A route no feature registered a screen for: a new route was added without its screen. */
public final class UnknownRouteException extends IllegalStateException {

    private final transient Route route;

    public UnknownRouteException(Route route) {
        super("No screen is registered for " + route + " (" + route.getClass().getName()
                + "): register it in its feature's ScreenFeature");
        this.route = route;
    }

    public Route route() {
        return route;
    }
}
