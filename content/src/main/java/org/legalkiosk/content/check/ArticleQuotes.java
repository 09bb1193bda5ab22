package org.legalkiosk.content.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.statute.ChineseNumerals;

/**
 * Finds the places where an explainer quotes a law: an article named in the body ({@code 第1042条},
 * {@code 《反家庭暴力法》第二十三条}) followed by a quotation in Chinese quotation marks, as in
 * {@code 民法典第1042条规定“禁止借婚姻索取财物”}. Without a law name in 《》 the quote is taken to be of the
 * explainer's principal law. A {@code ……} inside the quotation marks leaves words out.
 */
final class ArticleQuotes {

    /** One quotation of one article, as written in one explainer. */
    record Quote(String lawId, int article, List<String> pieces, String written, int line) {}

    private static final Pattern QUOTE =
            Pattern.compile("(?:《([^》]{2,40})》)?\\s*第\\s*([0-9]{1,4}|[零一二两三四五六七八九十百千]{1,10})\\s*条"
                    + "(?:第[一二三四五六七八九十]{1,3}款)?(?:规定|说|写着|写的是)?[：:，,]?\\s*“([^”]{2,200})”");
    private static final String PREFIX = "中华人民共和国";
    private static final Pattern ELLIPSIS = Pattern.compile("……|…|\\.\\.\\.");

    private final List<Law> laws;

    ArticleQuotes(List<Law> laws) {
        this.laws = List.copyOf(laws);
    }

    /** Every quotation of an article in the explainer's body; a law name that is not in laws.yaml is an error. */
    List<Quote> in(Explainer explainer, List<String> unknownLaws) {
        List<Quote> quotes = new ArrayList<>();
        String[] lines = explainer.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = QUOTE.matcher(lines[i]);
            while (m.find()) {
                String lawId;
                if (m.group(1) != null) {
                    Optional<Law> named = byName(m.group(1));
                    if (named.isEmpty()) {
                        unknownLaws.add(m.group(1));
                        continue;
                    }
                    lawId = named.get().id();
                } else {
                    lawId = explainer.principalCitation().lawId();
                }
                int article;
                try {
                    article = number(m.group(2));
                } catch (NumberFormatException e) {
                    continue; // "第十百条" is no article number; not a quotation of a law
                }
                List<String> pieces = ELLIPSIS.splitAsStream(m.group(3))
                        .map(ArticleQuotes::normalise)
                        .filter(p -> !p.isEmpty())
                        .toList();
                quotes.add(new Quote(lawId, article, pieces, m.group(3), explainer.bodyStartLine() + i));
            }
        }
        return quotes;
    }

    /** Whether every piece of the quotation appears in the article's text, in order. */
    static boolean matches(Quote quote, String articleText) {
        String text = normalise(articleText);
        int from = 0;
        for (String piece : quote.pieces()) {
            int at = text.indexOf(piece, from);
            if (at < 0) {
                return false;
            }
            from = at + piece.length();
        }
        return !quote.pieces().isEmpty();
    }

    /** Whitespace and the final full stop do not count: a quotation may end a sentence the law continues. */
    static String normalise(String text) {
        String s = text.replaceAll("\\s+", "");
        while (s.endsWith("。") || s.endsWith("；") || s.endsWith("，")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private Optional<Law> byName(String name) {
        String wanted = name.strip().replace(PREFIX, "");
        return laws.stream()
                .filter(l -> l.name().zh().equals(wanted)
                        || l.fullName().zh().replace(PREFIX, "").equals(wanted))
                .findFirst();
    }

    private static int number(String written) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : ChineseNumerals.parse(written);
    }
}
