package org.legalkiosk.kiosk.service.input;

import java.util.Objects;

/**
 * What the screens have for entering Chinese without a physical keyboard: a handwriting recogniser and pinyin
 * with hanzi candidates. Either may be missing on a terminal (the Debian package not installed); the screens
 * then offer what there is and say what is missing.
 */
public record ChineseInput(HandwritingRecognizer handwriting, PinyinConverter pinyin) {

    public ChineseInput {
        Objects.requireNonNull(handwriting, "handwriting");
        Objects.requireNonNull(pinyin, "pinyin");
    }

    /** Neither: letters only. */
    public static ChineseInput none() {
        return new ChineseInput(HandwritingRecognizer.NONE, PinyinConverter.NONE);
    }

    /**
     * Whatever of Zinnia, its model and the Rime dictionary is installed on this machine (Debian's paths). The
     * handwriting model and the dictionary are read when a pad first opens ({@link LazyHandwriting},
     * {@link LazyPinyin}), not at start.
     */
    public static ChineseInput installed() {
        return new ChineseInput(LazyHandwriting.installed(), LazyPinyin.installed());
    }
}
