package org.legalkiosk.devices.smartcard;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceState;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;
import org.legalkiosk.devices.smartcard.SmartCardException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PC/SC reader through {@code javax.smartcardio} (pcscd and libpcsclite on Linux). A watcher thread follows the
 * slot with {@code waitForCardPresent} / {@code waitForCardAbsent}, bounded by the poll interval so it notices a
 * pulled reader and a {@link #close()}; it connects to a card as soon as it is placed, to read the ATR. Commands
 * run on an I/O thread of their own so that a card that never answers costs the caller only the command timeout.
 */
public final class PcscSmartCardReader extends TrackedDevice implements SmartCardReader {

    private static final Logger LOG = LoggerFactory.getLogger(PcscSmartCardReader.class);

    /**
     * Settings of one reader.
     *
     * @param readerName     part of the PC/SC reader name to use (case-insensitive); empty takes the first reader
     * @param pollInterval   how long one wait on the slot lasts, and the pause before looking for a missing reader
     * @param commandTimeout how long one command may take
     */
    public record Settings(String readerName, Duration pollInterval, Duration commandTimeout) {

        public Settings {
            readerName = readerName == null ? "" : readerName.strip();
            if (pollInterval.toMillis() < 1 || commandTimeout.toMillis() < 1) {
                // javax.smartcardio takes a timeout of 0 as "wait forever"
                throw new IllegalArgumentException("pollInterval and commandTimeout must be at least 1 ms");
            }
        }

        public static Settings defaults() {
            return new Settings("", Duration.ofSeconds(1), Duration.ofSeconds(5));
        }

        /** From a device entry: {@code reader}, {@code pollMillis} (1000), {@code timeoutMillis} (5000). */
        public static Settings from(DeviceConfig config) {
            Settings d = defaults();
            return new Settings(
                    config.property("reader", d.readerName()),
                    config.millisProperty("pollMillis", d.pollInterval()),
                    config.millisProperty("timeoutMillis", d.commandTimeout()));
        }
    }

    /** Where the readers come from: the JDK's PC/SC provider, or in-process fakes in tests. */
    @FunctionalInterface
    public interface TerminalSource {

        CardTerminals terminals() throws Exception;
    }

    /**
     * The system's PC/SC readers. A new factory each time, so a pcscd that was not running when the kiosk started
     * is found once it runs.
     */
    public static TerminalSource systemPcsc() {
        return () -> TerminalFactory.getInstance("PC/SC", null).terminals();
    }

    private final Settings settings;
    private final TerminalSource source;
    private final CardListeners cardListeners = new CardListeners();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread watcher;
    private final Object cardLock = new Object();
    private ExecutorService io;
    private Card card;
    private Atr atr;
    private volatile CardTerminal terminal;
    private CardTerminals terminals;
    private volatile boolean closed;

    private PcscSmartCardReader(String id, Settings settings, TerminalSource source, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = Objects.requireNonNull(source, "source");
        this.io = newIoThread();
        this.watcher = new Thread(this::watch, "smartcard-watch-" + id);
        this.watcher.setDaemon(true);
    }

    /** Creates the reader and starts watching its slot; never waits for the hardware. */
    public static PcscSmartCardReader start(String id, Settings settings, TerminalSource source, Clock clock) {
        PcscSmartCardReader reader = new PcscSmartCardReader(id, settings, source, clock);
        reader.watcher.start();
        return reader;
    }

    public static PcscSmartCardReader create(DeviceConfig config, Clock clock) {
        return start(config.id(), Settings.from(config), systemPcsc(), clock);
    }

    private void watch() {
        while (!closed) {
            try {
                CardTerminal found = findTerminal();
                if (found == null) {
                    cardGone();
                    pause();
                    continue;
                }
                tracker().ready();
                boolean present = found.isCardPresent();
                boolean known;
                synchronized (cardLock) {
                    known = atr != null;
                }
                if (present && !known) {
                    cardArrived(found);
                } else if (!present && known) {
                    cardGone();
                }
                long wait = settings.pollInterval().toMillis();
                if (present) {
                    found.waitForCardAbsent(wait);
                } else {
                    found.waitForCardPresent(wait);
                }
            } catch (CardException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.debug("Smart-card reader {}: {}", id(), e.toString());
                lostReader("reader-lost", "the reader stopped answering: " + e.getMessage());
                pause();
            }
        }
    }

    /** The configured reader, or null (with the status saying why) when it is not there. */
    private CardTerminal findTerminal() throws CardException {
        if (terminals == null) {
            try {
                terminals = source.terminals();
            } catch (Exception e) {
                lostReader("pcsc-unavailable", "PC/SC is not available (is pcscd running?): " + e.getMessage());
                return null;
            }
        }
        List<CardTerminal> list = terminals.list();
        String wanted = settings.readerName().toLowerCase(Locale.ROOT);
        CardTerminal found = list.stream()
                .filter(t ->
                        wanted.isEmpty() || t.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .findFirst()
                .orElse(null);
        if (found == null) {
            lostReader(
                    "no-reader",
                    wanted.isEmpty()
                            ? "no PC/SC reader is connected"
                            : "no PC/SC reader named '" + settings.readerName() + "' is connected");
            return null;
        }
        if (terminal == null || !terminal.getName().equals(found.getName())) {
            LOG.info("Smart-card reader {} uses '{}'", id(), found.getName());
        }
        terminal = found;
        return found;
    }

    private void lostReader(String reason, String description) {
        terminal = null;
        if ("reader-lost".equals(reason) || "pcsc-unavailable".equals(reason)) {
            terminals = null;
        }
        cardGone();
        tracker().disconnected(reason, description);
    }

    private void cardArrived(CardTerminal found) {
        Card connected;
        try {
            connected = found.connect("*");
        } catch (CardException | RuntimeException e) {
            // a mute or half-inserted card: it is tried again at the next turn while it stays in the slot
            LOG.debug("Smart-card reader {}: cannot connect to the card: {}", id(), e.toString());
            return;
        }
        Atr arrived = Atr.of(connected.getATR().getBytes());
        synchronized (cardLock) {
            card = connected;
            atr = arrived;
        }
        LOG.info("Smart-card reader {}: card placed ({})", id(), arrived.hex());
        cardListeners.inserted(id(), arrived);
    }

    private void cardGone() {
        Card old;
        synchronized (cardLock) {
            if (atr == null) {
                return;
            }
            old = card;
            card = null;
            atr = null;
        }
        disconnectQuietly(old);
        LOG.info("Smart-card reader {}: card removed", id());
        cardListeners.removed(id());
    }

    private static void disconnectQuietly(Card old) {
        if (old == null) {
            return;
        }
        try {
            old.disconnect(false);
        } catch (CardException | RuntimeException e) {
            LOG.debug("Disconnecting a removed card failed: {}", e.toString());
        }
    }

    private void pause() {
        try {
            closing.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public Optional<Atr> card() {
        synchronized (cardLock) {
            return Optional.ofNullable(atr);
        }
    }

    @Override
    public ResponseApdu select(Aid aid) throws SmartCardException {
        return send("SELECT " + aid.hex(), Apdus.select(aid));
    }

    @Override
    public ResponseApdu transmit(byte[] commandApdu) throws SmartCardException {
        Apdus.requireWellFormed(commandApdu);
        return send(String.format("command %02X", commandApdu[1] & 0xFF), commandApdu);
    }

    private ResponseApdu send(String name, byte[] command) throws SmartCardException {
        if (closed) {
            throw new SmartCardException(Reason.DISCONNECTED, name + ": reader closed");
        }
        Card target;
        ExecutorService thread;
        synchronized (cardLock) {
            if (tracker().current().state() == DeviceState.DISCONNECTED) {
                throw new SmartCardException(
                        Reason.DISCONNECTED, name + ": " + tracker().current().description());
            }
            if (card == null) {
                throw new SmartCardException(Reason.NO_CARD, name + ": no card in the reader");
            }
            target = card;
            thread = io;
        }
        Future<byte[]> answer = thread.submit(() ->
                target.getBasicChannel().transmit(new CommandAPDU(command)).getBytes());
        byte[] raw;
        try {
            raw = answer.get(settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(target, thread);
            throw new SmartCardException(
                    Reason.TIMEOUT,
                    null,
                    name + ": no answer within " + settings.commandTimeout().toMillis() + " ms",
                    null);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new SmartCardException(Reason.TIMEOUT, null, name + ": interrupted", e);
        } catch (ExecutionException e) {
            throw failure(name, target, e.getCause());
        }
        return StatusWords.check(name, ResponseApdu.parse(raw));
    }

    /**
     * A command hangs: the I/O thread is stuck in native code, so it is replaced, and the card is dropped so that
     * the next command starts from a fresh connection (the watcher connects again while the card stays).
     */
    private void abandon(Card target, ExecutorService stuck) {
        stuck.shutdownNow();
        boolean dropped = false;
        synchronized (cardLock) {
            if (io == stuck) {
                io = newIoThread();
            }
            if (card == target) {
                card = null;
                atr = null;
                dropped = true;
            }
        }
        Thread t = new Thread(() -> disconnectQuietly(target), "smartcard-drop-" + id());
        t.setDaemon(true);
        t.start();
        if (dropped) {
            cardListeners.removed(id());
        }
    }

    private SmartCardException failure(String name, Card target, Throwable cause) {
        String text = String.valueOf(cause.getMessage());
        boolean removed = cause instanceof IllegalStateException
                || text.contains("REMOVED")
                || text.contains("NO_SMARTCARD")
                || !stillPresent();
        if (removed) {
            return new SmartCardException(Reason.CARD_REMOVED, null, name + ": the card was taken out", cause);
        }
        if (text.contains("NO_SERVICE") || text.contains("READER_UNAVAILABLE") || text.contains("UNKNOWN_READER")) {
            return new SmartCardException(
                    Reason.DISCONNECTED, null, name + ": the reader is gone (" + text + ")", cause);
        }
        if (cause instanceof IllegalArgumentException) {
            return new SmartCardException(Reason.REJECTED, null, name + ": " + text, cause);
        }
        return new SmartCardException(Reason.CARD_ERROR, null, name + ": " + text, cause);
    }

    private boolean stillPresent() {
        CardTerminal t = terminal;
        try {
            return t != null && t.isCardPresent();
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }

    private ExecutorService newIoThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "smartcard-io-" + id());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public DeviceStatus status() {
        return tracker().current();
    }

    @Override
    public void addCardListener(CardListener listener) {
        cardListeners.add(listener);
    }

    @Override
    public void removeCardListener(CardListener listener) {
        cardListeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        closing.countDown();
        try {
            // the watcher may be inside one bounded wait on the slot
            watcher.join(settings.pollInterval().toMillis() * 2 + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Card old;
        ExecutorService thread;
        synchronized (cardLock) {
            old = card;
            card = null;
            atr = null;
            thread = io;
        }
        disconnectQuietly(old);
        thread.shutdownNow();
    }
}
