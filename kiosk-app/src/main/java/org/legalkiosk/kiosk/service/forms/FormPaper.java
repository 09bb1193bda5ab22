package org.legalkiosk.kiosk.service.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.legalkiosk.booking.print.FormPdf;
import org.legalkiosk.content.forms.ElementValue;
import org.legalkiosk.content.forms.FilledForm;
import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormNote;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.statute.ChineseNumerals;

/**
 * Turns a filled-in form into the texts of its A4 pages: the values as they are, each table's legal basis as
 * "依据：《法律援助法》第三十一条、第三十二条", the signature line with the date left for the signer, and the notes. Forms
 * are printed in Chinese whatever the screen's language, because the office reads Chinese.
 */
public final class FormPaper {

    private final Map<String, Law> laws = new LinkedHashMap<>();

    public FormPaper(List<Law> laws) {
        laws.forEach(l -> this.laws.put(l.id(), l));
    }

    public FormPdf.Document document(FilledForm filled, LocalDate today) {
        FormDefinition form = filled.form();
        List<FormPdf.Section> sections = new ArrayList<>();
        for (FilledForm.Section s : filled.sections()) {
            List<FormPdf.Row> rows = s.rows().stream()
                    .map(r -> new FormPdf.Row(r.label(), value(r.value())))
                    .toList();
            sections.add(new FormPdf.Section(s.title(), "依据：" + basis(s.cites()), rows));
        }
        return new FormPdf.Document(
                form.number(),
                form.title().zh(),
                form.caseType().map(c -> c.zh()),
                FilledForm.chineseDate(today),
                sections,
                form.signer().zh() + "（签名或按指印）：______________        ______年____月____日",
                "需要带上的材料",
                notes(form.attach()),
                "交到哪里",
                notes(form.fileAt()),
                "本表由村级公共法律服务站的自助机按您的回答填写，打印后请核对；有不对的地方可以用笔改正并按指印。" + "不清楚的，拨打 12348 公共法律服务热线。");
    }

    /** "依据：《法律援助法》第三十一条、第三十二条；《民法典》第六百六十七条" */
    String basis(List<Citation> cites) {
        return cites.stream()
                .map(c -> "《"
                        + Optional.ofNullable(laws.get(c.lawId()))
                                .map(l -> l.name().zh())
                                .orElse(c.lawId()) + "》"
                        + c.articles().stream()
                                .map(a -> "第" + ChineseNumerals.format(a) + "条")
                                .collect(Collectors.joining("、")))
                .collect(Collectors.joining("；"));
    }

    private List<String> notes(List<FormNote> notes) {
        return notes.stream()
                .map(n -> n.text().zh() + "（" + basis(n.cites()) + "）")
                .toList();
    }

    private static FormPdf.Value value(ElementValue v) {
        if (v instanceof ElementValue.Text t) {
            return new FormPdf.Text(t.text());
        }
        if (v instanceof ElementValue.Ticks t) {
            return new FormPdf.Ticks(t.ticks().stream()
                    .map(tick -> new FormPdf.Tick(tick.label(), tick.ticked()))
                    .toList());
        }
        if (v instanceof ElementValue.Blank) {
            return new FormPdf.Blank();
        }
        return new FormPdf.Dash();
    }
}
