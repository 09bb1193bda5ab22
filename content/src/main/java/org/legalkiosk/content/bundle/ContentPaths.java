package org.legalkiosk.content.bundle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which relative paths a bundle may carry. A path is checked before it ever touches the file system: plain
 * ASCII segments separated by {@code /}, nothing that could climb out of the version folder or mean something
 * special on another system, and only under the content folders the kiosk reads.
 */
public final class ContentPaths {

    /** The top-level files a content folder holds. */
    public static final List<String> ROOT_FILES =
            List.of("categories.yaml", "laws.yaml", "notices.yaml", "synonyms.txt");
    /**
     * The top-level folders a content folder holds; {@code statutes/} is optional official texts,
     * {@code selfcheck/} the legal-aid self-check questionnaire, {@code forms/} the guided forms' interviews.
     */
    public static final List<String> ROOT_FOLDERS = List.of("explainers", "images", "statutes", "selfcheck", "forms");

    static final int MAX_PATH_LENGTH = 240;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private ContentPaths() {}

    /** Why {@code path} may not be used, or empty when it is fine. */
    public static Optional<String> problem(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of("empty path");
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return Optional.of("path longer than " + MAX_PATH_LENGTH + " characters");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("backslash in path '" + printable(path) + "'");
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("absolute path '" + printable(path) + "'");
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("path '" + printable(path) + "' climbs with '" + segment + "'");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of(
                        "path '" + printable(path) + "' has a segment other than letters, digits, '.', '_', '-'");
            }
        }
        boolean allowed = segments.length == 1 ? ROOT_FILES.contains(path) : ROOT_FOLDERS.contains(segments[0]);
        if (!allowed) {
            return Optional.of("path '" + path + "' is outside " + String.join(", ", ROOT_FILES) + ", "
                    + String.join("/, ", ROOT_FOLDERS) + "/");
        }
        return Optional.empty();
    }

    /** The form two paths share when a case-insensitive file system would store them in the same place. */
    static String folded(String path) {
        return path.toLowerCase(Locale.ROOT);
    }

    /** Hostile names may hold control characters; never echo them raw into a log or a terminal. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    public static String mediaType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md")) {
            return "text/markdown; charset=utf-8";
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return "application/yaml";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (name.endsWith(".webp")) {
            return "image/webp";
        } else if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
