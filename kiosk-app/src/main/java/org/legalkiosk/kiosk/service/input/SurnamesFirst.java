package org.legalkiosk.kiosk.service.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Pinyin candidates for a person's name: while the name's first character is being chosen, the characters that are
 * common surnames come first, most common first (王 before 网, 张 before 长), then everything the dictionary offers
 * in its own order. Rime's weights rank by how often a character is written in general text, which is the wrong
 * order for surnames. After the first character the dictionary's order stands.
 */
public final class SurnamesFirst implements PinyinConverter {

    /**
     * The hundred most common surnames of mainland residents, most common first, as published by the Ministry of
     * Public Security's household registration research centre in its national name report for 2019 (公安部户政管理
     * 研究中心《二〇一九年全国姓名报告》, released January 2020; the 2020 report's top ten is the same). A rank off by
     * one or two lower down changes nothing here: the list only lifts common surnames above other characters.
     */
    static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁"
            + "蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚"
            + "邵万覃武钱戴严莫孔向常";
    /** Enough to see every character the dictionary has for one syllable ({@code yi} has a few hundred). */
    private static final int WHOLE_SYLLABLE = 1000;

    private static final Map<String, Integer> RANK = IntStream.range(0, COMMON_SURNAMES.length())
            .boxed()
            .collect(Collectors.toMap(i -> String.valueOf(COMMON_SURNAMES.charAt(i)), i -> i));

    private final PinyinConverter dictionary;
    private final BooleanSupplier atFirstCharacter;

    /**
     * @param atFirstCharacter whether the name has no character yet (asked on every call: the name grows as the
     *                         visitor chooses)
     */
    public SurnamesFirst(PinyinConverter dictionary, BooleanSupplier atFirstCharacter) {
        this.dictionary = dictionary;
        this.atFirstCharacter = atFirstCharacter;
    }

    @Override
    public List<Candidate> candidates(String letters, int max) {
        if (!atFirstCharacter.getAsBoolean()) {
            return dictionary.candidates(letters, max);
        }
        List<Candidate> all = dictionary.candidates(letters, WHOLE_SYLLABLE);
        List<Candidate> surnames = all.stream()
                .filter(c -> RANK.containsKey(c.text()))
                .sorted(Comparator.comparingInt(c -> RANK.get(c.text())))
                .toList();
        Set<String> seen = new LinkedHashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> group : List.of(surnames, all)) {
            for (Candidate c : group) {
                if (out.size() < max && seen.add(c.text())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Override
    public void prepare() {
        dictionary.prepare();
    }

    @Override
    public boolean available() {
        return dictionary.available();
    }
}
