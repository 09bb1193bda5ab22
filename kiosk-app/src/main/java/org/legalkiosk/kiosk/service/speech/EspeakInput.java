package org.legalkiosk.kiosk.service.speech;

import org.legalkiosk.content.model.Language;

/**
 * What espeak-ng is given for one text: SSML whose Chinese parts are toned pinyin for the {@code cmn-latn-pinyin}
 * voice and whose other parts go to the English voice. A Chinese screen is normalised (numbers, dates, codes as
 * said) and then read wholly by the Mandarin voice; on an English screen a Chinese name in the middle (a law's
 * title) is read by the Mandarin voice too, because the English voice would call each character "Chinese letter".
 */
public final class EspeakInput {

    public static final String MANDARIN_VOICE = "cmn-latn-pinyin";
    public static final String ENGLISH_VOICE = "en";

    private final ChineseSpeechNormaliser chinese = new ChineseSpeechNormaliser();
    private final EnglishSpeechNormaliser english = new EnglishSpeechNormaliser();
    private final PinyinTranscriber pinyin = new PinyinTranscriber();

    /** The voice espeak-ng starts with for a screen in this language. */
    public static String voice(Language language) {
        return language == Language.ZH ? MANDARIN_VOICE : ENGLISH_VOICE;
    }

    /** The words of a text as they are said, still in characters (for tests and for people checking a reading). */
    public String spokenWords(String text, Language language) {
        return language == Language.ZH ? chinese.normalise(text) : english.normalise(text);
    }

    /** The SSML document for {@code espeak-ng -m -v voice(language)}. */
    public String ssml(String text, Language language) {
        StringBuilder out = new StringBuilder("<speak>");
        if (language == Language.ZH) {
            out.append(escape(pinyin.transcribe(chinese.normalise(text))));
        } else {
            appendMixed(english.normalise(text), out);
        }
        return out.append("</speak>").toString();
    }

    /** English text with runs of Chinese in it: each run, normalised the Chinese way, in the Mandarin voice. */
    private void appendMixed(String text, StringBuilder out) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean han = PinyinTranscriber.isHan(text.charAt(i));
            while (i < text.length()
                    && (PinyinTranscriber.isHan(text.charAt(i)) == han
                            || (han && isChinesePunctuation(text.charAt(i))))) {
                i++;
            }
            String run = text.substring(start, i);
            if (han) {
                out.append("<voice name=\"")
                        .append(MANDARIN_VOICE)
                        .append("\">")
                        .append(escape(pinyin.transcribe(chinese.normalise(run))))
                        .append("</voice>");
            } else {
                out.append(escape(run));
            }
        }
    }

    private static boolean isChinesePunctuation(char c) {
        return "，。、；：？！《》“”（）·".indexOf(c) >= 0;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
