package org.legalkiosk.kiosk.ui.explainers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.legalkiosk.content.statute.Division;
import org.legalkiosk.content.statute.StatuteArticle;
import org.legalkiosk.kiosk.ui.common.ScreenContext;

/**
 * The official text of one cited article, or a plain statement that this terminal does not have it.
 * Statute texts exist only in Chinese, so the article text is always Chinese.
 */
public final class ArticleViewModel {

    private final ScreenContext context;
    private final ArticleChip chip;
    private final Optional<StatuteArticle> article;

    public ArticleViewModel(ScreenContext context, ArticleChip chip) {
        this.context = context;
        this.chip = chip;
        this.article = context.content().article(chip.lawId(), chip.number());
    }

    public String title() {
        return chip.label();
    }

    public boolean isInstalled() {
        return article.isPresent();
    }

    /** Book, chapter and section, e.g. "第六编 继承 · 第二章 法定继承". */
    public String where() {
        return article.map(a -> Stream.of(part(a.book(), "编"), part(a.chapter(), "章"), part(a.section(), "节"))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" · ")))
                .orElse("");
    }

    private static String part(Division d, String unit) {
        return d == null
                ? null
                : "第" + org.legalkiosk.content.statute.ChineseNumerals.format(d.number()) + unit + " " + d.heading();
    }

    public List<String> paragraphs() {
        return article.map(StatuteArticle::paragraphs).orElse(List.of());
    }

    public String notInstalledMessage() {
        return context.messages().get("article.notInstalled");
    }

    public String chapterLabel() {
        return context.messages().get("article.chapter");
    }

    /** Opens the chapter around the article in the statute browser, with the article marked. */
    public void openChapter() {
        article.ifPresent(a -> context.content().statute(chip.lawId()).ifPresent(statute -> {
            int first = org.legalkiosk.kiosk.ui.statutes.StatuteOutline.chapterOf(statute, a.number())
                    .firstArticle();
            context.navigator()
                    .open(new org.legalkiosk.kiosk.session.Route.LawChapter(chip.lawId(), first, a.number()));
        }));
    }

    public String closeLabel() {
        return context.messages().get("article.close");
    }

    public String spokenText() {
        return title() + "。" + (isInstalled() ? String.join("", paragraphs()) : notInstalledMessage());
    }
}
