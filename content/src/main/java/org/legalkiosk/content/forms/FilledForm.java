package org.legalkiosk.content.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.legalkiosk.content.model.Citation;

/**
 * A form with every element's value worked out from the answers, in Chinese as the office reads it: amounts with
 * their capitals where the form asks, dates as 2024年3月5日, choices as tick boxes over every listed option. The
 * layout (PDF, preview) only draws what is here.
 */
public record FilledForm(FormDefinition form, List<Section> sections) {

    /** One filled table. */
    public record Section(String title, List<Citation> cites, List<Row> rows) {
        public Section {
            Objects.requireNonNull(title, "title");
            cites = List.copyOf(cites);
            rows = List.copyOf(rows);
        }
    }

    public record Row(String elementId, String label, ElementValue value) {
        public Row {
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public FilledForm {
        Objects.requireNonNull(form, "form");
        sections = List.copyOf(sections);
    }

    /** The value of one element, for tests and the on-screen review. */
    public ElementValue value(String elementId) {
        return sections.stream()
                .flatMap(s -> s.rows().stream())
                .filter(r -> r.elementId().equals(elementId))
                .findFirst()
                .map(Row::value)
                .orElseThrow(() -> new IllegalArgumentException("no element '" + elementId + "'"));
    }

    /** {@code answers} holds exactly the questions that apply on this path (a missing one means not asked). */
    static FilledForm of(FormDefinition form, Map<String, Answer> answers) {
        Map<String, ElementValue> values = new HashMap<>();
        for (FormQuestion q : form.questions()) {
            Answer a = answers.get(q.id());
            if (q.kind() == FormQuestion.Kind.ID_CARD) {
                q.cardFills().forEach((field, element) -> values.put(element, cardValue(field, a)));
            } else {
                q.fills().ifPresent(element -> values.put(element, value(q, a, inWords(form, element))));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (FormSection s : form.sections()) {
            List<Row> rows = new ArrayList<>();
            for (FormElement e : s.elements()) {
                ElementValue v = e.fixed().isPresent()
                        ? new ElementValue.Text(e.fixed().get().zh())
                        : values.getOrDefault(e.id(), new ElementValue.NotApplicable());
                rows.add(new Row(e.id(), e.label().zh(), v));
            }
            sections.add(new Section(s.title().zh(), s.cites(), rows));
        }
        return new FilledForm(form, sections);
    }

    private static boolean inWords(FormDefinition form, String elementId) {
        return form.sections().stream()
                .flatMap(s -> s.elements().stream())
                .anyMatch(e -> e.id().equals(elementId) && e.inWords());
    }

    private static ElementValue value(FormQuestion q, Answer a, boolean inWords) {
        if (a == null) {
            return q.kind().hasOptions() ? ticks(q, List.of()) : new ElementValue.NotApplicable();
        }
        if (a instanceof Answer.Skipped) {
            return q.kind().hasOptions() ? ticks(q, List.of()) : new ElementValue.Blank();
        }
        if (a instanceof Answer.Choice c) {
            return ticks(q, List.of(c.optionId()));
        }
        if (a instanceof Answer.Ticks t) {
            return ticks(q, List.copyOf(t.optionIds()));
        }
        if (a instanceof Answer.Amount m) {
            return new ElementValue.Text(
                    yuan(m.yuan()) + (inWords ? "（大写：人民币" + ChineseAmount.of(m.yuan()) + "）" : ""));
        }
        if (a instanceof Answer.Number n) {
            return new ElementValue.Text(
                    n.value().toPlainString() + q.unit().map(u -> u.zh()).orElse(""));
        }
        if (a instanceof Answer.Date d) {
            return new ElementValue.Text(chineseDate(d.date()));
        }
        if (a instanceof Answer.Text t) {
            return new ElementValue.Text(t.text().strip());
        }
        return new ElementValue.NotApplicable();
    }

    private static ElementValue ticks(FormQuestion q, List<String> chosen) {
        return new ElementValue.Ticks(q.options().stream()
                .map(o -> new ElementValue.Tick(o.label().zh(), chosen.contains(o.id())))
                .toList());
    }

    private static ElementValue cardValue(CardField field, Answer a) {
        if (!(a instanceof Answer.Card card) || card.fields().get(field) == null) {
            return new ElementValue.NotApplicable();
        }
        String raw = card.fields().get(field).strip();
        if (field == CardField.BIRTH) {
            try {
                return new ElementValue.Text(chineseDate(LocalDate.parse(raw)));
            } catch (DateTimeParseException e) {
                return new ElementValue.Text(raw);
            }
        }
        return new ElementValue.Text(raw);
    }

    /** 10500 → 10500元, 10500.5 → 10500.50元: the figure as a clerk writes it before the capitals. */
    public static String yuan(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        String figure = plain.scale() <= 0
                ? plain.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        return figure + "元";
    }

    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
