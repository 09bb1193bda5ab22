package org.legalkiosk.kiosk.session;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.legalkiosk.content.model.Language;

/**
 * One visitor's time at the terminal: the language and text size they chose and where they are. The idle
 * timeout {@link #reset() resets} it, so the next visitor starts clean and sees nothing of the last one.
 */
public final class KioskSession {

    private Language defaultLanguage;
    private final ObjectProperty<Language> language;
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);
    private final Navigator navigator = new Navigator();
    private final FormMemory form = new FormMemory();
    private final List<Runnable> onReset = new ArrayList<>();
    private final javafx.beans.property.BooleanProperty urgentNoticeSeen =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.BooleanProperty highContrast =
            new javafx.beans.property.SimpleBooleanProperty(false);

    public KioskSession(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
        this.language = new SimpleObjectProperty<>(defaultLanguage);
        // A new screen starts from its route; only a rebuild of the same screen (language, text size) keeps
        // what was typed. Registered first, so it runs before the screen for the new route is built.
        navigator.currentProperty().addListener((o, old, route) -> form.forget());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The language the next visitor starts in (an admin changed the setting); the current one is left alone. */
    public void setDefaultLanguage(Language language) {
        this.defaultLanguage = language;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** The current screen's unconfirmed entries, kept across a language or text-size switch. */
    public FormMemory form() {
        return form;
    }

    public void toggleLanguage() {
        language.set(language.get() == Language.ZH ? Language.EN : Language.ZH);
    }

    /**
     * Whether this visitor has read the urgent notice that takes over Home (a flood warning, the office closed
     * today). Every new visitor sees it first.
     */
    public javafx.beans.property.BooleanProperty urgentNoticeSeenProperty() {
        return urgentNoticeSeen;
    }

    /** Whether this visitor switched to the high-contrast colours; the next visitor starts with the default. */
    public javafx.beans.property.BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Registers something else a visitor leaves behind (typed text, a read-aloud in progress) to clear on reset. */
    public void onReset(Runnable action) {
        onReset.add(action);
    }

    /** Forgets the visitor: back to Home, default language, text size and colours, and every registered clean-up run. */
    public void reset() {
        navigator.home();
        language.set(defaultLanguage);
        textSize.set(TextSize.NORMAL);
        urgentNoticeSeen.set(false);
        highContrast.set(false);
        form.forget();
        onReset.forEach(Runnable::run);
    }
}
