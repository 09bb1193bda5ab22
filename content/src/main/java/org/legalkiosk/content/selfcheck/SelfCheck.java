package org.legalkiosk.content.selfcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.LocalizedText;

/**
 * A validated questionnaire: every {@code next} names a question or an outcome, there are no cycles and every
 * path ends in an outcome. Build it with {@link SelfCheckLoader}; walk it with a {@link SelfCheckSession}.
 */
public final class SelfCheck {

    private final String id;
    private final LocalizedText title;
    private final String start;
    private final Map<String, Question> questions;
    private final Map<String, Outcome> outcomes;
    private final Hardship hardship;

    public SelfCheck(
            String id,
            LocalizedText title,
            String start,
            List<Question> questions,
            List<Outcome> outcomes,
            Hardship hardship) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.start = Objects.requireNonNull(start, "start");
        this.questions = new LinkedHashMap<>();
        questions.forEach(q -> this.questions.put(q.id(), q));
        this.outcomes = new LinkedHashMap<>();
        outcomes.forEach(o -> this.outcomes.put(o.id(), o));
        this.hardship = hardship;
    }

    public String id() {
        return id;
    }

    public LocalizedText title() {
        return title;
    }

    public Question first() {
        return questions.get(start);
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

    public Optional<Outcome> outcome(String outcomeId) {
        return Optional.ofNullable(outcomes.get(outcomeId));
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    public Optional<Hardship> hardship() {
        return Optional.ofNullable(hardship);
    }

    public SelfCheckSession start() {
        return new SelfCheckSession(this);
    }
}
