package org.legalkiosk.kiosk.ui.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.kiosk.ui.common.Messages;

/** What the panel after a USB update says, and reads aloud. */
class UpdateResultViewModelTest {

    private final Messages zh = Messages.of(Language.ZH);

    @Test
    void anAppliedUpdateNamesItsVersion() {
        UpdateResultViewModel model = new UpdateResultViewModel(true, "42", "", zh);
        assertEquals(zh.get("update.ok.title", "42"), model.title());
        assertTrue(model.title().contains("42"), model.title());
        assertEquals(zh.get("update.ok.body"), model.body());
        assertEquals(model.title() + "。" + model.body(), model.spokenText());
    }

    @Test
    void aRefusedUpdateSaysWhy() {
        UpdateResultViewModel model = new UpdateResultViewModel(false, "", "BAD_SIGNATURE", zh);
        assertEquals(zh.get("update.failed.title"), model.title());
        assertTrue(model.body().contains("BAD_SIGNATURE"), model.body());
        assertEquals(zh.get("article.close"), model.closeLabel());
    }

    @Test
    void itSpeaksTheVisitorsLanguage() {
        Messages en = Messages.of(Language.EN);
        assertEquals(en.get("update.failed.title"), new UpdateResultViewModel(false, "", "X", en).title());
    }
}
