package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;
import org.junit.jupiter.api.Test;

/**
 * A network that comes from outside (Import… of a model JSON, a link with {@code &weights=}) either fits
 * the lab whole or is refused before anything changes. The import does two things in turn (new settings,
 * then the weights), so every check must come before the first: whenever {@link ModelTransfer#fromModel}
 * accepts a model, loading its weights must succeed too, with a finite cost.
 */
class ImportedNetworkProperties {
    static final String MODEL = """
            {"layers": [2, 3, 1], "activations": ["tanh", "sigmoid"], "loss": "binary_cross_entropy",
             "weights": [[[0.15, -0.2], [0.25, 3e-2], [1, 2]], [[0.40, 0.45, 0.1]]],
             "biases": [[0.35, 0.35, 0], [0.60]], "seed": 42, "init": "xavier"}
            """;

    /** What the page's Import… does (LabTools.modelRead): parse, fit, then settings and weights. */
    static String importInto(LabSession lab, String text) {
        ModelTransfer.Imported imported;
        try {
            ModelFile file = ModelJson.parse(text, ModelLimits.APP);
            imported = ModelTransfer.fromModel(file, lab.state());
        } catch (FormatException | IllegalArgumentException e) {
            return e.getMessage();
        }
        lab.apply(imported.state());
        String refused = lab.replaceParameters(imported.parameters());
        assertEquals("", refused, "accepted by fromModel, then refused by the lab: a half-applied import");
        return "";
    }

    @Property(tries = 500)
    void anImportIsAppliedWholeOrNotAtAll(@ForAll("models") String text,
            @ForAll @IntRange(min = 0, max = RejectedInputProperties.SETUPS - 1) int setup) {
        LabSession lab = RejectedInputProperties.lab(setup);
        LabFingerprint before = LabFingerprint.of(lab);
        String refused = importInto(lab, text);
        if (!refused.isEmpty()) {
            RejectedInputProperties.assertUnchanged(before, lab, "a refused model (" + refused + ")");
        } else {
            assertTrue(Double.isFinite(lab.trainCost()), "J = " + lab.trainCost() + " after importing " + text);
            assertEquals(0, lab.iteration());
        }
    }

    @Provide
    Arbitrary<String> models() {
        Arbitrary<String> huge = Arbitraries.of("1e300", "-1e300", "1e7", "1000000.5", "1e6", "-1e6", "1e-300", "0",
                "1.7976931348623157e308").map(v -> MODEL.replace("0.15", v));
        return Arbitraries.oneOf(huge, RejectedInputProperties.mutated(MODEL), Arbitraries.just(MODEL),
                Arbitraries.just(MODEL.replace("\"sigmoid\"", "\"linear\"").replace("binary_cross_entropy", "mse")));
    }

    @Test
    void aModelWithAWeightBeyondAMillionIsRefusedBeforeAnythingChanges() {
        LabSession lab = new LabSession(AppState.defaults());
        lab.train(12);
        LabFingerprint before = LabFingerprint.of(lab);
        String refused = importInto(lab, MODEL.replace("0.15", "1e300"));
        assertEquals("the model's weight or bias number 1 is 1.0E300, but the lab takes values from -1000000 to "
                + "1000000 (larger ones make the cost J too large to compute)", refused);
        RejectedInputProperties.assertUnchanged(before, lab, "a model with a weight of 1e300");
        assertEquals("", importInto(lab, MODEL.replace("0.15", "1e6")));
    }

    @Test
    void aLinkWithHugeWeightsStartsFromTheSeedAndSaysWhy() {
        AppState state = AppState.defaults();
        double[] weights = new double[state.parameterCount()];
        Arrays.fill(weights, 0.5);
        weights[3] = -2e6;
        ShareLink.Decoded decoded = ShareLink.decode(ShareLink.fragment(state, weights), AppState.defaults());
        assertNull(decoded.weights());
        assertEquals(1, decoded.notices().size(), decoded.notices().toString());
        assertTrue(decoded.notices().get(0).startsWith("ignored the link's trained weights: weight or bias number 4 is "
                + "-2000000"), decoded.notices().get(0));
        LabSession lab = new LabSession(state);
        assertTrue(lab.replaceParameters(weights).contains("number 4"));
        weights[3] = 1e6;
        assertEquals(weights.length, ShareLink.decode(ShareLink.fragment(state, weights), state).weights().length);
    }

    @Test
    void theLargestAllowedWeightsOnTheLargestNetworkAndDataGiveAFiniteCost() {
        int[] widest = {16, 16, 16, 16, 16, 16};
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.CIRCLE, DatasetKind.GAUSS3, DatasetKind.SINE}) {
            for (Loss loss : AppState.lossesFor(kind)) {
                for (Activation activation : ExtremeInputsTest.HIDDEN) {
                    LabSession lab = new LabSession(AppState.defaults().withDataset(kind).withLoss(loss)
                            .withActivation(activation).withHiddenLayers(widest).withRegularization(
                                    org.backproplab.core.Regularization.Type.L2).withLambda(AppState.MAX_LAMBDA));
                    int rows = 4;
                    double[] inputs = new double[rows * kind.inputSize()];
                    double[] targets = new double[rows * kind.targetSize()];
                    Arrays.fill(inputs, LabSession.MAX_DATA_VALUE);
                    for (int r = 0; r < rows; r++) {
                        if (kind.classCount() > 2) {
                            targets[r * 3 + r % 3] = 1;
                        } else {
                            targets[r] = kind.isClassification() ? r % 2 : -LabSession.MAX_DATA_VALUE;
                        }
                    }
                    assertEquals("", lab.replaceData(new Dataset(kind.inputSize(), kind.targetSize(), inputs, targets)));
                    double[] weights = new double[lab.network().parameters().length];
                    Arrays.fill(weights, LabSession.MAX_PARAMETER_VALUE);
                    assertEquals("", lab.replaceParameters(weights));
                    String what = kind.id() + "/" + loss.id() + ", " + activation.id();
                    assertTrue(Double.isFinite(lab.trainCost()) && Double.isFinite(lab.testCost()),
                            what + ": J = " + lab.trainCost() + " / " + lab.testCost());
                    lab.train(3); // then either finite or a clean divergence
                    ExtremeInputsTest.assertViewsReadNoNaN(lab, what);
                }
            }
        }
    }

    @Test
    void aRefusedWeightCountSaysHowManyAreNeeded() {
        assertEquals("the network has 25 weights and biases, but 3 were given",
                LabSession.parametersProblem(new double[3], 25));
        assertThrows(IllegalArgumentException.class, () -> ModelTransfer.fromModel(
                ModelJson.parse(MODEL.replace("0.25", "-7e6")), AppState.defaults()));
    }
}
