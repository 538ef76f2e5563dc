package com.runnerinjury;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * Holds the package layout the README describes: features depend on each other in one direction only (a lower
 * feature reaches a higher one through an interface it declares and the higher one implements), the shared
 * package knows no feature, and resources only speak HTTP.
 */
class ArchitectureTest {

    private static final String ROOT = "com.runnerinjury";

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void sharedPackagesFormNoCycle() {
        slices().matching(ROOT + ".shared.(*)..").namingSlices("shared.$1").should().beFreeOfCycles()
                .check(MAIN_CLASSES);
    }

    @Test
    void sharedCodeDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".condition..", ROOT + ".symptom..",
                        ROOT + ".modality..", ROOT + ".claim..", ROOT + ".source..", ROOT + ".search..")
                .check(MAIN_CLASSES);
    }

    @Test
    void resourcesNeitherQueryNorTouchEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(MAIN_CLASSES);
    }
}
