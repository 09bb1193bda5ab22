package org.legalkiosk.kiosk.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.application.Platform;
import org.legalkiosk.kiosk.ui.common.FxThread;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/**
 * The layering the folder tree promises, enforced: the build fails when a layer is crossed.
 * See docs/architecture.md.
 */
@AnalyzeClasses(packages = "org.legalkiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule contentAndDevicesKnowNothingOfScreensOrServers = noClasses()
            .that().resideInAnyPackage("org.legalkiosk.content..", "org.legalkiosk.devices..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.jetty..", "org.legalkiosk.kiosk..")
            .because("device-drivers and content are used by the UI, the agent and tools alike");

    @ArchTest
    static final ArchRule screensReachStorageNetworkAndDevicesOnlyThroughServices = noClasses()
            .that().resideInAPackage("org.legalkiosk.kiosk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..", "java.nio.file..",
                    "org.eclipse.jetty..", "com.fasterxml.jackson..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat(deviceImplementations())
            .orShould().dependOnClassesThat(contentReaders())
            .because("the UI asks services, which tests can replace, instead of touching files, sockets or hardware");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels are tested without a screen");

    @ArchTest
    static final ArchRule sessionServicesAndConfigNeverReachIntoTheUi = noClasses()
            .that().resideInAnyPackage("org.legalkiosk.kiosk.session..", "org.legalkiosk.kiosk.service..",
                    "org.legalkiosk.kiosk.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.legalkiosk.kiosk.ui..", "javafx.scene..");

    @ArchTest
    static final ArchRule onlyFxThreadHopsOntoTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName(FxThread.class.getName())
            .should().callMethod(Platform.class, "runLater", Runnable.class)
            .because("one class crossing threads is one place to get it right");

    @ArchTest
    static final ArchRule logsGoThroughSlf4j = noClasses()
            .that().resideOutsideOfPackages("org.legalkiosk.kiosk.cli..", "org.legalkiosk.devices..emulator..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("only command-line programs (the CLI, the device emulators) talk to the terminal; "
                    + "everything else logs");

    /** Classes that read content or statutes from storage; screens get what they read from a service. */
    private static DescribedPredicate<JavaClass> contentReaders() {
        return resideInAPackage("org.legalkiosk.content..").and(DescribedPredicate.describe("a reader of storage",
                c -> c.getSimpleName().matches(".*(Loader|Parser|Library|Directory|BundledContent)")
                        && !c.getSimpleName().equals("ContentLibrary")));
    }

    /** Device drivers proper: anything in device-drivers that is not an interface, enum or record. */
    private static DescribedPredicate<JavaClass> deviceImplementations() {
        return resideInAPackage("org.legalkiosk.devices..").and(DescribedPredicate.describe("an implementation",
                c -> !c.isInterface() && !c.isEnum()
                        && c.getRawSuperclass().map(s -> !s.getName().equals("java.lang.Record")).orElse(true)));
    }
}
