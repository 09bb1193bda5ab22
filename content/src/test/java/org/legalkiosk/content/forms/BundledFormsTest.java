package org.legalkiosk.content.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legalkiosk.content.TestContent;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckLoader;
import org.legalkiosk.content.selfcheck.SelfCheckResult;
import org.legalkiosk.content.selfcheck.SelfCheckSession;

/** The sample forms: every path through every interview ends in a printable form with every element accounted for. */
class BundledFormsTest {

    private static Map<String, FormDefinition> forms;
    private static SelfCheck legalAid;

    @BeforeAll
    static void load() throws Exception {
        forms = FormLoader.loadAll(TestContent.bundledRoot()).stream()
                .collect(Collectors.toMap(FormDefinition::id, f -> f));
        legalAid = SelfCheckLoader.loadFromContent(TestContent.bundledRoot(), "legal-aid.yaml");
    }

    @Test
    void theSampleHasTheApplicationsAndTheComplaints() {
        assertTrue(
                forms.keySet()
                        .containsAll(Set.of(
                                "legal-aid-application",
                                "people-mediation",
                                "complaint-private-loan",
                                "complaint-labour",
                                "complaint-divorce",
                                "complaint-traffic")),
                forms.keySet().toString());
        Set<String> numbers =
                forms.values().stream().map(FormDefinition::number).collect(Collectors.toSet());
        assertEquals(forms.size(), numbers.size(), "form numbers are unique: " + numbers);
    }

    @Test
    void everyPathThroughEveryInterviewFillsEveryElementItAsks() {
        int total = 0;
        for (FormDefinition form : forms.values()) {
            int paths = FormWalker.everyPath(form.start(), interview -> {
                FilledForm filled = interview.fill();
                for (FilledForm.Section s : filled.sections()) {
                    assertFalse(s.cites().isEmpty(), form.id() + ": " + s.title());
                    for (FilledForm.Row row : s.rows()) {
                        assertFalse(row.label().isBlank());
                    }
                }
                // Every answered question shows in the review, each with its own "change".
                List<FormInterview.ReviewLine> review = interview.review();
                assertEquals(interview.applicableCount(), review.size(), form.id());
                assertEquals(interview.applicableCount(), interview.answeredCount(), form.id());
                assertFalse(form.attach().isEmpty());
                assertFalse(form.fileAt().isEmpty());
            });
            assertTrue(paths >= 2, form.id() + " has " + paths + " paths");
            total += paths;
        }
        System.out.println("Paths walked through " + forms.size() + " forms: " + total);
    }

    @Test
    void resumingAnEarlierScreenKeepsItsAnswerAndAQuestionThatNoLongerAppliesFallsToTheFirstUnanswered() {
        FormInterview interview = forms.get("people-mediation").start();
        walkTo(interview, Map.of("money", "yes"));
        assertTrue(interview.atReview());

        interview.resume(Optional.of("money"));
        assertEquals("money", interview.current().orElseThrow().id());
        assertEquals(Optional.of(new Answer.Choice("yes")), interview.answer("money"), "Back shows what was chosen");
        interview.answer(new Answer.Choice("no"));
        assertTrue(interview.atReview(), "only what the change brings in is asked");

        interview.resume(Optional.of("amount"));
        assertTrue(interview.atReview(), "the amount no longer applies once the answer is no");
        interview.resume(Optional.empty());
        assertTrue(interview.atReview());
    }

    @Test
    void theCardFillsTheApplicantAndTheAmountIsWrittenInCapitals() {
        FormInterview interview = forms.get("people-mediation").start();
        walkTo(interview, Map.of("money", "yes"));
        FilledForm filled = interview.fill();

        assertEquals(new ElementValue.Text("张秀英"), filled.value("applicant-name"));
        assertEquals(new ElementValue.Text("1956年3月12日"), filled.value("applicant-birth"));
        assertEquals(new ElementValue.Text("10500元（大写：人民币壹万零伍佰元整）"), filled.value("amount"));
        assertEquals(new ElementValue.Text("2024年3月5日"), filled.value("since"));
        assertEquals(Set.of("是"), FormWalker.ticked(filled.value("money-involved")));
    }

    @Test
    void aQuestionWhoseConditionFailsIsNotAskedAndItsElementIsADash() {
        FormInterview interview = forms.get("people-mediation").start();
        walkTo(interview, Map.of("money", "no"));

        assertTrue(interview.review().stream().noneMatch(l -> l.question().id().equals("amount")));
        assertInstanceOf(ElementValue.NotApplicable.class, interview.fill().value("amount"));
    }

    @Test
    void changingAnAnswerFromTheReviewAsksOnlyWhatTheChangeBringsIn() {
        FormInterview interview = forms.get("people-mediation").start();
        walkTo(interview, Map.of("money", "no"));

        interview.change("money");
        interview.answer(new Answer.Choice("yes"));
        assertEquals("amount", interview.current().orElseThrow().id(), "the newly applicable question");
        interview.answer(new Answer.Amount(new java.math.BigDecimal("800")));
        assertTrue(interview.atReview(), "straight back to the review");

        interview.change("relation");
        interview.answer(new Answer.Choice("family"));
        assertTrue(interview.atReview());
        assertEquals(Set.of("家里人、亲戚"), FormWalker.ticked(interview.fill().value("relation")));
    }

    @Test
    void aFinishedSelfCheckAnswersTheMatterAndTheExemptionBeforeTheyAreAsked() {
        SelfCheckSession check = legalAid.start();
        check.answer("wages");
        check.answer("yes");
        SelfCheckResult result = check.result().orElseThrow();

        FormInterview interview = forms.get("legal-aid-application").start().prefill(result);
        FormFlow.answerEverything(interview, Map.of());

        List<FormInterview.ReviewLine> fromCheck = interview.review().stream()
                .filter(FormInterview.ReviewLine::fromSelfCheck)
                .toList();
        assertEquals(
                List.of("matter", "exempt"),
                fromCheck.stream().map(l -> l.question().id()).toList());
        FilledForm filled = interview.fill();
        assertEquals(Set.of("讨要工资、确认劳动关系"), FormWalker.ticked(filled.value("matter")));
        assertEquals(Set.of("进城务工讨工资或工伤赔偿"), FormWalker.ticked(filled.value("exempt")));
        // A migrant worker is not asked about the household's income (Legal Aid Law art. 42).
        assertInstanceOf(ElementValue.NotApplicable.class, filled.value("household-income"));
    }

    @Test
    void theProgressCountsOnlyTheQuestionsTheVisitorIsAsked() {
        SelfCheckSession check = legalAid.start();
        check.answer("wages");
        check.answer("yes");
        FormInterview plain = forms.get("legal-aid-application").start();
        FormInterview prefilled = forms.get("legal-aid-application")
                .start()
                .prefill(check.result().orElseThrow());

        // The first screen shown is question 1 either way, of two fewer when two answers came from the self-check.
        assertEquals(1, prefilled.askedPosition());
        assertEquals(1, plain.askedPosition());
        FormFlow.answerEverything(prefilled, Map.of());
        int asked = prefilled.askedCount();
        assertEquals(prefilled.applicableCount() - 2, asked);
        assertEquals(asked + 1, prefilled.askedPosition(), "at the review: one past the last");

        // "修改" on an answer the self-check gave: it counts while it shows, as one of asked + 1.
        prefilled.change("matter");
        assertEquals(asked + 1, prefilled.askedCount());
        assertTrue(prefilled.askedPosition() <= asked + 1);
    }

    @Test
    void aSelfCheckOfAnotherKindChangesNothing() {
        SelfCheckResult other = new SelfCheckResult(
                "some-other-check", "likely-migrant-worker", null, null, List.of(), List.of(), false, Optional.empty());
        FormInterview interview = forms.get("legal-aid-application").start().prefill(other);
        assertTrue(interview.review().isEmpty());
        assertEquals("applicant", interview.current().orElseThrow().id());
    }

    @Test
    void wipeForgetsEveryAnswer() {
        FormInterview interview = forms.get("people-mediation").start();
        walkTo(interview, Map.of());
        interview.wipe();
        assertTrue(interview.review().isEmpty());
        assertTrue(interview.answer("applicant").isEmpty());
        assertEquals("applicant", interview.current().orElseThrow().id());
    }

    private static void walkTo(FormInterview interview, Map<String, String> choices) {
        FormFlow.answerEverything(interview, choices);
    }
}
