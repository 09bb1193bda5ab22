package org.legalkiosk.kiosk.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a visitor has typed or ticked on the screen in front of them and not yet confirmed (a name half written,
 * note phrases ticked). The screen is rebuilt when the visitor changes the language or the text size; its
 * ViewModel writes its fields here as they change and reads them back when rebuilt, so nothing is lost. Leaving
 * the screen (any move to another route) and the idle reset forget it.
 */
public final class FormMemory {

    private final Map<String, Object> values = new HashMap<>();

    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** The value kept under {@code key}, if there is one of that type. */
    public <T> Optional<T> get(String key, Class<T> type) {
        Object v = values.get(key);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /**
     * Keeps {@code property} here under {@code key}: it takes the value kept from before the rebuild, if any, and
     * every change after is kept. The memory holds values only, never the property, so an old screen is not kept
     * alive by it.
     */
    public <T> void keep(String key, javafx.beans.property.Property<T> property, Class<T> type) {
        get(key, type).ifPresent(property::setValue);
        property.addListener((o, old, now) -> values.put(key, now));
    }

    public void forget() {
        values.clear();
    }
}
