package org.legalkiosk.kiosk.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The agent serves remote callers from its own threads; the screen is none of its business. Inside it, the
 * packages say what a class is (docs/architecture.md, "Agent"), and depend on each other one way.
 */
@AnalyzeClasses(packages = "org.legalkiosk.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class AgentLayeringTest {

    @ArchTest
    static final ArchRule theAgentNeverTouchesTheScreen = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.agent..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.legalkiosk.kiosk.ui..", "javafx..")
            .because("an HTTP thread must never reach a JavaFX node");

    @ArchTest
    static final ArchRule theAgentDoesNotDependOnTheCommandLine = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.agent..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.legalkiosk.kiosk.cli..")
            .because("the command line uses the agent's classes, not the other way round");

    @ArchTest
    static final ArchRule theStoresKnowNothingOfHttp = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.legalkiosk.kiosk.agent..", "org.eclipse.jetty..")
            .because("the screen, the USB inbox, pull mode and the commands use the stores without the agent");

    @ArchTest
    static final ArchRule endpointsDoNotReachIntoTheHandlerChain = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.agent.endpoint..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.legalkiosk.kiosk.agent.handler..", "org.eclipse.jetty..")
            .because("an endpoint sees one Exchange; routing, limits, tokens and the audit are done before it");

    @ArchTest
    static final ArchRule handlersDoNotKnowTheEndpoints = noClasses()
            .that()
            .resideInAPackage("org.legalkiosk.kiosk.agent.handler..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.legalkiosk.kiosk.agent.endpoint..")
            .because("a handler does one concern for every route; the routes are the mapping's business");

    /** Each package of the agent, and the stores, as one slice; everything else is left out. */
    private static final SliceAssignment AGENT_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.startsWith("org.legalkiosk.kiosk.agent") || p.startsWith("org.legalkiosk.kiosk.store")
                    ? SliceIdentifier.of(p)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the agent's packages and the stores";
        }
    };

    @ArchTest
    static final ArchRule theAgentsPackagesAreFreeOfCycles = slices().assignedFrom(AGENT_PACKAGES)
            .should()
            .beFreeOfCycles()
            .because("server -> routes -> endpoints -> http plumbing -> stores, and never back");
}
