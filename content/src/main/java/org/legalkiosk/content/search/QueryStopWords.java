package org.legalkiosk.content.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Particles and pronouns that carry no subject in a spoken question ("彩礼能要回来<b>吗</b>", "<b>我</b>家的地"):
 * every explainer has them, so they only blur the ranking, and as pairs ("买的") they would earn phrase bonuses.
 * They are dropped from questions, in characters and in pinyin, not from the index: a question made of nothing
 * else still finds something.
 */
final class QueryStopWords {

    private static final Set<String> HANZI = Set.of(
            "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "么", "哦",
            "我", "我们", "你", "您", "他", "她", "它", "是", "就", "都", "也", "着", "过");

    private final Set<String> pinyin;

    QueryStopWords(Pinyin converter) {
        Set<String> spellings = new HashSet<>();
        for (String word : HANZI) {
            spellings.addAll(converter.word(word).full());
        }
        this.pinyin = Set.copyOf(spellings);
    }

    boolean isStop(Script script, String term) {
        return switch (script) {
            case HANZI -> HANZI.contains(term);
            case PINYIN -> pinyin.contains(term);
            case BIGRAMS -> term.chars().anyMatch(c -> HANZI.contains(String.valueOf((char) c)));
            case INITIALS, ENGLISH -> false;
        };
    }
}
