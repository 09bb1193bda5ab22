package org.legalkiosk.kiosk.ui.explainers;

import org.legalkiosk.content.model.Citation;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.source.MarkdownText;
import org.legalkiosk.content.statute.ChineseNumerals;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One explainer: its text, the articles it rests on as chips, and what happens when one is tapped. */
public final class ExplainerPageViewModel {

    private final ScreenContext context;
    private final Optional<Explainer> explainer;
    private final List<ArticleChip> chips;
    private Consumer<ArticleViewModel> articleOpener = a -> { };

    public ExplainerPageViewModel(ScreenContext context, String explainerId) {
        this.context = context;
        this.explainer = context.content().library().explainer(explainerId, context.language());
        this.chips = explainer.map(e -> e.citedArticles().stream().distinct().map(this::chip).toList()).orElse(List.of());
    }

    private ArticleChip chip(Citation.Article a) {
        Language language = context.language();
        String law = context.content().library().law(a.lawId()).map(Law::name).map(n -> n.in(language)).orElse(a.lawId());
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
        return explainer.flatMap(e -> context.content().library().category(e.categoryId()))
                .map(c -> c.name().in(context.language())).orElse("");
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
    public record Related(String id, String title) {
    }

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

    public String updated() {
        return explainer.map(e -> context.messages().get("explainer.updated", e.updated().toString())).orElse("");
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
        return title() + "。" + summary() + "\n" + MarkdownText.plain(body());
    }
}
