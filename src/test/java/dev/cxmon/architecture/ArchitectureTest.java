package dev.cxmon.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The package rules of docs/architecture.md ("Direction of dependencies"), checked on the compiled main classes: a new
 * back-reference or cycle fails the build instead of waiting for a reviewer.
 */
@AnalyzeClasses(packages = "dev.cxmon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule simulatorIsIndependent = noClasses().that().resideInAPackage("dev.cxmon.simulator..")
            .should().dependOnClassesThat(resideInAPackage("dev.cxmon..").and(not(resideInAPackage("dev.cxmon.simulator.."))))
            .because("the simulator is an independent CXone that checks our client, so it must not share the client's code");

    /** Bottom to top: a package may use the layers below it, never those above. */
    @ArchTest
    static final ArchRule layersPointDown = packageLayers("config", "state", "cxone", "auth", "diagnose", "monitor", "metrics", "api",
            "cli", "demo", "bench", "simulator")
            .whereLayer("config").mayNotAccessAnyLayer()
            .whereLayer("state").mayNotAccessAnyLayer()
            .whereLayer("cxone").mayOnlyAccessLayers("config", "state")
            .whereLayer("auth").mayOnlyAccessLayers("config", "state", "cxone")
            .whereLayer("diagnose").mayOnlyAccessLayers("config", "state", "cxone", "auth")
            .whereLayer("monitor").mayOnlyAccessLayers("config", "state", "cxone", "auth")
            .whereLayer("metrics").mayOnlyAccessLayers("config", "state", "cxone", "auth", "diagnose", "monitor")
            .whereLayer("api").mayOnlyAccessLayers("config", "state", "cxone", "auth", "diagnose", "monitor", "metrics")
            // cli dispatches the bench command.
            .whereLayer("cli").mayOnlyAccessLayers("config", "state", "cxone", "auth", "diagnose", "monitor", "metrics", "bench")
            // demo and bench are the simulator's two users: demo mode runs it in the service, bench polls a generated tenant.
            .whereLayer("demo").mayOnlyAccessLayers("config", "state", "cxone", "auth", "diagnose", "monitor", "metrics", "simulator")
            .whereLayer("bench").mayOnlyAccessLayers("config", "state", "cxone", "auth", "diagnose", "monitor", "metrics", "simulator")
            .whereLayer("simulator").mayNotAccessAnyLayer()

            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("simulator").mayOnlyBeAccessedByLayers("demo", "bench")
            .because("docs/architecture.md: config and state at the bottom; cxone; auth; diagnose and monitor; metrics; "
                    + "api, cli, demo and bench on top; the simulator apart");

    /** One layer for each named package below dev.cxmon, sub-packages included, named like it. */
    private static LayeredArchitecture packageLayers(String... packages) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : packages) {
            layers = layers.layer(name).definedBy("dev.cxmon." + name + "..");
        }
        return layers;
    }

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.cxmon.(*)..").should().beFreeOfCycles();
}
