package org.legalkiosk.kiosk.ui.shell;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.booking.BookingFlow;
import org.legalkiosk.kiosk.ui.booking.BookingScreens;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
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
import org.legalkiosk.kiosk.ui.search.SearchView;
import org.legalkiosk.kiosk.ui.selfcheck.SelfCheckScreens;
import org.legalkiosk.kiosk.ui.selfcheck.SelfCheckServices;
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
    /** The self-check keeps the visitor's answers across its screens (and clears them on reset). */
    private final SelfCheckScreens selfCheck;
    /** The booking flow keeps the draft across its screens (and drops it on leaving and on reset). */
    private final BookingScreens booking;
    private final ReadAloud readAloud;
    private int reviewAfterDays = ExplainerPageViewModel.DEFAULT_REVIEW_DAYS;

    public ScreenFactory(ScreenContext context, OverlayHost overlay, ReadAloud readAloud) {
        this.context = context;
        this.overlay = overlay;
        this.readAloud = readAloud;
        this.selfCheck = new SelfCheckScreens(context, overlay,
                SelfCheckServices.standard(context.residents().selfCheckStatistics()), readAloud);
        this.booking = new BookingScreens(BookingFlow.forScreen(context));
    }

    /** Explainers last checked longer ago than this say so ({@code visitor: reviewAfterDays} in kiosk.yaml). */
    public void setReviewAfterDays(int days) {
        this.reviewAfterDays = days;
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
            return new ExplainerPageView(new ExplainerPageViewModel(context, page.explainerId(), reviewAfterDays), context.content(), overlay,
                    context.messages(), readAloud);
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
        if (SelfCheckScreens.handles(route)) {
            return selfCheck.create(route);
        }
        var bookingScreen = booking.create(route);
        if (bookingScreen.isPresent()) {
            return bookingScreen.get();
        }
        return new HomeView(new HomeViewModel(context));
    }
}
