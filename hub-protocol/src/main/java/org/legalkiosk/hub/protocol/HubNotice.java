package org.legalkiosk.hub.protocol;

import java.time.Instant;

/**
 * A notice the county wants shown on the terminal, in Chinese and optionally English. The hub sends every notice
 * that is in force or starts soon; the kiosk shows each between its start and end.
 *
 * @param id       the hub's id, stable across heartbeats
 * @param titleZh  title in Chinese (required)
 * @param titleEn  title in English, or null
 * @param bodyZh   text in Chinese (required)
 * @param bodyEn   text in English, or null
 * @param urgent   shown on top of every screen rather than in the notices list
 * @param startsAt from when
 * @param endsAt   until when, or null for no end
 */
public record HubNotice(
        long id,
        String titleZh,
        String titleEn,
        String bodyZh,
        String bodyEn,
        boolean urgent,
        Instant startsAt,
        Instant endsAt) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 2000;

    public HubNotice {
        titleZh = Limits.text("titleZh", titleZh, MAX_TITLE, true);
        titleEn = Limits.text("titleEn", titleEn, MAX_TITLE, false);
        bodyZh = Limits.text("bodyZh", bodyZh, MAX_BODY, true);
        bodyEn = Limits.text("bodyEn", bodyEn, MAX_BODY, false);
        if (startsAt == null) {
            throw new IllegalArgumentException("startsAt is required");
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
    }
}
