package org.legalkiosk.kiosk.service.booking;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.IdCardReader;
import org.legalkiosk.devices.idcard.IdCardReaderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ID card through the device layer's {@link IdCardReader}. Each wait runs on its own daemon thread, reading in
 * short rounds so that closing the wait takes effect within one round even on a reader that ignores interrupts.
 */
public final class ReaderIdCardService implements IdCardService {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderIdCardService.class);
    private static final Duration ROUND = Duration.ofMillis(500);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Supplier<Optional<IdCardReader>> reader;

    /** @param reader the reader as it is now (the device manager may reconnect it), or empty when none */
    public ReaderIdCardService(Supplier<Optional<IdCardReader>> reader) {
        this.reader = reader;
    }

    @Override
    public boolean readerReady() {
        return reader.get().map(r -> r.status().isReady()).orElse(false);
    }

    @Override
    public CardWait waitForCard(Consumer<CardResult> onResult) {
        AtomicBoolean stopped = new AtomicBoolean();
        Thread thread = new Thread(
                () -> {
                    CardResult result = waitUntilStopped(stopped);
                    if (result != null && !stopped.get()) {
                        onResult.accept(result);
                    }
                },
                "id-card-wait-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        return () -> {
            stopped.set(true);
            thread.interrupt();
        };
    }

    private CardResult waitUntilStopped(AtomicBoolean stopped) {
        Optional<IdCardReader> found = reader.get();
        if (found.isEmpty()) {
            return CardResult.failed(CardResult.Outcome.NO_READER);
        }
        try {
            while (!stopped.get()) {
                Optional<IdCard> card = found.get().read(ROUND);
                if (card.isPresent()) {
                    String name = card.get().name().isEmpty()
                            ? card.get().foreignName()
                            : card.get().name();
                    LOG.info("ID card read: {}", card.get());
                    IdCard read = card.get();
                    return CardResult.read(name, read.idNumber())
                            .withDetails(new CardResult.CardDetails(
                                    read.sex().chineseName(), read.ethnicity(), read.birthDate(), read.address()));
                }
            }
            return null;
        } catch (InterruptedException e) {
            return null;
        } catch (IdCardReaderException e) {
            LOG.warn("ID card read failed: {} ({})", e.reason(), e.getMessage());
            return CardResult.failed(
                    switch (e.reason()) {
                        case CARD_UNREADABLE, CARD_DATA -> CardResult.Outcome.READ_ERROR;
                        case DISCONNECTED, NO_ANSWER, READER_ERROR, SAM_FAULT -> CardResult.Outcome.NO_READER;
                    });
        }
    }
}
