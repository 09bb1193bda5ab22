package org.legalkiosk.content.forms;

import java.util.Locale;
import java.util.Optional;

/** What an ID card gives an interview: an {@code id-card} question fills one element per field it names. */
public enum CardField {
    NAME,
    SEX,
    ETHNICITY,
    BIRTH,
    ADDRESS,
    ID_NUMBER;

    /** The field's name in YAML: {@code name}, {@code sex}, {@code ethnicity}, {@code birth}, {@code address}, {@code id-number}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CardField> ofYaml(String name) {
        for (CardField field : values()) {
            if (field.yamlName().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
