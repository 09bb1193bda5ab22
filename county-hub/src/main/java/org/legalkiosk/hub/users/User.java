package org.legalkiosk.hub.users;

import java.util.Optional;

/**
 * A console account (never carries the password hash out of the store).
 *
 * @param township the one township a {@link Role#TOWNSHIP_OFFICER} sees, else null
 */
public record User(long id, String username, String displayName, Role role, String township, boolean disabled) {

    public boolean canChange() {
        return role != Role.AUDITOR;
    }

    public boolean isAdmin() {
        return role == Role.COUNTY_ADMIN;
    }

    public boolean canReadAudit() {
        return role == Role.COUNTY_ADMIN || role == Role.AUDITOR;
    }

    /** The township this user is limited to, or empty when they see all of the county. */
    public Optional<String> townshipScope() {
        return role == Role.TOWNSHIP_OFFICER ? Optional.of(township) : Optional.empty();
    }

    public boolean sees(String terminalTownship) {
        return townshipScope().map(t -> t.equals(terminalTownship)).orElse(true);
    }
}
