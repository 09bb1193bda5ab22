package org.legalkiosk.kiosk.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Keystores and certificates made with the JDK's keytool, as a provisioning script would make them. */
public final class TestCertificates {

    public static final String PASSWORD = "changeit";

    private TestCertificates() {}

    /** A PKCS12 keystore {@code file} with an EC key pair for {@code cn}, valid for 127.0.0.1; its certificate beside it as {@code .crt}. */
    public static Path keyPair(Path file, String alias, String cn) throws Exception {
        keytool(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + cn,
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        Path crt = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.p12$", "") + ".crt");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                alias,
                "-keystore",
                file.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                crt.toString());
        return crt;
    }

    /** A PKCS12 trust store {@code file} holding {@code certificate}. */
    public static void trustStore(Path file, String alias, Path certificate) throws Exception {
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                alias,
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                PASSWORD);
    }

    public static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + ": " + output);
        }
    }
}
