package org.legalkiosk.deploy.deb;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.legalkiosk.deploy.build.Architecture;

/**
 * A built .deb read the way dpkg reads it: an ar archive with {@code control.tar.gz} and {@code data.tar.gz}.
 * Holds every file of the package in memory (about 55 MB), which the package tests share.
 */
record DebFile(Path path, Map<String, Member> control, Map<String, Member> data) {

    /** One file in the package: its path without the leading "./", its mode and its bytes. */
    record Member(String name, int mode, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean executable() {
            return (mode & 0111) != 0;
        }
    }

    /** The package this build wrote for the architecture (failsafe passes its path as {@code deb.ARCH}). */
    static DebFile built(Architecture arch) throws IOException {
        String path = System.getProperty("deb." + arch.debianName());
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("no " + arch.debianName() + " package at " + path
                    + " (these tests run in ./mvnw -pl deploy -am verify)");
        }
        return read(Path.of(path));
    }

    static DebFile read(Path deb) throws IOException {
        Map<String, Member> control = Map.of();
        Map<String, Member> data = Map.of();
        boolean versionSeen = false;
        try (ArArchiveInputStream ar = new ArArchiveInputStream(new BufferedInputStream(Files.newInputStream(deb)))) {
            for (ArArchiveEntry e; (e = ar.getNextEntry()) != null; ) {
                byte[] body = ar.readAllBytes();
                switch (e.getName()) {
                    case "debian-binary" -> versionSeen = new String(body, StandardCharsets.US_ASCII).equals("2.0\n");
                    case "control.tar.gz" -> control = untar(new GZIPInputStream(new ByteArrayInputStream(body)));
                    case "data.tar.gz" -> data = untar(new GZIPInputStream(new ByteArrayInputStream(body)));
                    default -> throw new IOException(deb + ": unexpected member " + e.getName());
                }
            }
        }
        if (!versionSeen) {
            throw new IOException(deb + ": no debian-binary 2.0 member");
        }
        return new DebFile(deb, control, data);
    }

    private static Map<String, Member> untar(InputStream in) throws IOException {
        Map<String, Member> files = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                if (e.isFile()) {
                    String name = e.getName().replaceFirst("^\\./", "");
                    files.put(name, new Member(name, e.getMode(), tar.readAllBytes()));
                }
            }
        }
        return files;
    }

    /** The value of one field of the control file (continuation lines joined). */
    String controlField(String field) {
        String text = control.get("control").text();
        StringBuilder value = null;
        for (String line : text.split("\n")) {
            if (value != null && line.startsWith(" ")) {
                value.append(' ').append(line.trim());
            } else if (value != null) {
                break;
            } else if (line.startsWith(field + ":")) {
                value = new StringBuilder(line.substring(field.length() + 1).trim());
            }
        }
        if (value == null) {
            throw new IllegalStateException(path + ": no " + field + " field");
        }
        return value.toString();
    }
}
