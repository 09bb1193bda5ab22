package org.legalkiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legalkiosk.content.model.Language;

/**
 * The questions villagers really ask, typed as they would type them, find the explainer that answers them
 * among the first three explainers listed: in characters and in pinyin.
 */
class ColloquialQueriesTest {

    private static final String QUERIES = "/search/colloquial-queries.tsv";
    private static final int TOP = 3;

    record Question(String query, String expectedId) {
        boolean inPinyin() {
            return !Pinyin.containsHan(query);
        }

        @Override
        public String toString() {
            return query + " → " + expectedId;
        }
    }

    private static ContentSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = SearchFixture.open();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static List<Question> questions() throws IOException {
        List<Question> questions = new ArrayList<>();
        try (InputStream in =
                Objects.requireNonNull(ColloquialQueriesTest.class.getResourceAsStream(QUERIES), QUERIES)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException("not query<TAB>id: " + line);
                }
                questions.add(new Question(parts[0].strip(), parts[1].strip()));
            }
        }
        return questions;
    }

    private static List<String> topExplainers(String query) {
        return searcher.search(query, Language.ZH, 20).stream()
                .filter(h -> h.kind() == SearchHit.Kind.EXPLAINER)
                .map(SearchHit::explainerId)
                .limit(TOP)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void findsTheExplainerThatAnswersTheQuestionAmongTheFirstThree(Question question) {
        List<String> top = topExplainers(question.query());
        assertTrue(top.contains(question.expectedId()), question + " but got " + top);
    }

    @Test
    void theQuestionSetHasAtLeastThirtyQuestionsInCharactersAndThirtyInPinyin() throws IOException {
        List<Question> questions = questions();
        long pinyin = questions.stream().filter(Question::inPinyin).count();
        long chinese = questions.size() - pinyin;
        assertTrue(chinese >= 30, "questions in characters: " + chinese);
        assertTrue(pinyin >= 30, "questions in pinyin: " + pinyin);
        long explainers =
                questions.stream().map(Question::expectedId).distinct().count();
        assertTrue(explainers >= 30, "different explainers expected: " + explainers);
    }

    @Test
    void everyExpectedExplainerExists() throws IOException {
        for (Question q : questions()) {
            assertTrue(
                    SearchFixture.library()
                            .explainer(q.expectedId(), Language.ZH)
                            .isPresent(),
                    q.toString());
        }
    }
}
