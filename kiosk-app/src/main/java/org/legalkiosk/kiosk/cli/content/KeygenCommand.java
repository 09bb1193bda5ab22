package org.legalkiosk.kiosk.cli.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import org.legalkiosk.content.bundle.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content keygen}: a new Ed25519 signing key pair. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description =
                "Create an Ed25519 signing key: content-<keyid>.key (keep secret) and content-<keyid>.pub (install on kiosks).")
public final class KeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the two key files (created if needed).")
    Path out;

    @Override
    public Integer call() {
        Reporter report = new Reporter(spec);
        try {
            return generate(report);
        } catch (IOException e) {
            return report.fail(ExitCodes.INTERNAL, "cannot write the key: " + e.getMessage());
        }
    }

    private int generate(Reporter report) throws IOException {
        SigningKeys.SigningKey key = SigningKeys.generate();
        Files.createDirectories(out);
        Path privateFile = out.resolve("content-" + key.keyId() + ".key");
        Path publicFile = out.resolve("content-" + key.keyId() + ".pub");
        try {
            writeSecret(privateFile, SigningKeys.privatePem(key));
            Files.writeString(publicFile, SigningKeys.publicPem(key.publicKey()), StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            return report.fail(ExitCodes.USAGE, "will not overwrite the existing key file " + e.getFile());
        }
        report.out("key id:      " + key.keyId());
        report.out("private key: " + privateFile + "  (keep it secret; it signs content for every kiosk)");
        report.out("public key:  " + publicFile + "  (install it on the kiosks before signing with this key)");
        return ExitCodes.OK;
    }

    /** The private key is readable by its owner only, from the moment it exists. */
    private static void writeSecret(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
