package org.legalkiosk.kiosk.agent;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The agent serves remote callers from its own threads; the screen is none of its business. */
@AnalyzeClasses(packages = "org.legalkiosk.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class AgentLayeringTest {

    @ArchTest
    static final ArchRule theAgentNeverTouchesTheScreen = noClasses()
            .that().resideInAPackage("org.legalkiosk.kiosk.agent..")
            .should().dependOnClassesThat().resideInAnyPackage("org.legalkiosk.kiosk.ui..", "javafx..")
            .because("an HTTP thread must never reach a JavaFX node");

    @ArchTest
    static final ArchRule theAgentDoesNotDependOnTheCommandLine = noClasses()
            .that().resideInAPackage("org.legalkiosk.kiosk.agent..")
            .should().dependOnClassesThat().resideInAPackage("org.legalkiosk.kiosk.cli..")
            .because("the command line uses the agent's classes, not the other way round");
}
