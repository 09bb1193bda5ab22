package org.legalkiosk.kiosk.ui.common;

/** Node ids that tests and the stylesheet rely on. Never look a node up by its visible text. */
public final class Ids {

    public static final String ROOT = "kiosk-root";
    public static final String CONTENT = "content-area";
    public static final String BACK = "nav-back";
    public static final String HOME = "nav-home";
    public static final String LANGUAGE = "nav-language";
    public static final String READ_ALOUD = "nav-read-aloud";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String TEXT_SIZE_PREFIX = "text-size-";
    public static final String HIGH_CONTRAST = "nav-high-contrast";

    public static final String TILE_EXPLAINERS = "tile-explainers";
    public static final String TILE_SEARCH = "tile-search";
    public static final String TILE_BOOKING = "tile-booking";
    public static final String TILE_SELF_CHECK = "tile-self-check";
    public static final String TILE_NOTICES = "tile-notices";
    public static final String NOTICE_BANNER = "notice-banner";
    public static final String URGENT_NOTICE = "urgent-notice";
    public static final String URGENT_CONTINUE = "urgent-continue";

    public static final String CATEGORY_PREFIX = "category-";
    public static final String EXPLAINER_PREFIX = "explainer-";
    public static final String CHIP_PREFIX = "chip-";
    public static final String RELATED_PREFIX = "related-";
    public static final String EXPLAINER_SCROLL = "explainer-scroll";
    public static final String EXPLAINER_TITLE = "explainer-title";

    public static final String ARTICLE_PANEL = "article-panel";
    public static final String ARTICLE_TEXT = "article-text";
    public static final String ARTICLE_MISSING = "article-missing";
    public static final String ARTICLE_CLOSE = "article-close";

    public static final String SEARCH_QUERY = "search-query";
    public static final String SEARCH_NONE = "search-none";
    public static final String KEYBOARD_TOGGLE = "keyboard-toggle";
    public static final String TAG_PREFIX = "tag-";
    public static final String RESULT_PREFIX = "result-";

    public static final String LAWS_ENTRY = "laws-entry";
    public static final String LAW_PREFIX = "law-";
    public static final String CHAPTER_PREFIX = "chapter-";
    public static final String CHAPTER_SCROLL = "chapter-scroll";
    public static final String STATUTE_ARTICLE_PREFIX = "statute-article-";
    public static final String ARTICLE_CHAPTER = "article-chapter";
    public static final String UPDATE_RESULT = "update-result";
    public static final String UPDATE_RESULT_CLOSE = "update-result-close";

    private Ids() {}

    /** Node ids allow letters, digits, '-' and '_'; content ids already are such. */
    public static String chip(String lawId, int article) {
        return CHIP_PREFIX + lawId + "-" + article;
    }
}
