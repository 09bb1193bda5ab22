package org.legalkiosk.hub.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration both sides use. Unknown fields are ignored in both directions, so a newer hub can add
 * to a reply and a newer kiosk to a heartbeat without breaking the other; sizes are limited before parsing
 * (see {@link Limits}). Times are ISO-8601 instants.
 */
public final class WireJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private WireJson() {}

    /**
     * A copy of the wire configuration, for a caller that needs a full mapper: changing it cannot change how the
     * rest of the process reads and writes. To read a wire value, {@link #read} is cheaper.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one value, or throws {@link WireFormatException} with a message fit for the sender (the field and what is
     * wrong with it, never a stack trace).
     */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new WireFormatException("the body is empty or null");
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new WireFormatException(cause.getMessage());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new WireFormatException("not valid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
