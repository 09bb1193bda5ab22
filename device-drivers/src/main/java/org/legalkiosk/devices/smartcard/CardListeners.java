package org.legalkiosk.devices.smartcard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The card listeners of one reader; one that throws is logged and skipped. */
final class CardListeners {

    private static final Logger LOG = LoggerFactory.getLogger(CardListeners.class);

    private final List<CardListener> listeners = new CopyOnWriteArrayList<>();

    void add(CardListener listener) {
        listeners.add(listener);
    }

    void remove(CardListener listener) {
        listeners.remove(listener);
    }

    void inserted(String readerId, Atr atr) {
        for (CardListener listener : listeners) {
            try {
                listener.cardInserted(readerId, atr);
            } catch (RuntimeException e) {
                LOG.warn("Card listener failed on insertion in {}", readerId, e);
            }
        }
    }

    void removed(String readerId) {
        for (CardListener listener : listeners) {
            try {
                listener.cardRemoved(readerId);
            } catch (RuntimeException e) {
                LOG.warn("Card listener failed on removal from {}", readerId, e);
            }
        }
    }
}
