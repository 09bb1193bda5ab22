package org.legalkiosk.kiosk.ui.statutes;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/** The law browser: the laws, a law's books and chapters, one chapter's articles. */
public final class StatuteScreens implements ScreenFeature {

    private final ScreenContext context;

    public StatuteScreens(ScreenContext context) {
        this.context = context;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(Route.Laws.class, r -> new LawsView(new LawsViewModel(context), context.messages()));
        screens.register(
                Route.LawContents.class,
                contents ->
                        new LawContentsView(new LawContentsViewModel(context, contents.lawId()), context.messages()));
        screens.register(
                Route.LawChapter.class,
                chapter -> new LawChapterView(
                        new LawChapterViewModel(
                                context, chapter.lawId(), chapter.firstArticle(), chapter.focusArticle()),
                        context.messages()));
    }
}
