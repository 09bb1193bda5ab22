package org.legalkiosk.content.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one content version holds, ready to browse. Immutable: a new version is a new library, so a screen
 * never sees half of one and half of another.
 */
public final class ContentLibrary {

    private final List<Category> categories;
    private final Map<String, Law> laws;
    private final Map<String, Map<Language, Explainer>> explainers;
    private final List<Notice> notices;
    private final SearchSynonyms synonyms;

    public ContentLibrary(
            List<Category> categories, Collection<Law> laws, Collection<Explainer> explainers, List<Notice> notices) {
        this(categories, laws, explainers, notices, SearchSynonyms.NONE);
    }

    public ContentLibrary(
            List<Category> categories,
            Collection<Law> laws,
            Collection<Explainer> explainers,
            List<Notice> notices,
            SearchSynonyms synonyms) {
        this.synonyms = java.util.Objects.requireNonNull(synonyms, "synonyms");
        this.categories = List.copyOf(categories);
        Map<String, Law> lawsById = new LinkedHashMap<>();
        laws.forEach(law -> lawsById.put(law.id(), law));
        // Kept in laws.yaml's order: the kiosk lists the laws that way (Map.copyOf would scramble them).
        this.laws = java.util.Collections.unmodifiableMap(lawsById);
        Map<String, Map<Language, Explainer>> byId = new LinkedHashMap<>();
        for (Explainer e : explainers) {
            byId.computeIfAbsent(e.id(), k -> new EnumMap<>(Language.class)).put(e.language(), e);
        }
        this.explainers = byId;
        this.notices = List.copyOf(notices);
    }

    /** The colloquial-to-legal bridge of search ({@code synonyms.txt}); none when the content has no such file. */
    public SearchSynonyms synonyms() {
        return synonyms;
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Law> law(String id) {
        return Optional.ofNullable(laws.get(id));
    }

    /** In the order laws.yaml lists them. */
    public Collection<Law> laws() {
        return laws.values();
    }

    /**
     * The explainer in the wanted language, or its Chinese original when no translation exists.
     */
    public Optional<Explainer> explainer(String id, Language language) {
        Map<Language, Explainer> versions = explainers.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        Explainer wanted = versions.get(language);
        return Optional.ofNullable(wanted != null ? wanted : versions.get(Language.ZH));
    }

    public boolean hasTranslation(String id, Language language) {
        Map<Language, Explainer> versions = explainers.get(id);
        return versions != null && versions.containsKey(language);
    }

    /** The explainers of one category, each in the wanted language where it exists, sorted by title. */
    public List<Explainer> explainersIn(String categoryId, Language language) {
        List<Explainer> result = new ArrayList<>();
        for (String id : explainers.keySet()) {
            explainer(id, language)
                    .filter(e -> e.categoryId().equals(categoryId))
                    .ifPresent(result::add);
        }
        result.sort(Comparator.comparing(Explainer::id));
        return result;
    }

    /** Every explainer in every language. */
    public List<Explainer> allExplainers() {
        return explainers.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public long count(Language language) {
        return explainers.values().stream().filter(m -> m.containsKey(language)).count();
    }

    public List<Notice> activeNotices(Instant now) {
        return notices.stream()
                .filter(n -> n.isActiveAt(now))
                .sorted(Comparator.comparing(Notice::priority).reversed())
                .toList();
    }
}
