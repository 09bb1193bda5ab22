package org.legalkiosk.hub.notices;

import java.time.Instant;
import java.util.List;

/** A saved notice as the console lists it; {@code groups} empty means every terminal. */
public record NoticeRow(
        long id,
        String titleZh,
        String titleEn,
        String bodyZh,
        boolean urgent,
        Instant startsAt,
        Instant endsAt,
        List<String> groups,
        String createdBy,
        Instant createdAt,
        Instant withdrawnAt) {

    public boolean inForce(Instant now) {
        return withdrawnAt == null && !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
    }
}
