package org.legalkiosk.deploy.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.legalkiosk.deploy.build.Architecture;

/**
 * Debian's own package checker finds nothing in either package that is not fixed or explained: every override
 * in {@code deploy/files/usr/share/lintian/overrides/legalkiosk} says why.
 */
class LintianIT {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void lintianReportsNoErrorsOrWarnings(Architecture arch) throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/lintian")), "lintian is not installed (.ci/run installs it)");
        Path deb = DebFile.built(arch).path();
        Process lintian = new ProcessBuilder(
                        "lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", deb.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(lintian.getInputStream().readAllBytes());
        int status = lintian.waitFor();
        List<String> findings = out.lines().filter(l -> l.matches("^[EW]: .*")).toList();
        assertEquals(List.of(), findings, out);
        assertEquals(0, status, out);
    }
}
