package org.legalkiosk.kiosk.ui.search;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.search.SearchHit;
import org.legalkiosk.content.search.Snippet;
import org.legalkiosk.content.search.TagWeight;
import org.legalkiosk.content.statute.ChineseNumerals;
import org.legalkiosk.kiosk.service.usage.UsageKind;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.FormMemory;
import org.legalkiosk.kiosk.ui.common.ChineseInputViewModel;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.statutes.StatuteOutline;

import java.util.List;

/**
 * Search for visitors who cannot type Chinese: tap a common problem, or type pinyin (full syllables or just
 * initials) on the on-screen Latin keyboard. Results update with every key.
 */
public final class SearchViewModel implements ChineseInputViewModel.Target {

    /** A result: an explainer or a statute article, with its snippet's highlighted parts. */
    public record Result(String key, String title, String source, Snippet snippet, SearchHit hit) {
    }

    static final int MAX_QUERY = 32;
    static final int MAX_RESULTS = 20;
    static final int MAX_SUGGESTIONS = 4;
    static final int MAX_TAGS = 24;

    private final ScreenContext context;
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    // The read-only views are made once and kept: a view listens to its list only weakly, so a fresh view per call
    // could be collected with the screen's listener on it, and the screen would stop hearing about new results.
    private final ObservableList<Result> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<String> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final List<TagWeight> tags;
    private final FormMemory memory;
    private final ChineseInputViewModel input;
    /** The query without the pinyin letters still being composed at its end. */
    private String committed;
    /** Whether the visitor searched on this screen (typed or tapped), as opposed to coming back to a search. */
    private boolean searched;
    private boolean opened;

    public SearchViewModel(ScreenContext context, String initialQuery) {
        this.context = context;
        this.memory = context.session().form();
        this.tags = context.content().search().tags(context.language(), MAX_TAGS);
        // Rebuilt after a language or text-size switch: carry on with what was typed, not the route's first query.
        committed = memory.get(MEMORY, String.class).orElse(initialQuery);
        setQuery(committed);
        this.input = new ChineseInputViewModel(context.input(), this, context.messages());
    }

    private static final String MEMORY = "search.query";

    /** The handwriting pad and pinyin keyboard that write into the query. */
    public ChineseInputViewModel input() {
        return input;
    }

    @Override
    public void commit(String text) {
        searched = true;
        if (text.equals(" ") || text.codePoints().allMatch(Character::isLetterOrDigit)) {
            committed = limit(committed + text.toLowerCase(java.util.Locale.ROOT));
            setQuery(committed);
        }
    }

    /** Letters being composed count in the search already: pinyin finds explainers as it is typed. */
    @Override
    public void compose(String letters) {
        searched = true;
        setQuery(committed + letters);
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public String query() {
        return query.get();
    }

    public ObservableList<Result> results() {
        return resultsView;
    }

    public ObservableList<String> suggestions() {
        return suggestionsView;
    }

    public List<TagWeight> tags() {
        return tags;
    }

    /** A key on the on-screen keyboard (a letter or a space). */
    public void type(char c) {
        commit(String.valueOf(c));
    }

    @Override
    public void backspace() {
        searched = true;
        if (!committed.isEmpty()) {
            committed = committed.substring(0, committed.offsetByCodePoints(committed.length(), -1));
            setQuery(committed);
        }
    }

    @Override
    public void clear() {
        searched = true;
        committed = "";
        setQuery("");
    }

    /** A tag or a suggestion tapped: it becomes the whole query. */
    public void choose(String text) {
        searched = true;
        committed = limit(text);
        setQuery(committed);
    }

    private static String limit(String text) {
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }

    private void setQuery(String text) {
        String q = limit(text);
        query.set(q);
        memory.put(MEMORY, committed);
        var search = context.content().search();
        if (q.isBlank()) {
            results.clear();
            suggestions.clear();
            return;
        }
        results.setAll(search.search(q, context.language(), MAX_RESULTS).stream().map(this::result).toList());
        suggestions.setAll(search.suggest(q, context.language(), MAX_SUGGESTIONS).stream()
                .filter(s -> !s.equals(q)).toList());
    }

    private Result result(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.ARTICLE) {
            Citation.Article a = hit.statuteArticle().orElseThrow();
            String law = context.content().library().law(a.lawId()).map(l -> l.name().in(context.language()))
                    .orElse(a.lawId());
            String label = law + " 第" + ChineseNumerals.format(a.number()) + "条";
            return new Result(a.lawId() + "-" + a.number(), label, context.messages().get("search.fromLaw"),
                    hit.snippet(), hit);
        }
        return new Result(hit.explainer().orElseThrow(), hit.title(), context.messages().get("search.fromExplainers"),
                hit.snippet(), hit);
    }

    /** Opens a result; Back returns to this search with its query. */
    public void open(Result result) {
        opened = true;
        context.navigator().replaceCurrent(new Route.Search(query.get()));
        SearchHit hit = result.hit();
        if (hit.kind() == SearchHit.Kind.EXPLAINER) {
            context.navigator().open(new Route.ExplainerPage(hit.explainer().orElseThrow()));
            return;
        }
        Citation.Article a = hit.statuteArticle().orElseThrow();
        context.content().statute(a.lawId()).ifPresent(statute -> context.navigator().open(new Route.LawChapter(
                a.lawId(), StatuteOutline.chapterOf(statute, a.number()).firstArticle(), a.number())));
    }

    /**
     * The visitor leaves the search: counted for the county when it found nothing, or found something that was
     * not opened. Only the fact is counted, never what was searched for.
     */
    public void leaving() {
        if (!searched || opened || query.get().isBlank()) {
            return;
        }
        context.usage().count(results.isEmpty() ? UsageKind.SEARCH_NOTHING_FOUND : UsageKind.SEARCH_ABANDONED);
    }

    public String title() {
        return context.messages().get("search.title");
    }

    public String placeholder() {
        return context.messages().get("search.placeholder");
    }

    public String tagsCaption() {
        return context.messages().get("search.tags");
    }

    public String noResults() {
        return context.messages().get("search.none");
    }

    public String countLabel() {
        return context.messages().get("search.count", results.size());
    }

    public String spokenText() {
        if (query.get().isBlank()) {
            StringBuilder sb = new StringBuilder(placeholder()).append("。").append(tagsCaption()).append("：");
            tags.forEach(t -> sb.append(t.tag()).append("，"));
            return sb.toString();
        }
        if (results.isEmpty()) {
            return noResults();
        }
        StringBuilder sb = new StringBuilder(countLabel()).append("。");
        results.forEach(r -> sb.append(r.title()).append("。"));
        return sb.toString();
    }
}
