package org.legalkiosk.content.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.LocalizedText;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.source.ContentValidationException;

/** Each broken form is refused with the file and line an author has to fix, and nothing of it is loaded. */
class InvalidFormTest {

    static final String FILE = "forms/t.yaml";
    static final List<Law> LAWS = List.of(
            new Law("legal-aid-law", LocalizedText.of("法律援助法", null), null, 71, null),
            new Law("people-mediation-law", LocalizedText.of("人民调解法", null), null, 35, null));

    /** Line numbers in the tests below refer to this text; keep it in step with them. */
    static final String VALID = """
            id: t-form
            number: T-01
            title: {zh: 测试表}
            intro: {zh: 测试}
            signer: {zh: 申请人}
            questions:
              - id: who
                kind: id-card
                text: {zh: 放身份证}
                fills: {name: name}
              - id: money
                kind: yes-no
                text: {zh: 要钱吗？}
                fills: money
              - id: amount
                kind: amount
                when: {question: money, is: ["yes"]}
                text: {zh: 多少？}
                min: 1
                fills: amount
              - id: note
                kind: sentence
                optional: true
                text: {zh: 说一句}
                fills: note
            sections:
              - title: {zh: 一、申请人}
                cites:
                  - law: people-mediation-law
                    articles: [17]
                elements:
                  - {id: name, label: {zh: 姓名}}
                  - {id: money, label: {zh: 要钱}}
                  - {id: amount, label: {zh: 金额}, inWords: true}
                  - {id: note, label: {zh: 情况}}
                  - {id: office, label: {zh: 调解组织}, fixed: {zh: 村人民调解委员会}}
            attach:
              - text: {zh: 身份证}
                cites: [{law: people-mediation-law, articles: [24]}]
            fileAt:
              - text: {zh: 交到村委会}
                cites: [{law: people-mediation-law, articles: [8]}]
            """;

    private static List<String> problems(String yaml) {
        ContentValidationException e =
                assertThrows(ContentValidationException.class, () -> new FormLoader(LAWS, Map.of()).read(yaml, FILE));
        return e.problems().stream().map(ContentProblem::toString).toList();
    }

    private static String replace(String what, String with) {
        assertTrue(VALID.contains(what), what);
        return VALID.replace(what, with);
    }

    @Test
    void theValidFormLoads() throws Exception {
        FormDefinition form = new FormLoader(LAWS, Map.of()).read(VALID, FILE);
        assertEquals(4, form.questions().size());
        assertEquals("T-01", form.number());
    }

    @Test
    void syntaxErrorsAndEmptyFilesNameTheirLine() {
        assertEquals(List.of("forms/t.yaml:1: the file is empty"), problems(""));
        List<String> syntax = problems(replace("title: {zh: 测试表}", "title: {zh: 测试表"));
        assertTrue(syntax.get(0).startsWith("forms/t.yaml:4: YAML syntax error"), syntax.toString());
    }

    @Test
    void anUnknownKindIsRefused() {
        assertEquals(
                List.of("forms/t.yaml:12: question 'money': kind 'maybe' must be one of choice, yes-no, multi, amount,"
                        + " number, date, id-card, person-name, phone, sentence"),
                problems(replace("kind: yes-no", "kind: maybe")).subList(0, 1));
    }

    @Test
    void aRequiredSentenceIsRefusedBecauseNoFormMayNeedWriting() {
        assertEquals(
                List.of("forms/t.yaml:21: question 'note': a sentence is free text and must be `optional: true`"
                        + " (no form may need writing to be finished)"),
                problems(replace("    optional: true\n", "")));
    }

    @Test
    void aConditionMustNameAnEarlierChoiceAndItsOptions() {
        assertEquals(
                List.of("forms/t.yaml:17: question 'amount': `when:` must name an earlier question, not 'later'"),
                problems(replace("{question: money, is: [\"yes\"]}", "{question: later, is: [\"yes\"]}")));
        assertEquals(
                List.of(
                        "forms/t.yaml:17: question 'amount': 'money' has no option 'maybe'",
                        "forms/t.yaml:17: question 'amount': `when:` needs `is: [..]` with options of money"),
                problems(replace("is: [\"yes\"]", "is: [maybe]")));
        assertEquals(
                List.of("forms/t.yaml:17: question 'amount': `when:` may only name a choice or yes-no question,"
                        + " 'who' is not one"),
                problems(replace("{question: money, is: [\"yes\"]}", "{question: who, is: [\"yes\"]}")));
    }

    @Test
    void everyElementIsFilledByExactlyOneQuestion() {
        assertEquals(
                List.of(
                        "forms/t.yaml:14: element 'money' is already filled by question 'who'; each element has one"
                                + " question",
                        "forms/t.yaml:32: element 'name' is filled by no question and has no `fixed:` text"),
                problems(replace("fills: {name: name}", "fills: {name: money}")));
        assertEquals(
                List.of(
                        "forms/t.yaml:34: element 'amount' is filled by no question and has no `fixed:` text",
                        "forms/t.yaml:34: element 'amount': `inWords` is for amounts only",
                        "forms/t.yaml:20: question 'amount' fills 'sum', which is no element of any section"),
                problems(replace("    fills: amount\n", "    fills: sum\n")));
    }

    @Test
    void aCardFieldMustBeOneTheCardHas() {
        assertEquals(
                List.of(
                        "forms/t.yaml:10: question 'who': 'phone' is not a card field (name, sex, ethnicity, birth,"
                                + " address, id-number)",
                        "forms/t.yaml:32: element 'name' is filled by no question and has no `fixed:` text"),
                problems(replace("fills: {name: name}", "fills: {phone: name}")));
    }

    @Test
    void sectionsAndNotesMustCiteArticlesThatExist() {
        assertEquals(
                List.of(
                        "forms/t.yaml:30: article '99' is not in people-mediation-law (articles 1-35)",
                        "forms/t.yaml:29: a citation needs `articles: [..]` with at least one article of"
                                + " people-mediation-law"),
                problems(replace("articles: [17]", "articles: [99]")));
        assertEquals(
                List.of("forms/t.yaml:41: `cites:` must list the articles this rests on: [{law: .., articles: [..]}]"),
                problems(replace("    cites: [{law: people-mediation-law, articles: [8]}]\n", "")));
        assertEquals(
                List.of("forms/t.yaml:29: law 'traffic-law' is not in laws.yaml"),
                problems(replace("  - law: people-mediation-law\n", "  - law: traffic-law\n")));
    }

    @Test
    void fromSelfCheckNeedsAPrefillNamingARealSelfCheck() {
        assertEquals(
                List.of("forms/t.yaml:3: prefill: no valid self-check 'legal-aid' in selfcheck/"),
                problems(replace("title: {zh: 测试表}", "prefill: legal-aid\ntitle: {zh: 测试表}")));
    }

    @Test
    void aBadFormNumberAndADuplicateQuestionAreBothReported() {
        List<String> found = problems(replace("number: T-01", "number: t 01").replace("id: note", "id: money"));
        assertEquals(
                List.of(
                        "forms/t.yaml:2: `number:` is the form number printed on every page: 2-20 capital letters,"
                                + " digits or '-'",
                        "forms/t.yaml:21: question id 'money' is used twice"),
                found.subList(0, 2));
    }

    @Test
    void anAnswerThatDoesNotFitIsRefusedWithoutRepeatingIt() throws Exception {
        FormInterview interview =
                new FormLoader(LAWS, Map.of()).read(VALID, FILE).start();
        IllegalArgumentException noCard =
                assertThrows(IllegalArgumentException.class, () -> interview.answer(new Answer.Text("秘密")));
        assertEquals("question 'who': needs the ID card", noCard.getMessage());
        interview.answer(new Answer.Card(FormWalker.CARD));
        interview.answer(new Answer.Choice("yes"));
        IllegalArgumentException tooSmall = assertThrows(
                IllegalArgumentException.class,
                () -> interview.answer(new Answer.Amount(new java.math.BigDecimal("0.5"))));
        assertEquals("question 'amount': below the smallest allowed, 1", tooSmall.getMessage());
        assertThrows(IllegalStateException.class, interview::fill);
        assertThrows(IllegalArgumentException.class, interview::skip);
    }
}
