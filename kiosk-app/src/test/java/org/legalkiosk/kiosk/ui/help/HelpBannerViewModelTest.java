package org.legalkiosk.kiosk.ui.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class HelpBannerViewModelTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final HelpBannerViewModel banner = new HelpBannerViewModel(nanos::get);

    private void after(Duration d) {
        nanos.addAndGet(d.toNanos());
        banner.tick();
    }

    @Test
    void showsUntilItsTimeIsUp() {
        assertFalse(banner.isShowing());
        banner.helpRequested();
        assertTrue(banner.isShowing());
        after(HelpBannerViewModel.SHOW_FOR.minusSeconds(1));
        assertTrue(banner.isShowing());
        after(Duration.ofSeconds(1));
        assertFalse(banner.isShowing());
    }

    @Test
    void aNewRequestStartsTheTimeAgain() {
        banner.helpRequested();
        after(HelpBannerViewModel.SHOW_FOR.minusSeconds(10));
        banner.helpRequested();
        after(Duration.ofSeconds(30));
        assertTrue(banner.isShowing());
    }

    @Test
    void aTapClosesIt() {
        banner.helpRequested();
        banner.dismiss();
        assertFalse(banner.isShowing());
        after(Duration.ofHours(1));
        assertFalse(banner.isShowing(), "ticking does not bring it back");
    }

    @Test
    void refusesANonPositiveTime() {
        assertThrows(IllegalArgumentException.class, () -> new HelpBannerViewModel(nanos::get, Duration.ZERO));
    }
}
