package org.legalkiosk.content.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A law explainers may cite. {@code articleCount} bounds article numbers even where the terminal has no text
 * of the law; {@code textFile} names the statute file that holds its official text, if one is known.
 */
public record Law(String id, LocalizedText name, LocalizedText fullName, int articleCount, String textFile) {

    public Law {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        fullName = fullName == null ? name : fullName;
        if (articleCount < 1) {
            throw new IllegalArgumentException("law " + id + " must have at least one article");
        }
    }

    public Optional<String> text() {
        return Optional.ofNullable(textFile);
    }

    public boolean hasArticle(int number) {
        return number >= 1 && number <= articleCount;
    }
}
