package org.backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Keeps the browser out of the model: everything but ui and cli is plain Java that runs the same on the
 * JVM and under TeaVM, deterministic given a seed, without reflection (TeaVM cannot do it, and it would
 * hide what code is reachable).
 */
@AnalyzeClasses(packages = "org.backproplab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages that must not know the browser or the command line exists. */
    private static final String[] PURE = {
        "org.backproplab.core..", "org.backproplab.optim..", "org.backproplab.data..", "org.backproplab.train..",
        "org.backproplab.landscape..", "org.backproplab.model..", "org.backproplab.viz..", "org.backproplab.state.."
    };

    /** Methods of java.lang.Class that look members up by name or create instances reflectively. */
    private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of(
            "forName", "newInstance",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getField", "getFields", "getDeclaredField", "getDeclaredFields",
            "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
            "getRecordComponents", "getEnumConstants");

    /**
     * Every class lives in one of the packages of STYLE.md, so a renamed or new package cannot slip past
     * the rules below (which name packages) unnoticed.
     */
    @ArchTest
    static final ArchRule everyClassLivesInAKnownPackage = classes()
            .should().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.optim..", "org.backproplab.data..",
                    "org.backproplab.train..", "org.backproplab.landscape..", "org.backproplab.model..",
                    "org.backproplab.viz..", "org.backproplab.state..", "org.backproplab.cli..",
                    "org.backproplab.ui..")
            .because("the architecture rules list packages by name; add a new package to them first");

    @ArchTest
    static final ArchRule modelPackagesDoNotKnowTheBrowserOrTheCommandLine = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.ui..", "org.backproplab.cli..", "org.teavm..", "java.lang.reflect..")
            .because("the model must run unchanged on the JVM (tests, cli) and in the browser");

    @ArchTest
    static final ArchRule modelPackagesUseOnlySeededRandomness = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().callMethod(Math.class, "random")
            .orShould().callMethod(StrictMath.class, "random")
            .because("results must be reproducible from a seed: use core.Rng");

    @ArchTest
    static final ArchRule modelPackagesUseNoReflection = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().callMethodWhere(reflectiveClassMethod())
            .because("TeaVM supports almost no reflection, and the JVM must behave like the browser");

    @ArchTest
    static final ArchRule coreDependsOnlyOnItselfAndTheJdk = classes()
            .that().resideInAPackage("org.backproplab.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.backproplab.core..", "java..")
            .because("core is the foundation every other package builds on");

    private static DescribedPredicate<JavaMethodCall> reflectiveClassMethod() {
        return DescribedPredicate.describe("a reflective method of java.lang.Class " + REFLECTIVE_CLASS_METHODS,
                call -> call.getTargetOwner().isEquivalentTo(Class.class)
                        && REFLECTIVE_CLASS_METHODS.contains(call.getName()));
    }
}
