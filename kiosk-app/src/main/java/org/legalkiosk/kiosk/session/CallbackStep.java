package org.legalkiosk.kiosk.session;

/** The screens of a callback request, in order: what it is about, the number to ring, a last look before sending. */
public enum CallbackStep {
    TOPIC,
    PHONE,
    REVIEW
}
