package org.legalkiosk.devices.idcard.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.fazecast.jSerialComm.SerialPort;
import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.SamCommand;
import org.legalkiosk.devices.idcard.SamFrameReader;
import org.legalkiosk.devices.idcard.SamProtocolException;
import org.legalkiosk.devices.idcard.SamRequest;
import org.legalkiosk.devices.idcard.SamResponse;
import org.legalkiosk.devices.idcard.SamStatus;
import org.legalkiosk.devices.idcard.SampleCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a SAM ID-card reader on a serial port, normally one end of a pty pair made with
 * {@code socat -d -d pty,raw,echo=0,link=/tmp/ttyReader pty,raw,echo=0,link=/tmp/ttyDriver}: the driver opens
 * one link, the emulator the other. Like a real reader it halts a card once read: find answers "no card" until
 * the card is removed and placed again.
 */
public final class IdCardReaderEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdCardReaderEmulator.class);
    private static final Duration FRAME_TIMEOUT = Duration.ofMillis(500);
    private static final byte[] NOISE = {0x13, 0x37, (byte) 0xAA, (byte) 0xAA, 0x00, (byte) 0xFF, 0x42, 0x69, 0x55};

    private final String path;
    private final SerialPort port;
    private final Runnable unplugAction;
    private final Thread thread;
    private final List<EmulatorFault> faults = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<EmulatorFault> faultsOnce = new ConcurrentLinkedQueue<>();
    private final List<SamCommand> received = new CopyOnWriteArrayList<>();
    private final Object cardLock = new Object();
    private IdCard card;
    private boolean selected;
    private boolean halted;
    private volatile boolean running = true;

    private IdCardReaderEmulator(String path, SerialPort port, Runnable unplugAction) {
        this.path = path;
        this.port = port;
        this.unplugAction = unplugAction;
        this.thread = new Thread(this::serve, "idcard-emulator " + path);
        thread.setDaemon(true);
    }

    /** Starts answering on the port at {@code path}; {@code unplugAction} pulls the cable for the UNPLUG fault. */
    public static IdCardReaderEmulator start(String path, Runnable unplugAction) throws IOException {
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + path);
        }
        IdCardReaderEmulator emulator = new IdCardReaderEmulator(path, port, unplugAction);
        emulator.thread.start();
        LOG.info("ID-card reader emulator answering on {}", path);
        return emulator;
    }

    /** Starts with an unplug that closes the emulator's own end of the line. */
    public static IdCardReaderEmulator start(String path) throws IOException {
        IdCardReaderEmulator[] self = new IdCardReaderEmulator[1];
        self[0] = start(path, () -> self[0].close());
        return self[0];
    }

    /** Places a card on the reader (replacing any card there). */
    public void insert(IdCard newCard) {
        synchronized (cardLock) {
            card = newCard;
            selected = false;
            halted = false;
        }
    }

    public void remove() {
        synchronized (cardLock) {
            card = null;
            selected = false;
            halted = false;
        }
    }

    /** Applies a fault every time its command arrives, until {@link #clearFaults()}. */
    public void fault(EmulatorFault fault) {
        faults.add(fault);
    }

    /** Applies a fault to the next arrival of its command only. */
    public void faultOnce(EmulatorFault fault) {
        faultsOnce.add(fault);
    }

    public void clearFaults() {
        faults.clear();
        faultsOnce.clear();
    }

    /** Every command received so far, in order. */
    public List<SamCommand> received() {
        return List.copyOf(received);
    }

    public boolean isRunning() {
        return running && thread.isAlive();
    }

    private void serve() {
        SamFrameReader reader = new SamFrameReader((buffer, offset, length) -> port.readBytes(buffer, length, offset));
        try {
            while (running) {
                byte[] body;
                try {
                    body = reader.readBody(Duration.ofMillis(200), FRAME_TIMEOUT);
                } catch (SamProtocolException e) {
                    switch (e.kind()) {
                        case CLOSED -> {
                            LOG.info("Emulator on {}: the line was closed", path);
                            return;
                        }
                        case BAD_CHECKSUM ->
                            send(SamResponse.of(SamStatus.CHECKSUM_ERROR, null).toFrame());
                        case BAD_LENGTH, MALFORMED ->
                            send(SamResponse.of(SamStatus.LENGTH_ERROR, null).toFrame());
                        case NO_ANSWER -> {}
                    }
                    continue;
                }
                answer(SamRequest.fromBody(body));
            }
        } catch (IOException e) {
            if (running) {
                LOG.warn("Emulator on {} stopped", path, e);
            }
        } finally {
            running = false;
        }
    }

    private void answer(SamRequest request) throws IOException {
        Optional<SamCommand> command = SamCommand.of(request.cmd(), request.para());
        if (command.isEmpty()) {
            send(SamResponse.of(SamStatus.COMMAND_ERROR, null).toFrame());
            return;
        }
        received.add(command.get());
        Optional<EmulatorFault> fault = faultFor(command.get());
        if (fault.isPresent() && fault.get().kind() == EmulatorFault.Kind.STATUS) {
            send(SamResponse.of(fault.get().status(), null).toFrame());
            return;
        }
        // A damaged or lost answer leaves the card as it was, so that the driver's retry finds it again.
        boolean delivered = fault.isEmpty() || fault.get().kind() == EmulatorFault.Kind.GARBAGE_THEN_ANSWER;
        byte[] frame = normalAnswer(command.get(), delivered).toFrame();
        if (fault.isEmpty()) {
            send(frame);
            return;
        }
        LOG.debug("Emulator on {}: {} for {}", path, fault.get().kind(), command.get());
        switch (fault.get().kind()) {
            case SILENCE -> {}
            case BAD_CHECKSUM -> {
                frame[frame.length - 1] ^= (byte) 0x5A;
                send(frame);
            }
            case GARBAGE -> send(NOISE);
            case GARBAGE_THEN_ANSWER -> {
                send(NOISE);
                send(frame);
            }
            case TRUNCATED -> send(Arrays.copyOf(frame, frame.length / 2));
            case UNPLUG -> {
                send(Arrays.copyOf(frame, frame.length / 2));
                running = false;
                unplugAction.run();
            }
            case STATUS -> throw new IllegalStateException("handled above");
        }
    }

    private Optional<EmulatorFault> faultFor(SamCommand command) {
        for (EmulatorFault once : faultsOnce) {
            if (once.command() == command && faultsOnce.remove(once)) {
                return Optional.of(once);
            }
        }
        return faults.stream().filter(f -> f.command() == command).findFirst();
    }

    private SamResponse normalAnswer(SamCommand command, boolean commit) {
        synchronized (cardLock) {
            boolean offered = card != null && !halted;
            return switch (command) {
                case RESET_SAM, SAM_STATUS -> SamResponse.of(SamStatus.OK, null);
                case SAM_ID -> SamResponse.of(SamStatus.OK, new byte[16]);
                case FIND_CARD ->
                    offered ? SamResponse.of(SamStatus.FIND_OK, new byte[4]) : SamResponse.of(SamStatus.NO_CARD, null);
                case SELECT_CARD -> {
                    if (commit) {
                        selected = offered;
                    }
                    yield offered
                            ? SamResponse.of(SamStatus.OK, new byte[8])
                            : SamResponse.of(SamStatus.SELECT_FAILED, null);
                }
                case READ_TEXT_AND_PHOTO -> {
                    if (!offered || !selected) {
                        yield SamResponse.of(SamStatus.READ_FAILED, null);
                    }
                    halted = commit;
                    yield SamResponse.of(SamStatus.OK, readData(card));
                }
            };
        }
    }

    /** Text length, photo length (both 2 bytes big-endian), 256 bytes of text, 1024 bytes of photo. */
    static byte[] readData(IdCard card) {
        byte[] text = IdCardTextEncoder.encode(card);
        byte[] photo = Arrays.copyOf(card.photo(), 1024);
        return ByteBuffer.allocate(4 + text.length + photo.length)
                .putShort((short) text.length)
                .putShort((short) photo.length)
                .put(text)
                .put(photo)
                .array();
    }

    private void send(byte[] bytes) throws IOException {
        if (port.writeBytes(bytes, bytes.length) != bytes.length) {
            throw new IOException("write to " + path + " failed");
        }
    }

    @Override
    public void close() {
        running = false;
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        port.closePort();
    }

    /**
     * Runs the emulator on a pty link until end of input: {@code java … IdCardReaderEmulator /tmp/ttyReader}. Type
     * {@code insert [resident|open-ended|hk|new-foreigner|foreigner]}, {@code remove}, {@code fault COMMAND KIND
     * [STATUS]}, {@code clear} or {@code quit}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: IdCardReaderEmulator PTY_PATH");
            System.exit(2);
        }
        Map<String, Supplier<IdCard>> cards = Map.of(
                "resident",
                SampleCards::resident,
                "open-ended",
                SampleCards::openEnded,
                "hk",
                SampleCards::hongKongPermit,
                "new-foreigner",
                SampleCards::newForeigner,
                "foreigner",
                SampleCards::foreigner);
        try (IdCardReaderEmulator emulator = start(args[0]);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println(
                    "emulating a reader on " + args[0] + "; commands: insert [card], remove, fault, clear, quit");
            String line;
            while ((line = in.readLine()) != null && emulator.isRunning()) {
                List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
                try {
                    switch (words.get(0).toLowerCase(Locale.ROOT)) {
                        case "insert" ->
                            emulator.insert(cards.getOrDefault(
                                            words.size() > 1 ? words.get(1) : "resident", SampleCards::resident)
                                    .get());
                        case "remove" -> emulator.remove();
                        case "fault" ->
                            emulator.fault(new EmulatorFault(
                                    SamCommand.valueOf(words.get(1)),
                                    EmulatorFault.Kind.valueOf(words.get(2)),
                                    words.size() > 3 ? SamStatus.valueOf(words.get(3)) : null));
                        case "clear" -> emulator.clearFaults();
                        case "quit" -> {
                            return;
                        }
                        case "" -> {}
                        default -> System.out.println("unknown command: " + words.get(0));
                    }
                } catch (RuntimeException e) {
                    System.out.println("cannot do that: " + e.getMessage());
                }
            }
        }
    }
}
