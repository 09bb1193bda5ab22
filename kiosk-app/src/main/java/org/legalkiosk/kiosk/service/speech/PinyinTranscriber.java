package org.legalkiosk.kiosk.service.speech;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * Chinese characters to pinyin with tone numbers ({@code 银行 → yin2 hang2}), which espeak-ng's
 * {@code cmn-latn-pinyin} voice reads as Mandarin syllables. HanLP's dictionary (Apache-2.0, inside its jar)
 * knows words, so characters with several readings get the one the word needs (银行 hang2, 还钱 huan2, 了解 liao3),
 * where espeak-ng's own character table reads each character one fixed way. Everything that is not a Chinese
 * character passes through unchanged; a character the dictionary does not know is left for espeak-ng itself.
 */
final class PinyinTranscriber {

    String transcribe(String text) {
        List<Pinyin> readings = HanLP.convertToPinyinList(text);
        StringBuilder out = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin reading = i < readings.size() ? readings.get(i) : Pinyin.none5;
            if (isHan(c) && reading != Pinyin.none5) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(reading.toString()).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
