package org.legalkiosk.kiosk.service.callback;

import java.util.List;

/**
 * What a callback can be about. The ids are the booking's matters (and the self-check's), so the township sees one
 * vocabulary across bookings, callbacks and the county's reports; the hub names them in Chinese by the same ids.
 */
public final class CallbackTopics {

    public static final List<String> ALL = List.of(
            "unpaid-wages",
            "injury-compensation",
            "support-payments",
            "benefits",
            "domestic-violence",
            "land",
            "marriage-family",
            "inheritance",
            "loan",
            "neighbours",
            "other");

    private CallbackTopics() {}
}
