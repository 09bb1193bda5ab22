package org.legalkiosk.kiosk.service.speech;

/**
 * Latin letters as a Mandarin speaker names them (A 诶, K 开, X 艾克斯), written in toned pinyin so the Mandarin
 * voice says them in its own sounds instead of switching to English inside a Chinese sentence.
 */
final class LetterNames {

    private static final String[] NAMES = {
        "ei1",
        "bi4",
        "xi1",
        "di4",
        "yi4",
        "ai2 fu1",
        "ji4",
        "ai2 qi1",
        "ai4",
        "jie4",
        "kai1",
        "ai2 le5",
        "ai2 mu5",
        "en1",
        "ou1",
        "pi4",
        "kiu1",
        "a4 er5",
        "ai2 si1",
        "ti4",
        "you1",
        "wei1",
        "da2 bu5 liu5",
        "ai2 ke4 si1",
        "wai4",
        "zei4"
    };

    private LetterNames() {}

    /** The name of one letter, a–z or A–Z. */
    static String of(char letter) {
        char upper = Character.toUpperCase(letter);
        if (upper < 'A' || upper > 'Z') {
            throw new IllegalArgumentException("not a Latin letter: " + letter);
        }
        return NAMES[upper - 'A'];
    }
}
