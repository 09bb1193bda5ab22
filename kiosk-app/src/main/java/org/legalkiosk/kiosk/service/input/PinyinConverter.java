package org.legalkiosk.kiosk.service.input;

import java.util.List;

/** Typed pinyin letters to the Chinese words they may mean, most used first. */
public interface PinyinConverter {

    /**
     * A word on the candidate bar and how many of the typed letters it stands for, so choosing it removes
     * just those letters ({@code zhangsan}: 张 takes 5, 张三 takes 8).
     */
    record Candidate(String text, int letters) {}

    /** No dictionary installed: no candidates; search still takes plain pinyin, names by hand do not. */
    PinyinConverter NONE = new PinyinConverter() {
        @Override
        public List<Candidate> candidates(String letters, int max) {
            return List.of();
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /** Up to {@code max} candidates for the letters typed so far (ignoring anything but a-z). */
    List<Candidate> candidates(String letters, int max);

    boolean available();

    /** A pad that may need candidates has opened: a converter that reads its data on first use starts now. */
    default void prepare() {}
}
