package org.legalkiosk.kiosk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;

import org.junit.jupiter.api.Test;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;
import org.legalkiosk.kiosk.ui.common.UnknownRouteException;

/** Every route has a screen; one without fails loudly in tests and shows Home on a terminal. */
class ScreenFactoryTest {

    private static final OverlayHost NO_OVERLAY = new OverlayHost() {
        @Override
        public void show(Node panel, String spokenText) {}

        @Override
        public void close() {}

        @Override
        public boolean isShowing() {
            return false;
        }
    };

    record Named(String title) implements Screen {
        @Override
        public Node root() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String spokenText() {
            return title;
        }
    }

    @Test
    void everyRouteTheSessionKnowsHasAScreenRegisteredByExactlyOneFeature() {
        ContentService content = TestKiosk.contentWithoutStatutes();
        ScreenFactory screens = ScreenFactory.standard(
                TestKiosk.context(content), NO_OVERLAY, ReadAloud.NONE, () -> 365, ScreenFactory.UnknownRoutes.FAIL);
        // Route is sealed: its permitted records are every place a visitor can be.
        Set<Class<?>> routes =
                Arrays.stream(Route.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(routes, Set.copyOf(screens.registry().routes()));
    }

    @Test
    void inTestsAndTheDemoARouteWithoutAScreenThrows() {
        ScreenFactory screens = new ScreenFactory(onlyHome(), ScreenFactory.UnknownRoutes.FAIL);
        assertThrows(UnknownRouteException.class, () -> screens.create(new Route.Notices()));
    }

    @Test
    void onATerminalARouteWithoutAScreenShowsHome() {
        ScreenFactory screens = new ScreenFactory(onlyHome(), ScreenFactory.UnknownRoutes.LOG_AND_HOME);
        assertEquals("home", screens.create(new Route.Notices()).title());
        assertEquals("home", screens.create(Route.HOME).title());
    }

    private static ScreenRegistry onlyHome() {
        return new ScreenRegistry().register(Route.Home.class, home -> new Named("home"));
    }
}
