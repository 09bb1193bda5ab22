package org.legalkiosk.kiosk.app;

import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;
import org.legalkiosk.kiosk.service.ResidentServices;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.service.NoticeService;
import org.legalkiosk.kiosk.service.SpeechService;

import java.time.Clock;
import java.time.Duration;

/**
 * Everything a running kiosk is wired from: its configuration and its services. {@code help} and {@code presence}
 * carry the help button's requests and the presence sensor's arrivals to the screen; {@code usage} holds the
 * anonymous counts the screens make, for the outbox and the agent's status.
 */
public record KioskRuntime(KioskConfig config, ContentService content, NoticeService notices, SpeechService speech,
                           Clock clock, LiveSettings settings, FxScreenCapture screen, UpdateAnnouncer updates,
                           ResidentServices residents, DemoPanelFeed demoPanel, HelpRequests help,
                           PresenceService presence, Duration attractDelay,
                           org.legalkiosk.kiosk.config.VisitorSettings visitor,
                           org.legalkiosk.kiosk.service.usage.DailyUsage usage) {
}
