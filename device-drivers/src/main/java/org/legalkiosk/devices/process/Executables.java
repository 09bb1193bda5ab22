package org.legalkiosk.devices.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program as the shell would, so a driver can say "ffmpeg is not installed" before trying it. */
public final class Executables {

    private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

    private Executables() {}

    /** @param name a bare name looked up on the PATH, or a path (anything with a {@code /}) taken as it is */
    public static Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path path = Path.of(name);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = System.getenv().getOrDefault("PATH", DEFAULT_PATH);
        for (String folder : pathVariable.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean isInstalled(String name) {
        return find(name).isPresent();
    }
}
