package org.legalkiosk.kiosk.cli.content;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code legalkiosk content}: the authoring tools for signed content bundles (see docs/content-bundle.md). */
@Command(
        name = "content",
        mixinStandardHelpOptions = true,
        description = "Build, sign, verify and compare content bundles.",
        subcommands = {
            KeygenCommand.class,
            BuildCommand.class,
            VerifyCommand.class,
            InspectCommand.class,
            DiffCommand.class,
            ImportStatuteCommand.class,
            ApplyCommand.class,
            RollbackCommand.class,
            VersionsCommand.class,
            UnpinCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:internal failure",
            "2:bad options or arguments",
            "3:invalid content, bundle, manifest or key",
            "4:verification failed"
        })
public final class ContentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
