package org.legalkiosk.content.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.LocalizedText;

/**
 * One screen of an interview. Choices are buttons, amounts, numbers and dates come from keypads, names from the
 * handwriting pad or pinyin, and the ID card from the reader; a {@link Kind#SENTENCE} is the only free text and is
 * always optional. {@code fills} names the element the answer fills ({@code cardFills} for an ID card, one element
 * per card field); {@code when}, if present, asks the question only after a matching earlier answer.
 */
public record FormQuestion(
        String id,
        Kind kind,
        LocalizedText text,
        Optional<LocalizedText> help,
        List<FormOption> options,
        Optional<Condition> when,
        Optional<String> fills,
        Map<CardField, String> cardFills,
        boolean optional,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<LocalizedText> unit,
        List<Citation> cites) {

    /** How the question is answered on screen. */
    public enum Kind {
        CHOICE,
        YES_NO,
        /** Several boxes may be ticked; never steers the interview (no condition may name it). */
        MULTI,
        AMOUNT,
        NUMBER,
        DATE,
        ID_CARD,
        PERSON_NAME,
        PHONE,
        SENTENCE;

        public boolean hasOptions() {
            return this == CHOICE || this == YES_NO || this == MULTI;
        }
    }

    public FormQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(fills, "fills");
        cardFills = Map.copyOf(cardFills);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        cites = List.copyOf(cites);
    }

    public Optional<FormOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
