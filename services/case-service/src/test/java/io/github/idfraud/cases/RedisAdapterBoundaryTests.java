package io.github.idfraud.cases;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.vertx.mutiny.redis.client.Response;

/** ADR 0005: Redis client types live in one adapter package, which uses the blocking RedisDataSource only. */
@AnalyzeClasses(packages = "io.github.idfraud.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class RedisAdapterBoundaryTests {

    @ArchTest
    static final ArchRule onlyTheRedisAdapterTouchesARedisClient = noClasses()
            .that().resideOutsideOfPackage("io.github.idfraud.cases.redis..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.vertx.redis..", "io.vertx.mutiny.redis..", "io.quarkus.redis..")
            .because("alert intake, dead letters and the label outbox reach Redis through io.github.idfraud.cases.redis");

    @ArchTest
    static final ArchRule theAdapterUsesOnlyTheBlockingClient = noClasses()
            .that().resideInAPackage("io.github.idfraud.cases.redis..")
            .should().dependOnClassesThat(resideInAnyPackage("io.vertx.redis..", "io.vertx.mutiny.redis..")
                    .and(not(equivalentTo(Response.class)))
                    .or(resideInAPackage("io.quarkus.redis..").and(simpleNameStartingWith("Reactive"))))
            .because("the case service is imperative: one client API, the blocking RedisDataSource (whose execute(),"
                    + " for a command it has no method for, such as EVAL, answers with the client's Response)");
}
