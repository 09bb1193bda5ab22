package org.legalkiosk.kiosk.service.booking;

import java.util.function.Consumer;

/**
 * Fills a person's name and ID number from the card they tap on the reader. Waiting happens on a thread of the
 * service's own; the answer is handed to {@code onResult} on that thread (screens hop onto the JavaFX thread).
 */
public interface IdCardService {

    /**
     * Waits until a card is placed (or the reader fails), then answers once. Closing the returned wait stops it
     * and no answer comes.
     */
    CardWait waitForCard(Consumer<CardResult> onResult);

    /** Whether a reader is configured and ready, so a screen can offer the card or go straight to typing. */
    boolean readerReady();

    /** A wait that can be stopped: the visitor chose to type instead, or walked away. */
    interface CardWait extends AutoCloseable {
        @Override
        void close();
    }

    /** A terminal without a card reader: every wait answers {@link CardResult.Outcome#NO_READER} at once. */
    IdCardService NONE = new IdCardService() {
        @Override
        public CardWait waitForCard(Consumer<CardResult> onResult) {
            onResult.accept(CardResult.failed(CardResult.Outcome.NO_READER));
            return () -> {};
        }

        @Override
        public boolean readerReady() {
            return false;
        }
    };
}
