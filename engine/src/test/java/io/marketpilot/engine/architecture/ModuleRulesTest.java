package io.marketpilot.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of docs/architecture.md: dependencies point down; core is pure JDK; no grab-bag packages. */
class ModuleRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.marketpilot");
    }

    @Test
    void coreDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.marketpilot.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.marketpilot.core..", "java..")
                .check(classes);
    }

    @Test
    void storeAndDataDoNotKnowEachOtherOrTheEngine() {
        noClasses().that().resideInAPackage("io.marketpilot.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.marketpilot.data..", "io.marketpilot.engine..")
                .check(classes);
        noClasses().that().resideInAPackage("io.marketpilot.data..")
                .should().dependOnClassesThat().resideInAnyPackage("io.marketpilot.store..", "io.marketpilot.engine..")
                .check(classes);
    }

    @Test
    void recommendKnowsOnlyTheCoreAndTheJdk() {
        // the JDK includes its incubating Vector API (top-k scoring; optional at run time, see InnerProducts)
        classes().that().resideInAPackage("io.marketpilot.recommend..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.marketpilot.core..",
                        "io.marketpilot.recommend..", "java..", "jdk.incubator.vector..")
                .check(classes);
    }

    @Test
    void experimentsKnowOnlyTheCoreAndTheJdk() {
        classes().that().resideInAPackage("io.marketpilot.experiments..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.marketpilot.core..",
                        "io.marketpilot.experiments..", "java..")
                .check(classes);
    }

    @Test
    void automationKnowsOnlyTheCoreAndFeaturesAmongTheModules() {
        noClasses().that().resideInAPackage("io.marketpilot.automation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.marketpilot.store..", "io.marketpilot.data..",
                        "io.marketpilot.recommend..", "io.marketpilot.nlp..", "io.marketpilot.experiments..",
                        "io.marketpilot.engine..", "io.marketpilot.server..", "io.marketpilot.cli..", "io.javalin..")
                .check(classes);
    }

    @Test
    void featuresKnowOnlyTheCoreAndTheJdk() {
        classes().that().resideInAPackage("io.marketpilot.features..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.marketpilot.core..",
                        "io.marketpilot.features..", "java..")
                .check(classes);
    }

    @Test
    void nlpKnowsOnlyTheCoreAndItsTextLibraries() {
        // HanLP (segmentation, NER), langchain4j + ONNX Runtime (the encoder), Jackson (LLM responses for copy)
        classes().that().resideInAPackage("io.marketpilot.nlp..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.marketpilot.core..", "io.marketpilot.nlp..",
                        "java..", "com.hankcs..", "dev.langchain4j..", "ai.onnxruntime..", "ai.djl..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void nothingBelowTheServerKnowsHttpOrTheCli() {
        noClasses().that().resideInAnyPackage("io.marketpilot.core..", "io.marketpilot.store..",
                        "io.marketpilot.data..", "io.marketpilot.recommend..", "io.marketpilot.nlp..",
                        "io.marketpilot.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..",
                        "org.eclipse.jetty..", "picocli..", "io.marketpilot.server..", "io.marketpilot.cli..")
                .check(classes);
    }

    @Test
    void noGrabBagPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..impl..", "..common..", "..manager..", "..helper..")
                .check(classes);
    }
}
