package org.legalkiosk.kiosk.session;

/** Where a visitor is: one screen and what it shows. Routes are values, so a screen can be rebuilt from one. */
public sealed interface Route {

    record Home() implements Route {
    }

    record Categories() implements Route {
    }

    record ExplainerList(String categoryId) implements Route {
    }

    record ExplainerPage(String explainerId) implements Route {
    }

    record Notices() implements Route {
    }

    /** Search, with what has been typed so far (kept when the visitor opens a result and comes back). */
    record Search(String query) implements Route {
        public Search {
            query = query == null ? "" : query;
        }
    }

    /** The laws whose official text this terminal has. */
    record Laws() implements Route {
    }

    /** A law's table of contents: its books and chapters. */
    record LawContents(String lawId) implements Route {
    }

    /**
     * One chapter of a law, named by its first article; {@code focusArticle} is scrolled into view and marked
     * (0 for none).
     */
    record LawChapter(String lawId, int firstArticle, int focusArticle) implements Route {
    }

    /** A service this terminal does not offer yet; the screen says where to get it meanwhile. */
    record ComingSoon(Feature feature) implements Route {
    }

    enum Feature { SEARCH, BOOKING, SELF_CHECK }

    Route HOME = new Home();
}
