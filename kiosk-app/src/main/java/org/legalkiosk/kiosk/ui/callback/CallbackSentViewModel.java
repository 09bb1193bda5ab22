package org.legalkiosk.kiosk.ui.callback;

import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/** The last screen: the request is kept, staff will ring within working days, and a way back Home. */
public final class CallbackSentViewModel {

    private final ScreenContext context;

    public CallbackSentViewModel(ScreenContext context) {
        this.context = context;
    }

    private Messages messages() {
        return context.messages();
    }

    public String title() {
        return messages().get("callback.title");
    }

    public String headline() {
        return messages().get("callback.sent");
    }

    public String detail() {
        return messages().get("callback.sent.detail");
    }

    public String finishLabel() {
        return messages().get("callback.sent.finish");
    }

    public void finish() {
        context.navigator().home();
    }

    public String spokenText() {
        return title() + "。" + headline() + "。" + detail();
    }
}
