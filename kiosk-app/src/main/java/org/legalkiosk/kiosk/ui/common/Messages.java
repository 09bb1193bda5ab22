package org.legalkiosk.kiosk.ui.common;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.legalkiosk.content.model.Language;

/** The kiosk's own words (not content) in each language, from {@code i18n/messages*.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.legalkiosk.kiosk.i18n.messages";
    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        Locale locale = language == Language.ZH ? Locale.ROOT : language.locale();
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. A missing key is a bug: it throws. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no " + language + " text for message key '" + key + "'", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
