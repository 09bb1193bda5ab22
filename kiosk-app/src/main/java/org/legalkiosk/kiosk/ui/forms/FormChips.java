package org.legalkiosk.kiosk.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.content.forms.FormSection;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.statute.ChineseNumerals;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.explainers.ArticleChip;

/**
 * The articles a question rests on, as the chips an explainer shows: the question's own citations, then those of
 * the table its answer fills (an ID card fills the parties' table). Each article once, in the form's order.
 */
final class FormChips {

    private FormChips() {}

    static List<ArticleChip> of(ScreenContext context, FormDefinition form, FormQuestion question) {
        Set<String> elements = new LinkedHashSet<>(question.cardFills().values());
        question.fills().ifPresent(elements::add);
        List<Citation> cites = new ArrayList<>(question.cites());
        for (FormSection s : form.sections()) {
            if (s.elements().stream().anyMatch(e -> elements.contains(e.id()))) {
                cites.addAll(s.cites());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<ArticleChip> chips = new ArrayList<>();
        for (Citation c : cites) {
            for (int article : c.articles()) {
                if (seen.add(c.lawId() + ":" + article)) {
                    chips.add(chip(context, c.lawId(), article));
                }
            }
        }
        return List.copyOf(chips);
    }

    private static ArticleChip chip(ScreenContext context, String lawId, int article) {
        Language language = context.language();
        String law = context.content()
                .library()
                .law(lawId)
                .map(Law::name)
                .map(n -> n.in(language))
                .orElse(lawId);
        String label =
                language == Language.ZH ? law + " 第" + ChineseNumerals.format(article) + "条" : law + " Art. " + article;
        return new ArticleChip(lawId, article, label);
    }
}
