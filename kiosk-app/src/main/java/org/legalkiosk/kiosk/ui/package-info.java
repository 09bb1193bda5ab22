/**
 * The touchscreen. One folder per feature, each holding a View (JavaFX nodes, no decisions) and a ViewModel
 * (decisions, no nodes). Views reach the rest of the kiosk only through their ViewModel and the services in
 * {@link org.legalkiosk.kiosk.service}; node ids are constants so tests never look up by visible text.
 */
package org.legalkiosk.kiosk.ui;
