package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.hub.protocol.ContentTarget;
import org.legalkiosk.hub.protocol.TerminalApi;
import org.legalkiosk.kiosk.agent.pull.ChannelPoller;
import org.legalkiosk.kiosk.agent.pull.HttpFetcher;
import org.legalkiosk.kiosk.agent.pull.PullResult;
import org.legalkiosk.kiosk.agent.pull.PullSettings;
import org.legalkiosk.kiosk.agent.usb.UpdateResultListener;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the content target of the hub's heartbeat replies with the kiosk's existing pull mode: for a target newer
 * than the active version it polls the hub's channel document for that version
 * ({@link TerminalApi#channelPath}) with a {@link ChannelPoller}, which downloads only the objects the kiosk lacks
 * and applies the version through the content store like any other update. The channel document is signed by the
 * hub's channel key (sent with the target); the content itself must still be signed by a key of the kiosk's own
 * trusted set, which the content store alone decides when it applies, so the hub's key cannot bring in content
 * (docs/decisions/0035-hub-publishes-a-static-pull-channel.md). One poller at a time, on one daemon thread.
 */
public final class HubContentFollower implements Consumer<ContentTarget>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubContentFollower.class);

    /** The kiosk's own trusted public keys, read at each check (a key rolled out through the settings counts at once). */
    @FunctionalInterface
    public interface KioskKeys {
        List<PublicKey> read() throws IOException;
    }

    /** Makes the poller for one channel URL that trusts {@code keys} for the channel document and manifest. */
    @FunctionalInterface
    public interface PollerFactory {
        ChannelPoller create(URI channelUri, ChannelPoller.KeySource keys);
    }

    private final URI hubBase;
    private final ContentAdmin content;
    private final KioskKeys kioskKeys;
    private final PollerFactory pollers;
    private final Duration firstCheck;
    private final ScheduledExecutorService scheduler;
    private URI following;
    private String followingKey;
    private ChannelPoller poller;
    private boolean warnedNoKey;

    public HubContentFollower(
            URI hubBase, ContentAdmin content, KioskKeys kioskKeys, PollerFactory pollers, Duration firstCheck) {
        this.hubBase = hubBase;
        this.content = content;
        this.kioskKeys = kioskKeys;
        this.pollers = pollers;
        this.firstCheck = firstCheck;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hub-content");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * For a kiosk whose state lives in {@code dataDir}: kiosk.yaml's trusted keys, the content store's objects,
     * downloads in {@code DATA_DIR/hub-pull} (apart from a configured {@code pull:} channel's own folder).
     */
    public static HubContentFollower forDataDir(
            URI hubBase, Path dataDir, ContentAdmin content, Clock clock, UpdateResultListener listener) {
        KioskKeys kioskKeys = () -> {
            try {
                return readKeys(KioskSettings.read(dataDir).trustedKeysPath(dataDir));
            } catch (KioskSettings.InvalidSettingsException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
        PollerFactory pollers = (uri, keys) -> new ChannelPoller(
                PullSettings.of(uri),
                content,
                keys,
                KioskSettings.contentStore(dataDir).resolve("objects"),
                dataDir.resolve("hub-pull"),
                HttpFetcher.defaults(),
                clock,
                RandomGenerator.getDefault(),
                listener);
        return new HubContentFollower(hubBase, content, kioskKeys, pollers, Duration.ZERO);
    }

    /** Called with each reply's target (on the heartbeat thread; the download runs on this follower's thread). */
    @Override
    public synchronized void accept(ContentTarget target) {
        if (target.channelKey() == null) {
            if (!warnedNoKey) {
                LOG.info(
                        "The hub asks for content {} v{} but publishes no channel: not pulling from it",
                        target.channel(),
                        target.version());
                warnedNoKey = true;
            }
            return;
        }
        if (target.version() < 1) {
            return;
        }
        URI channel = URI.create(hubBase.toString().replaceAll("/+$", "") + TerminalApi.channelPath(target.version()));
        if (channel.equals(following) && target.channelKey().equals(followingKey)) {
            return;
        }
        try {
            Optional<ContentAdmin.Version> active = content.current();
            if (active.isPresent() && active.get().version() >= target.version()) {
                return; // already there (or past it): nothing to fetch
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the active content version: {}", e.toString());
        }
        PublicKey hubKey;
        try {
            hubKey = decode(target.channelKey());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("The hub's channel key cannot be read ({}): not pulling", e.toString());
            return;
        }
        if (poller != null) {
            poller.close();
        }
        ChannelPoller.KeySource keys = () -> {
            List<PublicKey> all = new ArrayList<>(kioskKeys.read());
            all.add(hubKey);
            return TrustedKeys.of(all);
        };
        poller = pollers.create(channel, keys).start(scheduler, firstCheck);
        following = channel;
        followingKey = target.channelKey();
        LOG.info("Following the hub's content target {} v{} from {}", target.channel(), target.version(), channel);
    }

    /** The channel being followed, if any. */
    public synchronized Optional<URI> following() {
        return Optional.ofNullable(following);
    }

    /** One check of the followed channel on the caller's thread (tests; a technician's "check now"). */
    public Optional<PullResult> checkNow() {
        ChannelPoller current;
        synchronized (this) {
            current = poller;
        }
        return current == null ? Optional.empty() : Optional.of(current.checkNow());
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
        }
        scheduler.shutdownNow();
    }

    static PublicKey decode(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(SigningKeys.ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** The public keys of a {@code .pub} file or of every {@code *.pub} in a folder, as {@link TrustedKeys#read}. */
    static List<PublicKey> readKeys(Path fileOrFolder) throws IOException {
        if (!Files.exists(fileOrFolder)) {
            return List.of();
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(SigningKeys.readPublic(fileOrFolder));
        }
        List<PublicKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".pub"))
                    .sorted()
                    .toList()) {
                keys.add(SigningKeys.readPublic(f));
            }
        }
        return keys;
    }
}
