package org.legalkiosk.hub.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The hub is a server: no JavaFX, no device drivers, no kiosk code (the kiosk is only a test dependency, for the
 * end-to-end test); the wire types know nothing of either side; stores never reach up into the web layer.
 */
class HubLayeringTest {

    private static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.legalkiosk.hub");

    @Test
    void theHubHasNoScreenNoDevicesAndNoKioskCode() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.legalkiosk.devices..", "org.legalkiosk.kiosk..")
                .check(HUB);
    }

    @Test
    void theProtocolDependsOnNeitherSide() {
        noClasses().that().resideInAPackage("org.legalkiosk.hub.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "java.sql..",
                        "org.legalkiosk.hub.web..", "org.legalkiosk.hub.db..")
                .check(HUB);
    }

    @Test
    void storesDoNotKnowTheWeb() {
        noClasses().that().resideInAnyPackage("org.legalkiosk.hub.terminals..", "org.legalkiosk.hub.notices..",
                        "org.legalkiosk.hub.users..", "org.legalkiosk.hub.audit..", "org.legalkiosk.hub.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "org.legalkiosk.hub.web..")
                .check(HUB);
    }
}
