package org.legalkiosk.kiosk.ui.help;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The "staff have been told" banner after a help-button press: shown at once, gone after {@link #SHOW_FOR} or when
 * the visitor taps it. It keeps time with the clock it is given, so tests move the clock instead of waiting.
 */
public final class HelpBannerViewModel {

    public static final Duration SHOW_FOR = Duration.ofSeconds(60);

    private final LongSupplier nanoClock;
    private final Duration showFor;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private long shownAt;
    private Runnable callback;

    public HelpBannerViewModel(LongSupplier nanoClock) {
        this(nanoClock, SHOW_FOR);
    }

    public HelpBannerViewModel(LongSupplier nanoClock, Duration showFor) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        if (showFor.isNegative() || showFor.isZero()) {
            throw new IllegalArgumentException("showFor must be positive: " + showFor);
        }
        this.showFor = showFor;
    }

    /** A help request was raised: show the banner, for the full time again when it is already up. */
    public void helpRequested() {
        shownAt = nanoClock.getAsLong();
        showing.set(true);
    }

    /**
     * Offers "ask staff to call me back" in the banner: when nobody comes (the hall is unstaffed that day), the visitor
     * can leave a number instead of waiting. Only set on terminals that can keep such a request.
     */
    public void offerCallback(Runnable openCallback) {
        this.callback = Objects.requireNonNull(openCallback, "openCallback");
    }

    public boolean callbackOffered() {
        return callback != null;
    }

    /** The visitor chose to be called back: the banner goes and the request's first screen opens. */
    public void askForCallback() {
        if (callback != null) {
            showing.set(false);
            callback.run();
        }
    }

    /** The visitor tapped the banner. */
    public void dismiss() {
        showing.set(false);
    }

    /** One beat of the screen's clock: the banner goes once it has been up long enough. */
    public void tick() {
        if (showing.get() && nanoClock.getAsLong() - shownAt >= showFor.toNanos()) {
            showing.set(false);
        }
    }

    public boolean isShowing() {
        return showing.get();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
