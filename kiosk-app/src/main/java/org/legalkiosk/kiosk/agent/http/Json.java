package org.legalkiosk.kiosk.agent.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The agent's one JSON mapper: strict on input (unknown fields, trailing tokens, null primitives are errors). */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    static {
        MAPPER.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(32).build());
        // {"version":1,"version":6}: which one did the sender mean? Refuse rather than let the last one win.
        MAPPER.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** `org.legalkiosk.kiosk.store.NoticeDocument$Text`, `java.lang.Long`: names a caller has no use for. */
    // Possessive: every package segment ends in '.', every nested class in '$', so nothing is ever given back.
    private static final Pattern JAVA_TYPE =
            Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*+\\.)++([A-Z][A-Za-z0-9_]*+\\$)*+([A-Za-z][A-Za-z0-9_]*+)`?");

    private Json() {}

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static byte[] error(String code, String message) {
        return bytes(Map.of("error", code, "message", message == null ? "" : message));
    }

    /** Parses a request body; any problem is a 400 that says what was wrong without echoing the whole body. */
    public static <T> T parse(byte[] body, Class<T> type) throws ApiException {
        if (body.length == 0) {
            throw ApiException.badRequest("the request needs a JSON body");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("the JSON body is null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(400, "unknown_field", "unknown field '" + e.getPropertyName() + "'");
        } catch (MismatchedInputException e) {
            String field = fieldPath(e);
            throw new ApiException(
                    400,
                    "malformed_json",
                    field.isEmpty()
                            ? "the body is not a JSON object of the expected shape"
                            : "field '" + field + "' has a value of the wrong type");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            String first = e.getOriginalMessage() == null
                    ? "unreadable"
                    : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ApiException(
                    400,
                    "malformed_json",
                    "the body is not valid JSON of the expected shape: " + withoutJavaTypes(first));
        } catch (IOException e) {
            String first = "unreadable";
            throw new ApiException(400, "malformed_json", "the body is not valid JSON of the expected shape: " + first);
        }
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A parser message with Java type names replaced by their last part in plain words. */
    public static String withoutJavaTypes(String message) {
        return JAVA_TYPE.matcher(message).replaceAll(m -> "a " + m.group(2).toLowerCase(java.util.Locale.ROOT));
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
