package org.legalkiosk.content.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statute in the Markdown layout of the official-text corpus (LawRefBook): {@code #} title, headings for
 * books, chapters and sections, one article per paragraph starting with {@code 第…条}, each further paragraph of
 * an article on its own line. Tolerates the corpus's known quirks: headings at varying levels and with spaces
 * inside words, sub-books and "附 则" written as plain lines, a broken header before {@code <!-- INFO END -->}.
 */
public final class StatuteParser {

    private static final String NUMERAL = "[零一二三四五六七八九十百千两]+";
    private static final Pattern HEADING = Pattern.compile("^#+\\s*第(" + NUMERAL + ")(分编|编|章|节)\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUMERAL + ")条[ \\t\\u3000]+(.*)$");
    private static final Pattern STRUCTURAL_LINE = Pattern.compile("^(第" + NUMERAL + "分编.*|附[\\s\\u3000]*则)$");
    private static final Pattern TITLE = Pattern.compile("^#\\s+(.+)$");
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");

    private StatuteParser() {}

    public static Statute parse(String lawId, String source, String text) throws StatuteFormatException {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        String title = null;
        Division book = null;
        Division chapter = null;
        Division section = null;
        List<StatuteArticle> articles = new ArrayList<>();
        int current = 0;
        List<String> paragraphs = new ArrayList<>();
        Division[] where = new Division[3];

        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("<!--")) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher article = ARTICLE.matcher(line);
            if (heading.matches()) {
                int number = ChineseNumerals.parse(heading.group(1));
                Division d = new Division(number, normalize(heading.group(3)));
                switch (heading.group(2)) {
                    case "编" -> {
                        book = d;
                        chapter = null;
                        section = null;
                    }
                    case "章" -> {
                        chapter = d;
                        section = null;
                    }
                    case "节" -> section = d;
                    default -> {
                        /* 分编: a grouping of chapters that no article is addressed by */
                    }
                }
            } else if (line.startsWith("#")) {
                Matcher t = TITLE.matcher(line);
                if (title == null && t.matches()) {
                    title = t.group(1).strip();
                }
                // Other headings (书名, 序言, an empty ##) close no article and name no division.
            } else if (article.matches()) {
                int number = ChineseNumerals.parse(article.group(1));
                if (number != current + 1) {
                    throw new StatuteFormatException(
                            source,
                            i + 1,
                            "article " + number + " follows article " + current + "; articles must run without gaps");
                }
                if (current > 0) {
                    articles.add(new StatuteArticle(current, paragraphs, where[0], where[1], where[2]));
                }
                current = number;
                paragraphs = new ArrayList<>();
                paragraphs.add(article.group(2).strip());
                where = new Division[] {book, chapter, section};
            } else if (STRUCTURAL_LINE.matcher(line).matches()) {
                continue;
            } else if (current > 0) {
                paragraphs.add(line);
            }
        }
        if (current == 0) {
            throw new StatuteFormatException(source, 1, "no article (a line starting with 第…条) found");
        }
        articles.add(new StatuteArticle(current, paragraphs, where[0], where[1], where[2]));
        return new Statute(lawId, title == null ? lawId : title, articles);
    }

    private static String normalize(String heading) {
        return SPACE_BETWEEN_CJK.matcher(heading.strip()).replaceAll("");
    }
}
