package org.legalkiosk.kiosk.service.callback;

import java.util.Objects;

import org.legalkiosk.personal.PersonalData;

/**
 * A villager's request to be rung back by the township's staff: what it is about (one of {@link CallbackTopics}) and
 * a mainland mobile number, checked here as well as on the screen so nothing malformed is ever kept.
 *
 * @param language the language the visitor used ({@code zh}, {@code en}), so the officer knows how to greet them
 */
public record CallbackRequest(String topic, String phone, String language) {

    public CallbackRequest {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        if (!CallbackTopics.ALL.contains(topic)) {
            throw new IllegalArgumentException("unknown callback topic: " + topic);
        }
        if (!PersonalData.isValidMobile(phone)) {
            throw new IllegalArgumentException("not a mainland mobile number: " + PersonalData.maskPhone(phone));
        }
    }

    @Override
    public String toString() {
        // Never the number itself in a log line or an exception message.
        return "CallbackRequest[topic=" + topic + ", phone=" + PersonalData.maskPhone(phone) + "]";
    }
}
