package org.legalkiosk.content.model;

import java.util.List;

/**
 * The colloquial-to-legal bridge of search ({@code synonyms.txt}): village and dialect words, misspellings and
 * homophones, each with the words the explainers and the law use for the same thing. A question containing a
 * village word is also searched with its legal words.
 */
public record SearchSynonyms(List<Bridge> bridges) {

    /** One line of the file: any of {@code village} in a question brings in every word of {@code legal}. */
    public record Bridge(List<String> village, List<String> legal) {
        public Bridge {
            village = List.copyOf(village);
            legal = List.copyOf(legal);
            if (village.isEmpty() || legal.isEmpty()) {
                throw new IllegalArgumentException("a bridge needs words on both sides");
            }
        }
    }

    public static final SearchSynonyms NONE = new SearchSynonyms(List.of());

    public SearchSynonyms {
        bridges = List.copyOf(bridges);
    }
}
