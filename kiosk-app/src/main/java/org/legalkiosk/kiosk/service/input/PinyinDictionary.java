package org.legalkiosk.kiosk.service.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pinyin to hanzi, ranked by how often each word is used: Rime's {@code pinyin_simp} dictionary (Debian
 * {@code rime-data-pinyin-simp}, Apache-2.0, derived from the Android Pinyin IME), about 65 000 characters and
 * words with a frequency weight each. It is read from where the package installs it, once, at start.
 *
 * <p>Typed letters are split into syllables (longest valid syllable first, so {@code xian} is one syllable, and
 * {@code xian'} is not needed); the candidates are the words for all the syllables, then for fewer, down to the
 * characters for the first syllable, each group by weight. Choosing a candidate consumes its syllables and leaves
 * the rest for the next choice, as phone input methods do. {@code v} stands for {@code ü} ({@code lv} 绿).
 */
public final class PinyinDictionary implements PinyinConverter {

    private static final Logger LOG = LoggerFactory.getLogger(PinyinDictionary.class);
    public static final Path DEBIAN_DICTIONARY = Path.of("/usr/share/rime-data/pinyin_simp.dict.yaml");
    private static final int LONGEST_SYLLABLE = 6;

    private record Entry(String text, int weight) {}

    /** Words by their syllables joined with spaces ("fa lv" → 法律, …), heaviest first. */
    private final Map<String, List<Entry>> words;

    private final Set<String> syllables;

    private PinyinDictionary(Map<String, List<Entry>> words, Set<String> syllables) {
        this.words = words;
        this.syllables = syllables;
    }

    public static Optional<PinyinDictionary> loadInstalled() {
        return load(DEBIAN_DICTIONARY);
    }

    /** The dictionary in Rime's {@code .dict.yaml} format, or empty (logged) when it is missing or unreadable. */
    public static Optional<PinyinDictionary> load(Path file) {
        if (!Files.isReadable(file)) {
            LOG.warn("Pinyin candidates off: no dictionary at {} (install rime-data-pinyin-simp)", file);
            return Optional.empty();
        }
        Map<String, List<Entry>> words = new HashMap<>();
        Set<String> syllables = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean body = false;
            for (String line; (line = in.readLine()) != null; ) {
                if (!body) {
                    body = line.equals("...");
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2 || f[0].isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int weight = f.length > 2 ? parseWeight(f[2]) : 0;
                String key = f[1].trim().toLowerCase(Locale.ROOT);
                words.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(f[0], weight));
                if (f[0].codePointCount(0, f[0].length()) == 1) {
                    syllables.add(key);
                }
            }
        } catch (IOException e) {
            LOG.warn("Pinyin candidates off: cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
        if (syllables.isEmpty()) {
            LOG.warn("Pinyin candidates off: {} has no entries", file);
            return Optional.empty();
        }
        words.values()
                .forEach(
                        list -> list.sort(Comparator.comparingInt(Entry::weight).reversed()));
        LOG.info("Pinyin candidates on: {} keys, {} syllables from {}", words.size(), syllables.size(), file);
        return Optional.of(new PinyinDictionary(words, syllables));
    }

    private static int parseWeight(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    /**
     * The typed letters split into syllables, longest match first; letters that start no syllable stay as one
     * last piece, so nothing typed is lost.
     */
    public List<String> syllables(String letters) {
        String s = letters.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = Math.min(s.length(), i + LONGEST_SYLLABLE);
            while (end > i && !syllables.contains(s.substring(i, end))) {
                end--;
            }
            if (end == i) {
                out.add(s.substring(i));
                break;
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    @Override
    public List<Candidate> candidates(String letters, int max) {
        List<String> parts = syllables(letters);
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (int n = parts.size(); n >= 1 && out.size() < max; n--) {
            String key = String.join(" ", parts.subList(0, n));
            String consumed = String.join("", parts.subList(0, n));
            for (Entry e : words.getOrDefault(key, List.of())) {
                if (out.size() >= max) {
                    break;
                }
                if (seen.add(e.text())) {
                    out.add(new Candidate(e.text(), consumed.length()));
                }
            }
        }
        return out;
    }
}
