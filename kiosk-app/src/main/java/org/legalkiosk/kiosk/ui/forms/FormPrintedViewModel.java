package org.legalkiosk.kiosk.ui.forms;

import java.util.List;

import org.legalkiosk.content.forms.FormNote;
import org.legalkiosk.kiosk.ui.common.Messages;

/**
 * The form is printed: take it from the printer, check it, sign it, and what to bring and where to hand it in (the
 * form's own notes, in the visitor's language). Nothing of the answers is left on the terminal.
 */
public final class FormPrintedViewModel {

    private final FormFlow flow;
    private final Messages m;
    private final List<String> attach;
    private final List<String> fileAt;

    FormPrintedViewModel(FormFlow flow, String formId) {
        this.flow = flow;
        this.m = flow.context().messages();
        var form = flow.desk().form(formId);
        var language = m.language();
        this.attach = form.map(
                        f -> f.attach().stream().map(n -> text(n, language)).toList())
                .orElse(List.of());
        this.fileAt = form.map(
                        f -> f.fileAt().stream().map(n -> text(n, language)).toList())
                .orElse(List.of());
    }

    private static String text(FormNote n, org.legalkiosk.content.model.Language language) {
        return n.text().in(language);
    }

    public String title() {
        return m.get("forms.title");
    }

    public String headline() {
        return m.get("forms.printed");
    }

    public String detail() {
        return m.get("forms.printed.detail");
    }

    public String attachCaption() {
        return m.get("forms.printed.attach");
    }

    public List<String> attach() {
        return attach;
    }

    public String fileAtCaption() {
        return m.get("forms.printed.fileAt");
    }

    public List<String> fileAt() {
        return fileAt;
    }

    public String finishLabel() {
        return m.get("callback.sent.finish");
    }

    public void finish() {
        flow.context().navigator().home();
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(title())
                .append("。")
                .append(headline())
                .append("。")
                .append(detail());
        sb.append(attachCaption()).append("：");
        attach.forEach(a -> sb.append(a).append("。"));
        sb.append(fileAtCaption()).append("：");
        fileAt.forEach(a -> sb.append(a).append("。"));
        return sb.append(finishLabel()).toString();
    }
}
