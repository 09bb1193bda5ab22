package org.legalkiosk.kiosk.ui.search;

import java.util.List;
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
import org.legalkiosk.kiosk.session.FormMemory;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ChineseInputViewModel;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.statutes.StatuteOutline;

/**
 * Search for visitors who cannot type Chinese: tap a common problem, or type pinyin (full syllables or just
 * initials) on the on-screen Latin keyboard. Results update with every key.
 */
public final class SearchViewModel implements ChineseInputViewModel.Target {

    /** A result: an explainer or a statute article, with its snippet's highlighted parts. */
    public record Result(String key, String title, String source, Snippet snippet, SearchHit hit) {}

    /** As long as the search itself reads (QueryText.MAX_LENGTH): a rambling question is cut there, not earlier. */
    static final int MAX_QUERY = 64;
    /** Topics offered when nothing is found. */
    static final int MAX_CLOSEST = 6;

    static final int MAX_RESULTS = 20;
    static final int MAX_SUGGESTIONS = 4;
    static final int MAX_TAGS = 24;

    private final ScreenContext context;
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> closest = FXCollections.observableArrayList();
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
            closest.clear();
            return;
        }
        List<Result> found = search.search(q, context.language(), MAX_RESULTS).stream()
                .map(this::result)
                .toList();
        // Before the results: the screen redraws on a change of results and reads the closest topics then.
        closest.setAll(found.isEmpty() ? closestTopics(q) : List.of());
        results.setAll(found);
        suggestions.setAll(search.suggest(q, context.language(), MAX_SUGGESTIONS).stream()
                .filter(s -> !s.equals(q))
                .toList());
    }

    /**
     * Never a dead end: the titles and tags that complete the longest start of the query that completes to
     * anything ("宅基弟" → what 宅基 completes to), else the most used topics.
     */
    private List<String> closestTopics(String q) {
        var search = context.content().search();
        for (int end = q.length() - 1; end > 0; end--) {
            List<String> near = search.suggest(q.substring(0, end), context.language(), MAX_CLOSEST);
            if (!near.isEmpty()) {
                return near;
            }
        }
        return tags.stream().limit(MAX_CLOSEST).map(TagWeight::tag).toList();
    }

    /** Topics close to a query that found nothing (empty while there are results). */
    public List<String> closestTopics() {
        return List.copyOf(closest);
    }

    /** From a search that found nothing to the legal-aid self-check. */
    public void openSelfCheck() {
        opened = true;
        context.navigator().replaceCurrent(new Route.Search(query.get()));
        context.navigator().open(new Route.SelfCheck());
    }

    public String closestCaption() {
        return context.messages().get("search.closest");
    }

    public String selfCheckLabel() {
        return context.messages().get("search.selfCheck");
    }

    public String hotline() {
        return context.messages().get("search.hotline");
    }

    private Result result(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.ARTICLE) {
            Citation.Article a = hit.statuteArticle().orElseThrow();
            String law = context.content()
                    .library()
                    .law(a.lawId())
                    .map(l -> l.name().in(context.language()))
                    .orElse(a.lawId());
            String label = law + " 第" + ChineseNumerals.format(a.number()) + "条";
            return new Result(
                    a.lawId() + "-" + a.number(), label, context.messages().get("search.fromLaw"), hit.snippet(), hit);
        }
        return new Result(
                hit.explainer().orElseThrow(),
                hit.title(),
                context.messages().get("search.fromExplainers"),
                hit.snippet(),
                hit);
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
        context.content()
                .statute(a.lawId())
                .ifPresent(statute -> context.navigator()
                        .open(new Route.LawChapter(
                                a.lawId(),
                                StatuteOutline.chapterOf(statute, a.number()).firstArticle(),
                                a.number())));
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
            StringBuilder sb = new StringBuilder(placeholder())
                    .append("。")
                    .append(tagsCaption())
                    .append("：");
            tags.forEach(t -> sb.append(t.tag()).append("，"));
            return sb.toString();
        }
        if (results.isEmpty()) {
            StringBuilder sb =
                    new StringBuilder(noResults()).append(closestCaption()).append("：");
            closest.forEach(t -> sb.append(t).append("，"));
            return sb.append(selfCheckLabel()).append("。").append(hotline()).toString();
        }
        StringBuilder sb = new StringBuilder(countLabel()).append("。");
        results.forEach(r -> sb.append(r.title()).append("。"));
        return sb.toString();
    }
}
