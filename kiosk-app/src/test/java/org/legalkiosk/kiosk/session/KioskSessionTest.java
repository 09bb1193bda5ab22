package org.legalkiosk.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Language;

class KioskSessionTest {

    @Test
    void resetForgetsEverythingTheVisitorChose() {
        KioskSession session = new KioskSession(Language.ZH);
        boolean[] cleaned = {false};
        session.onReset(() -> cleaned[0] = true);
        session.toggleLanguage();
        session.textSizeProperty().set(TextSize.EXTRA_LARGE);
        session.navigator().open(new Route.Categories());

        session.reset();

        assertEquals(Language.ZH, session.language());
        assertEquals(TextSize.NORMAL, session.textSizeProperty().get());
        assertEquals(Route.HOME, session.navigator().current());
        assertTrue(cleaned[0]);
    }

    @Test
    void aNewDefaultLanguageGreetsTheNextVisitorNotTheCurrentOne() {
        KioskSession session = new KioskSession(Language.ZH);
        session.setDefaultLanguage(Language.EN);
        assertEquals(Language.ZH, session.language());
        session.reset();
        assertEquals(Language.EN, session.language());
    }

    @Test
    void resetReturnsToTheTerminalsOwnDefaultLanguage() {
        KioskSession session = new KioskSession(Language.EN);
        session.toggleLanguage();
        assertEquals(Language.ZH, session.language());
        session.reset();
        assertEquals(Language.EN, session.language());
    }
}
