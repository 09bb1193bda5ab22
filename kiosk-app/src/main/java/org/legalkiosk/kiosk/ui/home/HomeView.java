package org.legalkiosk.kiosk.ui.home;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.ui.common.Icons;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.Styles;
import org.legalkiosk.kiosk.ui.common.TapArea;

/** Home: a welcome line, the most important notice, five large tiles and, below them, call me back. */
public final class HomeView implements Screen {

    private final HomeViewModel model;
    private final VBox root = new VBox();

    public HomeView(HomeViewModel model) {
        this.model = model;
        build();
    }

    private void build() {
        root.getStyleClass().add("screen");
        if (model.takeover().isPresent()) {
            buildTakeover(model.takeover().get());
            return;
        }
        Label welcome = new Label(model.welcome());
        welcome.getStyleClass().add("welcome");
        root.getChildren().add(welcome);

        model.banner().ifPresent(notice -> {
            Label title = new Label(notice.title());
            title.getStyleClass().add("notice-title");
            title.setWrapText(true);
            // Home shows the notice's title only; a tap opens the Notices screen with the full text.
            TapArea banner = new TapArea(4, title);
            banner.setId(Ids.NOTICE_BANNER);
            banner.getStyleClass().addAll(Styles.NOTICE_BOX, "notice-banner");
            if (notice.urgent()) {
                banner.getStyleClass().add("urgent");
            }
            banner.setMaxWidth(Double.MAX_VALUE);
            // The tiles below may shrink; the notice must not, or its text would be cut off.
            banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            banner.setOnTap(model::openNotices);
            root.getChildren().add(banner);
        });

        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(24);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 3);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        var tiles = model.tiles();
        // The law explainers are what most visitors come for: the first tile is twice as tall.
        grid.add(tile(tiles.get(0)), 0, 0, 1, 2);
        grid.add(tile(tiles.get(1)), 1, 0);
        grid.add(tile(tiles.get(2)), 2, 0);
        grid.add(tile(tiles.get(3)), 1, 1);
        grid.add(tile(tiles.get(4)), 2, 1);
        grid.setMinHeight(0);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.getChildren().add(grid);
        // The strips share one row under the tiles, so adding one never squeezes the tiles further.
        HBox strips = new HBox(24);
        model.callback().ifPresent(entry -> strips.getChildren().add(strip(entry)));
        model.forms().ifPresent(entry -> strips.getChildren().add(strip(entry)));
        strips.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        if (!strips.getChildren().isEmpty()) {
            VBox.setMargin(strips, new javafx.geometry.Insets(24, 0, 0, 0));
            root.getChildren().add(strips);
        }
    }

    /** A tile laid on its side: the icon, then the title and its hint, the width of the screen. */
    private Node strip(HomeViewModel.Tile entry) {
        Label title = new Label(entry.title());
        title.getStyleClass().add("tile-title");
        Label hint = new Label(entry.hint());
        hint.getStyleClass().add("tile-hint");
        hint.setWrapText(true);
        HBox row = new HBox(24, Icons.icon(entry.icon(), 56), new VBox(4, title, hint));
        row.setAlignment(Pos.CENTER_LEFT);
        TapArea strip = new TapArea(0, row);
        strip.setId(entry.id());
        strip.getStyleClass().addAll("tile", "home-callback");
        strip.setMaxWidth(Double.MAX_VALUE);
        // Never shrunk below a comfortable finger: the tiles above give way first.
        strip.setMinHeight(96);
        strip.setOnTap(() -> model.open(entry));
        return strip;
    }

    /** An urgent notice fills Home; one large button lets the visitor go on to the services. */
    private void buildTakeover(HomeViewModel.NoticeLine notice) {
        Label caption = new Label(model.urgentLabel());
        caption.getStyleClass().add("urgent-caption");
        Label title = new Label(notice.title());
        title.getStyleClass().add("urgent-title");
        Label body = new Label(notice.body());
        body.getStyleClass().add("urgent-body");
        javafx.scene.control.Button go = new javafx.scene.control.Button(model.continueLabel());
        go.setId(Ids.URGENT_CONTINUE);
        go.getStyleClass().add("primary-button");
        go.setOnAction(e -> model.acknowledgeUrgent());
        VBox panel = new VBox(24, caption, title, body, go);
        panel.setId(Ids.URGENT_NOTICE);
        panel.getStyleClass().add("urgent-panel");
        panel.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(panel, Priority.ALWAYS);
        root.getChildren().add(panel);
    }

    private Node tile(HomeViewModel.Tile tile) {
        Label title = new Label(tile.title());
        title.getStyleClass().add("tile-title");
        Label hint = new Label(tile.hint());
        hint.getStyleClass().add("tile-hint");
        TapArea button = new TapArea(12, Icons.icon(tile.icon(), 64), title, hint);
        button.setAlignment(Pos.CENTER);
        button.setId(tile.id());
        button.getStyleClass().addAll("tile", "home-tile");
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.setOnTap(() -> model.open(tile));
        return button;
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
    public String spokenText() {
        return model.spokenText();
    }
}
