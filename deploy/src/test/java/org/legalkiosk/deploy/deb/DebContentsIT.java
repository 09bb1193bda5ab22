package org.legalkiosk.deploy.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.legalkiosk.deploy.build.Architecture;
import org.legalkiosk.deploy.build.ElfHeader;

/** What each architecture's package carries, read from the built .deb files. */
class DebContentsIT {

    private static final Map<Architecture, DebFile> DEBS = new EnumMap<>(Architecture.class);
    private static final String LIB = "usr/lib/legalkiosk/lib/";

    private static synchronized DebFile deb(Architecture arch) throws IOException {
        DebFile deb = DEBS.get(arch);
        if (deb == null) {
            deb = DebFile.built(arch);
            DEBS.put(arch, deb);
        }
        return deb;
    }

    /** A native library found in the package, in a jar or as a file, with where it was found. */
    private record Native(String where, Optional<ElfHeader> elf) {}

    private static List<Native> natives(DebFile deb) throws IOException {
        List<Native> found = new ArrayList<>();
        for (DebFile.Member file : deb.data().values()) {
            if (file.name().endsWith(".jar")) {
                try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(file.body()))) {
                    for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                        byte[] body = jar.readAllBytes();
                        addIfNative(found, file.name() + "!" + e.getName(), body);
                    }
                }
            } else {
                addIfNative(found, file.name(), file.body());
            }
        }
        return found;
    }

    private static void addIfNative(List<Native> found, String where, byte[] body) {
        Optional<ElfHeader> elf = ElfHeader.parse(Arrays.copyOf(body, Math.min(body.length, ElfHeader.LENGTH)));
        String lower = where.toLowerCase(Locale.ROOT);
        boolean namedNative = lower.endsWith(".so")
                || lower.contains(".so.")
                || lower.endsWith(".dll")
                || lower.endsWith(".dylib")
                || lower.endsWith(".jnilib");
        if (elf.isPresent() || namedNative) {
            found.add(new Native(where, elf));
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void everyNativeLibraryIsAnElfOfThePackagesArchitecture(Architecture arch) throws IOException {
        List<Native> natives = natives(deb(arch));
        assertTrue(natives.size() >= 10, "JavaFX alone brings a dozen natives; found " + natives.size());
        List<String> wrong = natives.stream()
                .filter(n -> n.elf().isEmpty() || !arch.runs(n.elf().get()))
                .map(n -> n.where() + " (" + n.elf().map(ElfHeader::toString).orElse("not ELF") + ")")
                .toList();
        assertEquals(List.of(), wrong, arch.debianName() + " package carries natives it cannot load");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void javaFxForTheScreenOfThisArchitectureIsInside(Architecture arch) throws IOException {
        Set<String> libraries = new TreeSet<>();
        for (Native n : natives(deb(arch))) {
            libraries.add(n.where()
                    .substring(Math.max(n.where().lastIndexOf('/'), n.where().lastIndexOf('!')) + 1));
        }
        for (String needed : List.of(
                "libglass.so",
                "libglassgtk3.so",
                "libprism_es2.so",
                "libprism_sw.so",
                "libjavafx_font.so",
                "libsqlitejdbc.so",
                "libjnidispatch.so")) {
            assertTrue(libraries.contains(needed), arch.debianName() + " lacks " + needed + "; has " + libraries);
        }
        String classifier = arch == Architecture.ARM64 ? "linux-aarch64" : "linux";
        for (String module : List.of("base", "graphics", "controls", "swing")) {
            String jar = LIB + "javafx-" + module + "-21.0.11-" + classifier + ".jar";
            assertTrue(deb(arch).data().containsKey(jar), "missing " + jar);
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void raspberryPiGpioProvidersAreInside(Architecture arch) throws IOException {
        for (String plugin : List.of("raspberrypi", "gpiod", "linuxfs")) {
            String jar = LIB + "pi4j-plugin-" + plugin + "-2.8.0.jar";
            DebFile.Member member = deb(arch).data().get(jar);
            assertTrue(member != null, "missing " + jar);
            assertTrue(
                    entryNames(member).contains("META-INF/services/com.pi4j.extension.Plugin"),
                    jar + " does not register a Pi4J plugin");
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theLauncherRunsTheKioskFromThePackagesOwnJarsWithACappedHeap(Architecture arch) throws IOException {
        DebFile deb = deb(arch);
        DebFile.Member launcher = deb.data().get("usr/bin/legalkiosk");
        assertTrue(launcher.executable());
        String text = launcher.text();
        assertTrue(text.contains("/usr/lib/jvm/java-17-openjdk-" + arch.debianName()), text);
        assertTrue(text.contains("LIB=${LEGALKIOSK_LIB:-/usr/lib/legalkiosk/lib}"), text);
        assertTrue(text.contains("-cp \"$LIB/*\" org.legalkiosk.kiosk.cli.LegalKioskMain"), text);
        assertTrue(text.matches("(?s).*-Xmx\\d+m.*"), "a heap cap: " + text);
        boolean mainClassInside = false;
        for (DebFile.Member m : deb.data().values()) {
            if (m.name().startsWith(LIB + "kiosk-app-")) {
                mainClassInside = entryNames(m).contains("org/legalkiosk/kiosk/cli/LegalKioskMain.class");
            }
        }
        assertTrue(mainClassInside, "the kiosk-app jar with the main class");
        assertFalse(
                deb.data().keySet().stream().anyMatch(n -> n.endsWith("/legalkiosk.jar")),
                "the developers' fat jar, built for the build machine, is not in the package");
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theControlFileNamesTheArchitectureAndWhatTheKioskNeeds(Architecture arch) throws IOException {
        DebFile deb = deb(arch);
        assertEquals(arch.debianName(), deb.controlField("Architecture"));
        assertEquals("legalkiosk", deb.controlField("Package"));
        String depends = deb.controlField("Depends");
        for (String needed : List.of(
                "openjdk-17-jre-headless",
                "fonts-wqy-microhei",
                "espeak-ng",
                "cups-client",
                "pcscd",
                "cage",
                "xwayland",
                "libsystemd0",
                // what the code loads or runs: handwriting, pinyin, recorded speech, smart cards
                "libzinnia0",
                "tegaki-zinnia-simplified-chinese",
                "rime-data-pinyin-simp",
                "sox",
                "libpcsclite1")) {
            assertTrue(
                    Arrays.stream(depends.split(",")).map(String::trim).anyMatch(d -> d.startsWith(needed)),
                    needed + " in Depends: " + depends);
        }
        assertTrue(deb.path()
                .getFileName()
                .toString()
                .equals("legalkiosk_" + deb.controlField("Version") + "_" + arch.debianName() + ".deb"));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void maintainerScriptsAreExecutableShellScriptsAndEtcFilesAreConffiles(Architecture arch) throws Exception {
        DebFile deb = deb(arch);
        for (String script : List.of("postinst", "prerm", "postrm")) {
            DebFile.Member m = deb.control().get(script);
            assertTrue(m != null && m.executable(), script);
            Process sh =
                    new ProcessBuilder("sh", "-n").redirectErrorStream(true).start();
            sh.getOutputStream().write(m.body());
            sh.getOutputStream().close();
            String out = new String(sh.getInputStream().readAllBytes());
            assertEquals(0, sh.waitFor(), script + ": " + out);
        }
        assertEquals(
                "/etc/pam.d/legalkiosk", deb.control().get("conffiles").text().trim());
        assertTrue(deb.data().containsKey("usr/share/legalkiosk/kiosk.yaml"), "default settings");
    }

    private static Set<String> entryNames(DebFile.Member jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
