package org.legalkiosk.booking.domain;

import java.util.Objects;

/** A kind of appointment an office offers (法律援助, 法律咨询, 人民调解); the list comes from the schedule. */
public record Service(String id, String nameZh, String nameEn) {

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
