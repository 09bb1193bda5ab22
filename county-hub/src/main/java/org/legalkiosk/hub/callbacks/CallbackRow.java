package org.legalkiosk.hub.callbacks;

import java.time.Instant;

/**
 * One callback request as a console user may see it.
 *
 * @param phone   the number in full for an officer of the terminal's township while the request is open, masked
 *                ({@code 138****5678}) for everybody else, empty once purged
 * @param outcome null while open
 */
public record CallbackRow(
        long id,
        String terminalId,
        String terminalName,
        String township,
        String topic,
        String phone,
        boolean phoneClear,
        String language,
        Instant requestedAt,
        CallbackOutcome outcome,
        String doneBy,
        Instant doneAt) {

    public boolean open() {
        return outcome == null;
    }

    public String topicZh() {
        return CallbackTopics.zh(topic);
    }

    public String topicEn() {
        return CallbackTopics.en(topic);
    }
}
