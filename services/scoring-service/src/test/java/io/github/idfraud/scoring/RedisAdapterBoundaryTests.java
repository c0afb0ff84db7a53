package io.github.idfraud.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** ADR 0005: Redis client types (Vert.x, its Mutiny flavour, Quarkus' data source) live in one adapter package. */
@AnalyzeClasses(packages = "io.github.idfraud.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class RedisAdapterBoundaryTests {

    @ArchTest
    static final ArchRule onlyTheRedisAdapterTouchesARedisClient = noClasses()
            .that().resideOutsideOfPackage("io.github.idfraud.scoring.redis..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.vertx.redis..", "io.vertx.mutiny.redis..", "io.quarkus.redis..")
            .because("services, resources, health checks and the label consumer talk to Redis through "
                    + "io.github.idfraud.scoring.redis, in Uni/Multi and domain types");
}
