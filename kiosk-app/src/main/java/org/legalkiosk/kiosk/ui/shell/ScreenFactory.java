package org.legalkiosk.kiosk.ui.shell;

import java.util.List;
import java.util.function.IntSupplier;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.booking.BookingFlow;
import org.legalkiosk.kiosk.ui.booking.BookingScreens;
import org.legalkiosk.kiosk.ui.callback.CallbackFlow;
import org.legalkiosk.kiosk.ui.callback.CallbackScreens;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;
import org.legalkiosk.kiosk.ui.common.UnknownRouteException;
import org.legalkiosk.kiosk.ui.explainers.ExplainerScreens;
import org.legalkiosk.kiosk.ui.forms.FormFlow;
import org.legalkiosk.kiosk.ui.forms.FormScreens;
import org.legalkiosk.kiosk.ui.home.HomeScreens;
import org.legalkiosk.kiosk.ui.notices.NoticeScreens;
import org.legalkiosk.kiosk.ui.search.SearchScreens;
import org.legalkiosk.kiosk.ui.selfcheck.SelfCheckScreens;
import org.legalkiosk.kiosk.ui.statutes.StatuteScreens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the screen for a route, fresh each time, in the session's current language and text size, from the screens
 * the features registered. A route without a screen is a bug: in tests and the developer's demo it throws, so it is
 * found at once; on a terminal it is logged and the visitor sees Home rather than a frozen screen.
 */
public final class ScreenFactory {

    /** What to do with a route no feature registered. */
    public enum UnknownRoutes {
        /** Throw {@link UnknownRouteException} (tests, the demo). */
        FAIL,
        /** Log it as an error and show Home (a terminal in a village hall). */
        LOG_AND_HOME
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScreenFactory.class);

    private final ScreenRegistry registry;
    private final UnknownRoutes unknownRoutes;

    public ScreenFactory(ScreenRegistry registry, UnknownRoutes unknownRoutes) {
        this.registry = registry;
        this.unknownRoutes = unknownRoutes;
    }

    /**
     * Every feature's screens.
     *
     * @param reviewAfterDays explainers last checked longer ago than this say so, read each time one is built
     */
    public static ScreenFactory standard(
            ScreenContext context,
            OverlayHost overlay,
            ReadAloud readAloud,
            IntSupplier reviewAfterDays,
            UnknownRoutes unknownRoutes) {
        ScreenRegistry registry = new ScreenRegistry();
        for (ScreenFeature feature : features(context, overlay, readAloud, reviewAfterDays)) {
            feature.registerScreens(registry);
        }
        return new ScreenFactory(registry, unknownRoutes);
    }

    /**
     * The features of the touchscreen. The self-check keeps the visitor's answers across its screens and booking its
     * draft (each clears them on reset), so each is made once per kiosk screen.
     */
    static List<ScreenFeature> features(
            ScreenContext context, OverlayHost overlay, ReadAloud readAloud, IntSupplier reviewAfterDays) {
        SelfCheckScreens selfCheck = new SelfCheckScreens(context, overlay, readAloud);
        return List.of(
                new HomeScreens(context),
                new ExplainerScreens(context, overlay, readAloud, reviewAfterDays),
                new StatuteScreens(context),
                new SearchScreens(context),
                new NoticeScreens(context),
                selfCheck,
                new BookingScreens(new BookingFlow(context), readAloud),
                new CallbackScreens(new CallbackFlow(context), readAloud),
                new FormScreens(new FormFlow(context, selfCheck::finishedResult), overlay, readAloud));
    }

    public Screen create(Route route) {
        try {
            return registry.create(route);
        } catch (UnknownRouteException e) {
            if (unknownRoutes == UnknownRoutes.FAIL) {
                throw e;
            }
            LOG.error("{}; showing Home instead", e.getMessage());
            return registry.create(Route.HOME);
        }
    }

    /** The routes with a screen. */
    public ScreenRegistry registry() {
        return registry;
    }
}
