package org.legalkiosk.kiosk.ui.selfcheck;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/**
 * The self-check's screens. It owns the visitor's {@link SelfCheckJourney} and clears it when the session resets. A
 * question or result route with no walk behind it (the answers were wiped, or the terminal restarted on that screen)
 * shows the introduction, from which the visitor simply starts again.
 */
public final class SelfCheckScreens implements ScreenFeature {

    private final ScreenContext context;
    private final OverlayHost overlay;
    private final ReadAloud readAloud;
    private final SelfCheckJourney journey = new SelfCheckJourney();

    public SelfCheckScreens(ScreenContext context, OverlayHost overlay, ReadAloud readAloud) {
        this.readAloud = readAloud;
        this.context = context;
        this.overlay = overlay;
        context.session().onReset(journey::clear);
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.SelfCheck.class, r -> intro());
        screens.register(
                Route.SelfCheckQuestion.class,
                q -> SelfCheckQuestionViewModel.canShow(journey, q.answered())
                        ? new SelfCheckQuestionView(
                                new SelfCheckQuestionViewModel(context, journey, q.answered()),
                                context.messages(),
                                readAloud)
                        : intro());
        screens.register(
                Route.SelfCheckOutcome.class,
                r -> SelfCheckResultViewModel.canShow(journey)
                        ? new SelfCheckResultView(
                                new SelfCheckResultViewModel(context, journey), overlay, context.messages())
                        : intro());
    }

    private Screen intro() {
        return new SelfCheckIntroView(new SelfCheckIntroViewModel(context, journey), context.messages());
    }

    /** The visitor's finished self-check, which a form can start from (the legal-aid application). */
    public java.util.Optional<org.legalkiosk.content.selfcheck.SelfCheckResult> finishedResult() {
        return journey.session().flatMap(org.legalkiosk.content.selfcheck.SelfCheckSession::result);
    }

    /** The walk in progress, for tests. */
    public SelfCheckJourney journey() {
        return journey;
    }
}
