package org.legalkiosk.booking.domain;

import java.util.Objects;

/** Where the appointment takes place: a judicial office or a public legal service workstation. */
public record Office(String id, String name, String address, String phone, String hours) {

    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(hours, "hours");
    }
}
