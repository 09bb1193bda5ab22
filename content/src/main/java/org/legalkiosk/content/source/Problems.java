package org.legalkiosk.content.source;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading many files, so an author sees all of them at once, not one per run. */
public final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    public void add(String file, int line, String message) {
        found.add(new ContentProblem(file, line, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<ContentProblem> list() {
        return List.copyOf(found);
    }

    public int size() {
        return found.size();
    }
}
