package org.legalkiosk.kiosk.ui.common;

/**
 * One feature's screens (home, explainers, statutes, search, notices, the self-check, booking): the routes it answers
 * and how to build each. A new screen is added to its feature, not to a list in the shell.
 */
@FunctionalInterface
public interface ScreenFeature {

    void registerScreens(ScreenRegistry screens);
}
