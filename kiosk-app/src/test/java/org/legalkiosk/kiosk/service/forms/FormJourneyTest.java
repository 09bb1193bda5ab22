package org.legalkiosk.kiosk.service.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.print.ReceiptPaper;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.OutboxEvent;
import org.legalkiosk.content.forms.Answer;
import org.legalkiosk.content.forms.FormDefinition;
import org.legalkiosk.content.forms.FormInterview;
import org.legalkiosk.content.forms.FormQuestion;
import org.legalkiosk.content.selfcheck.SelfCheckResult;
import org.legalkiosk.content.selfcheck.SelfCheckSession;
import org.legalkiosk.devices.a4.SimulatedDocumentPrinter;
import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.devices.idcard.SimulatedIdCardReader;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.service.booking.ReaderIdCardService;
import org.legalkiosk.kiosk.service.print.DevicePrintService;
import org.slf4j.LoggerFactory;

/**
 * The headless journey of issue 16: a villager finishes the legal-aid self-check, the application opens with the
 * matter and the exemption already answered, the ID card on the simulated reader fills the applicant, and the form
 * comes out of the simulated A4 printer. The printed PDF is read back as text and rendered to PNG with poppler's
 * pdftoppm (kept under {@code target/forms/} to look at); afterwards only an anonymous count is left in the outbox,
 * and no log line holds the ID number or the name.
 */
class FormJourneyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Path OUT = Path.of("target", "forms");
    private static final Answer.Card CARD = new Answer.Card(Map.of(
            org.legalkiosk.content.forms.CardField.NAME, "张秀英",
            org.legalkiosk.content.forms.CardField.SEX, "女",
            org.legalkiosk.content.forms.CardField.ETHNICITY, "汉",
            org.legalkiosk.content.forms.CardField.BIRTH, "1956-03-12",
            org.legalkiosk.content.forms.CardField.ADDRESS, "示例省示例县青石镇大柳村三组12号",
            org.legalkiosk.content.forms.CardField.ID_NUMBER, "110101195603124523"));
    private static LocalContentService content;

    @TempDir
    Path dataDir;

    private final SimulatedIdCardReader reader = new SimulatedIdCardReader("idcard", CLOCK);
    private final SimulatedDocumentPrinter a4 = new SimulatedDocumentPrinter("a4", CLOCK);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    /** Our own code at TRACE (PDFBox at TRACE would log every glyph and slow the test tenfold). */
    private final Logger project = (Logger) LoggerFactory.getLogger("org.legalkiosk");

    private Level projectLevel;

    @BeforeAll
    static void openContent() throws Exception {
        content = LocalContentService.open(contentRoot(), Optional.empty());
        Files.createDirectories(OUT);
    }

    @BeforeEach
    void captureLogs() {
        projectLevel = project.getLevel();
        logs.setContext(root.getLoggerContext());
        logs.start();
        root.addAppender(logs);
        project.setLevel(Level.TRACE);
    }

    @AfterEach
    void restoreLogs() {
        root.detachAppender(logs);
        logs.stop();
        project.setLevel(projectLevel);
    }

    static Path contentRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("content/categories.yaml"))) {
                return p.resolve("content");
            }
        }
        throw new IllegalStateException("content/ not found");
    }

    private FormDesk desk(BookingStore store) {
        DevicePrintService printers =
                new DevicePrintService(Optional::empty, () -> Optional.of(a4), ReceiptPaper.MM_80);
        return new FormDesk(
                content,
                new ReaderIdCardService(() -> Optional.of(reader)),
                printers,
                new FormTallies(store, CLOCK),
                CLOCK);
    }

    private static SelfCheckResult migrantWorkerOwedWages() {
        SelfCheckSession check = content.selfCheck().orElseThrow().start();
        check.answer("wages");
        check.answer("yes");
        return check.result().orElseThrow();
    }

    /** Reads the card through the service, as the id-card screen does. */
    private static Answer.Card tapCard(FormDesk desk) throws Exception {
        CompletableFuture<FormDesk.CardReading> reading = new CompletableFuture<>();
        try (var wait = desk.readCard(reading::complete)) {
            return reading.get(30, TimeUnit.SECONDS).answer().orElseThrow();
        }
    }

    @Test
    void selfCheckThenPrefilledApplicationThenPrintedOnA4() throws Exception {
        IdCard card = SampleCards.openEnded();
        reader.insert(card);
        try (BookingStore store = BookingStore.open(dataDir)) {
            FormDesk desk = desk(store);
            SelfCheckResult result = migrantWorkerOwedWages();
            List<FormDefinition> offered = desk.formsAfter(result);
            assertEquals(
                    List.of("legal-aid-application"),
                    offered.stream().map(FormDefinition::id).toList());

            FormInterview interview =
                    desk.start("legal-aid-application", Optional.of(result)).orElseThrow();
            // The self-check answered two questions; the villager is asked the rest, one a screen.
            int asked = 0;
            while (!interview.atReview()) {
                FormQuestion q = interview.current().orElseThrow();
                asked++;
                switch (q.id()) {
                    case "applicant" -> interview.answer(tapCard(desk));
                    case "phone" -> interview.answer(new Answer.Text("13912345678"));
                    case "stage" -> interview.answer(new Answer.Choice("not-yet"));
                    case "opponent" -> interview.answer(new Answer.Text("示例建筑劳务公司"));
                    case "summary" -> interview.skip();
                    case "promise" -> interview.answer(new Answer.Choice("yes"));
                    default -> throw new AssertionError("asked " + q.id() + ", which the self-check answered");
                }
            }
            assertEquals(6, asked);
            assertTrue(desk.canPrint());

            FormDesk.Printed printed = desk.print(interview);

            assertTrue(printed.printed(), printed.outcome().problem());
            assertTrue(interview.review().isEmpty(), "the draft is wiped once printed");
            List<byte[]> pdfs = a4.printedDocuments();
            assertEquals(1, pdfs.size());
            Path pdf = OUT.resolve("legal-aid-application-journey.pdf");
            Files.write(pdf, pdfs.get(0));
            String text = text(pdfs.get(0));
            for (String expected : List.of(
                    "法律援助申请表",
                    "测试乙",
                    "男",
                    "东乡",
                    "1960年5月4日",
                    card.idNumber(),
                    "甘肃省临夏州东乡族自治县示例村3号",
                    "13912345678",
                    "示例建筑劳务公司",
                    "✔讨要工资、确认劳动关系",
                    "✔还没有去法院或仲裁",
                    "✔进城务工讨工资或工伤赔偿",
                    "《法律援助法》第三十一条、第三十二条、第三十八条",
                    "表号LK-F01",
                    "2026年12月2日",
                    "第1页共")) {
                assertTrue(text.contains(expected), "'" + expected + "' in " + text);
            }
            assertFalse(text.contains("✔都不是"), "only the chosen exemption is ticked");
            List<Path> pngs = FormPages.toPng(pdf, OUT.resolve("legal-aid-application-journey"));
            assertFalse(pngs.isEmpty());

            List<OutboxEvent> events = store.outboxPending();
            assertEquals(1, events.size());
            assertEquals(FormTallies.EVENT_TYPE, events.get(0).type());
            var payload = new ObjectMapper().readTree(events.get(0).payload());
            assertEquals("legal-aid-application", payload.get("formId").asText());
            assertEquals("2026-12-02", payload.get("day").asText());
            assertEquals(
                    List.of("count", "day", "formId", "idempotencyKey", "type"),
                    fieldNames(payload),
                    "nothing but the count leaves the terminal");

            for (ILoggingEvent event : logs.list) {
                String line = event.getFormattedMessage()
                        + (event.getThrowableProxy() == null
                                ? ""
                                : event.getThrowableProxy().getMessage());
                assertFalse(line.contains(card.idNumber()), "ID number in the log: " + line);
                assertFalse(line.contains("13912345678"), "phone in the log: " + line);
                assertFalse(line.contains("测试乙"), "name in the log: " + line);
            }
        }
    }

    @Test
    void withoutAReadyA4PrinterNothingIsPrintedCountedOrLost() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            FormDesk desk = desk(store);
            FormInterview interview =
                    desk.start("people-mediation", Optional.empty()).orElseThrow();
            reader.insert(SampleCards.openEnded());
            SampleAnswers.answerAll(interview, tapCard(desk));
            a4.paperOut(true);
            assertFalse(desk.canPrint(), "the screen says so before the villager taps print");

            FormDesk.Printed printed = desk.print(interview);

            assertFalse(printed.printed());
            assertTrue(a4.printedDocuments().isEmpty());
            assertTrue(store.outboxPending().isEmpty());
            assertFalse(interview.review().isEmpty(), "the answers stay for a booking or a second try");
            a4.paperOut(false);
            assertTrue(desk.print(interview).printed());
        }
    }

    @Test
    void everyFormPrintsItsAnswersOnDatedNumberedPages() throws Exception {
        try (BookingStore store = BookingStore.open(dataDir)) {
            FormDesk desk = desk(store);
            for (FormDefinition form : desk.forms()) {
                FormInterview interview = form.start();
                SampleAnswers.answerAll(interview, CARD);
                var filled = interview.fill();
                byte[] pdf = new org.legalkiosk.booking.print.FormPdf().render(desk.document(filled));
                Path file = OUT.resolve(form.id() + ".pdf");
                Files.write(file, pdf);
                List<Path> pngs = FormPages.toPng(file, OUT.resolve(form.id()));
                String text = text(pdf);
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertEquals(doc.getNumberOfPages(), pngs.size());
                    for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                        assertTrue(
                                text.contains("第" + page + "页共" + doc.getNumberOfPages() + "页"),
                                form.id() + " page " + page);
                    }
                    int footers = text.split("表号" + form.number(), -1).length - 1;
                    assertEquals(doc.getNumberOfPages(), footers, form.id() + ": the number on every page");
                }
                for (var section : filled.sections()) {
                    for (var row : section.rows()) {
                        if (row.value() instanceof org.legalkiosk.content.forms.ElementValue.Text t) {
                            assertTrue(
                                    text.contains(t.text().replaceAll("\\s+", "")),
                                    form.id() + ": " + row.elementId() + " '" + t.text() + "'");
                        } else if (row.value() instanceof org.legalkiosk.content.forms.ElementValue.Ticks t) {
                            t.ticks().stream()
                                    .filter(org.legalkiosk.content.forms.ElementValue.Tick::ticked)
                                    .forEach(tick -> assertTrue(
                                            text.contains("✔" + tick.label()), form.id() + ": ticked " + tick.label()));
                        }
                    }
                }
                form.fileAt()
                        .forEach(n -> assertTrue(
                                text.contains(n.text().zh().replaceAll("\\s+", "")),
                                n.text().zh()));
                assertTrue(text.contains(LocalDate.now(CLOCK).getYear() + "年"));
            }
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        return names;
    }
}
