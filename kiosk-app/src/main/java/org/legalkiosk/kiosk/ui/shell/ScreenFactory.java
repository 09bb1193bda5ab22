package org.legalkiosk.kiosk.ui.shell;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.explainers.CategoryGridView;
import org.legalkiosk.kiosk.ui.explainers.CategoryGridViewModel;
import org.legalkiosk.kiosk.ui.explainers.ExplainerListView;
import org.legalkiosk.kiosk.ui.explainers.ExplainerListViewModel;
import org.legalkiosk.kiosk.ui.explainers.ExplainerPageView;
import org.legalkiosk.kiosk.ui.explainers.ExplainerPageViewModel;
import org.legalkiosk.kiosk.ui.home.HomeView;
import org.legalkiosk.kiosk.ui.home.HomeViewModel;
import org.legalkiosk.kiosk.ui.notices.NoticesView;
import org.legalkiosk.kiosk.ui.notices.NoticesViewModel;
import org.legalkiosk.kiosk.ui.placeholder.ComingSoonView;
import org.legalkiosk.kiosk.ui.placeholder.ComingSoonViewModel;
import org.legalkiosk.kiosk.ui.search.SearchView;
import org.legalkiosk.kiosk.ui.search.SearchViewModel;
import org.legalkiosk.kiosk.ui.statutes.LawChapterView;
import org.legalkiosk.kiosk.ui.statutes.LawChapterViewModel;
import org.legalkiosk.kiosk.ui.statutes.LawContentsView;
import org.legalkiosk.kiosk.ui.statutes.LawContentsViewModel;
import org.legalkiosk.kiosk.ui.statutes.LawsView;
import org.legalkiosk.kiosk.ui.statutes.LawsViewModel;

/** Builds the screen for a route, fresh each time, in the session's current language and text size. */
public final class ScreenFactory {

    private final ScreenContext context;
    private final OverlayHost overlay;

    public ScreenFactory(ScreenContext context, OverlayHost overlay) {
        this.context = context;
        this.overlay = overlay;
    }

    public Screen create(Route route) {
        // Java 17 has no pattern matching for switch yet; the sealed Route keeps this list complete.
        if (route instanceof Route.Categories) {
            return new CategoryGridView(new CategoryGridViewModel(context), context.session().textSizeProperty().get(),
                    context.messages());
        }
        if (route instanceof Route.ExplainerList list) {
            return new ExplainerListView(new ExplainerListViewModel(context, list.categoryId()), context.messages());
        }
        if (route instanceof Route.ExplainerPage page) {
            return new ExplainerPageView(new ExplainerPageViewModel(context, page.explainerId()), context.content(), overlay,
                    context.messages());
        }
        if (route instanceof Route.Search search) {
            return new SearchView(new SearchViewModel(context, search.query()), context.messages());
        }
        if (route instanceof Route.Laws) {
            return new LawsView(new LawsViewModel(context), context.messages());
        }
        if (route instanceof Route.LawContents contents) {
            return new LawContentsView(new LawContentsViewModel(context, contents.lawId()), context.messages());
        }
        if (route instanceof Route.LawChapter chapter) {
            return new LawChapterView(new LawChapterViewModel(context, chapter.lawId(), chapter.firstArticle(),
                    chapter.focusArticle()), context.messages());
        }
        if (route instanceof Route.Notices) {
            return new NoticesView(new NoticesViewModel(context), context.messages());
        }
        if (route instanceof Route.ComingSoon soon) {
            return new ComingSoonView(new ComingSoonViewModel(context, soon.feature()));
        }
        return new HomeView(new HomeViewModel(context));
    }
}
