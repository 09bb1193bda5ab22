package org.legalkiosk.kiosk.ui.forms;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.booking.ChoiceStepView;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/**
 * "帮我填表" (issue 16): choose a form, one question per screen, the review with 修改, the preview, print. A step whose
 * answers are gone (printed, idle reset, a restart) shows the list of forms again, from which the visitor starts anew.
 */
public final class FormScreens implements ScreenFeature {

    private final FormFlow flow;
    private final OverlayHost overlay;
    private final ReadAloud readAloud;

    public FormScreens(FormFlow flow, OverlayHost overlay, ReadAloud readAloud) {
        this.flow = flow;
        this.overlay = overlay;
        this.readAloud = readAloud;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.Forms.class, r -> chooser());
        screens.register(Route.FormStep.class, this::step);
        screens.register(
                Route.FormPreview.class,
                r -> new FormPreviewView(
                        new FormPreviewViewModel(flow, r), flow.context().messages()));
        screens.register(
                Route.FormPrinted.class,
                r -> new FormPrintedView(
                        new FormPrintedViewModel(flow, r.formId()),
                        flow.context().messages()));
    }

    private Screen chooser() {
        return new ChoiceStepView(new FormChooserViewModel(flow), flow.context().messages(), readAloud);
    }

    private Screen step(Route.FormStep step) {
        var messages = flow.context().messages();
        return flow.at(step)
                .map(interview -> interview
                        .current()
                        .<Screen>map(q -> new FormQuestionView(
                                new FormQuestionViewModel(flow, step, interview, q), overlay, messages, readAloud))
                        .orElseGet(() -> new FormReviewView(new FormReviewViewModel(flow, step, interview), messages)))
                .orElseGet(this::chooser);
    }

    /** The visitor's form, for tests. */
    public FormFlow flow() {
        return flow;
    }
}
