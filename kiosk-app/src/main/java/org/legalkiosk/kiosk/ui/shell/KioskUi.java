package org.legalkiosk.kiosk.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Notice;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.service.SpeechService;
import org.legalkiosk.kiosk.service.SpeechVolume;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;
import org.legalkiosk.kiosk.service.technician.TechnicianAccess;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.service.usage.UsageKind;
import org.legalkiosk.kiosk.session.CallbackStep;
import org.legalkiosk.kiosk.session.IdleMonitor;
import org.legalkiosk.kiosk.session.KioskSession;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.session.TextSize;
import org.legalkiosk.kiosk.ui.attract.AttractView;
import org.legalkiosk.kiosk.ui.attract.AttractViewModel;
import org.legalkiosk.kiosk.ui.common.Ids;
import org.legalkiosk.kiosk.ui.common.KioskFonts;
import org.legalkiosk.kiosk.ui.common.Messages;
import org.legalkiosk.kiosk.ui.common.OverlayHost;
import org.legalkiosk.kiosk.ui.common.Screen;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.Theme;
import org.legalkiosk.kiosk.ui.demo.DemoPanelView;
import org.legalkiosk.kiosk.ui.demo.DemoPanelViewModel;
import org.legalkiosk.kiosk.ui.explainers.ExplainerPageViewModel;
import org.legalkiosk.kiosk.ui.help.HelpBannerView;
import org.legalkiosk.kiosk.ui.help.HelpBannerViewModel;
import org.legalkiosk.kiosk.ui.safety.QuickExitView;
import org.legalkiosk.kiosk.ui.speech.SpeechBarView;
import org.legalkiosk.kiosk.ui.speech.SpeechBarViewModel;
import org.legalkiosk.kiosk.ui.update.UpdateResultView;
import org.legalkiosk.kiosk.ui.update.UpdateResultViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole touchscreen: top bar, the current screen, an overlay layer and the help line. It rebuilds the screen
 * whenever the route, language or text size changes. The concerns around it have classes of their own: the
 * {@link OverlayLayer}, the {@link VisitorTimeout} (idle reset with its "need more time?" question), the GPIO
 * {@link DeviceSignals}, the hidden {@link TechnicianEntry} and the demo's {@link DemoDevicesHandle}. Tests build
 * one of these directly, without the Application class.
 */
public final class KioskUi implements OverlayHost {

    private static final Logger LOG = LoggerFactory.getLogger(KioskUi.class);
    public static final String STYLESHEET = "/org/legalkiosk/kiosk/ui/kiosk.css";
    private static final String SPEECH_STYLESHEET = "/org/legalkiosk/kiosk/ui/speech/speech.css";

    private final ScreenContext context;
    private final SpeechService speech;
    private final ScreenFactory screens;
    private final BorderPane root = new BorderPane();
    private final StackPane contentArea = new StackPane();
    private final OverlayLayer overlay;
    private final TopBar topBar;
    private final Label helpLine = new Label();
    /** The border pane and, over everything, the attract screen and the timeout's question; the scene's root. */
    private final StackPane frame;

    private final HelpBannerViewModel helpBanner;
    private final HelpBannerView helpBannerView;
    private final AttractViewModel attract;
    private final AttractView attractView;
    private final SpeechBarView speechBar;
    private final VisitorTimeout timeout;
    private final DeviceSignals signals = new DeviceSignals(this::showHelpRequested, this::personArrived);
    private DemoPanelView demoPanel;
    private TechnicianEntry technician;

    private Screen current;
    /** The notices the screen was built with; a change (a notice pushed or expired) rebuilds it when idle. */
    private List<Notice> shownNotices = List.of();
    /** True while a reset changes route, language and size at once: the screen is built once, at the end. */
    private boolean resetting;
    /** How deep the route stack was at the last navigation, to tell opening a topic from coming back to it. */
    private int shownDepth = 1;

    private int reviewAfterDays = ExplainerPageViewModel.DEFAULT_REVIEW_DAYS;

    /** A kiosk screen that throws on a route without a screen (tests, the demo). */
    public KioskUi(
            ScreenContext context, SpeechService speech, java.time.Duration idleTimeout, LongSupplier nanoClock) {
        this(context, speech, idleTimeout, nanoClock, ScreenFactory.UnknownRoutes.FAIL);
    }

    public KioskUi(
            ScreenContext context,
            SpeechService speech,
            java.time.Duration idleTimeout,
            LongSupplier nanoClock,
            ScreenFactory.UnknownRoutes unknownRoutes) {
        this.context = context;
        this.speech = speech;
        this.overlay = new OverlayLayer(speech, this::updateTopBar);
        this.screens = ScreenFactory.standard(context, this, this::readItem, () -> reviewAfterDays, unknownRoutes);
        KioskSession session = context.session();
        this.timeout = new VisitorTimeout(idleTimeout, nanoClock, speech, new VisitorTimeout.Visit() {
            @Override
            public boolean leavesSomethingBehind() {
                return hasVisitorState();
            }

            @Override
            public void reset() {
                resetSession();
            }

            @Override
            public Language language() {
                return context.session().language();
            }

            @Override
            public void refreshOverlays() {
                KioskUi.this.refreshOverlays();
            }
        });
        this.topBar = new TopBar(
                this::back,
                this::home,
                this::readAloud,
                size -> session.textSizeProperty().set(size),
                session::toggleLanguage,
                on -> session.highContrastProperty().set(on));
        this.helpBanner = new HelpBannerViewModel(nanoClock);
        if (context.residents().callbacks().available()) {
            helpBanner.offerCallback(() -> context.navigator().open(new Route.Callback(CallbackStep.TOPIC)));
        }
        this.helpBannerView = new HelpBannerView(helpBanner);
        this.attract = new AttractViewModel(AttractViewModel.DEFAULT_DELAY, nanoClock);
        this.attractView = new AttractView(attract);
        this.speechBar = new SpeechBarView(new SpeechBarViewModel(speech));
        this.frame = layOut();
        Theme.DEFAULT.applyTo(frame);
        follow(session);
        // Any touch, tap, key or scroll anywhere means someone is still using the terminal.
        for (var type :
                List.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED, ScrollEvent.SCROLL)) {
            frame.addEventFilter(type, this::onActivity);
        }
        show();
    }

    private StackPane layOut() {
        KioskFonts.ensureLoaded();
        root.setId(Ids.ROOT);
        contentArea.setId(Ids.CONTENT);
        Node banner = helpBannerView.root();
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);
        StackPane.setMargin(banner, new Insets(0, 40, 32, 40));
        HBox help = new HBox(helpLine);
        help.getStyleClass().add("help-bar");
        help.setAlignment(Pos.CENTER);
        root.setTop(topBar);
        root.setCenter(new StackPane(contentArea, overlay.node(), banner));
        // While the kiosk reads aloud its controls cover the help line, in a bar of one fixed height.
        StackPane bottom = new StackPane(help, speechBar.root());
        bottom.getStyleClass().add("bottom-bar");
        bottom.getStylesheets().add(KioskUi.class.getResource(SPEECH_STYLESHEET).toExternalForm());
        root.setBottom(bottom);
        // The scene's root carries the theme (.root) and, above the whole screen, the attract veil and the
        // "do you need more time?" question.
        StackPane whole = new StackPane(root, attractView.root(), timeout.view());
        whole.getStylesheets().add(KioskUi.class.getResource(STYLESHEET).toExternalForm());
        return whole;
    }

    /** What the screen does when the visitor changes route, language, size, contrast, or the session resets. */
    private void follow(KioskSession session) {
        // Only the colours change: the screen is not rebuilt, so nothing typed or chosen is lost.
        session.highContrastProperty().addListener((obs, old, on) -> {
            (on ? Theme.HIGH_CONTRAST : Theme.DEFAULT).applyTo(frame);
            topBar.showHighContrast(on);
        });
        // Whatever was being read belongs to the screen being left: a new screen starts silent.
        session.navigator().currentProperty().addListener((obs, old, route) -> {
            if (current != null) {
                current.leaving();
            }
            speech.stop();
            close();
            countVisit(route);
            showUnlessResetting();
        });
        session.languageProperty().addListener((obs, old, lang) -> {
            speech.stop();
            close();
            showUnlessResetting();
        });
        session.textSizeProperty().addListener((obs, old, size) -> showUnlessResetting());
        session.urgentNoticeSeenProperty().addListener((obs, old, seen) -> showUnlessResetting());
        session.onReset(this::close);
        session.onReset(speech::stop);
        session.onReset(() -> speech.setVolume(SpeechVolume.NORMAL));
        session.onReset(timeout::dismiss);
    }

    /** A topic opened (not returned to with Back) is counted for the county, anonymously. */
    private void countVisit(Route route) {
        int depth = context.session().navigator().depth();
        if (depth > shownDepth) {
            if (route instanceof Route.ExplainerPage page) {
                context.usage().count(UsageKind.EXPLAINER_VIEW, page.explainerId());
            } else if (route instanceof Route.ExplainerList list) {
                context.usage().count(UsageKind.CATEGORY_VIEW, list.categoryId());
            }
        }
        shownDepth = depth;
    }

    private void onActivity(Event event) {
        attract.activity();
        timeout.activity();
    }

    private void refreshOverlays() {
        Messages m = Messages.of(context.session().language());
        timeout.refresh(m);
        speechBar.refresh(m);
    }

    /**
     * Shows the screen's side of the kiosk's GPIO: the banner for each help request, and waking from the attract
     * screen when a presence sensor sees someone arrive. Calling it again replaces the earlier subscriptions.
     */
    public void listenTo(HelpRequests help, PresenceService presence) {
        signals.listenTo(help, presence);
    }

    /** Unsubscribes from the services {@link #listenTo} subscribed to. */
    public void stopListening() {
        signals.stop();
    }

    /** Staff have been told that the visitor needs help: say so on screen, and wake up if dimmed. */
    public void showHelpRequested() {
        attract.personArrived();
        helpBannerView.update(Messages.of(context.session().language()));
        helpBanner.helpRequested();
    }

    /** Someone came in front of the kiosk. */
    public void personArrived() {
        attract.personArrived();
    }

    /** How long the kiosk stands idle on Home before it dims into the attract screen. */
    public void setAttractDelay(java.time.Duration delay) {
        attract.setDelay(delay);
    }

    public boolean isAttractShowing() {
        return attract.isShowing();
    }

    public boolean isHelpBannerShowing() {
        return helpBanner.isShowing();
    }

    /**
     * Tells whoever is at the terminal how an update they brought on a USB stick went: applied (and shown from
     * the next idle moment) or refused with the reason.
     */
    public void showUpdateResult(boolean ok, String version, String reason) {
        UpdateResultViewModel model = new UpdateResultViewModel(
                ok, version, reason, Messages.of(context.session().language()));
        show(new UpdateResultView(model, this::close).root(), model.spokenText());
    }

    /**
     * In the demo, puts a "Demo devices" handle at the right end of the help bar; it opens the panel that drives
     * the simulated devices. Outside the demo (controls not {@link DemoDeviceControls#available() available})
     * nothing is added. Calling it again changes nothing.
     *
     * @param states          every device's status, read when the panel opens and after each of its actions
     * @param lastBookingCode the booking code the panel can show the camera, when there is one
     */
    public void enableDemoDevices(
            DemoDeviceControls controls,
            Supplier<List<DeviceStatus>> states,
            Supplier<Optional<String>> lastBookingCode) {
        DemoPanelViewModel model = new DemoPanelViewModel(
                controls,
                states,
                lastBookingCode,
                () -> Messages.of(context.session().language()));
        if (demoPanel == null && model.available()) {
            demoPanel = DemoDevicesHandle.attach(root, model, this);
        }
    }

    /**
     * Opens the way to the technician screen (five taps in the bottom-left corner, then the PIN). Calling it again
     * changes nothing.
     */
    public void enableTechnician(TechnicianAccess access, TechnicianConsole console, LongSupplier nanoClock) {
        if (technician == null) {
            technician = TechnicianEntry.install(frame, context, this, access, console, nanoClock);
        }
    }

    /** Applies settings changed while running: the idle timeout now, the default language from the next visitor. */
    public void applySettings(java.time.Duration idleTimeout, Language defaultLanguage) {
        timeout.setTimeout(idleTimeout);
        context.session().setDefaultLanguage(defaultLanguage);
    }

    /** Starts checking for the idle timeout once a second (on the JavaFX thread). */
    public void startIdleTimer() {
        timeout.start(this::tick);
    }

    public void stopIdleTimer() {
        timeout.stop();
    }

    /**
     * One beat of the idle clock: reset the session when the visitor has gone, and while nobody is using the
     * terminal, switch to newly arrived content.
     */
    public void tick() {
        if (!timeout.tick()) {
            return;
        }
        helpBanner.tick();
        speechBar.refresh(Messages.of(context.session().language()));
        attract.tick(timeout.isIdle() && context.session().navigator().depth() <= 1 && !overlay.isShowing());
        if (!timeout.isIdle()) {
            return;
        }
        boolean contentChanged = context.content().applyPendingUpdate();
        List<Notice> notices = context.notices().active();
        if (contentChanged || !notices.equals(shownNotices)) {
            show();
        }
    }

    private boolean hasVisitorState() {
        return context.session().navigator().depth() > 1
                || context.session().language() != Language.ZH
                || overlay.isShowing()
                || context.session().textSizeProperty().get() != TextSize.NORMAL;
    }

    private void resetSession() {
        if (hasVisitorState()) {
            LOG.info("Idle timeout: session reset");
        }
        resetting = true;
        try {
            context.session().reset();
            context.content().applyPendingUpdate();
        } finally {
            resetting = false;
        }
        show();
        refreshOverlays();
    }

    /**
     * "快速离开": silence, forget this visit (history, answers, drafts, language, size) and show the Home screen a new
     * visitor sees, at once, so nothing on the screen tells an onlooker what was being read.
     */
    public void quickExit() {
        speech.stop();
        LOG.info("Quick exit");
        resetSession();
    }

    private void showUnlessResetting() {
        if (!resetting) {
            show();
        }
    }

    private void show() {
        KioskSession session = context.session();
        Messages messages = Messages.of(session.language());
        TextSize size = session.textSizeProperty().get();
        for (TextSize s : TextSize.values()) {
            contentArea.getStyleClass().remove(s.styleClass());
        }
        contentArea.getStyleClass().add(size.styleClass());
        overlay.setTextSize(size);
        shownNotices = context.notices().active();
        current = screens.create(session.navigator().current());
        contentArea.getChildren().setAll(current.root());
        // Under the top bar, outside the screen and its overlays, so no article or question ever covers it.
        root.setTop(current.sensitive() ? new VBox(topBar, QuickExitView.strip(messages, this::quickExit)) : topBar);
        updateTopBar();
        helpLine.setText(messages.get("home.help"));
        helpBannerView.update(messages);
        attractView.update(Messages.of(Language.ZH), Messages.of(Language.EN));
    }

    /** Back is offered whenever there is somewhere to go back to: an earlier screen, or from an open overlay. */
    private void updateTopBar() {
        if (current == null) {
            return;
        }
        topBar.update(
                Messages.of(context.session().language()),
                current.title(),
                context.session().navigator().canGoBack() || overlay.isShowing(),
                context.session().textSizeProperty().get(),
                speech.isAvailable());
    }

    private void back() {
        if (isShowing()) {
            close();
        } else {
            context.session().navigator().back();
        }
    }

    private void home() {
        close();
        context.session().navigator().home();
    }

    private void readAloud() {
        String overlayText = overlay.spokenText();
        speech.speak(
                overlayText != null ? overlayText : current.spokenText(),
                context.session().language(),
                overlay.isShowing() ? null : current.recording().orElse(null));
        speechBar.refresh(Messages.of(context.session().language()));
    }

    /** Reads one thing the visitor tapped (a paragraph, an answer, a time) and nothing else. */
    public void readItem(String text) {
        if (speech.isAvailable() && text != null && !text.isBlank()) {
            speech.speak(text, context.session().language());
            speechBar.refresh(Messages.of(context.session().language()));
        }
    }

    /** How long "do you need more time?" counts down before the reset ({@code visitor: idleWarningSeconds}). */
    public void setIdleWarning(java.time.Duration warning) {
        timeout.setWarning(warning);
    }

    /** Explainers last checked longer ago than this many days tell the visitor to confirm at the office. */
    public void setReviewAfterDays(int days) {
        reviewAfterDays = days;
    }

    public boolean isStillThereShowing() {
        return timeout.isAsking();
    }

    @Override
    public void show(Node panel, String spokenText) {
        overlay.show(panel, spokenText);
    }

    @Override
    public void close() {
        overlay.close();
    }

    @Override
    public boolean isShowing() {
        return overlay.isShowing();
    }

    public Parent root() {
        return frame;
    }

    /** Lays a layer above everything on the screen (the night curtain); the activity filter still sees its touches. */
    public void addTopLayer(Node layer) {
        frame.getChildren().add(layer);
    }

    public IdleMonitor idleMonitor() {
        return timeout.monitor();
    }

    public Screen currentScreen() {
        return current;
    }
}
