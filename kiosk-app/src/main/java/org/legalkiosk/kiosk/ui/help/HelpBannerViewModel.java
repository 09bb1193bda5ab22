package org.legalkiosk.kiosk.ui.help;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

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
