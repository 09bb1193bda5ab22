package org.legalkiosk.hub.security;

import java.util.regex.Pattern;

/**
 * Masks resident ID numbers (18 characters, the last may be X) and mainland mobile numbers (11 digits from 1) in
 * free text before it reaches a log or the audit log: {@code 110101199003077777} becomes {@code 1101**********7777},
 * {@code 13912345678} becomes {@code 139****5678}. Terminals never send them; a person may still type one into a
 * notice or a name.
 */
public final class Masking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{3})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

    private Masking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1**********$2");
        return PHONE.matcher(masked).replaceAll("$1****$2");
    }
}
