package org.legalkiosk.kiosk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Language;

/** English counts agree with their number ("1 place left", not "1 places left"); Chinese has no plural forms. */
class EnglishPluralsTest {

    /** A bare argument followed by a word ending in s: a plural noun that would also follow a 1. */
    private static final Pattern BARE_PLURAL = Pattern.compile("\\{\\d+\\}\\s+([a-z]+s)\\b");

    private static final Set<String> NOT_NOUNS = Set.of("as", "is", "has", "was");

    private final Messages en = Messages.of(Language.EN);

    @Test
    void oneAndManyReadRight() {
        assertEquals("1 place left", en.get("booking.time.free", 1));
        assertEquals("3 places left", en.get("booking.time.free", 3));
        assertEquals("No places left", en.get("booking.time.free", 0));
        assertEquals("1 article", en.get("list.count", 1));
        assertEquals("12 articles", en.get("list.count", 12));
        assertEquals("1 article", en.get("laws.articles", 1));
        assertEquals("1,653 articles", en.get("laws.articles", 1653));
        assertEquals("Wrong PIN. 1 try left.", en.get("tech.wrong", 1));
        assertEquals("Wrong PIN. 2 tries left.", en.get("tech.wrong", 2));
        assertEquals("Too many wrong PINs: locked. Try again in 1 minute.", en.get("tech.locked", 1L));
        assertEquals("Too many wrong PINs: locked. Try again in 5 minutes.", en.get("tech.locked", 5L));
        assertEquals(
                " If you are still here, tap Keep using. Going back to Home in 1 second.", en.get("idle.spoken", 1));
        assertEquals(
                "At most 1 question, one per screen. Just tap a big button to answer.",
                en.get("selfCheck.intro.count", 1));
        assertEquals(
                "At most 9 questions, one per screen. Just tap a big button to answer.",
                en.get("selfCheck.intro.count", 9));
        assertEquals(
                "The next day is fully booked. Please come back in a few days or call 12348.",
                en.get("booking.day.none", 1));
        assertEquals(
                "The next 14 days are fully booked. Please come back in a few days or call 12348.",
                en.get("booking.day.none", 14));
    }

    @Test
    void noEnglishMessagePutsABareNumberBeforeAPluralNoun() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/legalkiosk/kiosk/i18n/messages_en.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> bare = new ArrayList<>();
        texts.forEach((key, value) -> {
            Matcher m = BARE_PLURAL.matcher(value.toString());
            while (m.find()) {
                if (!NOT_NOUNS.contains(m.group(1))) {
                    bare.add(key + ": " + m.group());
                }
            }
        });
        assertEquals(List.of(), bare, "use {0,choice,1#1 thing|1<{0,number,integer} things}");
    }
}
