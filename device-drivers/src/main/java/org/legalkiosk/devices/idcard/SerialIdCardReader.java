package org.legalkiosk.devices.idcard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.legalkiosk.devices.DeviceConfig;
import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.TrackedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ID-card reader on a serial port (UART, or USB-serial such as /dev/ttyUSB0) through jSerialComm, speaking
 * the SAM_A protocol at 115200 8N1. The port is opened lazily and again after an unplug, so a reader that is
 * absent at start or pulled out comes back by itself at the next {@link #read} or {@link #status}.
 */
public final class SerialIdCardReader extends TrackedDevice implements IdCardReader {

    private static final Logger LOG = LoggerFactory.getLogger(SerialIdCardReader.class);

    /**
     * Settings of one reader.
     *
     * @param path          the port, e.g. {@code /dev/ttyUSB0}
     * @param baud          115200 unless the reader was reconfigured
     * @param answerTimeout how long one answer may take; the read command needs about 400 ms
     * @param attempts      how often a request is sent before giving up on damaged or missing answers
     * @param pollInterval  the pause between two "find card" requests while waiting for a card
     */
    public record Settings(String path, int baud, Duration answerTimeout, int attempts, Duration pollInterval) {

        public Settings {
            Objects.requireNonNull(path, "path");
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }

        public static Settings defaults(String path) {
            return new Settings(path, 115_200, Duration.ofMillis(1500), 3, Duration.ofMillis(300));
        }

        /** From a device entry: {@code path} (required), {@code baud}, {@code timeoutMillis}, {@code attempts}, {@code pollMillis}. */
        public static Settings from(DeviceConfig config) {
            Settings d = defaults(config.requireProperty("path"));
            return new Settings(
                    d.path(),
                    config.intProperty("baud", d.baud()),
                    config.millisProperty("timeoutMillis", d.answerTimeout()),
                    config.intProperty("attempts", d.attempts()),
                    config.millisProperty("pollMillis", d.pollInterval()));
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private SerialSamPort port;
    private volatile boolean closed;

    public SerialIdCardReader(String id, Settings settings) {
        this(id, settings, Clock.systemUTC());
    }

    SerialIdCardReader(String id, Settings settings, Clock clock) {
        super(id, clock, InitialStatus.NOT_CHECKED);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        addListener(status -> LOG.info("Reader {} is now {} {}", id(), status.state(), status.reason()));
    }

    public static SerialIdCardReader create(DeviceConfig config) {
        return new SerialIdCardReader(config.id(), Settings.from(config));
    }

    @Override
    public Optional<IdCard> read(Duration timeout) throws IdCardReaderException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lockUntil(deadline);
        try {
            while (true) {
                Optional<IdCard> card = tryRead();
                if (card.isPresent()) {
                    return card;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.sleep(
                        Math.min(left, settings.pollInterval().toNanos()));
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitRemoval(Duration timeout) throws IdCardReaderException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lockUntil(deadline);
        try {
            while (true) {
                SamStatus found = expect(SamCommand.FIND_CARD, exchange(SamCommand.FIND_CARD));
                if (found.category() == SamStatus.Category.NO_CARD) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.sleep(
                        Math.min(left, settings.pollInterval().toNanos()));
            }
        } finally {
            lock.unlock();
        }
    }

    /** One find / select / read round: a card, or empty when none is (steadily) in the field. */
    private Optional<IdCard> tryRead() throws IdCardReaderException {
        SamStatus found = expect(SamCommand.FIND_CARD, exchange(SamCommand.FIND_CARD));
        if (found.category() == SamStatus.Category.NO_CARD) {
            return Optional.empty();
        }
        SamStatus selected = expect(SamCommand.SELECT_CARD, exchange(SamCommand.SELECT_CARD));
        if (selected.category() == SamStatus.Category.NO_CARD) {
            LOG.debug("Reader {}: card left before it was selected", id());
            return Optional.empty();
        }
        SamResponse answer = exchange(SamCommand.READ_TEXT_AND_PHOTO);
        SamStatus read = expect(SamCommand.READ_TEXT_AND_PHOTO, answer);
        if (read.category() == SamStatus.Category.NO_CARD) {
            throw new IdCardReaderException(
                    IdCardReaderException.Reason.CARD_UNREADABLE,
                    read,
                    "the card left the reader while it was read",
                    null);
        }
        IdCard card = parse(answer.data());
        LOG.info("Reader {} read {}", id(), card);
        return Optional.of(card);
    }

    private IdCard parse(byte[] data) throws IdCardReaderException {
        if (data.length < 4) {
            throw new IdCardReaderException(IdCardReaderException.Reason.READER_ERROR, "read answer without lengths");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int textLength = Short.toUnsignedInt(buffer.getShort());
        int photoLength = Short.toUnsignedInt(buffer.getShort());
        if (textLength != IdCardTextLayout.SIZE || data.length < 4 + textLength + photoLength) {
            throw new IdCardReaderException(
                    IdCardReaderException.Reason.READER_ERROR,
                    "read answer of " + data.length + " bytes announces text " + textLength + " and photo "
                            + photoLength);
        }
        byte[] text = Arrays.copyOfRange(data, 4, 4 + textLength);
        byte[] photo = Arrays.copyOfRange(data, 4 + textLength, 4 + textLength + photoLength);
        try {
            return IdCardTextParser.parse(text, photo);
        } catch (IdCardFormatException e) {
            throw new IdCardReaderException(IdCardReaderException.Reason.CARD_DATA, null, e.getMessage(), e);
        }
    }

    /** The answer's status when the driver may go on (success or no card); the matching failure otherwise. */
    private SamStatus expect(SamCommand command, SamResponse answer) throws IdCardReaderException {
        SamStatus status = answer.status()
                .orElseThrow(() -> fail(new IdCardReaderException(
                        IdCardReaderException.Reason.READER_ERROR,
                        String.format("%s answered with undefined status %02X", command, answer.sw3()))));
        return switch (status.category()) {
            case SUCCESS, NO_CARD -> {
                tracker().ready();
                yield status;
            }
            case CARD ->
                throw new IdCardReaderException(
                        IdCardReaderException.Reason.CARD_UNREADABLE, status, command + ": " + status.meaning(), null);
            case SAM ->
                throw fail(new IdCardReaderException(
                        IdCardReaderException.Reason.SAM_FAULT, status, command + ": " + status.meaning(), null));
            case COMMAND, TRANSMISSION ->
                throw fail(new IdCardReaderException(
                        IdCardReaderException.Reason.READER_ERROR, status, command + ": " + status.meaning(), null));
        };
    }

    /**
     * Sends a request and returns its answer, retrying on silence, damaged frames and the reader's own
     * "your frame was damaged" statuses; closes the port when it is gone so the next call reopens it.
     */
    private SamResponse exchange(SamCommand command) throws IdCardReaderException {
        if (closed) {
            throw new IdCardReaderException(IdCardReaderException.Reason.DISCONNECTED, "reader closed");
        }
        SamResponse last = null;
        IOException lastError = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            SerialSamPort open = ensureOpen();
            try {
                last = open.exchange(command, settings.answerTimeout());
                lastError = null;
                if (last.status()
                        .map(s -> s.category() != SamStatus.Category.TRANSMISSION)
                        .orElse(true)) {
                    return last;
                }
                LOG.debug("Reader {}: {} arrived damaged at the reader ({}), attempt {}", id(), command, last, attempt);
            } catch (SamProtocolException e) {
                if (e.kind() == SamProtocolException.Kind.CLOSED) {
                    dropPort();
                    throw fail(new IdCardReaderException(
                            IdCardReaderException.Reason.DISCONNECTED, null, "reader unplugged during " + command, e));
                }
                LOG.debug(
                        "Reader {}: {} failed ({}: {}), attempt {}", id(), command, e.kind(), e.getMessage(), attempt);
                lastError = e;
            } catch (IOException e) {
                lastError = e;
            }
        }
        if (last != null && lastError == null) {
            return last;
        }
        dropPort();
        throw fail(new IdCardReaderException(
                IdCardReaderException.Reason.NO_ANSWER,
                null,
                command + ": no valid answer after " + settings.attempts() + " attempts",
                lastError));
    }

    private SerialSamPort ensureOpen() throws IdCardReaderException {
        if (port == null) {
            try {
                port = SerialSamPort.open(settings.path(), settings.baud());
                LOG.info("Reader {} opened {}", id(), settings.path());
            } catch (IOException e) {
                throw fail(
                        new IdCardReaderException(IdCardReaderException.Reason.DISCONNECTED, null, e.getMessage(), e));
            }
        }
        return port;
    }

    private void dropPort() {
        if (port != null) {
            port.close();
            port = null;
        }
    }

    /** Records what a failure says about the device (a broken card says nothing about it) and hands it back. */
    private IdCardReaderException fail(IdCardReaderException e) {
        switch (e.reason()) {
            case DISCONNECTED -> tracker().disconnected("unplugged", e.getMessage());
            case NO_ANSWER -> tracker().disconnected("no-answer", e.getMessage());
            case SAM_FAULT -> tracker().needsAttention("sam-fault", e.getMessage());
            case READER_ERROR -> tracker().needsAttention("reader-error", e.getMessage());
            case CARD_UNREADABLE, CARD_DATA -> {}
        }
        return e;
    }

    /** Asks the reader's security module how it is; BUSY while a read is waiting for a card. */
    @Override
    public DeviceStatus status() {
        if (!lock.tryLock()) {
            return DeviceStatus.busy(id(), kind(), clock.instant());
        }
        try {
            expect(SamCommand.SAM_STATUS, exchange(SamCommand.SAM_STATUS));
        } catch (IdCardReaderException e) {
            LOG.debug("Reader {} status: {}", id(), e.getMessage());
        } finally {
            lock.unlock();
        }
        return tracker().current();
    }

    private void lockUntil(long deadline) throws InterruptedException, IdCardReaderException {
        // Waiting for the lock longer than the caller's own timeout would break the "nothing hangs" promise.
        long wait = Math.max(0, deadline - System.nanoTime())
                + settings.answerTimeout().toNanos();
        if (!lock.tryLock(wait, TimeUnit.NANOSECONDS)) {
            throw new IdCardReaderException(IdCardReaderException.Reason.READER_ERROR, "reader busy with another read");
        }
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            dropPort();
        } finally {
            lock.unlock();
        }
    }
}
