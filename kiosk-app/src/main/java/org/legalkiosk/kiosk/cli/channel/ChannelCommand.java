package org.legalkiosk.kiosk.cli.channel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.content.bundle.SigningKeys;
import org.legalkiosk.kiosk.agent.pull.ChannelPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code legalkiosk channel publish}: the files a pull-mode kiosk polls, for any static HTTP server. */
@Command(
        name = "channel",
        mixinStandardHelpOptions = true,
        description = "Publish content for kiosks in pull mode (see docs/agent-api.md).",
        subcommands = {ChannelCommand.Publish.class})
public final class ChannelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description = "Add a signed bundle's version to a channel folder and make it the newest; upload the "
                    + "folder to any static HTTP server.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:published", "1:internal failure", "3:the bundle was refused"})
    static final class Publish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BUNDLE", description = "A full bundle (or a delta whose base is already published).")
        Path bundle;

        @Option(
                names = "--key",
                required = true,
                paramLabel = "KEY",
                description = "The signing key the bundle was signed with (from 'legalkiosk content keygen').")
        Path key;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The channel folder.")
        Path out;

        @Override
        public Integer call() {
            try {
                ChannelPublisher.Published p =
                        ChannelPublisher.publish(bundle, SigningKeys.readPrivate(key), out, Instant.now());
                spec.commandLine()
                        .getOut()
                        .println("Channel " + p.channel().channel() + " in " + out + " now offers version "
                                + p.channel().version() + " (" + p.channel().label() + "): " + p.objectsAdded()
                                + " objects added, " + p.objectsKept() + " already there.");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (BundleException e) {
                spec.commandLine().getErr().println("channel publish: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 3;
            } catch (IOException e) {
                spec.commandLine().getErr().println("channel publish: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
