package org.legalkiosk.kiosk.ui.notices;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/** The notices the county and the content put up. */
public final class NoticeScreens implements ScreenFeature {

    private final ScreenContext context;

    public NoticeScreens(ScreenContext context) {
        this.context = context;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.Notices.class, r -> new NoticesView(new NoticesViewModel(context), context.messages()));
    }
}
