package org.legalkiosk.content.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each Chinese word from the SmartChinese tokenizer by its pinyin, keeping the word's offsets so a
 * pinyin match can be highlighted in the characters. For a word it emits, stacked at the word's position:
 * every spelling of the word ("jiehun"; or the initials "jh" in {@link Form#INITIALS}) and, in
 * {@link Form#FULL}, each syllable of a longer word ("jie", "hun"). Positions are kept, so words typed one
 * after the other ("qian xin" for 欠薪, which SmartChinese splits) can be matched as a phrase. Tokens without
 * pinyin (digits, Latin words, punctuation) are dropped.
 */
final class PinyinFilter extends TokenFilter {

    enum Form {
        FULL,
        INITIALS,
        /** {@link #FULL}, folded by {@link FuzzyPinyin}. */
        FUZZY
    }

    private final Pinyin pinyin;
    private final Form form;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();

    PinyinFilter(TokenStream input, Pinyin pinyin, Form form) {
        super(input);
        this.pinyin = pinyin;
        this.form = form;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            // Same offsets as the word, which the attributes still hold.
            term.setEmpty().append(pending.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            Pinyin.Word word = pinyin.word(term.toString());
            if (word.isEmpty()) {
                continue;
            }
            List<String> spellings = switch (form) {
                case FULL -> word.full();
                case INITIALS -> word.initials();
                case FUZZY ->
                    word.full().stream().map(FuzzyPinyin::fold).distinct().toList();
            };
            pending.addAll(spellings.subList(1, spellings.size()));
            if (form != Form.INITIALS && word.syllables().size() > 1) {
                word.syllables().stream()
                        .map(s -> form == Form.FUZZY ? FuzzyPinyin.fold(s) : s)
                        .forEach(pending::add);
            }
            term.setEmpty().append(spellings.get(0));
            increment.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
