package org.legalkiosk.content.forms;

import java.util.List;
import java.util.Objects;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.LocalizedText;

/** One table of the printed form (当事人信息, 诉讼请求, 事实与理由 ...) and the articles its elements rest on. */
public record FormSection(LocalizedText title, List<Citation> cites, List<FormElement> elements) {

    public FormSection {
        Objects.requireNonNull(title, "title");
        cites = List.copyOf(cites);
        elements = List.copyOf(elements);
    }
}
