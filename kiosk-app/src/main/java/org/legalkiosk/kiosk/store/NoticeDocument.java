package org.legalkiosk.kiosk.store;

import java.time.Instant;
import java.util.Locale;

import org.legalkiosk.content.model.LocalizedText;
import org.legalkiosk.content.model.Notice;

/**
 * A notice as the agent's JSON carries it (times as ISO-8601 strings, priority in lower case). {@link #validate()}
 * checks everything the Home screen relies on; {@link #toNotice()} gives the content model's value.
 */
public record NoticeDocument(String id, Text title, Text body, String start, String end, String priority) {

    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    public record Text(String zh, String en) {}

    /** Every problem names the field (the agent answers it 400 {@code invalid_notice}). */
    public NoticeDocument validate() throws InvalidValueException {
        if (id == null || !ID.matcher(id).matches()) {
            throw field("id must be 3-60 lower-case letters, digits or '-'");
        }
        if (title == null || title.zh() == null || title.zh().isBlank()) {
            throw field("title.zh is required");
        }
        checkLength("title", title, MAX_TITLE);
        if (body != null) {
            if (body.zh() == null) {
                throw field("body.zh is required when there is a body");
            }
            checkLength("body", body, MAX_BODY);
        }
        Instant s = instant("start", start);
        Instant e = instant("end", end);
        if (s != null && e != null && !e.isAfter(s)) {
            throw field("end must be after start");
        }
        if (priority != null && !priority.equals("normal") && !priority.equals("high") && !priority.equals("urgent")) {
            throw field("priority must be normal, high or urgent");
        }
        return this;
    }

    public Notice toNotice() {
        return new Notice(
                id,
                LocalizedText.of(title.zh(), title.en()),
                body == null ? null : LocalizedText.of(body.zh(), body.en()),
                start == null ? null : Instant.parse(start),
                end == null ? null : Instant.parse(end),
                priority == null ? Notice.Priority.NORMAL : Notice.Priority.valueOf(priority.toUpperCase(Locale.ROOT)));
    }

    private static void checkLength(String name, Text text, int max) throws InvalidValueException {
        if (text.zh() != null && text.zh().length() > max) {
            throw field(name + ".zh is longer than " + max + " characters");
        }
        if (text.en() != null && text.en().length() > max) {
            throw field(name + ".en is longer than " + max + " characters");
        }
        checkCharacters(name + ".zh", text.zh(), name.equals("body"));
        checkCharacters(name + ".en", text.en(), name.equals("body"));
    }

    /**
     * Text a villager reads: no control characters (a body may break lines), no lone surrogate halves, and no
     * bidirectional overrides or isolates (U+202A-U+202E, U+2066-U+2069), which can make a notice display
     * something other than what an admin reviewing the JSON reads.
     */
    private static void checkCharacters(String name, String value, boolean linesAllowed) throws InvalidValueException {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw field(name + " holds a broken character (a lone UTF-16 surrogate) at position " + i);
            }
            if (c < 0x20 && !(linesAllowed && (c == '\n' || c == '\r' || c == '\t'))
                    || c == 0x7f
                    || (c >= 0x80 && c < 0xa0)) {
                throw field(name + " holds a control character (U+" + String.format("%04X", (int) c) + ") at position "
                        + i);
            }
            if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c) {
                throw field(name + " holds a text-direction control (U+" + String.format("%04X", (int) c)
                        + ") at position " + i);
            }
        }
    }

    private static Instant instant(String name, String value) throws InvalidValueException {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw field(name + " must be an ISO-8601 instant like 2026-12-01T08:00:00Z");
        }
    }

    private static InvalidValueException field(String message) {
        return new InvalidValueException(message);
    }
}
