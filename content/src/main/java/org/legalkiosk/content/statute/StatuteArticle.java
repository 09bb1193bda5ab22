package org.legalkiosk.content.statute;

import java.util.List;
import java.util.Optional;

/**
 * One article of a statute: its number, its paragraphs (款) as the official text has them, and where it stands.
 * Book is empty for laws that have no books (everything but the Civil Code).
 */
public record StatuteArticle(int number, List<String> paragraphs, Division book, Division chapter, Division section) {

    public StatuteArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<Division> bookDivision() {
        return Optional.ofNullable(book);
    }

    /** "第一千一百二十七条", the article's name as the law writes it. */
    public String label() {
        return "第" + ChineseNumerals.format(number) + "条";
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
