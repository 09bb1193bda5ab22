package org.legalkiosk.content.selfcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.LocalizedText;

/**
 * One screen of the self-check. {@code showsHardship} asks the screen to show the county's hardship standard
 * under the question, so the villager can compare without a calculator.
 */
public record Question(String id, LocalizedText text, Kind kind, List<Option> options, boolean showsHardship) {

    /** Yes/no questions get two big buttons; choice questions a column of up to eight. */
    public enum Kind {
        YES_NO,
        CHOICE
    }

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
