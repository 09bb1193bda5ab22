package org.legalkiosk.content.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which text of its principal law an explainer rests on: the date that text took effect or was amended, so the
 * screen can say "依据 2021年1月1日起施行的《民法典》" and a villager knows how current the advice is.
 *
 * @param date  the date, as the statute itself gives it
 * @param event what happened on that date: the text came into force, or was amended (修正) or revised (修订)
 */
public record LawText(LocalDate date, Event event) {

    public enum Event {
        IN_FORCE("in-force", "起施行"),
        AMENDED("amended", "修正"),
        REVISED("revised", "修订");

        private final String code;
        private final String chinese;

        Event(String code, String chinese) {
            this.code = code;
            this.chinese = chinese;
        }

        public String code() {
            return code;
        }

        /** The words a statute's own header uses for it: 起施行, 修正, 修订. */
        public String chinese() {
            return chinese;
        }

        public static java.util.Optional<Event> fromCode(String code) {
            for (Event e : values()) {
                if (e.code.equals(code)) {
                    return java.util.Optional.of(e);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public LawText {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(event, "event");
    }
}
