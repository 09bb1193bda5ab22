package org.legalkiosk.kiosk.ui.booking;

import java.util.List;

/** A booking step that is one choice from a list: a service, an office, a day, a time, a matter. */
public interface ChoiceStepModel {

    /** One answer to tap; a disabled one (a full time) is shown greyed with why. */
    record Choice(String id, String title, String hint, boolean enabled) {}

    String title();

    String prompt();

    /** Said in place of the list when it is empty. */
    String emptyMessage();

    /** A message above the list ("the time you chose was just taken"), or empty. */
    String notice();

    List<Choice> choices();

    /** How many cards per row: one for long names, more for short days and times. */
    int columns();

    void choose(Choice choice);

    default String spokenText() {
        StringBuilder sb = new StringBuilder(title()).append("。");
        if (!notice().isEmpty()) {
            sb.append(notice()).append("。");
        }
        if (choices().isEmpty()) {
            return sb.append(emptyMessage()).toString();
        }
        sb.append(prompt()).append("。");
        for (Choice c : choices()) {
            sb.append(spokenChoice(c)).append("。");
        }
        return sb.toString();
    }

    /** One choice as it is read aloud when its speaker is tapped: "09:00–09:30，还剩 2 个位置". */
    default String spokenChoice(Choice c) {
        return c.hint() == null ? c.title() : c.title() + "，" + c.hint();
    }
}
