package org.legalkiosk.kiosk.ui.selfcheck;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/**
 * Builds the self-check's screens for the shell. It owns the visitor's {@link SelfCheckJourney} and clears it when
 * the session resets. A question or result route with no walk behind it (the answers were wiped, or the terminal
 * restarted on that screen) shows the introduction, from which the visitor simply starts again.
 */
public final class SelfCheckScreens {

    private final ScreenContext context;
    private final OverlayHost overlay;
    private final SelfCheckServices services;
    private final ReadAloud readAloud;
    private final SelfCheckJourney journey = new SelfCheckJourney();

    public SelfCheckScreens(ScreenContext context, OverlayHost overlay, SelfCheckServices services,
                            ReadAloud readAloud) {
        this.readAloud = readAloud;
        this.context = context;
        this.overlay = overlay;
        this.services = services;
        context.session().onReset(journey::clear);
    }

    /** Whether {@code route} is one of the self-check's. */
    public static boolean handles(Route route) {
        return route instanceof Route.SelfCheck || route instanceof Route.SelfCheckQuestion
                || route instanceof Route.SelfCheckOutcome;
    }

    public Screen create(Route route) {
        if (route instanceof Route.SelfCheckQuestion q && SelfCheckQuestionViewModel.canShow(journey, q.answered())) {
            return new SelfCheckQuestionView(new SelfCheckQuestionViewModel(context, journey, q.answered()),
                    context.messages(), readAloud);
        }
        if (route instanceof Route.SelfCheckOutcome && SelfCheckResultViewModel.canShow(journey)) {
            return new SelfCheckResultView(new SelfCheckResultViewModel(context, journey, services), overlay,
                    context.messages());
        }
        return new SelfCheckIntroView(new SelfCheckIntroViewModel(context, journey), context.messages());
    }

    /** The walk in progress, for tests. */
    public SelfCheckJourney journey() {
        return journey;
    }
}
