package org.legalkiosk.kiosk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;

import org.junit.jupiter.api.Test;
import org.legalkiosk.kiosk.session.Route;

/** Routes map to the screens their feature registered; anything else is refused out loud. */
class ScreenRegistryTest {

    /** A screen that is only a name, so no JavaFX toolkit is needed. */
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
    void aRouteGetsTheScreenItsFeatureBuildsFromIt() {
        ScreenRegistry registry = new ScreenRegistry()
                .register(Route.Search.class, search -> new Named("search:" + search.query()))
                .register(Route.Home.class, home -> new Named("home"));
        assertEquals("search:工资", registry.create(new Route.Search("工资")).title());
        assertEquals("home", registry.create(Route.HOME).title());
    }

    @Test
    void aRouteNobodyRegisteredThrowsNamingTheRoute() {
        ScreenRegistry registry = new ScreenRegistry().register(Route.Home.class, home -> new Named("home"));
        Route laws = new Route.LawContents("civil-code");
        UnknownRouteException e = assertThrows(UnknownRouteException.class, () -> registry.create(laws));
        assertSame(laws, e.route());
        assertTrue(e.getMessage().contains("LawContents") && e.getMessage().contains("civil-code"), e.getMessage());
    }

    @Test
    void aRouteCannotBeRegisteredTwice() {
        ScreenRegistry registry = new ScreenRegistry().register(Route.Home.class, home -> new Named("home"));
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> registry.register(Route.Home.class, home -> new Named("another home")));
        assertTrue(e.getMessage().contains("Home"), e.getMessage());
        assertEquals("home", registry.create(Route.HOME).title(), "the first registration stands");
    }
}
