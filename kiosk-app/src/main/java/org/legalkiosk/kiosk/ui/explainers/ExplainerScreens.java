package org.legalkiosk.kiosk.ui.explainers;

import java.util.function.IntSupplier;

import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.ReadAloud;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenFeature;
import org.legalkiosk.kiosk.ui.common.ScreenRegistry;

/** The explainers: the category grid, a category's list and an explainer's page (its articles open as overlays). */
public final class ExplainerScreens implements ScreenFeature {

    private final ScreenContext context;
    private final OverlayHost overlay;
    private final ReadAloud readAloud;
    private final IntSupplier reviewAfterDays;

    /**
     * @param reviewAfterDays explainers last checked longer ago than this say so ({@code visitor: reviewAfterDays}
     *                        in kiosk.yaml, which may change while the kiosk runs)
     */
    public ExplainerScreens(
            ScreenContext context, OverlayHost overlay, ReadAloud readAloud, IntSupplier reviewAfterDays) {
        this.context = context;
        this.overlay = overlay;
        this.readAloud = readAloud;
        this.reviewAfterDays = reviewAfterDays;
    }

    @Override
    public void registerScreens(ScreenRegistry screens) {
        screens.register(
                Route.Categories.class,
                r -> new CategoryGridView(
                        new CategoryGridViewModel(context),
                        context.session().textSizeProperty().get(),
                        context.messages()));
        screens.register(
                Route.ExplainerList.class,
                list -> new ExplainerListView(
                        new ExplainerListViewModel(context, list.categoryId()), context.messages()));
        screens.register(
                Route.ExplainerPage.class,
                page -> new ExplainerPageView(
                        new ExplainerPageViewModel(context, page.explainerId(), reviewAfterDays.getAsInt()),
                        context.content(),
                        overlay,
                        context.messages(),
                        readAloud));
    }
}
