package org.legalkiosk.kiosk.ui.technician;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.ui.common.Keypad;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.PagedScroll;

/**
 * The technician screen as an overlay panel: the PIN keypad, then, once open, the console. Fixed pixel sizes like
 * the demo panel: it is a tool, the same at every text size a visitor picked.
 */
public final class TechnicianView {

    static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/technician/technician.css";

    private final TechnicianViewModel model;
    private final Messages messages;
    private final Runnable onClose;
    private final VBox root = new VBox(20);

    public TechnicianView(TechnicianViewModel model, Messages messages, Runnable onClose) {
        this.model = model;
        this.messages = messages;
        this.onClose = onClose;
        root.getStyleClass().addAll("article-panel", "tech-panel");
        root.getStylesheets().add(TechnicianView.class.getResource(STYLESHEET).toExternalForm());
        model.openProperty().addListener((o, a, open) -> show());
        show();
    }

    public Node root() {
        return root;
    }

    private void show() {
        root.getChildren().setAll(model.openProperty().get() ? console() : pinPanel());
        root.setId(model.openProperty().get() ? TechnicianIds.CONSOLE : TechnicianIds.PIN_PANEL);
    }

    private Node pinPanel() {
        Label title = label(model.text("tech.pinPrompt"), "tech-title");
        Label dots = label("", "tech-pin-dots");
        dots.setId(TechnicianIds.PIN);
        dots.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(model::dots, model.pinProperty()));
        Label problem = label("", "tech-problem");
        problem.setId(TechnicianIds.PROBLEM);
        problem.textProperty().bind(model.problemProperty());
        Keypad keys = new Keypad(
                "1234567890", 5, TechnicianIds.PIN_KEY_PREFIX, messages, model::type, model::backspace, model::clear);
        keys.getStyleClass().add("code-keypad");
        Button ok = button(TechnicianIds.PIN_OK, model.text("tech.open"), "primary-button", model::submit);
        Button close = button(TechnicianIds.CLOSE, model.text("tech.close"), "secondary-button", onClose);
        HBox actions = new HBox(20, ok, close);
        VBox box = new VBox(16, title, dots, problem, keys, actions);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node console() {
        TechnicianConsole.Overview o = model.overviewProperty().get();
        Label title = label(model.text("tech.title") + "  ·  " + model.text("tech.app", o.appVersion()), "tech-title");

        GridPane devices = new GridPane();
        devices.getStyleClass().add("tech-table");
        int row = 0;
        for (TechnicianConsole.Device d : o.devices()) {
            Label state = label(
                    model.text("tech.state." + d.state()),
                    "tech-state",
                    "tech-state-" + d.state().toLowerCase());
            state.setId(TechnicianIds.DEVICE_PREFIX + d.id());
            devices.addRow(
                    row++,
                    label(d.id(), "tech-cell"),
                    label(d.kind(), "tech-cell"),
                    state,
                    label(d.detail() == null ? "" : d.detail(), "tech-cell"));
        }
        if (o.devices().isEmpty()) {
            devices.addRow(0, label(model.text("tech.noDevices"), "tech-cell"));
        }

        FlowPane prints = new FlowPane(12, 12);
        for (String printer : model.printers()) {
            prints.getChildren()
                    .add(button(
                            TechnicianIds.PRINT_PREFIX + printer,
                            model.text("tech.testPrint", printer),
                            "secondary-button",
                            () -> model.testPrint(printer)));
        }
        Label printStatus = label("", "tech-cell");
        printStatus.setId(TechnicianIds.PRINT_STATUS);
        printStatus.textProperty().bind(model.printStatusProperty());

        Label content = label(
                o.contentVersion() == null
                        ? model.text("tech.contentSample")
                        : model.text("tech.content", o.contentVersion()),
                "tech-cell");
        content.setId(TechnicianIds.CONTENT);
        Label update = label(
                o.lastUpdate() == null ? model.text("tech.noUpdate") : model.text("tech.lastUpdate", o.lastUpdate()),
                "tech-cell");
        Label sync = label(
                o.syncBacklog() < 0 ? model.text("tech.noBookings") : model.text("tech.sync", o.syncBacklog()),
                "tech-cell");
        sync.setId(TechnicianIds.SYNC);
        Label network = label(
                o.addresses().isEmpty()
                        ? model.text("tech.noNetwork")
                        : model.text("tech.network", String.join("  ", o.addresses())),
                "tech-cell");
        network.setId(TechnicianIds.NETWORK);

        HBox actions = new HBox(
                20, button(TechnicianIds.REFRESH, model.text("tech.refresh"), "secondary-button", model::refresh));
        if (model.canRestart()) {
            actions.getChildren()
                    .add(button(TechnicianIds.RESTART, model.text("tech.restart"), "secondary-button", model::restart));
        }
        if (model.canExit()) {
            actions.getChildren()
                    .add(button(TechnicianIds.EXIT, model.text("tech.exit"), "secondary-button", model::exit));
        }
        actions.getChildren().add(button(TechnicianIds.CLOSE, model.text("tech.close"), "primary-button", onClose));

        VBox body = new VBox(
                14,
                label(model.text("tech.devices"), "tech-heading"),
                devices,
                label(model.text("tech.printers"), "tech-heading"),
                prints,
                printStatus,
                label(model.text("tech.contentHeading"), "tech-heading"),
                content,
                update,
                label(model.text("tech.networkHeading"), "tech-heading"),
                network,
                sync);
        PagedScroll scroll = new PagedScroll(body, messages, "tech-scroll");
        scroll.setPrefHeight(600);
        return new VBox(16, title, scroll, actions);
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        return l;
    }

    private static Button button(String id, String text, String style, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(style);
        b.setOnAction(e -> action.run());
        return b;
    }

    public String spokenText() {
        return model.spokenText();
    }
}
