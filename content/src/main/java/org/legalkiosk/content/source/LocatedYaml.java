package org.legalkiosk.content.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML document as a tree whose every node remembers its line. Jackson's tree model forgets locations, and a
 * self-check is nested deeply enough that "somewhere in the file" does not help an author.
 */
public final class LocatedYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final int line;
    private final String scalar;
    private final Map<String, LocatedYaml> fields;
    private final List<LocatedYaml> items;

    private LocatedYaml(int line, String scalar, Map<String, LocatedYaml> fields, List<LocatedYaml> items) {
        this.line = line;
        this.scalar = scalar;
        this.fields = fields;
        this.items = items;
    }

    /** Parses a whole document; syntax errors and duplicate keys go to {@code problems}. */
    public static Optional<LocatedYaml> parse(String yaml, String file, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                problems.add(file, 1, "the file is empty");
                return Optional.empty();
            }
            return Optional.of(read(parser, parser.currentTokenLocation().getLineNr(), file, problems));
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
    }

    private static LocatedYaml read(JsonParser parser, int line, String file, Problems problems) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, LocatedYaml> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                LocatedYaml value = read(parser, keyLine, file, problems);
                if (fields.put(name, value) != null) {
                    problems.add(file, keyLine, "duplicate key '" + name + "'");
                }
            }
            return new LocatedYaml(line, null, fields, null);
        }
        if (token == JsonToken.START_ARRAY) {
            List<LocatedYaml> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser, parser.currentTokenLocation().getLineNr(), file, problems));
            }
            return new LocatedYaml(line, null, null, items);
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
        return new LocatedYaml(line, text, null, null);
    }

    public int line() {
        return line;
    }

    public boolean isMapping() {
        return fields != null;
    }

    public boolean isList() {
        return items != null;
    }

    /** The scalar text, or empty for a mapping, a list, a null or a blank value. */
    public Optional<String> text() {
        return scalar == null || scalar.isBlank() ? Optional.empty() : Optional.of(scalar.trim());
    }

    public Optional<LocatedYaml> get(String name) {
        return fields == null ? Optional.empty() : Optional.ofNullable(fields.get(name));
    }

    public Optional<String> text(String name) {
        return get(name).flatMap(LocatedYaml::text);
    }

    /** The line of {@code name}'s key, or this node's line when the key is missing. */
    public int lineOf(String name) {
        return get(name).map(LocatedYaml::line).orElse(line);
    }

    public List<LocatedYaml> items() {
        return items == null ? List.of() : items;
    }

    public java.util.Set<String> names() {
        return fields == null ? java.util.Set.of() : fields.keySet();
    }
}
