package io.marketpilot.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §3: below the engine no class reads the environment or system properties; settings arrive by constructor
 * from the configuration (engine.config reads env values the CLI hands it). The one exception is DJL's own cache
 * variables, which the nlp encoder only honours when the operator set them.
 */
class ConfigurationRulesTest {
    @Test
    void onlyTheConfigurationReadsTheEnvironmentOrSystemProperties() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.marketpilot.core", "io.marketpilot.store", "io.marketpilot.data",
                        "io.marketpilot.features", "io.marketpilot.recommend", "io.marketpilot.nlp",
                        "io.marketpilot.automation", "io.marketpilot.experiments", "io.marketpilot.engine");
        noClasses().that().doNotHaveFullyQualifiedName("io.marketpilot.nlp.encoder.NativeLibraries")
                .should().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(Boolean.class, "getBoolean", String.class)
                .orShould().callMethod(Integer.class, "getInteger", String.class)
                .check(classes);
    }
}
