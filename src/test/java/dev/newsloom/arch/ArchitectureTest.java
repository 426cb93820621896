package dev.newsloom.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DEVELOPERS.md, enforced: dependencies point inward, SQL and HTTP stay at the edges. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/")) // also when built outside target/
                .importPackages("dev.newsloom");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.newsloom.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.newsloom.extract..", "dev.newsloom.ingest..", "dev.newsloom.store..",
                        "dev.newsloom.search..", "dev.newsloom.web..", "dev.newsloom.cli..", "dev.newsloom.demo..",
                        "io.javalin..", "org.jdbi..", "org.apache.lucene..", "org.jsoup..")
                .because("model holds plain records every capability shares")
                .check(classes);
    }

    @Test
    void capabilitiesDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("dev.newsloom.extract..", "dev.newsloom.ingest..",
                        "dev.newsloom.stories..", "dev.newsloom.tags..", "dev.newsloom.search..",
                        "dev.newsloom.ai..", "dev.newsloom.community..", "dev.newsloom.demo..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.newsloom.store..", "dev.newsloom.web..", "dev.newsloom.cli..", "dev.newsloom.bench..",
                        "dev.newsloom.metrics..")
                .check(classes);
    }

    @Test
    void onlyTheMetricsImportMicrometer() {
        noClasses().that().resideOutsideOfPackage("dev.newsloom.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..")
                .because("the inner packages report through their own small observer ports; cli.Application wires them")
                .check(classes);
    }

    @Test
    void nothingButTheWiringReachesTheMetrics() {
        noClasses().that().resideOutsideOfPackages("dev.newsloom.metrics..", "dev.newsloom.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsloom.metrics..")
                .check(classes);
    }

    @Test
    void extractionStandsAlone() {
        noClasses().that().resideInAPackage("dev.newsloom.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsloom.ingest..", "dev.newsloom.search..",
                        "dev.newsloom.demo..")
                .check(classes);
    }

    @Test
    void demoNewsroomKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("dev.newsloom.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsloom.ingest..", "dev.newsloom.extract..",
                        "dev.newsloom.search..", "dev.newsloom.stories..", "dev.newsloom.tags..")
                .because("the demo newsroom plays an outside publisher; it must not share our parsing code")
                .check(classes);
    }

    @Test
    void storeDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("dev.newsloom.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsloom.web..", "dev.newsloom.cli..",
                        "dev.newsloom.metrics..")
                .check(classes);
    }

    @Test
    void onlyTheWebImportsJavalin() {
        noClasses().that().resideOutsideOfPackage("dev.newsloom.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("dev.newsloom.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "java.sql..",
                        "org.sqlite..", "org.postgresql..", "com.zaxxer.hikari..")
                .check(classes);
    }

    @Test
    void webDoesNotReachIntoTheWiring() {
        noClasses().that().resideInAPackage("dev.newsloom.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsloom.cli..", "dev.newsloom.bench..")
                .check(classes);
    }

    @Test
    void theAiFeaturesReadArticlesNotThePipeline() {
        noClasses().that().resideInAPackage("dev.newsloom.ai..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsloom.ingest..", "dev.newsloom.extract..",
                        "dev.newsloom.search..", "dev.newsloom.stories..", "dev.newsloom.demo..")
                .because("the AI features work on the articles they are handed; the site decides which")
                .check(classes);
    }
}
