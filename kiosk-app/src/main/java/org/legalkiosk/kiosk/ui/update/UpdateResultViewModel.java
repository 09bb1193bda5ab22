package org.legalkiosk.kiosk.ui.update;

import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * How an update brought on a USB stick went, for whoever is at the terminal: applied (shown from the next idle
 * moment) or refused with the reason the content store gave.
 *
 * @param version the version applied ("" when refused)
 * @param reason  why it was refused, a short code such as {@code BAD_SIGNATURE} ("" when applied)
 */
public record UpdateResultViewModel(boolean ok, String version, String reason, Messages messages) {

    public String title() {
        return ok ? messages.get("update.ok.title", version) : messages.get("update.failed.title");
    }

    public String body() {
        return ok ? messages.get("update.ok.body") : messages.get("update.failed.body", reason);
    }

    public String closeLabel() {
        return messages.get("article.close");
    }

    public String spokenText() {
        return title() + "。" + body();
    }
}
