package org.legalkiosk.kiosk.ui.explainers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.source.MarkdownText;
import org.legalkiosk.content.statute.ChineseNumerals;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.feedback.FeedbackViewModel;

/** One explainer: its text, the articles it rests on as chips, and what happens when one is tapped. */
public final class ExplainerPageViewModel {

    private final ScreenContext context;
    private final Optional<Explainer> explainer;
    private final List<ArticleChip> chips;
    private Consumer<ArticleViewModel> articleOpener = a -> {};
    private final FeedbackViewModel feedback;

    /** Explainers last checked more than this many days ago say so ({@code visitor: reviewAfterDays}). */
    public static final int DEFAULT_REVIEW_DAYS = 365;

    private final int reviewAfterDays;

    public ExplainerPageViewModel(ScreenContext context, String explainerId) {
        this(context, explainerId, DEFAULT_REVIEW_DAYS);
    }

    public ExplainerPageViewModel(ScreenContext context, String explainerId, int reviewAfterDays) {
        this.context = context;
        this.reviewAfterDays = reviewAfterDays;
        this.explainer = context.content().library().explainer(explainerId, context.language());
        this.feedback = FeedbackViewModel.forExplainer(context.usage(), explainerId);
        this.chips = explainer
                .map(e -> e.citedArticles().stream().distinct().map(this::chip).toList())
                .orElse(List.of());
    }

    private ArticleChip chip(Citation.Article a) {
        Language language = context.language();
        String law = context.content()
                .library()
                .law(a.lawId())
                .map(Law::name)
                .map(n -> n.in(language))
                .orElse(a.lawId());
        String label = language == Language.ZH
                ? law + " 第" + ChineseNumerals.format(a.number()) + "条"
                : law + " Art. " + a.number();
        return new ArticleChip(a.lawId(), a.number(), label);
    }

    public boolean exists() {
        return explainer.isPresent();
    }

    public String title() {
        return explainer.map(Explainer::title).orElse("");
    }

    /** The category the explainer belongs to, named in the top bar. */
    public String categoryName() {
        return explainer
                .flatMap(e -> context.content().library().category(e.categoryId()))
                .map(c -> c.name().in(context.language()))
                .orElse("");
    }

    public String summaryCaption() {
        return context.messages().get("explainer.summary");
    }

    public String summary() {
        return explainer.map(Explainer::summary).orElse("");
    }

    public String body() {
        return explainer.map(Explainer::body).orElse("");
    }

    /** The language the text is actually in (a missing translation falls back to Chinese). */
    public Language textLanguage() {
        return explainer.map(Explainer::language).orElse(Language.ZH);
    }

    /** Another explainer this one links to, named in the language on show. */
    public record Related(String id, String title) {}

    /** The explainers the text links to, in order of first mention. */
    public List<Related> related() {
        var library = context.content().library();
        return MarkdownText.explainerLinks(body()).stream()
                .flatMap(id -> library.explainer(id, context.language()).stream())
                .map(e -> new Related(e.id(), e.title()))
                .toList();
    }

    public String relatedCaption() {
        return context.messages().get("explainer.related");
    }

    public String basisCaption() {
        return context.messages().get("explainer.basis");
    }

    /**
     * Which text of the law the explainer rests on, as "依据 2021年1月1日起施行的《民法典》", so a villager knows how
     * current the advice is; empty when the content does not say.
     */
    public Optional<String> lawBasis() {
        return explainer.flatMap(e -> e.lawTextOf()
                .flatMap(text -> context.content()
                        .library()
                        .law(e.principalCitation().lawId())
                        .map(law -> {
                            java.time.LocalDate d = text.date();
                            if (context.language() == Language.ZH) {
                                return context.messages()
                                        .get(
                                                "explainer.lawBasis",
                                                d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                                                        + text.event().chinese(),
                                                law.name().in(Language.ZH));
                            }
                            String date = d.getDayOfMonth() + " "
                                    + d.getMonth()
                                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                                    + " " + d.getYear();
                            return context.messages()
                                    .get(
                                            "explainer.lawBasis." + text.event().code(),
                                            law.name().in(Language.EN),
                                            date);
                        })));
    }

    /**
     * A notice when the text was last checked longer ago than the county allows: the law may have changed, so the
     * villager should confirm at the office before acting on it.
     */
    public Optional<String> reviewNotice() {
        return explainer
                .filter(e -> e.updated() != null
                        && e.updated().plusDays(reviewAfterDays).isBefore(java.time.LocalDate.now(context.clock())))
                .map(e -> context.messages()
                        .get("explainer.reviewNotice", e.updated().toString()));
    }

    public String updated() {
        return explainer
                .map(e ->
                        context.messages().get("explainer.updated", e.updated().toString()))
                .orElse("");
    }

    public String missingMessage() {
        return context.messages().get("explainer.missing");
    }

    public List<ArticleChip> chips() {
        return chips;
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

    public void openExplainer(String id) {
        if (context.content().library().explainer(id, context.language()).isPresent()) {
            context.navigator().open(new Route.ExplainerPage(id));
        }
    }

    /** 有用 / 没解决 for this explainer, counted anonymously for the county. */
    public FeedbackViewModel feedback() {
        return feedback;
    }

    /** Whether this explainer is one a villager may need to hide quickly (its content says so). */
    public boolean sensitive() {
        return explainer.map(Explainer::sensitive).orElse(false);
    }

    /** The key of a person's recording of this explainer in the content, played instead of the synthetic voice. */
    public Optional<String> recordingKey() {
        return explainer.map(e -> "explainer/" + e.id() + "." + e.language().code());
    }

    public String spokenText() {
        if (explainer.isEmpty()) {
            return missingMessage();
        }
        return title() + "。" + summary() + "\n"
                + reviewNotice().map(n -> n + "\n").orElse("") + MarkdownText.plain(body()) + "\n"
                + lawBasis().orElse("");
    }
}
