package org.legalkiosk.kiosk.ui.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.legalkiosk.booking.print.SelfCheckResultPdf;
import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.selfcheck.BookingMatter;
import org.legalkiosk.content.selfcheck.Hardship;
import org.legalkiosk.content.selfcheck.SelfCheck;
import org.legalkiosk.content.selfcheck.SelfCheckResult;
import org.legalkiosk.content.selfcheck.SelfCheckSession;
import org.legalkiosk.content.selfcheck.Verdict;
import org.legalkiosk.content.statute.ChineseNumerals;
import org.legalkiosk.kiosk.service.print.PrintOutcome;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.explainers.ArticleChip;
import org.legalkiosk.kiosk.ui.explainers.ArticleViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the self-check: the verdict in plain words, why (the articles, tappable), what to bring, a warning
 * when the hardship figure is only an example, and what to do next: book a legal-aid appointment with the matter
 * filled in, print the result, start again or go Home. Showing a result counts the walk once, anonymously.
 */
public final class SelfCheckResultViewModel {

    /** The service a booking from the self-check is for; the county's schedule names legal aid so. */
    public static final String LEGAL_AID_SERVICE_ID = "legal-aid";

    /** Where a print request stands; the screen shows a calm line for each. */
    public enum PrintState {
        NOT_ASKED,
        PRINTING,
        PRINTED,
        NOT_PRINTED
    }

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckResultViewModel.class);

    private final ScreenContext context;
    private final SelfCheckJourney journey;
    private final Messages m;
    private final SelfCheck check;
    private final SelfCheckResult result;
    private final boolean sawHardship;
    private final ReadOnlyObjectWrapper<PrintState> printState = new ReadOnlyObjectWrapper<>(PrintState.NOT_ASKED);
    private Consumer<ArticleViewModel> articleOpener = a -> {};

    /**
     * @throws IllegalStateException when the journey has not reached a result (the factory shows the introduction
     *                               instead)
     */
    public SelfCheckResultViewModel(ScreenContext context, SelfCheckJourney journey) {
        this.context = context;
        this.journey = journey;
        this.m = context.messages();
        this.check = journey.check().orElseThrow(() -> new IllegalStateException("no self-check walk"));
        this.result = journey.session()
                .flatMap(SelfCheckSession::result)
                .orElseThrow(() -> new IllegalStateException("the self-check has no result yet"));
        this.sawHardship = journey.sawHardshipStandard();
        countOnce();
    }

    /** Whether {@code journey} has a result to show. */
    public static boolean canShow(SelfCheckJourney journey) {
        return journey.check().isPresent()
                && journey.session().flatMap(SelfCheckSession::result).isPresent();
    }

    private void countOnce() {
        if (!journey.countOnce()) {
            return;
        }
        var tally = result.tally();
        context.tasks().inBackground(() -> {
            try {
                context.residents().selfCheckStatistics().record(tally);
            } catch (RuntimeException e) {
                // A lost count must never stand between the villager and their result.
                LOG.warn("Self-check outcome {} not counted: {}", tally.outcomeId(), e.toString());
            }
        });
    }

    public String title() {
        return m.get("selfCheck.title");
    }

    /** Whether the result is about something a villager may need to hide (the content marks such outcomes). */
    public boolean sensitive() {
        return check.outcome(result.outcomeId()).map(o -> o.sensitive()).orElse(false);
    }

    public Verdict verdict() {
        return result.verdict();
    }

    /** The verdict in a few words: "您很可能可以申请法律援助". */
    public String verdictHeadline() {
        return m.get("selfCheck.verdict." + result.verdict().name());
    }

    public String explanation() {
        return result.explanation().in(context.language());
    }

    /** That the legal-aid centre decides, not the terminal. */
    public String decidesNote() {
        return m.get("selfCheck.result.decides");
    }

    public String whyCaption() {
        return m.get("selfCheck.result.why");
    }

    public List<ArticleChip> chips() {
        return result.cites().stream()
                .flatMap(c -> c.articles().stream().map(a -> chip(c, a)))
                .toList();
    }

    private ArticleChip chip(Citation citation, int article) {
        Language language = context.language();
        String law = context.content()
                .library()
                .law(citation.lawId())
                .map(Law::name)
                .map(n -> n.in(language))
                .orElse(citation.lawId());
        String label =
                language == Language.ZH ? law + " 第" + ChineseNumerals.format(article) + "条" : law + " Art. " + article;
        return new ArticleChip(citation.lawId(), article, label);
    }

    /** The View decides how to show an article (an overlay); the ViewModel decides what it says. */
    public void setArticleOpener(Consumer<ArticleViewModel> opener) {
        this.articleOpener = opener;
    }

    public ArticleViewModel openArticle(ArticleChip chip) {
        ArticleViewModel article = new ArticleViewModel(context, chip);
        articleOpener.accept(article);
        return article;
    }

    public String documentsCaption() {
        return m.get("selfCheck.result.documents");
    }

    public List<String> documents() {
        return result.documents().stream().map(d -> d.in(context.language())).toList();
    }

    /**
     * Said whenever the answers were given against the county's hardship figure while that figure is only a
     * placeholder: the verdict may then be wrong for this county.
     */
    public Optional<String> hardshipNote() {
        Optional<Hardship> hardship = check.hardship().filter(Hardship::example);
        if (!sawHardship || hardship.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                m.get("selfCheck.result.hardshipExample", yuan(hardship.get().monthlyIncomePerMember())));
    }

    private static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    public String whereToGo() {
        return m.get("selfCheck.result.where");
    }

    public boolean offersBooking() {
        return result.offerBooking();
    }

    /** What the booking will say the matter is, e.g. "讨要工资…", when the answers named one. */
    public Optional<String> bookingMatter() {
        return result.matter()
                .map(BookingMatter::label)
                .map(l -> l.in(context.language()))
                .map(label -> m.get("selfCheck.result.matter", label));
    }

    public String bookLabel() {
        return m.get("selfCheck.book");
    }

    /** Opens the booking flow for legal aid, with the matter the answers named. */
    public void book() {
        if (result.offerBooking()) {
            context.navigator()
                    .open(new Route.BookingStart(
                            LEGAL_AID_SERVICE_ID,
                            result.matter().map(BookingMatter::id).orElse(null)));
        }
    }

    /**
     * The form this result leads to (the legal-aid application after the legal-aid check), offered where applying is
     * worth it; it opens with what the answers already said filled in.
     */
    public Optional<String> formToFill() {
        if (!result.offerBooking()) {
            return Optional.empty();
        }
        return context.content().forms().stream()
                .filter(f -> f.prefillFrom().map(result.checkId()::equals).orElse(false))
                .map(org.legalkiosk.content.forms.FormDefinition::id)
                .findFirst();
    }

    public String fillFormLabel() {
        return m.get("selfCheck.fillForm");
    }

    public void fillForm() {
        formToFill().ifPresent(id -> context.navigator().open(new Route.FormStep(id, true, 0)));
    }

    public String printLabel() {
        return m.get("selfCheck.print");
    }

    public ReadOnlyObjectProperty<PrintState> printStateProperty() {
        return printState.getReadOnlyProperty();
    }

    /** The line under the print button for the current state; empty before printing was asked for. */
    public String printMessage(PrintState state) {
        return switch (state) {
            case NOT_ASKED -> "";
            case PRINTING -> m.get("selfCheck.printing");
            case PRINTED -> m.get("selfCheck.printed");
            case NOT_PRINTED -> m.get("selfCheck.notPrinted");
        };
    }

    /** Sends the result to the printer, off the screen's thread; a second tap while busy is ignored. */
    public void print() {
        if (printState.get() == PrintState.PRINTING) {
            return;
        }
        printState.set(PrintState.PRINTING);
        SelfCheckResultPdf.Page page = pdfPage();
        String jobTitle = m.get("selfCheck.pdf.title");
        context.tasks()
                .inBackground(
                        () -> {
                            try {
                                PrintOutcome printed =
                                        context.residents().printer().printSelfCheckResult(page, jobTitle);
                                if (!printed.printed()) {
                                    LOG.info("Self-check result not printed: {}", printed.problem());
                                }
                                return printed.printed() ? PrintState.PRINTED : PrintState.NOT_PRINTED;
                            } catch (RuntimeException e) {
                                LOG.warn("Self-check result not printed", e);
                                return PrintState.NOT_PRINTED;
                            }
                        },
                        printState::set);
    }

    /** The printed page, in the language on show. It holds no personal data: the check never asks for any. */
    public SelfCheckResultPdf.Page pdfPage() {
        LocalDate today = LocalDate.now(context.clock());
        String date = context.language() == Language.ZH
                ? DateTimeFormatter.ofPattern("yyyy年M月d日").format(today)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(context.language().locale())
                        .format(today);
        List<String> citations = chips().stream().map(ArticleChip::label).toList();
        String explanation = explanation() + bookingMatter().map(s -> "\n" + s).orElse("");
        return new SelfCheckResultPdf.Page(
                m.get("selfCheck.pdf.title") + "：" + check.title().in(context.language()),
                m.get("selfCheck.pdf.date", date),
                verdictHeadline(),
                explanation,
                m.get("selfCheck.pdf.basis"),
                citations,
                documentsCaption(),
                documents(),
                hardshipNote(),
                whereToGo(),
                decidesNote());
    }

    public String againLabel() {
        return m.get("selfCheck.again");
    }

    /** Forgets every answer and opens the first question again; Back from it leads to the introduction. */
    public void startAgain() {
        journey.start(check);
        context.navigator().home();
        context.navigator().open(new Route.SelfCheck());
        context.navigator().open(new Route.SelfCheckQuestion(0));
    }

    public String homeLabel() {
        return m.get("selfCheck.home");
    }

    public void home() {
        context.navigator().home();
    }

    public String spokenText() {
        StringBuilder sb = new StringBuilder(verdictHeadline()).append("。").append(explanation());
        sb.append(decidesNote());
        if (!documents().isEmpty()) {
            sb.append(documentsCaption())
                    .append("：")
                    .append(String.join("；", documents()))
                    .append("。");
        }
        hardshipNote().ifPresent(sb::append);
        sb.append(whereToGo());
        formToFill().ifPresent(f -> sb.append(fillFormLabel()).append("。"));
        return sb.toString();
    }
}
