package org.backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;

/**
 * Keeps the browser out of the model: everything but ui and cli is plain Java that runs the same on the
 * JVM and under TeaVM, deterministic given a seed, without reflection (TeaVM cannot do it, and it would
 * hide what code is reachable). The package map and the dependency rule these rules enforce are described
 * in docs/contributing.md ("The dependency rule, and how it is enforced"); change both together.
 */
@AnalyzeClasses(packages = "org.backproplab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages that must not know the browser or the command line exists. */
    private static final String[] PURE = {
        "org.backproplab.core..", "org.backproplab.optim..", "org.backproplab.data..", "org.backproplab.train..",
        "org.backproplab.landscape..", "org.backproplab.model..", "org.backproplab.viz..", "org.backproplab.exercise..", "org.backproplab.export..",
        "org.backproplab.state.."
    };

    /** Methods of java.lang.Class that look members up by name or create instances reflectively. */
    private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of(
            "forName", "newInstance",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getField", "getFields", "getDeclaredField", "getDeclaredFields",
            "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
            "getRecordComponents", "getEnumConstants");

    /** The browser features: each uses the toolkit and the lab's host interface, never another feature. */
    private static final String[] FEATURES = {
        "org.backproplab.ui.stepper..", "org.backproplab.ui.microscope..", "org.backproplab.ui.ratelab..",
        "org.backproplab.ui.lessons.."
    };

    /**
     * Every class lives in one of the packages of docs/contributing.md, so a renamed or new package cannot slip past
     * the rules below (which name packages) unnoticed.
     */
    @ArchTest
    static final ArchRule everyClassLivesInAKnownPackage = classes()
            .should().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.optim..", "org.backproplab.data..",
                    "org.backproplab.train..", "org.backproplab.landscape..", "org.backproplab.model..",
                    "org.backproplab.viz..", "org.backproplab.exercise..", "org.backproplab.export..", "org.backproplab.state..",
                    "org.backproplab.cli..", "org.backproplab.ui..")
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

    /**
     * Dependencies point one way: core ← optim, data ← train, landscape, model, viz ← state ← ui; cli uses the
     * model packages. Each pure package lists exactly what it may use.
     */
    @ArchTest
    static final ArchRule optimIsAsPlainAsCore = classes()
            .that().resideInAPackage("org.backproplab.optim..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.backproplab.optim..", "java..")
            .because("an optimizer sees only flat parameter and gradient arrays");

    @ArchTest
    static final ArchRule dataBuildsOnlyOnCore = classes()
            .that().resideInAPackage("org.backproplab.data..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.data..", "java..")
            .because("a data set is points and targets, independent of training and drawing");

    @ArchTest
    static final ArchRule vizBuildsOnlyOnCore = classes()
            .that().resideInAPackage("org.backproplab.viz..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.viz..", "java..")
            .because("drawing geometry turns numbers into pixels and knows nothing of training");

    @ArchTest
    static final ArchRule trainingAndLandscapeBuildOnTheMath = classes()
            .that().resideInAnyPackage("org.backproplab.train..", "org.backproplab.landscape..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.optim..", "org.backproplab.data..",
                    "org.backproplab.train..", "org.backproplab.landscape..", "java..")
            .because("training and the cost landscape sit on the network, its optimizers and its data");

    @ArchTest
    static final ArchRule modelFilesKnowOnlyTheNetworkAndItsData = classes()
            .that().resideInAPackage("org.backproplab.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.data..", "org.backproplab.optim..",
                    "org.backproplab.train..", "org.backproplab.model..", "java..", "com.eclipsesource.json..")
            .because("the file formats describe the network and its data, nothing of a screen");

    @ArchTest
    static final ArchRule exercisesBuildOnTheNetworkItsDataAndNumberText = classes()
            .that().resideInAPackage("org.backproplab.exercise..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.data..", "org.backproplab.viz..",
                    "org.backproplab.exercise..", "java..")
            .because("an exercise asks about one network and its batch; the lab (state, ui) and the command line "
                    + "(worksheets) build on it");

    @ArchTest
    static final ArchRule scriptExportBuildsOnTrainingAndTheFileFormats = classes()
            .that().resideInAPackage("org.backproplab.export..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.core..", "org.backproplab.optim..", "org.backproplab.data..",
                    "org.backproplab.train..", "org.backproplab.model..", "org.backproplab.export..", "java..")
            .because("a script is the network, its data and its training written out, with the lab's own results");

    @ArchTest
    static final ArchRule nothingPureDependsOnState = noClasses()
            .that().resideInAnyPackage("org.backproplab.core..", "org.backproplab.optim..",
                    "org.backproplab.data..", "org.backproplab.train..", "org.backproplab.landscape..",
                    "org.backproplab.model..", "org.backproplab.viz..", "org.backproplab.exercise..", "org.backproplab.export..")
            .should().dependOnClassesThat().resideInAPackage("org.backproplab.state..")
            .because("state (settings, links, one lab's session) is the top of the pure layers, just under ui");

    @ArchTest
    static final ArchRule theCommandLineNeverLoadsTheBrowser = noClasses()
            .that().resideInAPackage("org.backproplab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.backproplab.ui..", "org.teavm..")
            .because("the command line runs on a plain JVM");

    /** The toolkit under the features knows no feature and no lab. */
    @ArchTest
    static final ArchRule theDomToolkitKnowsNoLab = classes()
            .that().resideInAPackage("org.backproplab.ui.dom..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "org.backproplab.ui", "org.backproplab.ui.chart..", "org.backproplab.ui.host..",
                    "org.backproplab.ui.lab..", "org.backproplab.train..", FEATURES[0], FEATURES[1],
                    FEATURES[2], FEATURES[3])
            .andShould().onlyDependOnClassesThat(DescribedPredicate.not(
                    JavaClass.Predicates.belongToAnyOf(LabSession.class, AppState.class)))
            .because("ui.dom wraps the browser for any view; it must stay reusable and small");

    @ArchTest
    static final ArchRule chartsUseOnlyTheDomToolkit = noClasses()
            .that().resideInAPackage("org.backproplab.ui.chart..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.ui", "org.backproplab.ui.host..", "org.backproplab.ui.lab..", FEATURES[0],
                    FEATURES[1], FEATURES[2], FEATURES[3])
            .because("a chart draws numbers it is given");

    @ArchTest
    static final ArchRule stepperUsesNoOtherFeature = featureStaysOnItsOwn(FEATURES[0]);
    @ArchTest
    static final ArchRule microscopeUsesNoOtherFeature = featureStaysOnItsOwn(FEATURES[1]);
    @ArchTest
    static final ArchRule rateLabUsesNoOtherFeature = featureStaysOnItsOwn(FEATURES[2]);
    @ArchTest
    static final ArchRule lessonsUseNoOtherFeature = featureStaysOnItsOwn(FEATURES[3]);

    /**
     * The microscope and the α lab are bundles of their own (js/backprop-lab-microscope.js, -ratelab.js): a class of
     * the first visit's bundle that named one of their classes would pull it back in. The lab reaches them only
     * through ui.host's panels (MicroscopePanel, RateLabPanel) and the loader.
     */
    @ArchTest
    static final ArchRule lazilyLoadedFeaturesAreReachedOnlyThroughTheirPanels = noClasses()
            .that().resideOutsideOfPackages(FEATURES[1], FEATURES[2])
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES[1], FEATURES[2])
            .because("the first visit's script must not contain the microscope or the α lab (docs/performance.md)");

    @ArchTest
    static final ArchRule hostKnowsNoFeatureAndNoLab = noClasses()
            .that().resideInAPackage("org.backproplab.ui.host..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.backproplab.ui", "org.backproplab.ui.lab..", "org.backproplab.ui.chart..", FEATURES[0],
                    FEATURES[1], FEATURES[2], FEATURES[3])
            .because("features see the lab only through ui.host.LabHost");

    /**
     * A feature (stepper, microscope, α lab, lessons) may use ui.dom, ui.chart and ui.host, never the main
     * lab, the entry points or another feature: the lab composes the features, not the other way round.
     */
    private static ArchRule featureStaysOnItsOwn(String feature) {
        String[] forbidden = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature)),
                        java.util.stream.Stream.of("org.backproplab.ui", "org.backproplab.ui.lab.."))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(feature)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("features use the toolkit (ui.dom, ui.chart, ui.host), not each other");
    }

    private static DescribedPredicate<JavaMethodCall> reflectiveClassMethod() {
        return DescribedPredicate.describe("a reflective method of java.lang.Class " + REFLECTIVE_CLASS_METHODS,
                call -> call.getTargetOwner().isEquivalentTo(Class.class)
                        && REFLECTIVE_CLASS_METHODS.contains(call.getName()));
    }
}
