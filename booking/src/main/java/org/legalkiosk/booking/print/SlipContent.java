package org.legalkiosk.booking.print;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything a booking slip shows. Personal data arrives already masked, and the constructor refuses a
 * value that is not, so a full ID number or phone number can never reach paper or a PDF.
 *
 * @param maskedName     e.g. {@code 张*} or {@code *小明}
 * @param maskedIdNumber e.g. {@code 620102********1234}
 * @param maskedPhone    e.g. {@code 138****5678}
 */
public record SlipContent(
        String officeName,
        String officeAddress,
        String officePhone,
        String serviceName,
        LocalDateTime appointmentTime,
        String bookingCode,
        List<String> whatToBring,
        String maskedName,
        String maskedIdNumber,
        String maskedPhone,
        SlipLanguage language) {

    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    private static final Pattern MASKED_PHONE = Pattern.compile("1\\d{2}\\*{4}\\d{4}");

    public SlipContent {
        requireText(officeName, "office name");
        requireText(officeAddress, "office address");
        requireText(officePhone, "office phone");
        requireText(serviceName, "service name");
        requireText(bookingCode, "booking code");
        if (appointmentTime == null || language == null) {
            throw new IllegalArgumentException("appointment time and language are required");
        }
        whatToBring = whatToBring == null ? List.of() : List.copyOf(whatToBring);
        // The messages never echo the refused value: it may be the very personal data we keep off paper.
        requireText(maskedName, "name");
        if (maskedName.indexOf('*') < 0) {
            throw new IllegalArgumentException("the name on a slip must be masked");
        }
        if (maskedIdNumber == null || !MASKED_ID.matcher(maskedIdNumber).matches()) {
            throw new IllegalArgumentException("the ID number on a slip must be masked like 620102********1234");
        }
        if (maskedPhone == null || !MASKED_PHONE.matcher(maskedPhone).matches()) {
            throw new IllegalArgumentException("the phone number on a slip must be masked like 138****5678");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
