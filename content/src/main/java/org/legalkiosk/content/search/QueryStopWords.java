package org.legalkiosk.content.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that carry no topic: the particles and pronouns of a spoken question ("彩礼能要回来<b>吗</b>", "<b>我</b>家的地")
 * and its question words ("<b>谁</b>来赔", "<b>咋办</b>", "<b>能不能</b>要回来"). Every explainer has them, so they only
 * blur the ranking, and as pairs ("买的", "不让") they would earn phrase bonuses. They are dropped from questions,
 * in characters and in pinyin, not from the index: a question made of nothing else still finds something.
 */
final class QueryStopWords {

    /** Particles: a character pair containing one of these is no word either ("的地", "了吗"). */
    private static final Set<String> PARTICLES =
            Set.of("的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "么", "哦", "着", "过", "咧", "哩");

    /** Pronouns, question words and the little verbs every question has; dropped as words, and as pairs of them. */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "我", "我们", "你", "您", "他", "她", "它", "他们", "俺", "咱", "我家", "俺家", "咱家", "我们家", "人家", "是", "就", "都", "也", "谁",
            "怎么", "怎么办", "怎样", "怎么样", "咋", "咋办", "咋整", "咋弄", "啥", "什么", "为啥", "为什么", "能", "能不能", "可以", "可不可以", "行不行",
            "会", "会不会", "该", "应该", "要", "需要", "想", "给", "不", "没", "没有", "有没有", "有", "这", "那", "这个", "那个", "个", "哪",
            "哪里", "哪儿", "去哪", "找谁", "找", "办", "被", "把", "让", "在", "和", "跟", "又", "还是", "算", "不算", "里", "上", "下");

    private final Set<String> words;
    private final Set<String> pinyin;
    private final Set<String> folded;

    QueryStopWords(Pinyin converter) {
        Set<String> all = new HashSet<>(PARTICLES);
        all.addAll(QUESTION_WORDS);
        this.words = Set.copyOf(all);
        Set<String> spellings = new HashSet<>();
        for (String word : all) {
            // The main reading only: 的 is "de" in a question, never "di"; with every reading, a typed "di" (地)
            // or "du" (读) would be dropped as if it were a particle.
            spellings.add(converter.word(word).full().get(0));
        }
        this.pinyin = Set.copyOf(spellings);
        this.folded =
                spellings.stream().map(FuzzyPinyin::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    boolean isStop(Script script, String term) {
        return switch (script) {
            case HANZI -> words.contains(term);
            case PINYIN -> pinyin.contains(term);
            case FUZZY -> folded.contains(term);
            case BIGRAMS ->
                words.contains(term)
                        || term.chars().anyMatch(c -> PARTICLES.contains(String.valueOf((char) c)))
                        || term.chars().allMatch(c -> words.contains(String.valueOf((char) c)));
            case INITIALS, ENGLISH -> false;
        };
    }
}
