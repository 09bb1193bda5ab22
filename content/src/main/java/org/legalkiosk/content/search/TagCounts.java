package org.legalkiosk.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;

/**
 * How many explainers carry each tag, as a villager reading in one language sees them: each explainer counts
 * once, in that language where translated, otherwise in Chinese (as the explainer list shows it).
 */
final class TagCounts {

    private TagCounts() {}

    /** Most used first; among equals, the tag met first in the content's order. */
    static List<TagWeight> in(ContentLibrary library, Language language) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : explainerIds(library)) {
            library.explainer(id, language)
                    .ifPresent(e ->
                            new LinkedHashSet<>(e.tags()).forEach(tag -> counts.merge(tag.strip(), 1, Integer::sum)));
        }
        counts.remove("");
        List<TagWeight> tags = new ArrayList<>();
        counts.forEach((tag, count) -> tags.add(new TagWeight(tag, count)));
        tags.sort(Comparator.comparingInt(TagWeight::weight).reversed());
        return tags;
    }

    static Set<String> explainerIds(ContentLibrary library) {
        Set<String> ids = new LinkedHashSet<>();
        library.allExplainers().stream().map(Explainer::id).forEach(ids::add);
        return ids;
    }
}
