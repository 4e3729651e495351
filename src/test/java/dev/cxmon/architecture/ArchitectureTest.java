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
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("config").definedBy("dev.cxmon.config..")
            .layer("state").definedBy("dev.cxmon.state..")
            .layer("cxone").definedBy("dev.cxmon.cxone..")
            .layer("auth").definedBy("dev.cxmon.auth..")
            .layer("diagnose").definedBy("dev.cxmon.diagnose..")
            .layer("monitor").definedBy("dev.cxmon.monitor..")
            .layer("metrics").definedBy("dev.cxmon.metrics..")
            .layer("api").definedBy("dev.cxmon.api..")
            .layer("cli").definedBy("dev.cxmon.cli..")
            .layer("demo").definedBy("dev.cxmon.demo..")
            .layer("bench").definedBy("dev.cxmon.bench..")
            .layer("simulator").definedBy("dev.cxmon.simulator..")

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

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.cxmon.(*)..").should().beFreeOfCycles();
}
