package org.legalkiosk.kiosk.ui.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.booking.print.SelfCheckResultPdf;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.selfcheck.Option;
import org.legalkiosk.content.selfcheck.Outcome;
import org.legalkiosk.content.selfcheck.Question;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckTally;
import org.legalkiosk.content.selfcheck.Verdict;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.legalkiosk.kiosk.service.NoticeBoard;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.service.SelfCheckStatistics;
import org.legalkiosk.kiosk.service.booking.BookingDesk;
import org.legalkiosk.kiosk.service.booking.CodeScanner;
import org.legalkiosk.kiosk.service.booking.IdCardService;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;
import org.legalkiosk.kiosk.ui.home.HomeViewModel;

/** The self-check screens' logic, walked without a screen over the bundled questionnaire. */
class SelfCheckViewModelTest {

    private static final ContentService CONTENT = TestKiosk.content();

    private final List<SelfCheckTally> tallies = new CopyOnWriteArrayList<>();
    private RecordingPrinter printer = new RecordingPrinter(RecordingPrinter.Mode.PRINTS);
    private SelfCheckStatistics statistics = tallies::add;
    private ScreenContext context = context(CONTENT, Language.ZH);
    private final SelfCheckJourney journey = new SelfCheckJourney();

    private ScreenContext context(ContentService content, Language language) {
        // Counting and printing run in place, so each call has finished when it returns.
        return new ScreenContext(
                        content,
                        NoticeBoard.contentOnly(content, TestKiosk.CLOCK),
                        new KioskSession(language),
                        TestKiosk.CLOCK,
                        new ResidentServices(
                                printer, BookingDesk.NONE, IdCardService.NONE, CodeScanner.NONE, statistics))
                .withTasks(ScreenTasks.of(Runnable::run, Runnable::run));
    }

    private Route route() {
        return context.navigator().current();
    }

    /** Taps through the screens the way the shell builds them: one ViewModel per route. */
    private SelfCheckResultViewModel walk(String... answers) {
        answer(answers);
        assertEquals(new Route.SelfCheckOutcome(), route(), "a result after " + Arrays.toString(answers));
        return new SelfCheckResultViewModel(context, journey);
    }

    /** Opens the check from its introduction and gives the answers, one question screen each. */
    private void answer(String... answers) {
        context.navigator().open(new Route.SelfCheck());
        new SelfCheckIntroViewModel(context, journey).start();
        for (String answer : answers) {
            Route.SelfCheckQuestion at = (Route.SelfCheckQuestion) route();
            SelfCheckQuestionViewModel question = new SelfCheckQuestionViewModel(context, journey, at.answered());
            question.answer(question.choices().stream()
                    .filter(c -> c.id().equals(answer))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no answer '" + answer + "' on " + question.questionText())));
        }
    }

    /** Every path through the questionnaire as the option ids tapped, with the outcome it must end in. */
    private static void paths(
            SelfCheck check, Question q, List<String> taken, List<List<String>> paths, List<String> outcomes) {
        for (Option o : q.options()) {
            List<String> next = new ArrayList<>(taken);
            next.add(o.id());
            Optional<Question> following = check.question(o.next());
            if (following.isPresent()) {
                paths(check, following.get(), next, paths, outcomes);
            } else {
                paths.add(next);
                outcomes.add(o.next());
            }
        }
    }

    @Test
    void everyPathOfTheQuestionnaireReachesItsOutcomeThroughTheScreens() {
        SelfCheck check = CONTENT.selfCheck().orElseThrow();
        List<List<String>> paths = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        paths(check, check.first(), List.of(), paths, expected);
        assertTrue(paths.size() >= 20, "the sample branches widely: " + paths.size());
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            context.navigator().home();
            SelfCheckResultViewModel result = walk(paths.get(i).toArray(String[]::new));
            Outcome outcome = check.outcome(expected.get(i)).orElseThrow();
            assertEquals(outcome.verdict(), result.verdict(), "verdict after " + paths.get(i));
            assertEquals(outcome.explanation().zh(), result.explanation());
            assertEquals(outcome.offerBooking(), result.offersBooking());
            assertFalse(result.chips().isEmpty(), "every result cites its articles");
            assertEquals(
                    paths.get(i).size() + 3,
                    context.navigator().depth(),
                    "Home, the introduction, the first question and one screen per answer");
            reached.add(expected.get(i));
        }
        assertEquals(
                check.outcomes().stream().map(Outcome::id).collect(java.util.stream.Collectors.toSet()),
                reached,
                "every outcome can be reached");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "wages yes, LIKELY, unpaid-wages",
        "injury yes, LIKELY, injury-compensation",
        "wages no yes, LIKELY, unpaid-wages",
        "support no yes, LIKELY, support-payments",
        "benefits no no below, LIKELY, benefits",
        "other-listed no no unsure, POSSIBLE, other-listed",
        "abuse, LIKELY, domestic-violence",
        "heroic, LIKELY, good-samaritan",
        "support no no above, UNLIKELY, ",
        "other, UNLIKELY, "
    })
    void aResultBooksLegalAidForTheMatterTheAnswersNamed(String answers, Verdict verdict, String matter) {
        SelfCheckResultViewModel result = walk(answers.split(" "));
        assertEquals(verdict, result.verdict());
        result.book();
        if (matter == null) {
            assertFalse(result.offersBooking());
            assertEquals(new Route.SelfCheckOutcome(), route(), "no booking offered, so nothing opens");
        } else {
            assertEquals(new Route.BookingStart(SelfCheckResultViewModel.LEGAL_AID_SERVICE_ID, matter), route());
            assertEquals("legal-aid", ((Route.BookingStart) route()).serviceId());
        }
    }

    @Test
    void theVerdictIsSaidInPlainWordsWithWhatToBring() {
        SelfCheckResultViewModel result = walk("wages", "yes");
        assertEquals("您很可能可以申请法律援助", result.verdictHeadline());
        assertTrue(result.decidesNote().contains("法律援助中心"), result.decidesNote());
        assertEquals(
                List.of("法律援助法 第三十一条", "法律援助法 第四十二条"),
                result.chips().stream().map(c -> c.label()).toList());
        assertTrue(result.documents().contains("身份证"));
        assertTrue(result.bookingMatter().orElseThrow().contains("讨要工资"));
        assertTrue(result.spokenText().startsWith("您很可能可以申请法律援助。"), result.spokenText());
        assertTrue(result.hardshipNote().isEmpty(), "the hardship figure played no part");
    }

    @Test
    void aTappedArticleOpensItsOfficialText() {
        SelfCheckResultViewModel result = walk("abuse");
        List<String> opened = new ArrayList<>();
        result.setArticleOpener(a -> opened.add(a.title()));
        var article = result.openArticle(result.chips().get(0));
        assertEquals(List.of("法律援助法 第三十二条"), opened);
        assertEquals(TestKiosk.statutesInstalled(), article.isInstalled());
    }

    @Test
    void theHardshipQuestionShowsTheStandardAndWarnsThatItIsAnExample() {
        walk("support", "no", "no", "below");
        context.navigator().back();
        SelfCheckQuestionViewModel hardship = new SelfCheckQuestionViewModel(context, journey, 3);
        SelfCheckQuestionViewModel.HardshipBox box = hardship.hardship().orElseThrow();
        assertTrue(box.description().contains("1200"), box.description());
        assertTrue(box.exampleWarning().orElseThrow().contains("举例"));
        assertEquals("第 4 题  ·  这是最后一题", hardship.progress());
        assertTrue(hardship.spokenText().contains("1200"), "the standard is read aloud too");

        hardship.answer(hardship.choices().get(0));
        SelfCheckResultViewModel result = new SelfCheckResultViewModel(context, journey);
        assertTrue(
                result.hardshipNote().orElseThrow().contains("1200 元"),
                result.hardshipNote().orElseThrow());
        assertTrue(result.pdfPage().hardshipNote().isPresent());
    }

    @Test
    void progressPromisesAtMostTheLongestRemainingPath() {
        new SelfCheckIntroViewModel(context, journey).start();
        SelfCheckQuestionViewModel first = new SelfCheckQuestionViewModel(context, journey, 0);
        assertEquals("第 1 题  ·  最多还有 4 题", first.progress());
        assertFalse(first.isYesNo());
        assertEquals(8, first.choices().size());
        assertTrue(new SelfCheckIntroViewModel(context, journey)
                .paragraphs()
                .get(1)
                .contains("最多 5 个问题"));
    }

    @Test
    void backTakesTheLastAnswerBackSoAnotherCanBeGiven() {
        answer("wages", "no");
        assertEquals(new Route.SelfCheckQuestion(2), route());
        SelfCheckQuestionViewModel assistance = new SelfCheckQuestionViewModel(context, journey, 2);
        assertTrue(assistance.isYesNo());
        assertEquals(
                List.of("是", "不是"),
                assistance.choices().stream()
                        .map(SelfCheckQuestionViewModel.Choice::label)
                        .toList());

        context.navigator().back();
        context.navigator().back();
        assertEquals(new Route.SelfCheckQuestion(0), route());
        SelfCheckQuestionViewModel first = new SelfCheckQuestionViewModel(context, journey, 0);
        assertEquals(0, journey.session().orElseThrow().answeredCount(), "both answers are forgotten");
        first.answer(new SelfCheckQuestionViewModel.Choice("other", ""));
        assertEquals(new Route.SelfCheckOutcome(), route());
        assertEquals(
                "not-covered",
                journey.session().orElseThrow().result().orElseThrow().outcomeId());
    }

    @Test
    void aQuestionAfterMoreAnswersThanGivenCannotBeShown() {
        assertFalse(SelfCheckQuestionViewModel.canShow(journey, 0), "nothing started");
        new SelfCheckIntroViewModel(context, journey).start();
        assertTrue(SelfCheckQuestionViewModel.canShow(journey, 0));
        assertFalse(SelfCheckQuestionViewModel.canShow(journey, 3));
        assertFalse(SelfCheckResultViewModel.canShow(journey));
        assertThrows(IllegalStateException.class, () -> new SelfCheckResultViewModel(context, journey));
    }

    @Test
    void aWalkIsCountedOnceAndOnlyAnonymously() {
        walk("wages", "yes");
        new SelfCheckResultViewModel(context, journey); // the screen rebuilt for another language
        context.navigator().back();
        new SelfCheckQuestionViewModel(context, journey, 1).answer(new SelfCheckQuestionViewModel.Choice("no", ""));
        new SelfCheckQuestionViewModel(context, journey, 2).answer(new SelfCheckQuestionViewModel.Choice("yes", ""));
        assertEquals(new Route.SelfCheckOutcome(), route());
        assertEquals(
                "likely-exempt-group",
                new SelfCheckResultViewModel(context, journey).pdfPage() != null
                        ? journey.session().orElseThrow().result().orElseThrow().outcomeId()
                        : "");
        assertEquals(
                List.of(new SelfCheckTally("legal-aid", "likely-migrant-worker", 1)),
                tallies,
                "one person checking is one count, however often they change an answer");

        new SelfCheckResultViewModel(context, journey).startAgain();
        assertEquals(new Route.SelfCheckQuestion(0), route());
        context.navigator().back();
        assertEquals(new Route.SelfCheck(), route(), "Back from a fresh start leads to the introduction");
        context.navigator().open(new Route.SelfCheckQuestion(0));
        new SelfCheckQuestionViewModel(context, journey, 0).answer(new SelfCheckQuestionViewModel.Choice("other", ""));
        new SelfCheckResultViewModel(context, journey);
        assertEquals(2, tallies.size(), "starting again is a new walk");
    }

    @Test
    void aFailingCounterNeverStopsTheResult() {
        statistics = tally -> {
            throw new IllegalStateException("disk full");
        };
        context = context(CONTENT, Language.ZH);
        SelfCheckResultViewModel result = walk("abuse");
        assertEquals(Verdict.LIKELY, result.verdict());
    }

    @Test
    void printingHandsTheResultPageToThePrintServiceWithoutPersonalData() {
        SelfCheckResultViewModel result = walk("wages", "yes");
        assertEquals(
                SelfCheckResultViewModel.PrintState.NOT_ASKED,
                result.printStateProperty().get());
        result.print();
        assertEquals(
                SelfCheckResultViewModel.PrintState.PRINTED,
                result.printStateProperty().get());
        assertEquals(1, printer.jobs.size());
        assertEquals("法律援助自测结果", printer.jobs.get(0).title());
        SelfCheckResultPdf.Page page = printer.jobs.get(0).page();
        assertEquals("您很可能可以申请法律援助", page.verdict());
        assertTrue(page.date().contains("2026年11月28日"), page.date());
        assertTrue(page.citations().contains("法律援助法 第四十二条"), page.citations().toString());
        assertTrue(
                page.documents().stream().anyMatch(d -> d.contains("工资条")),
                page.documents().toString());
        assertTrue(result.printMessage(result.printStateProperty().get()).contains("取走"));
    }

    @Test
    void aPrinterOutOfPaperOrFailingGetsACalmMessage() {
        for (RecordingPrinter.Mode mode : List.of(RecordingPrinter.Mode.OUT_OF_PAPER, RecordingPrinter.Mode.FAILS)) {
            printer = new RecordingPrinter(mode);
            context = context(CONTENT, Language.ZH);
            SelfCheckResultViewModel result = walk("other");
            result.print();
            assertEquals(
                    SelfCheckResultViewModel.PrintState.NOT_PRINTED,
                    result.printStateProperty().get(),
                    mode.name());
            String message = result.printMessage(SelfCheckResultViewModel.PrintState.NOT_PRINTED);
            assertTrue(message.contains("没关系"), message);
            assertFalse(message.contains("paper") || message.contains("CUPS"), "no technical reason for the villager");
        }
    }

    @Test
    void aTerminalWithoutPrintersSaysSoCalmly() {
        context = new ScreenContext(
                        CONTENT,
                        NoticeBoard.contentOnly(CONTENT, TestKiosk.CLOCK),
                        new KioskSession(Language.ZH),
                        TestKiosk.CLOCK)
                .withTasks(ScreenTasks.of(Runnable::run, Runnable::run));
        SelfCheckResultViewModel result = walk("heroic");
        result.print();
        assertEquals(
                SelfCheckResultViewModel.PrintState.NOT_PRINTED,
                result.printStateProperty().get());
    }

    @Test
    void englishVisitorsGetEnglishQuestionsAndResults() {
        context = context(CONTENT, Language.EN);
        new SelfCheckIntroViewModel(context, journey).start();
        SelfCheckQuestionViewModel first = new SelfCheckQuestionViewModel(context, journey, 0);
        assertEquals("What do you need legal help with?", first.questionText());
        assertEquals("Question 1  ·  at most 4 more", first.progress());
        context.navigator().home();
        SelfCheckResultViewModel result = walk("support", "no", "no", "unsure");
        assertEquals("You may get legal aid", result.verdictHeadline());
        assertEquals(
                List.of("Legal Aid Law Art. 31", "Legal Aid Law Art. 34", "Legal Aid Law Art. 41"),
                result.chips().stream().map(c -> c.label()).toList());
        assertTrue(
                result.pdfPage().date().contains("November"), result.pdfPage().date());
        context.navigator().back();
        SelfCheckQuestionViewModel hardship = new SelfCheckQuestionViewModel(context, journey, 3);
        assertTrue(
                hardship.hardship().orElseThrow().exampleWarning().orElseThrow().contains("county's standard"));
        assertTrue(result.hardshipNote().orElseThrow().contains("only an example"));
        assertTrue(
                result.hardshipNote().orElseThrow().contains("county's standard"),
                "MessageFormat keeps the apostrophe");
    }

    @Test
    void theIdleResetWipesTheAnswers() {
        SelfCheckScreens screens = new SelfCheckScreens(context, null, org.legalkiosk.kiosk.ui.common.ReadAloud.NONE);
        SelfCheckJourney shared = screens.journey();
        shared.start(CONTENT.selfCheck().orElseThrow());
        new SelfCheckQuestionViewModel(context, shared, 0).answer(new SelfCheckQuestionViewModel.Choice("abuse", ""));
        assertTrue(SelfCheckResultViewModel.canShow(shared));

        context.session().reset();

        assertTrue(shared.session().isEmpty(), "no answers survive the visitor");
        assertFalse(SelfCheckResultViewModel.canShow(shared));
        assertEquals(Route.HOME, route());
    }

    @Test
    void homeTileLeadsToTheSelfCheck() {
        HomeViewModel home = new HomeViewModel(context);
        HomeViewModel.Tile tile = home.tiles().stream()
                .filter(t -> t.id().equals(Ids.TILE_SELF_CHECK))
                .findFirst()
                .orElseThrow();
        home.open(tile);
        assertEquals(new Route.SelfCheck(), route());
    }

    @Test
    void contentWithoutASelfCheckSaysItIsNotAvailableHere(@TempDir Path dir) throws Exception {
        Path copy = TestKiosk.copyOfContent(dir);
        assertFalse(Files.exists(copy.resolve(LocalContentService.SELF_CHECK_FILE)));
        context = context(LocalContentService.open(copy, Optional.empty()), Language.ZH);
        SelfCheckIntroViewModel intro = new SelfCheckIntroViewModel(context, journey);
        assertFalse(intro.isAvailable());
        assertEquals("本机暂时不能做法律援助自测。", intro.heading());
        assertTrue(intro.spokenText().contains("12348"));
        intro.start();
        assertEquals(Route.HOME, route(), "nothing to start");
        intro.browse();
        assertEquals(new Route.Categories(), route());
    }

    @Test
    void statisticsDefaultCountsNothing() {
        SelfCheckStatistics.NONE.record(new SelfCheckTally("legal-aid", "not-covered", 1));
    }
}
