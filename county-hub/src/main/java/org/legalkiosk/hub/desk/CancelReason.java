package org.legalkiosk.hub.desk;

import java.util.Optional;

import org.legalkiosk.booking.domain.OfficeDecision;

/**
 * Why an office cancels, chosen from a list so the villager's kiosk can say it plainly in both languages and the
 * county can count them; an officer may add a few words of their own. The texts are the kiosk's own
 * ({@link OfficeDecision.Reason}), so the desk and My booking say the same; the decision travels with the reason's
 * name and the officer's words apart (docs/decisions/0095).
 */
public enum CancelReason {
    OFFICE_CLOSED(OfficeDecision.Reason.OFFICE_CLOSED),
    OFFICER_AWAY(OfficeDecision.Reason.OFFICER_AWAY),
    ELSEWHERE(OfficeDecision.Reason.ELSEWHERE),
    VISITOR_ASKED(OfficeDecision.Reason.VISITOR_ASKED),
    DUPLICATE(OfficeDecision.Reason.DUPLICATE),
    OTHER(OfficeDecision.Reason.OTHER);

    /** The most an officer's own words may be. */
    public static final int EXTRA_MAX = 100;

    private final OfficeDecision.Reason texts;

    CancelReason(OfficeDecision.Reason texts) {
        this.texts = texts;
    }

    public String zh() {
        return texts.zh();
    }

    public String en() {
        return texts.en();
    }

    /**
     * A stored reason ({@link #withExtra}'s text) taken apart again: the list reason it starts with and the
     * officer's words after "：" (null for none). Empty for a text that starts with no list reason (typed before
     * the list, or a list text since changed): that is sent as it is.
     */
    public static Optional<Parts> split(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        for (CancelReason r : values()) {
            if (stored.equals(r.zh())) {
                return Optional.of(new Parts(r, null));
            }
            if (stored.startsWith(r.zh() + "：")) {
                String words = stored.substring(r.zh().length() + 1).strip();
                return Optional.of(new Parts(r, words.isEmpty() ? null : words));
            }
        }
        return Optional.empty();
    }

    /** A stored reason's list reason and the officer's own words, or null for none. */
    public record Parts(CancelReason reason, String words) {}

    public static Optional<CancelReason> parse(String value) {
        for (CancelReason r : values()) {
            if (r.name().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The reason as stored and sent to the kiosk: the list's Chinese text, then the officer's words after "：".
     *
     * @throws IllegalArgumentException when "other" has no words, or the words are too long
     */
    public String withExtra(String extra) {
        String words = extra == null ? "" : extra.strip().replaceAll("\\p{Cntrl}", " ");
        if (words.length() > EXTRA_MAX) {
            throw new IllegalArgumentException("说明最多 " + EXTRA_MAX + " 个字 / at most " + EXTRA_MAX + " characters");
        }
        if (this == OTHER && words.isEmpty()) {
            throw new IllegalArgumentException("选择“其他原因”时请写明原因 / say what the other reason is");
        }
        return words.isEmpty() ? zh() : zh() + "：" + words;
    }
}
