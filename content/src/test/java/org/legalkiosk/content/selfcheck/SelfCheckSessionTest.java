package org.legalkiosk.content.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LocalizedText;

class SelfCheckSessionTest {

    static final List<Law> LAWS =
            List.of(new Law("legal-aid-law", LocalizedText.of("法律援助法", "Legal Aid Law"), null, 71, null));

    private SelfCheckSession session;

    @BeforeEach
    void start() throws Exception {
        session = new SelfCheckLoader(LAWS)
                .read(InvalidSelfCheckTest.VALID, "selfcheck/t.yaml")
                .start();
    }

    @Test
    void startsAtTheFirstQuestion() {
        assertEquals("matter", session.current().orElseThrow().id());
        assertFalse(session.isFinished());
        assertTrue(session.result().isEmpty());
        assertFalse(session.back());
    }

    @Test
    void backReturnsToThePreviousQuestionAndForgetsTheOutcome() {
        session.answer("wages");
        session.answer("yes");
        assertTrue(session.isFinished());
        assertEquals("likely", session.result().orElseThrow().outcomeId());

        assertTrue(session.back());
        assertEquals("migrant", session.current().orElseThrow().id());
        assertTrue(session.result().isEmpty());
        session.answer("no");
        assertEquals("possible", session.result().orElseThrow().outcomeId());

        assertTrue(session.back());
        assertTrue(session.back());
        assertEquals("matter", session.current().orElseThrow().id());
        assertEquals(0, session.answeredCount());
    }

    @Test
    void unknownOptionIsRefusedAndNothingChanges() {
        assertThrows(IllegalArgumentException.class, () -> session.answer("maybe"));
        assertEquals("matter", session.current().orElseThrow().id());
    }

    @Test
    void answeringAfterTheEndIsRefused() {
        session.answer("other");
        assertTrue(session.isFinished());
        assertThrows(IllegalStateException.class, () -> session.answer("yes"));
    }

    @Test
    void tallyCarriesOnlyTheOutcomeAndACount() {
        session.answer("wages");
        session.answer("yes");
        SelfCheckTally tally = session.result().orElseThrow().tally();

        assertEquals(new SelfCheckTally("t-check", "likely", 1), tally);
        assertEquals(2, tally.plus(tally).count());
        assertThrows(IllegalArgumentException.class, () -> tally.plus(new SelfCheckTally("t-check", "possible", 1)));
    }

    @Test
    void noMatterIsPrefilledWhenNoBookingIsOffered() {
        session.answer("other");
        SelfCheckResult result = session.result().orElseThrow();
        assertFalse(result.offerBooking());
        assertTrue(result.matter().isEmpty());
    }
}
