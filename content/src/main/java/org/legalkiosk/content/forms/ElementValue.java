package org.legalkiosk.content.forms;

import java.util.List;
import java.util.Objects;

/** What one element of a filled form shows: text, a row of tick boxes, a box to write in by hand, or a dash. */
public sealed interface ElementValue {

    record Text(String text) implements ElementValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Text[" + text.length() + " characters]";
        }
    }

    /** The model texts' listed options: every option printed with its box, the chosen ones ticked. */
    record Ticks(List<Tick> ticks) implements ElementValue {
        public Ticks {
            ticks = List.copyOf(ticks);
        }
    }

    record Tick(String label, boolean ticked) {}

    /** An optional question left out: an empty box the villager may fill in by hand. */
    record Blank() implements ElementValue {}

    /** The question was not asked on this path (no defendant insurer, no children): printed as a dash. */
    record NotApplicable() implements ElementValue {}
}
