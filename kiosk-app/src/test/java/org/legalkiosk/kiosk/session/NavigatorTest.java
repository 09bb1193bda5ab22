package org.legalkiosk.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NavigatorTest {

    private final Navigator navigator = new Navigator();

    @Test
    void startsAtHomeWithNothingToGoBackTo() {
        assertEquals(Route.HOME, navigator.current());
        assertFalse(navigator.canGoBack());
        navigator.back();
        assertEquals(Route.HOME, navigator.current());
    }

    @Test
    void backRetracesTheVisitorsSteps() {
        navigator.open(new Route.Categories());
        navigator.open(new Route.ExplainerList("labour"));
        navigator.open(new Route.ExplainerPage("unpaid-wages"));
        navigator.back();
        assertEquals(new Route.ExplainerList("labour"), navigator.current());
        navigator.back();
        navigator.back();
        assertEquals(Route.HOME, navigator.current());
    }

    @Test
    void openingTheSameScreenTwiceDoesNotNeedTwoBacks() {
        navigator.open(new Route.Categories());
        navigator.open(new Route.Categories());
        assertEquals(2, navigator.depth());
    }

    @Test
    void homeClearsThePathAndOpeningHomeIsGoingHome() {
        navigator.open(new Route.Categories());
        navigator.open(new Route.Notices());
        navigator.open(Route.HOME);
        assertEquals(1, navigator.depth());
        navigator.open(new Route.Notices());
        navigator.home();
        assertEquals(Route.HOME, navigator.current());
        assertFalse(navigator.canGoBack());
    }

    @Test
    void notifiesListenersOfEveryMove() {
        int[] changes = {0};
        navigator.currentProperty().addListener((o, a, b) -> changes[0]++);
        navigator.open(new Route.Categories());
        navigator.back();
        assertEquals(2, changes[0]);
        assertTrue(navigator.current() instanceof Route.Home);
    }
}
