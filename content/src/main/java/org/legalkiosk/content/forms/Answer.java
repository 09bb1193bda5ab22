package org.legalkiosk.content.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a villager gave for one question. The records' {@code toString} never shows a name, a phone, a sentence or
 * an ID number, so an answer that ends up in a log message or an exception tells nothing about the person.
 */
public sealed interface Answer {

    /** A choice or yes-no question's option. */
    record Choice(String optionId) implements Answer {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    /** The ticked options of a multi question (none is allowed only when the question is optional). */
    record Ticks(Set<String> optionIds) implements Answer {
        public Ticks {
            optionIds = Set.copyOf(optionIds);
        }
    }

    /** Yuan, at most two decimals. */
    record Amount(BigDecimal yuan) implements Answer {
        public Amount {
            Objects.requireNonNull(yuan, "yuan");
        }

        @Override
        public String toString() {
            return "Amount[…]";
        }
    }

    record Number(BigDecimal value) implements Answer {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    record Date(LocalDate date) implements Answer {
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String toString() {
            return "Date[…]";
        }
    }

    /** A name, a phone number or an optional sentence. */
    record Text(String text) implements Answer {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Text[" + text.length() + " characters]";
        }
    }

    /** What the ID card reader read; only the fields the question fills are used. */
    record Card(Map<CardField, String> fields) implements Answer {
        public Card {
            fields = Map.copyOf(new EnumMap<>(fields));
        }

        @Override
        public String toString() {
            return "Card[" + fields.keySet() + "]";
        }
    }

    /** An optional question the villager left out; the printed form has an empty box to write in by hand. */
    record Skipped() implements Answer {}
}
