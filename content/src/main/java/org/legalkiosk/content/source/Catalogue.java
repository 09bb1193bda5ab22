package org.legalkiosk.content.source;

import java.util.List;
import java.util.Optional;

import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.Law;

/** The categories and laws that explainers are checked against. */
public record Catalogue(List<Category> categories, List<Law> laws) {

    public Catalogue {
        categories = List.copyOf(categories);
        laws = List.copyOf(laws);
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Law> law(String id) {
        return laws.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public String categoryIds() {
        return String.join(", ", categories.stream().map(Category::id).toList());
    }

    public String lawIds() {
        return String.join(", ", laws.stream().map(Law::id).toList());
    }
}
