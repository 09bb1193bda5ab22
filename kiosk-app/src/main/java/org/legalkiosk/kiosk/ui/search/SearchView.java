package org.legalkiosk.kiosk.ui.search;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.legalkiosk.content.search.Snippet;
import org.legalkiosk.content.search.TagWeight;
import org.legalkiosk.kiosk.ui.common.ChineseInputView;
import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.TapArea;

/**
 * The search screen: what has been typed, suggestions, then either the common problems (nothing typed yet) or
 * the results; the keyboard below.
 */
public final class SearchView implements Screen {

    private final SearchViewModel model;
    private final VBox root = new VBox();
    private final Label query = new Label();
    private final FlowPane suggestions = new FlowPane();
    private final VBox results = new VBox(14);
    private final StackPane body = new StackPane();
    private final Node tagCloud;
    private final Node resultPane;
    /** Key ids of the search keyboard: {@code key-a} .. {@code key-z}, {@code key-space}, and so on. */
    static final String KEY_PREFIX = "key-";

    static final String ID_CLOSEST = "search-closest";
    static final String ID_SELF_CHECK = "search-self-check";
    static final String ID_HOTLINE = "search-hotline";

    private final ChineseInputView keyboard;
    private final Button keyboardToggle = new Button();
    private final Messages messages;

    public SearchView(SearchViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().addAll("screen", "search-screen");

        query.setId(Ids.SEARCH_QUERY);
        query.getStyleClass().add("search-query");
        query.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(query, Priority.ALWAYS);
        keyboardToggle.setId(Ids.KEYBOARD_TOGGLE);
        keyboardToggle.getStyleClass().add("secondary-button");
        keyboard = new ChineseInputView(KEY_PREFIX, model.input(), messages);
        keyboardToggle.setOnAction(e -> showKeyboard(!keyboard.isVisible()));
        HBox box = new HBox(16, Icons.icon(Icons.SEARCH, 40), query, keyboardToggle);
        box.getStyleClass().add("search-box");

        suggestions.getStyleClass().addAll("chips", "search-suggestions");
        tagCloud = tagCloud(messages);
        resultPane = new PagedScroll(results, messages, "search-scroll");
        VBox.setVgrow(body, Priority.ALWAYS);
        // The common problems and results give way to the keyboard, never the screen to the window's edge; what does
        // not fit is cut at the body's edges (and paged), never drawn over the suggestions or the keyboard.
        body.setMinHeight(0);
        body.setAlignment(Pos.TOP_CENTER);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(body.widthProperty());
        clip.heightProperty().bind(body.heightProperty());
        body.setClip(clip);
        // The search line and the suggestions keep their height: squeezed, they overlapped what follows.
        box.setMinHeight(Region.USE_PREF_SIZE);
        suggestions.setMinHeight(Region.USE_PREF_SIZE);

        root.getChildren().addAll(box, suggestions, body, keyboard);
        showKeyboard(true);
        model.queryProperty().addListener((o, a, b) -> refresh());
        model.results().addListener((ListChangeListener<SearchViewModel.Result>) c -> refresh());
        refresh();
    }

    private Node tagCloud(Messages messages) {
        Label caption = new Label(model.tagsCaption());
        caption.getStyleClass().add("related-caption");
        FlowPane cloud = new FlowPane();
        cloud.getStyleClass().add("chips");
        int max = model.tags().stream().mapToInt(TagWeight::weight).max().orElse(1);
        for (TagWeight tag : model.tags()) {
            Button chip = new Button(tag.tag());
            chip.setId(Ids.TAG_PREFIX + Integer.toHexString(tag.tag().hashCode()));
            chip.getStyleClass().addAll("chip", tag.weight() * 3 >= max * 2 ? "tag-big" : "tag");
            chip.setOnAction(e -> {
                model.choose(tag.tag());
                showKeyboard(false);
            });
            cloud.getChildren().add(chip);
        }
        Label hint = new Label(model.placeholder());
        hint.getStyleClass().add("prompt");
        return new PagedScroll(new VBox(12, hint, caption, cloud), messages, "tags-scroll");
    }

    private void refresh() {
        boolean empty = model.query().isBlank();
        query.setText(empty ? "" : model.query() + "▏");
        suggestions
                .getChildren()
                .setAll(model.suggestions().stream().map(this::suggestion).toList());
        results.getChildren().clear();
        if (empty) {
            body.getChildren().setAll(tagCloud);
            return;
        }
        if (model.results().isEmpty()) {
            results.getChildren().add(nothingFound());
        } else {
            Label count = new Label(model.countLabel());
            count.getStyleClass().add("prompt");
            results.getChildren().add(count);
        }
        for (SearchViewModel.Result r : model.results()) {
            Label title = new Label(r.title());
            title.getStyleClass().add("tile-title");
            Label source = new Label(r.source());
            source.getStyleClass().add("badge");
            TapArea card = new TapArea(4, title, snippet(r.snippet()), source);
            card.setId(Ids.RESULT_PREFIX + r.key());
            card.getStyleClass().addAll("tile", "explainer-row");
            card.setOnTap(() -> model.open(r));
            results.getChildren().add(card);
        }
        body.getChildren().setAll(resultPane);
    }

    /** What a search that found nothing offers instead: the closest topics, the self-check and the hotline. */
    private Node nothingFound() {
        Label none = new Label(model.noResults());
        none.setId(Ids.SEARCH_NONE);
        none.getStyleClass().add("prompt");
        none.setWrapText(true);
        Label caption = new Label(model.closestCaption());
        caption.getStyleClass().add("section-title");
        FlowPane topics = new FlowPane(12, 12);
        topics.setId(ID_CLOSEST);
        model.closestTopics().forEach(t -> topics.getChildren().add(suggestion(t)));
        Button selfCheck = new Button(model.selfCheckLabel());
        selfCheck.setId(ID_SELF_CHECK);
        selfCheck.getStyleClass().add("primary-button");
        selfCheck.setWrapText(true);
        selfCheck.setOnAction(e -> model.openSelfCheck());
        Label hotline = new Label(model.hotline());
        hotline.setId(ID_HOTLINE);
        hotline.getStyleClass().add("prompt");
        hotline.setWrapText(true);
        return new VBox(16, none, caption, topics, selfCheck, hotline);
    }

    private Node suggestion(String text) {
        Button chip = new Button(text);
        chip.getStyleClass().add("chip");
        chip.setOnAction(e -> {
            model.choose(text);
            // A choice was made: make room for the results.
            showKeyboard(false);
        });
        return chip;
    }

    /** The keyboard takes half the screen; a visitor reading results can put it away and bring it back. */
    private void showKeyboard(boolean show) {
        keyboard.setVisible(show);
        keyboard.setManaged(show);
        keyboardToggle.setText(messages.get(show ? "search.hideKeyboard" : "search.showKeyboard"));
    }

    private static Node snippet(Snippet snippet) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("search-snippet");
        for (Snippet.Segment s : snippet.segments()) {
            Text t = new Text(s.text());
            t.getStyleClass().addAll("md-text", s.highlighted() ? "search-hit" : "search-plain");
            flow.getChildren().add(t);
        }
        return flow;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public String title() {
        return model.title();
    }

    @Override
    public void leaving() {
        model.leaving();
    }

    @Override
    public String spokenText() {
        return model.spokenText();
    }
}
