package org.legalkiosk.kiosk.service.forms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.legalkiosk.booking.print.FormPdf;
import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.CardField;
import org.legalkiosk.content.forms.FilledForm;
import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.content.selfcheck.SelfCheckResult;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.booking.CardResult;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.service.print.PrintOutcome;
import org.legalkiosk.kiosk.service.print.PrintService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a form screen may ask for: the forms of the current content, a fresh interview (pre-filled from a
 * finished self-check), the ID card as an answer, the pages as pictures for the on-screen preview, and printing on the
 * A4 printer. Devices are reached only through the ID-card and print services, as booking does. After a form is
 * printed its interview is wiped and only an anonymous count per form type goes to the outbox.
 * <p>
 * Rendering, reading the card and printing block: screens call them off the JavaFX thread.
 */
public final class FormDesk {

    private static final Logger LOG = LoggerFactory.getLogger(FormDesk.class);
    /** Preview resolution: an A4 page 1240 px high at 150 dpi, sharp at every text size after scaling. */
    private static final float PREVIEW_DPI = 150;

    /** What a print request ended with; the interview is wiped when {@code printed}. */
    public record Printed(PrintOutcome outcome) {
        public boolean printed() {
            return outcome.printed();
        }
    }

    private final ContentService content;
    private final IdCardService cards;
    private final PrintService printers;
    private final FormStatistics statistics;
    private final Clock clock;

    public FormDesk(
            ContentService content,
            IdCardService cards,
            PrintService printers,
            FormStatistics statistics,
            Clock clock) {
        this.content = Objects.requireNonNull(content, "content");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.printers = Objects.requireNonNull(printers, "printers");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<FormDefinition> forms() {
        return content.forms();
    }

    public Optional<FormDefinition> form(String formId) {
        return forms().stream().filter(f -> f.id().equals(formId)).findFirst();
    }

    /** A fresh interview; with a self-check result, the questions it answers are answered already. */
    public Optional<FormInterview> start(String formId, Optional<SelfCheckResult> fromSelfCheck) {
        return form(formId).map(f -> {
            FormInterview interview = f.start();
            fromSelfCheck.ifPresent(interview::prefill);
            return interview;
        });
    }

    /** The forms a finished self-check can start, e.g. the legal-aid application after the legal-aid check. */
    public List<FormDefinition> formsAfter(SelfCheckResult result) {
        return forms().stream()
                .filter(f -> f.prefillFrom().map(result.checkId()::equals).orElse(false))
                .toList();
    }

    public boolean cardReaderReady() {
        return cards.readerReady();
    }

    /** Waits for the ID card and answers with what an id-card question needs, or why there is none. */
    public IdCardService.CardWait readCard(Consumer<CardReading> onResult) {
        return cards.waitForCard(result -> onResult.accept(CardReading.of(result)));
    }

    /** What one wait for the card gave the form: the answer, or the reader's outcome to explain in plain words. */
    public record CardReading(CardResult.Outcome outcome, Optional<Answer.Card> answer) {
        static CardReading of(CardResult result) {
            if (result.outcome() != CardResult.Outcome.READ) {
                return new CardReading(result.outcome(), Optional.empty());
            }
            Map<CardField, String> fields = new EnumMap<>(CardField.class);
            fields.put(CardField.NAME, result.name());
            fields.put(CardField.ID_NUMBER, result.idNumber());
            CardResult.CardDetails d = result.details();
            fields.put(CardField.SEX, d.sex());
            fields.put(CardField.ETHNICITY, d.ethnicity());
            fields.put(CardField.ADDRESS, d.address());
            if (d.birthDate() != null) {
                fields.put(CardField.BIRTH, d.birthDate().toString());
            }
            fields.values().removeIf(String::isBlank);
            return new CardReading(result.outcome(), Optional.of(new Answer.Card(fields)));
        }

        @Override
        public String toString() {
            return "CardReading[" + outcome + "]";
        }
    }

    /** The texts of the A4 pages, dated today. */
    public FormPdf.Document document(FilledForm filled) {
        return new FormPaper(List.copyOf(content.library().laws())).document(filled, LocalDate.now(clock));
    }

    /** The pages as PNG pictures, exactly as they will print, for the preview screen. */
    public List<byte[]> previewPages(FilledForm filled) {
        byte[] pdf = new FormPdf().render(document(filled));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, PREVIEW_DPI, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot render the preview of " + filled.form().number(), e);
        }
    }

    /** Whether the A4 printer is ready; when not, the screen says so and offers a booking instead. */
    public boolean canPrint() {
        return printers.a4Ready();
    }

    /**
     * Prints the interview's form on A4. When printed, the count goes to the outbox and the interview is wiped:
     * nothing of the answers stays on the terminal. For a caller on one thread; the screen fills the form on its own
     * thread and prints the snapshot with {@link #print(FilledForm)}, so a reset never races a print.
     */
    public Printed print(FormInterview interview) {
        Printed printed = print(interview.fill());
        if (printed.printed()) {
            interview.wipe();
        }
        return printed;
    }

    /**
     * Prints a filled form (a snapshot of the answers: nothing here touches the interview, so it may run off the
     * screen's thread while the visitor's session is reset) and, when printed, counts it in the outbox.
     */
    public Printed print(FilledForm filled) {
        String formId = filled.form().id();
        // The queue's job title is visible to anyone on the host: the form number, never a name.
        PrintOutcome outcome =
                printers.printForm(document(filled), "form-" + filled.form().number());
        if (outcome.printed()) {
            try {
                statistics.printed(formId);
            } catch (RuntimeException e) {
                LOG.warn("Printed form {} not counted: {}", formId, e.toString());
            }
        } else {
            LOG.warn("Form {} not printed: {}", formId, outcome.problem());
        }
        return new Printed(outcome);
    }
}
