package org.legalkiosk.hub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.legalkiosk.devices..", "org.legalkiosk.kiosk..")
                .check(HUB);
    }

    @Test
    void theProtocolDependsOnNeitherSide() {
        noClasses()
                .that()
                .resideInAPackage("org.legalkiosk.hub.protocol..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.eclipse.jetty..", "java.sql..", "org.legalkiosk.hub.web..", "org.legalkiosk.hub.db..")
                .check(HUB);
    }

    @Test
    void storesDoNotKnowTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.legalkiosk.hub.terminals..",
                        "org.legalkiosk.hub.notices..",
                        "org.legalkiosk.hub.users..",
                        "org.legalkiosk.hub.audit..",
                        "org.legalkiosk.hub.db..",
                        "org.legalkiosk.hub.content..",
                        "org.legalkiosk.hub.schedule..",
                        "org.legalkiosk.hub.callbacks..",
                        "org.legalkiosk.hub.reports..",
                        "org.legalkiosk.hub.desk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.eclipse.jetty..", "org.legalkiosk.hub.web..")
                .check(HUB);
    }

    /**
     * The hub shares the booking module's schedule domain (plans, the slot expander, the document reader) so it expands
     * exactly as a terminal does, and its PDF layout for the desk's day list; the terminal's SQLite store and outbox
     * delivery are not the hub's.
     */
    @Test
    void theHubUsesNeitherTheTerminalsStoreNorItsDelivery() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.legalkiosk.booking.store..", "org.legalkiosk.booking.sync..")
                .check(HUB);
    }

    /**
     * The hub's jar leaves Lucene and ICU out (county-hub/pom.xml excludes them from {@code content}, 26 MB): neither
     * the hub nor the part of {@code content} it uses, the bundle format, may need search.
     */
    @Test
    void neitherTheHubNorTheBundleCodeItUsesNeedsSearch() {
        JavaClasses used = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.legalkiosk.hub", "org.legalkiosk.content.bundle");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "com.ibm.icu..", "org.legalkiosk.content.search..")
                .check(used);
    }
}
