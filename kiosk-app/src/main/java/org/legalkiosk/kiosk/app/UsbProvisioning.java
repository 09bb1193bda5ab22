package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

import org.legalkiosk.kiosk.agent.usb.BundleInbox;
import org.legalkiosk.kiosk.config.KioskSettings;
import org.legalkiosk.kiosk.provision.Provisioner;
import org.legalkiosk.kiosk.provision.ProvisioningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First boot from a USB stick: a terminal that has not been provisioned yet takes {@value #FILE_NAME} from the
 * USB inbox (where the stick is mounted) at start, exactly as {@code legalkiosk provision FILE} would. Applied,
 * the file moves to the inbox's {@code processed/} folder; refused, it stays, the journal says why, and nothing
 * changed. A provisioned terminal ignores the file: re-provisioning is the technician's explicit command.
 */
final class UsbProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(UsbProvisioning.class);
    static final String FILE_NAME = "provision.yaml";

    private UsbProvisioning() {}

    /** True when the terminal was provisioned from the stick just now. */
    static boolean applyIfUnprovisioned(Path dataDir, Clock clock) {
        Path inbox = dataDir.resolve(BundleInbox.DEFAULT_FOLDER);
        Path file = inbox.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            if (KioskSettings.read(dataDir).terminal() != null) {
                LOG.info(
                        "{} ignored: this terminal is already provisioned (use legalkiosk provision to change it)",
                        file);
                return false;
            }
        } catch (KioskSettings.InvalidSettingsException e) {
            LOG.warn("Provisioning from {} despite unreadable settings: {}", file, e.getMessage());
        }
        try {
            Provisioner.Outcome done = new Provisioner(dataDir, clock).apply(file);
            Path processed = Files.createDirectories(inbox.resolve(BundleInbox.PROCESSED));
            Files.move(file, processed.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Provisioned terminal {} from {}", done.terminalId(), file);
            return true;
        } catch (ProvisioningException e) {
            LOG.error("Provisioning file refused, nothing changed: {}", e.getMessage());
        } catch (IOException e) {
            LOG.error("Provisioning from {} failed: {}", file, e.getMessage());
        }
        return false;
    }
}
