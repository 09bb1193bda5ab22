package org.legalkiosk.kiosk.ui.home;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/** The Home screen. */
public final class HomeScreens implements ScreenFeature {

    private final ScreenContext context;

    public HomeScreens(ScreenContext context) {
        this.context = context;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.Home.class, home -> new HomeView(new HomeViewModel(context)));
    }
}
