package org.legalkiosk.deploy.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lays out one architecture's package for jdeb, from the sources in {@code deploy/}:
 * <ul>
 *   <li>{@code root/}: files installed with mode 0644, {@code exec/}: files installed with mode 0755 (whatever is
 *       executable in {@code deploy/files/});</li>
 *   <li>{@code root/usr/lib/legalkiosk/lib/}: every runtime jar, with the native libraries of this architecture
 *       only (the common jars plus this architecture's JavaFX jars);</li>
 *   <li>{@code control/}: the control file and maintainer scripts from {@code deploy/debian/}, and a
 *       {@code conffiles} listing everything under {@code /etc}.</li>
 * </ul>
 * {@code @ARCH@} and {@code @VERSION@} in the text files become the architecture and the package version;
 * manual pages and the changelog are compressed as Debian policy asks.
 *
 * <p>Arguments: {@code ARCH DEPLOY_DIR JARS_DIR STAGE_DIR VERSION}.
 */
public final class StagePackage {

    static final String LIB_DIR = "usr/lib/legalkiosk/lib";

    private final Architecture arch;
    private final Path deploy;
    private final Path jars;
    private final Path stage;
    private final String version;

    StagePackage(Architecture arch, Path deploy, Path jars, Path stage, String version) {
        this.arch = arch;
        this.deploy = deploy;
        this.jars = jars;
        this.stage = stage;
        this.version = version;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: StagePackage ARCH DEPLOY_DIR JARS_DIR STAGE_DIR VERSION");
        }
        new StagePackage(
                        Architecture.fromDebianName(args[0]),
                        Path.of(args[1]),
                        Path.of(args[2]),
                        Path.of(args[3]),
                        args[4])
                .run();
    }

    void run() throws IOException {
        deleteTree(stage);
        Path root = stage.resolve("root");
        Path exec = stage.resolve("exec");
        Path control = stage.resolve("control");
        copyFiles(deploy.resolve("files"), root, exec);
        copyJars(root.resolve(LIB_DIR));
        copyDocs(root.resolve("usr/share/doc/legalkiosk"));
        copyControl(control, root);
    }

    private void copyFiles(Path source, Path root, Path exec) throws IOException {
        for (Path file : regularFiles(source)) {
            Path relative = source.relativize(file);
            Path target = (Files.isExecutable(file) ? exec : root).resolve(relative.toString());
            Files.createDirectories(parentOf(target));
            if (relative.startsWith("usr/share/man")) {
                DebianGzip.compress(file, target.resolveSibling(relative.getFileName() + ".gz"));
            } else {
                writeSubstituted(file, target);
            }
        }
    }

    private void copyJars(Path lib) throws IOException {
        Files.createDirectories(lib);
        JarSlimmer slimmer = new JarSlimmer(arch);
        for (Path dir : List.of(jars.resolve("common"), jars.resolve(arch.debianName()))) {
            for (Path jar : regularFiles(dir)) {
                JarSlimmer.Result result = slimmer.copy(jar, lib.resolve(jar.getFileName()));
                if (!result.dropped().isEmpty()) {
                    System.out.printf(
                            "%s: %s left out %d natives of other platforms%n",
                            arch.debianName(),
                            jar.getFileName(),
                            result.dropped().size());
                }
            }
        }
    }

    private void copyDocs(Path doc) throws IOException {
        Files.createDirectories(doc);
        Files.copy(deploy.resolve("debian/copyright"), doc.resolve("copyright"));
        Path changelog = stage.resolve("changelog");
        writeSubstituted(deploy.resolve("debian/changelog"), changelog);
        DebianGzip.compress(changelog, doc.resolve("changelog.gz"));
        Files.delete(changelog);
    }

    private void copyControl(Path control, Path root) throws IOException {
        Files.createDirectories(control);
        for (String name : List.of("control", "preinst", "postinst", "prerm", "postrm")) {
            Path source = deploy.resolve("debian").resolve(name);
            if (Files.exists(source)) {
                writeSubstituted(source, control.resolve(name));
            }
        }
        List<String> conffiles = new ArrayList<>();
        Path etc = root.resolve("etc");
        if (Files.isDirectory(etc)) {
            for (Path file : regularFiles(etc)) {
                conffiles.add("/" + root.relativize(file).toString().replace('\\', '/'));
            }
        }
        if (!conffiles.isEmpty()) {
            Files.write(control.resolve("conffiles"), conffiles, StandardCharsets.UTF_8);
        }
    }

    private void writeSubstituted(Path source, Path target) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8)
                .replace("@ARCH@", arch.debianName())
                .replace("@VERSION@", version);
        Files.createDirectories(parentOf(target));
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    /** Every target here lies below the package root, so it has a parent; a path without one is a bug here. */
    private static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalStateException("no folder to write " + target + " into");
        }
        return parent;
    }

    private static List<Path> regularFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
