package org.legalkiosk.kiosk.ui.search;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/** Search, with what has been typed so far. */
public final class SearchScreens implements ScreenFeature {

    private final ScreenContext context;

    public SearchScreens(ScreenContext context) {
        this.context = context;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(
                Route.Search.class,
                search -> new SearchView(new SearchViewModel(context, search.query()), context.messages()));
    }
}
