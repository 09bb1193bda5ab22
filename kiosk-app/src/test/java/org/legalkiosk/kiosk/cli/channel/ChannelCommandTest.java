package org.legalkiosk.kiosk.cli.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.bundle.BaseManifest;
import org.legalkiosk.content.bundle.TrustedKeys;
import org.legalkiosk.content.channel.ChannelManifest;
import org.legalkiosk.kiosk.agent.usb.SignedBundles;
import org.legalkiosk.kiosk.cli.LegalKioskMain;
import picocli.CommandLine;

/** {@code legalkiosk channel publish} lays out a signed channel folder. */
class ChannelCommandTest {

    @TempDir
    Path dir;

    @Test
    void publishWritesASignedChannelTheVersionAndEveryObject() throws Exception {
        SignedBundles bundles = new SignedBundles(dir.resolve("bundles"));
        Path out = dir.resolve("site");
        StringWriter text = new StringWriter();
        CommandLine cl = LegalKioskMain.commandLine();
        cl.setOut(new PrintWriter(text));
        int exit = cl.execute(
                "channel",
                "publish",
                bundles.build(2).toString(),
                "--key",
                bundles.privateKeyFile().toString(),
                "--out",
                out.toString());

        assertEquals(0, exit, text.toString());
        assertTrue(text.toString().contains("now offers version 2"), text.toString());
        byte[] channelBytes = Files.readAllBytes(out.resolve("channel.json"));
        TrustedKeys.of(bundles.key().publicKey())
                .verify(channelBytes, Files.readAllBytes(out.resolve("channel.json.sig")));
        ChannelManifest channel = ChannelManifest.parse(channelBytes);
        assertEquals(2, channel.version());
        var manifest = BaseManifest.read(out.resolve(channel.manifestUrl()));
        assertEquals(channel.manifestSha256(), manifest.manifestSha256());
        for (String hash : manifest.manifest().objectHashes()) {
            assertTrue(Files.isRegularFile(out.resolve("objects").resolve(hash)), hash);
        }
    }
}
