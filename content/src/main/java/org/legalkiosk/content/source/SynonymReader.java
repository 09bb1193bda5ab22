package org.legalkiosk.content.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.legalkiosk.content.model.SearchSynonyms;

/**
 * Reads {@code synonyms.txt}: lines {@code village words = legal words}, words separated by spaces or 、, {@code #}
 * comments. Every bad line is reported with its number and the rest still read, so one typo by a county editor
 * costs that line, never the bridge.
 */
final class SynonymReader {

    static final String FILE = "synonyms.txt";
    /** A word is a short phrase of Chinese characters: what a villager says, not a sentence. */
    static final int MAX_WORD = 16;

    static final int MAX_BRIDGES = 2000;
    private static final int MAX_WORDS_PER_SIDE = 12;

    private SynonymReader() {}

    static SearchSynonyms read(String text, Problems problems) {
        List<SearchSynonyms.Bridge> bridges = new ArrayList<>();
        Map<String, Integer> villageLines = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=", -1);
            if (sides.length != 2) {
                problems.add(FILE, number, "expected 'village words = legal words' with one '='");
                continue;
            }
            List<String> village = words(sides[0], number, problems);
            List<String> legal = words(sides[1], number, problems);
            if (village == null || legal == null) {
                continue;
            }
            if (village.isEmpty() || legal.isEmpty()) {
                problems.add(FILE, number, "both sides of '=' need at least one word");
                continue;
            }
            boolean clash = false;
            for (String word : village) {
                if (legal.contains(word)) {
                    problems.add(FILE, number, "'" + word + "' is on both sides");
                    clash = true;
                }
                Integer earlier = villageLines.putIfAbsent(word, number);
                if (earlier != null && earlier != number) {
                    problems.add(FILE, number, "'" + word + "' is already bridged on line " + earlier);
                    clash = true;
                }
            }
            if (clash) {
                continue;
            }
            if (bridges.size() == MAX_BRIDGES) {
                problems.add(FILE, number, "more than " + MAX_BRIDGES + " bridges");
                break;
            }
            bridges.add(new SearchSynonyms.Bridge(village, legal));
        }
        return new SearchSynonyms(bridges);
    }

    /** The words of one side, or null (with the problem reported) when one of them is not a Chinese word. */
    private static List<String> words(String side, int line, Problems problems) {
        List<String> words = new ArrayList<>();
        for (String word : side.strip().split("[\\s、，,]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() > MAX_WORD) {
                problems.add(FILE, line, "'" + word + "' is longer than " + MAX_WORD + " characters");
                return null;
            }
            if (!word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                problems.add(FILE, line, "'" + word + "' is not a word of Chinese characters");
                return null;
            }
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        if (words.size() > MAX_WORDS_PER_SIDE) {
            problems.add(FILE, line, "more than " + MAX_WORDS_PER_SIDE + " words on one side");
            return null;
        }
        return words;
    }
}
