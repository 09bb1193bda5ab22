package org.legalkiosk.kiosk.ui.common;

import javafx.scene.Node;

/** Shows one panel above the current screen (an article's text); Back, Home and the idle reset close it. */
public interface OverlayHost {

    void show(Node panel, String spokenText);

    void close();

    boolean isShowing();
}
