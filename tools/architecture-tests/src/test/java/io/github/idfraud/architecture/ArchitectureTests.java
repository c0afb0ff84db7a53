package io.github.idfraud.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules on the main classes of every module, read from this module's test classpath. */
class ArchitectureTests {

    /** Client APIs of Redis: the Vert.x client, its Mutiny wrapper and the Quarkus data sources. */
    private static final String[] REDIS_CLIENTS = {"io.vertx.redis..", "io.vertx.mutiny.redis..", "io.quarkus.redis.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.idfraud");
    }

    @Test
    void redisClientTypesAreUsedOnlyInAModulesStorageAdapter() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.github.idfraud.*.redis")
                .should().dependOnClassesThat().resideInAnyPackage(REDIS_CLIENTS)
                .because("each module talks to Redis through one adapter package, <module>.redis (ADR 0005)");
        rule.check(classes);
    }

    @Test
    void eachModuleHasAtMostOneAdapterPackageDirectlyUnderItsRoot() {
        classes().that().resideInAPackage("..redis..").should().resideInAPackage("io.github.idfraud.*.redis")
                .check(classes);
    }

    @Test
    void theContractDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.github.idfraud.contract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.idfraud.features..",
                        "io.github.idfraud.scoring..", "io.github.idfraud.cases..", "io.github.idfraud.problem..",
                        "io.github.idfraud.simulator..", "io.github.idfraud.trainer..", "io.github.idfraud.models..")
                .check(classes);
    }

    @Test
    void nothingInMlModelsDependsOnAServiceOrATool() {
        noClasses().that().resideInAnyPackage("io.github.idfraud.features..", "io.github.idfraud.simulator..",
                        "io.github.idfraud.trainer..", "io.github.idfraud.models..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.idfraud.scoring..",
                        "io.github.idfraud.cases..", "io.github.idfraud.problem..", "io.github.idfraud.demo..",
                        "io.github.idfraud.loadgen..", "io.github.idfraud.harness..")
                .check(classes);
    }

    @Test
    void theServicesNeverImportEachOther() {
        noClasses().that().resideInAPackage("io.github.idfraud.scoring..")
                .should().dependOnClassesThat().resideInAPackage("io.github.idfraud.cases..").check(classes);
        noClasses().that().resideInAPackage("io.github.idfraud.cases..")
                .should().dependOnClassesThat().resideInAPackage("io.github.idfraud.scoring..").check(classes);
    }
}
