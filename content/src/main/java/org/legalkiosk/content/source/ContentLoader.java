package org.legalkiosk.content.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.legalkiosk.content.model.Category;
import org.legalkiosk.content.model.ContentLibrary;
import org.legalkiosk.content.model.Explainer;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.content.model.Law;
import org.legalkiosk.content.model.Notice;
import org.legalkiosk.content.model.SearchSynonyms;

/**
 * Reads a content folder ({@code categories.yaml}, {@code laws.yaml}, {@code notices.yaml}, {@code synonyms.txt},
 * {@code explainers/<category>/<id>.<lang>.md}, {@code images/}) into a {@link ContentLibrary}. Every problem in
 * every file is collected; {@link #loadStrict} refuses content with any problem at all.
 */
public final class ContentLoader {

    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)\\.([a-z]{2})\\.md");
    /** An explainer is a few kilobytes; anything far bigger is a mistake, not an explainer. */
    private static final long MAX_FILE_BYTES = 256 * 1024;

    /** The library built from what could be read, and everything that was wrong. */
    public record Result(ContentLibrary library, List<ContentProblem> problems) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    public Result load(Path root) {
        Problems problems = new Problems();
        List<Law> laws = CatalogueReader.readLaws(read(root, "laws.yaml", problems), "laws.yaml", problems);
        List<Category> categories = CatalogueReader.readCategories(
                read(root, "categories.yaml", problems), "categories.yaml", laws, problems);
        List<Notice> notices = Files.exists(root.resolve("notices.yaml"))
                ? CatalogueReader.readNotices(read(root, "notices.yaml", problems), "notices.yaml", problems)
                : List.of();
        Catalogue catalogue = new Catalogue(categories, laws);
        List<Explainer> explainers = readExplainers(root, catalogue, problems);
        crossCheck(root, explainers, problems);
        SearchSynonyms synonyms = Files.exists(root.resolve(SynonymReader.FILE))
                ? SynonymReader.read(read(root, SynonymReader.FILE, problems), problems)
                : SearchSynonyms.NONE;
        return new Result(new ContentLibrary(categories, laws, explainers, notices, synonyms), problems.list());
    }

    public ContentLibrary loadStrict(Path root) throws ContentValidationException {
        Result result = load(root);
        if (!result.isClean()) {
            throw new ContentValidationException(result.problems());
        }
        return result.library();
    }

    private List<Explainer> readExplainers(Path root, Catalogue catalogue, Problems problems) {
        Path dir = root.resolve("explainers");
        if (!Files.isDirectory(dir)) {
            problems.add("explainers", 0, "the content has no explainers/ folder");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add("explainers", 0, "cannot list explainers: " + e.getMessage());
            return List.of();
        }
        ExplainerParser parser = new ExplainerParser(catalogue);
        List<Explainer> explainers = new ArrayList<>();
        for (Path file : files) {
            String name = relative(root, file);
            Matcher m = FILE_NAME.matcher(PathParts.fileName(file));
            if (!m.matches()) {
                if (!PathParts.fileName(file).startsWith(".")) {
                    problems.add(name, 0, "explainer files are named <id>.<lang>.md, e.g. wills.zh.md");
                }
                continue;
            }
            Path parent = dir.relativize(file).getParent();
            if (parent == null || parent.getNameCount() != 1) {
                problems.add(name, 0, "explainers live one folder deep, in explainers/<category>/");
                continue;
            }
            String text = read(root, name, problems);
            if (text.isEmpty()) {
                continue;
            }
            parser.parse(name, text, problems).ifPresent(e -> {
                if (!e.id().equals(m.group(1))) {
                    problems.add(name, 2, "id '" + e.id() + "' differs from the file name '" + m.group(1) + "'");
                } else if (!e.language().code().equals(m.group(2))) {
                    problems.add(
                            name,
                            0,
                            "lang '" + e.language().code() + "' differs from the file name's '." + m.group(2) + ".'");
                } else if (!e.categoryId().equals(parent.toString())) {
                    problems.add(name, 0, "category '" + e.categoryId() + "' differs from its folder '" + parent + "'");
                } else {
                    explainers.add(e);
                }
            });
        }
        return explainers;
    }

    /** Checks that need all files: unique ids, translations matching their original, links and images. */
    private void crossCheck(Path root, List<Explainer> explainers, Problems problems) {
        Map<String, Explainer> chinese = new HashMap<>();
        Map<String, Explainer> seen = new HashMap<>();
        for (Explainer e : explainers) {
            Explainer previous = seen.put(e.id() + "." + e.language().code(), e);
            if (previous != null) {
                problems.add(e.source(), 2, "id '" + e.id() + "' is also used by " + previous.source());
            }
            if (e.language() == Language.ZH) {
                chinese.put(e.id(), e);
            }
        }
        MarkdownLint lint = new MarkdownLint();
        for (Explainer e : explainers) {
            if (e.language() != Language.ZH) {
                Explainer original = chinese.get(e.id());
                if (original == null) {
                    problems.add(e.source(), 0, "a translation needs its Chinese original " + e.id() + ".zh.md");
                } else if (!original.categoryId().equals(e.categoryId())
                        || !original.cites().equals(e.cites())) {
                    problems.add(e.source(), 0, "category and cites must be the same as in " + original.source());
                }
            }
            MarkdownLint.References refs =
                    lint.check(e.body(), e.language(), e.source(), e.bodyStartLine(), new Problems());
            for (MarkdownLint.Reference link : refs.explainerLinks()) {
                if (!chinese.containsKey(link.target())) {
                    problems.add(e.source(), link.line(), "link to unknown explainer '" + link.target() + "'");
                }
            }
            for (MarkdownLint.Reference image : refs.images()) {
                if (!Files.isRegularFile(root.resolve(image.target()))) {
                    problems.add(e.source(), image.line(), "image '" + image.target() + "' does not exist");
                }
            }
        }
    }

    private static String read(Path root, String relative, Problems problems) {
        Path file = root.resolve(relative);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(relative, 0, "file is larger than " + MAX_FILE_BYTES / 1024 + " KiB");
                return "";
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(relative, 0, "file is not valid UTF-8");
        } catch (IOException e) {
            problems.add(
                    relative,
                    0,
                    "cannot read: "
                            + Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        return "";
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
