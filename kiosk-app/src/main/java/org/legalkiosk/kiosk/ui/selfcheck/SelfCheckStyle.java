package org.legalkiosk.kiosk.ui.selfcheck;

import javafx.scene.Parent;
import javafx.scene.control.Label;

/** The self-check's own stylesheet, beside its screens, scoped by the {@code selfcheck} class on each root. */
final class SelfCheckStyle {

    private static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/selfcheck/selfcheck.css";

    static final String VERDICT_CHECK =
            "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z";
    static final String VERDICT_QUESTION =
            "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 17h-2v-2h2v2zm2.07-7.75l-.9.92C13.45 12.9 13 13.5 13 15h-2v-.5c0-1.1.45-2.1 1.17-2.83l1.24-1.26c.37-.36.59-.86.59-1.41 0-1.1-.9-2-2-2s-2 .9-2 2H8c0-2.21 1.79-4 4-4s4 1.79 4 4c0 .88-.36 1.68-.93 2.25z";
    static final String VERDICT_CROSS =
            "M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z";

    private SelfCheckStyle() {}

    static void apply(Parent root) {
        root.getStylesheets().add(SelfCheckStyle.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().addAll("screen", "selfcheck");
    }

    static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
