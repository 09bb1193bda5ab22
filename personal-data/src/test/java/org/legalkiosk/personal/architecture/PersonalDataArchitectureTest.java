package org.legalkiosk.personal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** personal-data is the bottom of the tree: the drivers, booking, the kiosk and the county hub all depend on it. */
@AnalyzeClasses(packages = "org.legalkiosk.personal", importOptions = ImportOption.DoNotIncludeTests.class)
class PersonalDataArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNothingButTheJdk = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.legalkiosk.personal..")
            .because("any module may use these rules, so they may use nothing of ours nor any library");
}
