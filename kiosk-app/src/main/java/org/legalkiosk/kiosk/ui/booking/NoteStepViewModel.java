package org.legalkiosk.kiosk.ui.booking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.legalkiosk.kiosk.session.BookingStep;

/**
 * The optional step after the matter: "anything else to say?", answered by tapping preset phrases (nothing to type
 * on a touch terminal without an input method). The phrases say nothing about who the visitor is, only what helps
 * the office prepare: urgency, papers, who the other side is, an interpreter, a home visit. A few depend on the
 * matter. Any number can be chosen, and Skip goes on with none.
 */
public final class NoteStepViewModel {

    /** One phrase to tap on or off. */
    public record Phrase(String id, String text) {}

    private static final List<String> FIRST = List.of("urgent", "evidence");
    private static final List<String> LAST = List.of("interpreter", "home-visit");
    /** What only some matters need, between the common phrases. */
    private static final Map<String, List<String>> BY_MATTER = Map.of(
            "unpaid-wages", List.of("employer", "many-people"),
            "injury-compensation", List.of("employer", "still-treating"),
            "loan", List.of("employer"),
            "other", List.of("employer"),
            "domestic-violence", List.of("careful-call"),
            "land", List.of("village"),
            "support-payments", List.of("far-away"),
            "marriage-family", List.of("far-away"),
            "inheritance", List.of("far-away"));

    private final BookingFlow flow;
    private final List<Phrase> phrases;
    private final Map<String, ReadOnlyBooleanWrapper> chosen = new LinkedHashMap<>();

    public NoteStepViewModel(BookingFlow flow) {
        this.flow = flow;
        var m = flow.context().messages();
        this.phrases = phraseIds(flow.draft().matterId()).stream()
                .map(id -> new Phrase(id, m.get("booking.note." + id)))
                .toList();
        // Back from the review shows what was chosen before.
        phrases.forEach(p -> chosen.put(
                p.id(), new ReadOnlyBooleanWrapper(flow.draft().notes().contains(p.id()))));
        // Ticks survive a language or text-size switch.
        chosen.forEach(
                (id, ticked) -> flow.context().session().form().keep("booking.note." + id, ticked, Boolean.class));
    }

    /** The phrases offered for a matter, in the order shown; the common ones for an unknown or missing matter. */
    public static List<String> phraseIds(String matterId) {
        List<String> ids = new ArrayList<>(FIRST);
        ids.addAll(BY_MATTER.getOrDefault(matterId == null ? "" : matterId, List.of()));
        ids.addAll(LAST);
        return List.copyOf(ids);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /** Whether a phrase is chosen; a phrase not offered here is never chosen. */
    public ReadOnlyBooleanProperty chosenProperty(String phraseId) {
        ReadOnlyBooleanWrapper p = chosen.get(phraseId);
        return p == null ? new ReadOnlyBooleanWrapper(false).getReadOnlyProperty() : p.getReadOnlyProperty();
    }

    /** Chooses a phrase, or takes it back when chosen already. Ids not offered here are ignored. */
    public void toggle(String phraseId) {
        ReadOnlyBooleanWrapper p = chosen.get(phraseId);
        if (p != null) {
            p.set(!p.get());
        }
    }

    /** The ids chosen, in the order shown. */
    public List<String> chosenIds() {
        return chosen.entrySet().stream()
                .filter(e -> e.getValue().get())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Keeps the phrases chosen (none is fine) and goes on to the review. */
    public void next() {
        flow.update(flow.draft().withNotes(chosenIds()));
        flow.advance(BookingStep.NOTE);
    }

    /** Goes on with no note, whatever was tapped. */
    public void skip() {
        chosen.values().forEach(p -> p.set(false));
        flow.update(flow.draft().withNotes(List.of()));
        flow.advance(BookingStep.NOTE);
    }

    public String title() {
        return flow.context().messages().get("booking.title");
    }

    public String prompt() {
        return flow.context().messages().get("booking.note.prompt");
    }

    public String chosenLabel() {
        return flow.context().messages().get("booking.note.chosen");
    }

    public String skipLabel() {
        return flow.context().messages().get("booking.note.skip");
    }

    public String nextLabel() {
        return flow.context().messages().get("booking.next");
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(title()).append("。").append(prompt());
        for (Phrase p : phrases) {
            sb.append(p.text());
            if (chosen.get(p.id()).get()) {
                sb.append("，").append(chosenLabel());
            }
            sb.append("。");
        }
        return sb.append(skipLabel()).append("。").append(nextLabel()).toString();
    }
}
