package org.legalkiosk.content.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalkiosk.content.source.ContentProblem;
import org.legalkiosk.content.source.ContentValidationException;

/** Each broken questionnaire is refused with the file and line an author has to fix. */
class InvalidSelfCheckTest {

    static final String FILE = "selfcheck/t.yaml";

    /** Line numbers in the tests below refer to this text; keep it in step with them. */
    static final String VALID = """
            id: t-check
            title: {zh: 测试, en: Test}
            start: matter
            questions:
              - id: matter
                kind: choice
                text: {zh: 什么事？, en: "What?"}
                options:
                  - id: wages
                    label: {zh: 工资, en: Wages}
                    matter: unpaid-wages
                    next: migrant
                  - id: other
                    label: {zh: 别的, en: Other}
                    next: unlikely
              - id: migrant
                kind: yes-no
                text: {zh: 打工的吗？, en: "Migrant worker?"}
                options:
                  - id: "yes"
                    next: likely
                  - id: "no"
                    next: possible
            outcomes:
              - id: likely
                verdict: LIKELY
                explanation: {zh: 很可能, en: Likely}
                cites:
                  - law: legal-aid-law
                    articles: [31, 42]
                documents:
                  - {zh: 身份证, en: ID card}
                booking: true
              - id: possible
                verdict: POSSIBLE
                explanation: {zh: 有可能, en: Possible}
                cites:
                  - law: legal-aid-law
                    articles: [34]
                booking: true
              - id: unlikely
                verdict: UNLIKELY
                explanation: {zh: 不太可能, en: Unlikely}
                cites:
                  - law: legal-aid-law
                    articles: [31]
                booking: false
            """;

    private static List<String> problems(String yaml) {
        ContentValidationException e = assertThrows(
                ContentValidationException.class,
                () -> new SelfCheckLoader(SelfCheckSessionTest.LAWS).read(yaml, FILE));
        return e.problems().stream().map(ContentProblem::toString).toList();
    }

    private static String replace(String what, String with) {
        assertTrue(VALID.contains(what), what);
        return VALID.replace(what, with);
    }

    private static void assertReported(List<String> problems, String expected) {
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith(expected)),
                "expected a problem starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", problems));
    }

    @Test
    void validFileLoads() throws Exception {
        SelfCheck check = new SelfCheckLoader(SelfCheckSessionTest.LAWS).read(VALID, FILE);
        assertEquals(2, check.questions().size());
        assertEquals(3, check.outcomes().size());
    }

    @Test
    void unquotedYesAndNoStillNameTheOptions() throws Exception {
        String yaml = VALID.replace("id: \"yes\"", "id: yes").replace("id: \"no\"", "id: no");
        SelfCheck check = new SelfCheckLoader(SelfCheckSessionTest.LAWS).read(yaml, FILE);
        assertTrue(check.question("migrant").orElseThrow().option("yes").isPresent());
    }

    @Test
    void unknownNextTargetIsReportedAtItsLine() {
        List<String> problems = problems(replace("next: possible", "next: nowhere"));
        assertReported(problems, FILE + ":23: question 'migrant', option 'no': next 'nowhere' is neither");
    }

    @Test
    void cycleIsReportedWhereItCloses() {
        List<String> problems = problems(replace("next: possible", "next: matter"));
        assertReported(
                problems,
                FILE + ":23: question 'migrant', option 'no' goes round in a cycle: matter -> migrant -> matter");
    }

    @Test
    void unreachableOutcomeIsReported() {
        List<String> problems = problems(VALID + """
                  - id: orphan
                    verdict: LIKELY
                    explanation: {zh: 没人来, en: Nobody comes here}
                    cites:
                      - law: legal-aid-law
                        articles: [31]
                """);
        assertReported(problems, FILE + ":48: outcome 'orphan' cannot be reached from start");
    }

    @Test
    void unreachableQuestionIsReported() {
        List<String> problems = problems(replace("next: migrant", "next: likely"));
        assertReported(problems, FILE + ":16: question 'migrant' cannot be reached from start");
    }

    @Test
    void missingChineseTextIsReported() {
        List<String> problems =
                problems(replace("text: {zh: 打工的吗？, en: \"Migrant worker?\"}", "text: {en: \"Migrant worker?\"}"));
        assertReported(problems, FILE + ":18: `text` needs at least a Chinese text");
    }

    @Test
    void articleOutOfRangeIsReported() {
        List<String> problems = problems(replace("articles: [34]", "articles: [34, 72]"));
        assertReported(problems, FILE + ":39: article '72' is not in legal-aid-law (articles 1-71)");
    }

    @Test
    void unknownLawIsReported() {
        List<String> problems = problems(replace(
                "  - law: legal-aid-law\n        articles: [34]", "  - law: legal-aide-law\n        articles: [34]"));
        assertReported(problems, FILE + ":38: law 'legal-aide-law' is not in laws.yaml");
    }

    @Test
    void badVerdictIsReported() {
        List<String> problems = problems(replace("verdict: POSSIBLE", "verdict: MAYBE"));
        assertReported(problems, FILE + ":35: outcome 'possible': verdict must be LIKELY, POSSIBLE or UNLIKELY");
    }

    @Test
    void yesNoQuestionNeedsBothAnswers() {
        List<String> problems = problems(replace("id: \"no\"", "id: \"perhaps\""));
        assertReported(
                problems, FILE + ":19: question 'migrant': a yes-no question has exactly the options yes and no");
    }

    @Test
    void duplicateIdIsReported() {
        List<String> problems = problems(replace("- id: possible", "- id: likely"));
        assertReported(problems, FILE + ":34: outcome id 'likely' is already used");
    }

    @Test
    void hardshipQuestionWithoutStandardIsReported() {
        List<String> problems = problems(replace("kind: yes-no", "kind: yes-no\n    hardship: true"));
        assertReported(
                problems,
                FILE + ":16: question 'migrant' shows the hardship standard, but there is no `hardship:` block");
    }

    @Test
    void yamlSyntaxErrorIsReportedWithALine() {
        List<String> problems = problems(replace("text: {zh: 什么事？, en: \"What?\"}", "text: {zh: 什么事？, en: \"What?\""));
        assertTrue(problems.get(0).matches("(?s)" + FILE + ":\\d+: YAML syntax error.*"), problems.toString());
    }
}
