package org.legalkiosk.content.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.content.model.LocalizedText;

/**
 * A validated form ({@link FormLoader}): the interview's questions in order, the element tables they fill, and
 * the note of what to attach and where to file it. Every element is filled by exactly one question or holds a fixed
 * text, every condition names an earlier question's options, and every section and note cites its legal basis.
 */
public final class FormDefinition {

    private final String id;
    private final String number;
    private final LocalizedText title;
    private final Optional<LocalizedText> caseType;
    private final LocalizedText intro;
    private final LocalizedText signer;
    private final Optional<String> prefillFrom;
    private final List<FormQuestion> questions;
    private final List<FormSection> sections;
    private final List<FormNote> attach;
    private final List<FormNote> fileAt;
    private final Map<String, FormQuestion> byId = new LinkedHashMap<>();

    public FormDefinition(
            String id,
            String number,
            LocalizedText title,
            Optional<LocalizedText> caseType,
            LocalizedText intro,
            LocalizedText signer,
            Optional<String> prefillFrom,
            List<FormQuestion> questions,
            List<FormSection> sections,
            List<FormNote> attach,
            List<FormNote> fileAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.title = Objects.requireNonNull(title, "title");
        this.caseType = Objects.requireNonNull(caseType, "caseType");
        this.intro = Objects.requireNonNull(intro, "intro");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.prefillFrom = Objects.requireNonNull(prefillFrom, "prefillFrom");
        this.questions = List.copyOf(questions);
        this.sections = List.copyOf(sections);
        this.attach = List.copyOf(attach);
        this.fileAt = List.copyOf(fileAt);
        this.questions.forEach(q -> byId.put(q.id(), q));
    }

    public String id() {
        return id;
    }

    /** The form number printed on every page (e.g. {@code LK-F02}), so an office can tell forms apart. */
    public String number() {
        return number;
    }

    public LocalizedText title() {
        return title;
    }

    /** The case type of an element-style complaint (民间借贷纠纷); empty for applications. */
    public Optional<LocalizedText> caseType() {
        return caseType;
    }

    /** What the form is for, in one or two plain sentences, shown before the first question. */
    public LocalizedText intro() {
        return intro;
    }

    /** Who signs at the bottom (申请人, 具状人). */
    public LocalizedText signer() {
        return signer;
    }

    /** The self-check whose finished result answers some questions before they are asked. */
    public Optional<String> prefillFrom() {
        return prefillFrom;
    }

    public List<FormQuestion> questions() {
        return questions;
    }

    public Optional<FormQuestion> question(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    public List<FormSection> sections() {
        return sections;
    }

    /** What to bring with the form, one paper a line. */
    public List<FormNote> attach() {
        return attach;
    }

    /** Where to hand the form in (which court or office) and by when. */
    public List<FormNote> fileAt() {
        return fileAt;
    }

    /** A fresh interview with nothing answered. */
    public FormInterview start() {
        return new FormInterview(this);
    }
}
