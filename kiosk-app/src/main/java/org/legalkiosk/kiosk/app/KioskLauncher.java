package org.legalkiosk.kiosk.app;

import javafx.application.Application;
import javafx.application.Platform;
import org.legalkiosk.content.source.BundledContent;
import org.legalkiosk.content.source.ContentValidationException;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.EspeakSpeechService;
import org.legalkiosk.kiosk.service.LiveContentService;
import org.legalkiosk.kiosk.service.LocalContentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/** Wires the services from the configuration and starts the JavaFX application; blocks until it ends. */
public final class KioskLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLauncher.class);

    private KioskLauncher() {
    }

    public static void launch(KioskConfig config) throws ContentValidationException {
        if (config.headless()) {
            useHeadlessPlatform();
        }
        Path contentRoot = config.contentDir().orElseGet(BundledContent::root);
        ContentService content = new LiveContentService(LocalContentService.open(contentRoot, config.statuteDir()));
        if (config.statuteDir().isEmpty()) {
            LOG.warn("No statute texts installed: article chips will say the text is not on this terminal");
        }
        KioskApplication.prepare(new KioskRuntime(config, content, EspeakSpeechService.detect(), Clock.systemDefaultZone()));
        Runtime.getRuntime().addShutdownHook(new Thread(Platform::exit, "kiosk-shutdown"));
        Application.launch(KioskApplication.class);
    }

    /**
     * Monocle's headless platform renders the whole UI in memory, in software, with no display server. These
     * properties must be set before JavaFX starts.
     */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // The default virtual screen is 1280x800; a terminal's screen is 1080p.
        System.setProperty("headless.geometry", "1920x1080-32");
        System.setProperty("java.awt.headless", "true");
    }
}
