package org.legalkiosk.content.source;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML mapping read key by key, remembering the line each key stands on. Jackson's tree model forgets
 * locations, and authors need {@code file:line} to find their mistake.
 */
public final class YamlFields {

    /** A value and the line (1-based, in the YAML text) of its key. */
    public record Field(JsonNode value, int line) {}

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final Map<String, Field> fields;

    private YamlFields(Map<String, Field> fields) {
        this.fields = fields;
    }

    /**
     * Reads a mapping. Syntax errors and duplicate keys are reported with {@code lineOffset} added, so the line
     * refers to the enclosing file; returns empty when the text is not a readable mapping.
     */
    public static Optional<YamlFields> read(String yaml, String file, int lineOffset, Problems problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.add(file, lineOffset + 1, "front matter must be a mapping of `key: value` lines");
                return Optional.empty();
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr() + lineOffset;
                parser.nextToken();
                JsonNode value = MAPPER.readTree(parser);
                if (fields.containsKey(name)) {
                    problems.add(file, line, "duplicate key '" + name + "'");
                }
                fields.put(name, new Field(value, line));
            }
            if (token != JsonToken.END_OBJECT) {
                problems.add(file, lineOffset + 1, "front matter is not a single mapping");
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 1 : Math.max(1, where.getLineNr());
            problems.add(file, line + lineOffset, "YAML syntax error: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, lineOffset + 1, "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new YamlFields(fields));
    }

    /** Reads a YAML sequence of mappings (a catalogue file); each item is returned with the line it starts on. */
    public static Optional<java.util.List<Field>> readList(String yaml, String file, Problems problems) {
        java.util.List<Field> items = new java.util.ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(file, 1, "expected a list of entries, each starting with '- '");
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                items.add(new Field(MAPPER.readTree(parser), line));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.add(file, parser.currentTokenLocation().getLineNr(), "every entry must be a mapping");
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.add(
                    file,
                    where == null ? 1 : Math.max(1, where.getLineNr()),
                    "YAML syntax error: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 1, "cannot read YAML: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(items);
    }

    public Optional<Field> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public java.util.Set<String> names() {
        return fields.keySet();
    }

    public int lineOf(String name, int fallback) {
        Field f = fields.get(name);
        return f == null ? fallback : f.line();
    }
}
