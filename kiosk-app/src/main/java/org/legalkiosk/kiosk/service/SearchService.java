package org.legalkiosk.kiosk.service;

import java.util.List;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.search.SearchHit;
import org.legalkiosk.content.search.TagWeight;

/** Search over one content version: explainers and statute articles, in characters or pinyin. */
public interface SearchService {

    List<SearchHit> search(String query, Language language, int limit);

    /** Completions for what has been typed so far. */
    List<String> suggest(String prefix, Language language, int limit);

    /** The common problems, for visitors who would rather tap than type. */
    List<TagWeight> tags(Language language, int limit);

    /** For content without an index: finds nothing, suggests nothing. */
    SearchService NONE = new SearchService() {
        @Override
        public List<SearchHit> search(String query, Language language, int limit) {
            return List.of();
        }

        @Override
        public List<String> suggest(String prefix, Language language, int limit) {
            return List.of();
        }

        @Override
        public List<TagWeight> tags(Language language, int limit) {
            return List.of();
        }
    };
}
