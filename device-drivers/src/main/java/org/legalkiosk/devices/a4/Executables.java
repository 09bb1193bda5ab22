package org.legalkiosk.devices.a4;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a CUPS tool is installed, so the driver can fall back to another before failing. */
final class Executables {

    private Executables() {
    }

    static boolean onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return true;
            }
        }
        return false;
    }
}
