package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.BundleLimits;
import org.legalkiosk.content.bundle.BundleManifest;
import org.legalkiosk.content.bundle.BundleVerifier;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.content.bundle.TrustedKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content verify}: the checks a kiosk makes before it unpacks anything. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check a bundle's signature, layout, limits and every object's hash, as a kiosk would.")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle file.")
    Path file;

    @Option(
            names = "--pub",
            required = true,
            paramLabel = "PUBLIC",
            description = "Trusted public key file, or a folder of *.pub files; repeat for several keys.")
    List<Path> publicKeys;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        if (!Files.isRegularFile(file)) {
            return report.fail(ExitCodes.USAGE, "bundle " + file + " does not exist");
        }
        for (Path p : publicKeys) {
            if (!Files.exists(p)) {
                return report.fail(ExitCodes.USAGE, "public key " + p + " does not exist");
            }
        }
        TrustedKeys keys;
        try {
            keys = trustedKeys();
        } catch (IOException e) {
            return report.fail(ExitCodes.INVALID, e.getMessage());
        }
        try {
            BundleManifest m = BundleVerifier.verifyFile(file, keys, BundleLimits.DEFAULT);
            report.out(String.format(
                    "OK: version %d (%s), channel %s, %d files, %s",
                    m.version(),
                    m.label(),
                    m.channel(),
                    m.files().size(),
                    m.base().map(b -> "delta on version " + b.version()).orElse("full bundle")));
            return ExitCodes.OK;
        } catch (BundleException e) {
            return report.fail(ExitCodes.VERIFICATION_FAILED, file + " does not verify: " + e.getMessage());
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private TrustedKeys trustedKeys() throws IOException {
        List<PublicKey> keys = new ArrayList<>();
        for (Path p : publicKeys) {
            keys.addAll(publicKeysIn(p));
        }
        if (keys.isEmpty()) {
            throw new IOException("no *.pub key files in " + publicKeys);
        }
        return TrustedKeys.of(keys);
    }

    private static List<PublicKey> publicKeysIn(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(SigningKeys.readPublic(fileOrFolder));
        }
        List<PublicKey> keys = new ArrayList<>();
        try (var files = Files.list(fileOrFolder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".pub"))
                    .sorted()
                    .toList()) {
                keys.add(SigningKeys.readPublic(p));
            }
        }
        return keys;
    }
}
