package org.legalkiosk.kiosk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import javafx.application.Platform;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.legalkiosk.kiosk.ui.common.FxThread;

/**
 * The layering the folder tree promises, enforced: the build fails when a layer is crossed.
 * See docs/architecture.md.
 */
@AnalyzeClasses(packages = "org.legalkiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule contentDevicesAndBookingKnowNothingOfScreensOrServers = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.legalkiosk.content..",
                    "org.legalkiosk.devices..",
                    "org.legalkiosk.booking..",
                    "org.legalkiosk.personal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.eclipse.jetty..", "org.legalkiosk.kiosk..")
            .because("device-drivers, content and booking are used by the UI, the agent and tools alike");

    @ArchTest
    static final ArchRule bookingKnowsNoDevices = noClasses()
            .that()
            .resideInAnyPackage("org.legalkiosk.booking..", "org.legalkiosk.personal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.legalkiosk.devices..")
            .because("the receipt layout that builds a device document lives in the kiosk's print service");

    @ArchTest
    static final ArchRule personalDataDependsOnNothingOfOurs = classes()
            .that()
            .resideInAPackage("org.legalkiosk.personal..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.legalkiosk.personal..")
            .because("drivers, booking, the kiosk and the county hub all use these rules");

    @ArchTest
    static final ArchRule screensReachStorageNetworkAndDevicesOnlyThroughServices = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.net.http..",
                    "java.sql..",
                    "java.nio.file..",
                    "org.eclipse.jetty..",
                    "com.fasterxml.jackson..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.Socket")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.URLConnection")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould()
            .dependOnClassesThat(deviceImplementations())
            .orShould()
            .dependOnClassesThat(contentReaders())
            .because("the UI asks services, which tests can replace, instead of touching files, sockets or hardware");

    @ArchTest
    static final ArchRule screensRunNoPrograms = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.ui..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName(ProcessBuilder.class.getName())
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName(Process.class.getName())
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.legalkiosk.devices.process..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.legalkiosk.kiosk.service.display.X11DpmsDisplayPower")
            .because("a screen blanks through the display schedule, never by running xset or another tool itself");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels are tested without a screen");

    @ArchTest
    static final ArchRule sessionServicesAndConfigNeverReachIntoTheUi = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.legalkiosk.kiosk.session..", "org.legalkiosk.kiosk.service..", "org.legalkiosk.kiosk.config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.legalkiosk.kiosk.ui..", "javafx.scene..");

    @ArchTest
    static final ArchRule onlyFxThreadHopsOntoTheFxThread = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(FxThread.class.getName())
            .should()
            .callMethod(Platform.class, "runLater", Runnable.class)
            .because("one class crossing threads is one place to get it right");

    @ArchTest
    static final ArchRule logsGoThroughSlf4j = noClasses()
            .that()
            .resideOutsideOfPackages("org.legalkiosk.kiosk.cli..", "org.legalkiosk.devices..emulator..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("only command-line programs (the CLI, the device emulators) talk to the terminal; "
                    + "everything else logs");

    /** No two top-level packages of the kiosk import each other, directly or round a loop. */
    @ArchTest
    static final ArchRule kioskPackagesFormNoCycles = slices().matching("org.legalkiosk.kiosk.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a package that imports one that imports it back cannot be understood, tested or moved alone");

    /** Classes that read content or statutes from storage; screens get what they read from a service. */
    private static DescribedPredicate<JavaClass> contentReaders() {
        return resideInAPackage("org.legalkiosk.content..")
                .and(DescribedPredicate.describe(
                        "a reader of storage",
                        c -> c.getSimpleName().matches(".*(Loader|Parser|Library|Directory|BundledContent)")
                                && !c.getSimpleName().equals("ContentLibrary")));
    }

    /** Device drivers proper: anything in device-drivers that is not an interface, enum or record. */
    private static DescribedPredicate<JavaClass> deviceImplementations() {
        return resideInAPackage("org.legalkiosk.devices..")
                .and(DescribedPredicate.describe(
                        "an implementation",
                        c -> !c.isInterface()
                                && !c.isEnum()
                                && c.getRawSuperclass()
                                        .map(s -> !s.getName().equals("java.lang.Record"))
                                        .orElse(true)));
    }
}
