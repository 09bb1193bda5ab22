package org.legalkiosk.content.search;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;

/**
 * A villager's question as a Lucene query, with the terms it looks for in each script: the snippet maker marks
 * where those terms stand in a text.
 */
record PreparedQuery(Query query, Map<Script, Set<String>> terms) {

    PreparedQuery {
        terms = Map.copyOf(terms);
    }

    boolean isEmpty() {
        return query == null;
    }
}
