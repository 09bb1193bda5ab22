package org.legalkiosk.hub.protocol;

/**
 * A terminal's first call: the one-time code printed at provisioning ({@code county-hub terminal enrol}) in exchange
 * for its own token.
 *
 * @param code       the one-time code, as typed or read from the provisioning sheet (spaces and dashes ignored)
 * @param appVersion the kiosk software's version, shown on the console from the first moment
 */
public record EnrolRequest(String code, String appVersion) {

    public EnrolRequest {
        code = Limits.text("code", code, 64, true);
        appVersion = Limits.text("appVersion", appVersion, 64, false);
    }

    /** The code without spaces and dashes, upper case: what the hub compares. */
    public String normalizedCode() {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
