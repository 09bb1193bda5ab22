package org.legalkiosk.kiosk.cli;

import org.legalkiosk.kiosk.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code legalkiosk --version}: the build's version and the Java running it. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"legalkiosk " + AppVersion.current(), "Java " + System.getProperty("java.version")};
    }
}
