package org.legalkiosk.booking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the booking module promises (docs/architecture.md): the county hub and tools can use it without a screen,
 * without device drivers and without the kiosk application.
 */
@AnalyzeClasses(packages = "org.legalkiosk.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class BookingArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoScreenNoDevicesNoKiosk = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "org.legalkiosk.devices..",
                    "org.legalkiosk.kiosk..",
                    "org.eclipse.jetty..",
                    "com.pi4j..",
                    "com.fazecast..")
            .because("booking is used by the kiosk's screens and agent and may be used by the county hub");

    @ArchTest
    static final ArchRule theDomainHoldsNoStorageNoFormatsNoPrinting = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.booking.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..",
                    "org.sqlite..",
                    "com.fasterxml.jackson..",
                    "org.apache.pdfbox..",
                    "com.google.zxing..",
                    "java.net..",
                    "org.legalkiosk.booking.store..",
                    "org.legalkiosk.booking.schedule..",
                    "org.legalkiosk.booking.print..",
                    "org.legalkiosk.booking.sync..")
            .because("services, offices, plans, slots and bookings are plain values and rules");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses()
            .that()
            .resideOutsideOfPackage("org.legalkiosk.booking.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("one query path: every read and write of bookings.db goes through the store");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.legalkiosk.booking.(*)..").should().beFreeOfCycles();
}
