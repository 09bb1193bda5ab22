package org.legalkiosk.content.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Language;

/** The bundled questionnaire, walked the way villagers would walk it. */
class LegalAidSelfCheckTest {

    private static SelfCheck check;

    @BeforeAll
    static void loadSample() throws Exception {
        check = SelfCheckLoader.loadFromContent(TestContent.bundledRoot(), "legal-aid.yaml");
    }

    private static SelfCheckResult walk(String... answers) {
        SelfCheckSession session = check.start();
        for (String answer : answers) {
            session.answer(answer);
        }
        return session.result().orElseThrow(() -> new AssertionError("no outcome after " + List.of(answers)));
    }

    private static List<Integer> articles(SelfCheckResult result) {
        return result.cites().stream()
                .filter(c -> c.lawId().equals("legal-aid-law"))
                .flatMap(c -> c.articles().stream())
                .toList();
    }

    @Test
    void migrantWorkerOwedWagesIsLikelyWithoutTheEconomicCheck() {
        SelfCheckResult result = walk("wages", "yes");

        assertEquals(Verdict.LIKELY, result.verdict());
        assertEquals(List.of(31, 42), articles(result));
        assertTrue(
                result.explanation().zh().contains("不用再查"), result.explanation().zh());
        assertTrue(result.offerBooking());
        assertEquals("unpaid-wages", result.matter().orElseThrow().id());
        assertFalse(result.documents().isEmpty());
    }

    @Test
    void matterOutsideArticle31IsUnlikelyAndPointsTo12348AndMediation() {
        SelfCheckResult result = walk("other");

        assertEquals(Verdict.UNLIKELY, result.verdict());
        assertEquals(List.of(31), articles(result));
        assertTrue(result.explanation().zh().contains("12348"));
        assertTrue(result.explanation().zh().contains("调解"));
        assertTrue(result.explanation().in(Language.EN).contains("12348"));
        assertFalse(result.offerBooking());
        assertTrue(result.matter().isEmpty());
    }

    @Test
    void lowIncomeHouseholdClaimingSupportPaymentsIsLikely() {
        SelfCheckResult result = walk("support", "no", "no", "below");

        assertEquals(Verdict.LIKELY, result.verdict());
        assertTrue(articles(result).containsAll(List.of(31, 34)));
        assertEquals("support-payments", result.matter().orElseThrow().id());
        assertEquals("要赡养费、抚养费、扶养费", result.matter().orElseThrow().label().zh());
    }

    @Test
    void domesticViolenceVictimNeedsNoEconomicTest() {
        SelfCheckResult result = walk("abuse");

        assertEquals(Verdict.LIKELY, result.verdict());
        assertEquals(List.of(32), articles(result));
    }

    @Test
    void hardshipQuestionShowsTheCountyStandardLabelledAsAnExample() {
        SelfCheckSession session = check.start();
        session.answer("benefits");
        session.answer("no");
        session.answer("no");

        Question question = session.current().orElseThrow();
        assertTrue(question.showsHardship());
        Hardship hardship = check.hardship().orElseThrow();
        assertTrue(hardship.example());
        assertTrue(hardship.description().zh().contains("举例"));
        assertTrue(hardship.isBelow(new BigDecimal("800")));
        assertFalse(hardship.isBelow(new BigDecimal("1200")));
    }

    @Test
    void everyPathEndsInAnOutcomeWithinEightQuestions() {
        List<List<String>> paths = new ArrayList<>();
        enumerate(check.start(), new ArrayList<>(), paths);

        assertTrue(paths.size() >= 10, "paths: " + paths.size());
        List<String> reachedOutcomes = new ArrayList<>();
        for (List<String> path : paths) {
            SelfCheckResult result = walk(path.toArray(String[]::new));
            assertTrue(path.size() <= 8, "too long: " + path);
            assertFalse(result.explanation().zh().isBlank());
            assertFalse(result.cites().isEmpty(), path.toString());
            if (result.offerBooking()) {
                assertTrue(result.matter().isPresent(), "booking offered without a matter: " + path);
            }
            reachedOutcomes.add(result.outcomeId());
        }
        assertTrue(reachedOutcomes.containsAll(
                check.outcomes().stream().map(Outcome::id).toList()));
    }

    /** Depth-first over the real session, so the walk exercises answer() and back() on every branch. */
    private static void enumerate(SelfCheckSession session, List<String> prefix, List<List<String>> paths) {
        if (session.isFinished()) {
            paths.add(List.copyOf(prefix));
            return;
        }
        assertTrue(prefix.size() <= 20, "no end in sight: " + prefix);
        for (Option option : session.current().orElseThrow().options()) {
            session.answer(option.id());
            prefix.add(option.id());
            enumerate(session, prefix, paths);
            prefix.remove(prefix.size() - 1);
            assertTrue(session.back());
        }
    }

    @Test
    void everyCitationIsALegalAidLawArticle() {
        for (Outcome outcome : check.outcomes()) {
            for (Citation citation : outcome.cites()) {
                assertEquals("legal-aid-law", citation.lawId());
                citation.articles().forEach(a -> assertTrue(a >= 1 && a <= 71, outcome.id() + ": " + a));
            }
        }
    }
}
