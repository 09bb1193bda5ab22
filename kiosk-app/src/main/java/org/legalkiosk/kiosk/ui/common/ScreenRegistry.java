package org.legalkiosk.kiosk.ui.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.legalkiosk.kiosk.session.Route;

/**
 * Which screen each route shows. Every feature registers its own routes ({@link ScreenFeature}); the shell asks
 * here for the screen of the route on show. A route is registered once; asking for one nobody registered is a bug
 * and says so ({@link UnknownRouteException}) instead of quietly showing another screen.
 */
public final class ScreenRegistry {

    private final Map<Class<? extends Route>, Function<Route, Screen>> factories = new LinkedHashMap<>();

    /**
     * Registers how to build the screen for routes of {@code type}, fresh each time, in the session's current language
     * and text size.
     *
     * @throws IllegalStateException when another feature registered {@code type} already
     */
    public <R extends Route> ScreenRegistry register(Class<R> type, Function<? super R, ? extends Screen> factory) {
        Objects.requireNonNull(factory, "factory");
        if (factories.containsKey(type)) {
            throw new IllegalStateException(type.getSimpleName() + " is registered twice");
        }
        factories.put(type, route -> factory.apply(type.cast(route)));
        return this;
    }

    /** Builds the screen for {@code route}. */
    public Screen create(Route route) {
        Function<Route, Screen> factory = factories.get(route.getClass());
        if (factory == null) {
            throw new UnknownRouteException(route);
        }
        return factory.apply(route);
    }

    public boolean handles(Class<? extends Route> type) {
        return factories.containsKey(type);
    }

    /** The route types registered, in the order they were. */
    public Set<Class<? extends Route>> routes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(factories.keySet()));
    }
}
