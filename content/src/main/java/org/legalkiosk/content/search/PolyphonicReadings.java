package org.legalkiosk.content.search;

import java.util.List;
import java.util.Map;

/**
 * Second readings of characters whose everyday reading in legal words is not the one ICU's Han-Latin picks.
 * ICU gives one reading per character, the most frequent overall, so 宅基地 comes out "zhaijide" and 调解
 * "diaojie"; a villager types "zhaijidi" and "tiaojie". These readings are indexed <em>in addition</em> to
 * ICU's, never instead, so this list only ever adds matches. Keep it to characters that occur in the content.
 */
final class PolyphonicReadings {

    private static final Map<Character, List<String>> EXTRA = Map.ofEntries(
            Map.entry('地', List.of("di")),
            Map.entry('调', List.of("tiao")),
            Map.entry('还', List.of("huan")),
            Map.entry('行', List.of("hang")),
            Map.entry('长', List.of("chang")),
            Map.entry('重', List.of("chong")),
            Map.entry('了', List.of("liao")),
            Map.entry('的', List.of("di")),
            Map.entry('得', List.of("dei")),
            Map.entry('差', List.of("chai")),
            Map.entry('传', List.of("zhuan")),
            Map.entry('都', List.of("du")),
            Map.entry('给', List.of("ji")),
            Map.entry('会', List.of("kuai")),
            Map.entry('解', List.of("xie")),
            Map.entry('没', List.of("mo")),
            Map.entry('便', List.of("pian")),
            Map.entry('省', List.of("xing")),
            Map.entry('种', List.of("zhong")),
            Map.entry('率', List.of("shuai")),
            Map.entry('处', List.of("chu")),
            Map.entry('属', List.of("zhu")),
            Map.entry('扎', List.of("za")),
            Map.entry('曾', List.of("zeng")),
            Map.entry('朝', List.of("zhao")),
            Map.entry('券', List.of("xuan")),
            Map.entry('担', List.of("dan")),
            Map.entry('藏', List.of("zang")),
            Map.entry('血', List.of("xue")),
            Map.entry('薄', List.of("bo")),
            Map.entry('着', List.of("zhuo", "zhao")));

    private PolyphonicReadings() {}

    static List<String> extra(char c) {
        return EXTRA.getOrDefault(c, List.of());
    }
}
