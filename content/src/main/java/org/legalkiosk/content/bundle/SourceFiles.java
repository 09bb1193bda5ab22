package org.legalkiosk.content.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.legalkiosk.content.source.ContentProblem;

/**
 * The files of a content folder that go into a bundle: an explicit include list ({@link ContentPaths#ROOT_FILES}
 * and everything under {@link ContentPaths#ROOT_FOLDERS}), so build files, sources and notes beside the content
 * ({@code pom.xml}, {@code src/}, {@code target/}, {@code README.md}) never ship. Hidden files are skipped;
 * links and names a kiosk would refuse are reported.
 */
public final class SourceFiles {

    /** One file to bundle: its path inside the bundle, and where it is now. */
    public record SourceFile(String path, Path file) {}

    public record Result(List<SourceFile> files, List<ContentProblem> problems) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private SourceFiles() {}

    public static Result collect(Path root) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (String name : ContentPaths.ROOT_FILES) {
            Path file = root.resolve(name);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                add(root, file, files, problems);
            }
        }
        for (String folder : ContentPaths.ROOT_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(dir)) {
                found = walk.filter(p -> !p.equals(dir)).sorted().toList();
            }
            for (Path p : found) {
                if (isHidden(dir, p) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                add(root, p, files, problems);
            }
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return new Result(files, problems);
    }

    private static void add(Path root, Path file, List<SourceFile> files, List<ContentProblem> problems) {
        String path = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new ContentProblem(path, 0, "not a regular file (links are not bundled)"));
            return;
        }
        Optional<String> problem = ContentPaths.problem(path);
        if (problem.isPresent()) {
            problems.add(new ContentProblem(path, 0, problem.get()));
            return;
        }
        files.add(new SourceFile(path, file));
    }

    private static boolean isHidden(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
