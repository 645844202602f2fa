package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * Extreme numbers never reach a view as NaN. In the core: for every hidden activation and every allowed
 * output/cost pair, pre-activations |z| ≈ 1e3 and beyond, targets exactly 0 and 1, all-equal data, a single
 * example and a zero-variance column give a finite J and finite gradients. In a lab: huge weights, α = 10
 * and every optimizer either train finitely or stop with a clean divergence, and what views read (costs,
 * cost curve, weights) is never NaN. And the limits (10,000 rows, 6 × 32 imported networks, 8 KB links,
 * values within ±1e6) are refused with a message that names the limit, leaving the lab as it was.
 */
class ExtremeInputsTest {
    /** An output activation and the cost that may follow it. */
    record Head(Activation output, Loss loss, int outputs) {
    }

    static final Head[] HEADS = {
        new Head(Activation.LINEAR, Loss.MSE, 1), new Head(Activation.SIGMOID, Loss.MSE, 1),
        new Head(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, 1), new Head(Activation.SOFTMAX, Loss.MSE, 3),
        new Head(Activation.SOFTMAX, Loss.CROSS_ENTROPY, 3), new Head(Activation.TANH, Loss.MSE, 1),
        new Head(Activation.RELU, Loss.MSE, 1), new Head(Activation.LEAKY_RELU, Loss.MSE, 2),
    };
    static final Activation[] HIDDEN = {Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU,
        Activation.LEAKY_RELU};

    /** The data cases, each as 2 input columns: targets 0/1 are set per head. */
    static List<double[]> inputCases() {
        List<double[]> cases = new ArrayList<>();
        cases.add(new double[] {1, -1, -1, 1, 0.5, 0.5, 0, 0});   // spread, targets exactly 0 and 1
        cases.add(new double[] {0.3, 0.3, 0.3, 0.3, 0.3, 0.3});   // all rows equal
        cases.add(new double[] {2, -3});                          // a single example
        cases.add(new double[] {1, 5, -1, 5, 3, 5, 0, 5});        // second column has zero variance
        cases.add(new double[] {0, 0, 0, 0});                      // all zero
        cases.add(new double[] {1e6, -1e6, -1e6, 1e6});           // the largest values a lab takes
        return cases;
    }

    static double[] targetsFor(Head head, int rows) {
        double[] targets = new double[rows * head.outputs()];
        for (int r = 0; r < rows; r++) {
            if (head.outputs() == 3) {
                targets[r * 3 + r % 3] = 1;                         // one-hot
            } else {
                for (int k = 0; k < head.outputs(); k++) {
                    targets[r * head.outputs() + k] = (r + k) % 2;  // exactly 0 or 1
                }
            }
        }
        return targets;
    }

    @Test
    void saturatedNeuronsGiveFiniteCostAndGradientsForEveryActivationAndCost() {
        int checked = 0;
        for (Activation hidden : HIDDEN) {
            for (Head head : HEADS) {
                Shape shape = Shape.of(new int[] {2, 4, 3, head.outputs()}, hidden, head.output());
                for (double scale : new double[] {1e3, -1e3, 3e3}) {
                    for (double[] inputs : inputCases()) {
                        if (Math.abs(inputs[0]) >= 1e6 && hidden != Activation.SIGMOID && hidden != Activation.TANH) {
                            continue; // |z| ≈ 1e6·1e3 through unbounded units is not "|z| ≈ 1e3"; see the lab test
                        }
                        int rows = inputs.length / 2;
                        Network network = new Network(shape, head.loss(), new Regularization(Regularization.Type.L2, 0.01));
                        double[] parameters = network.parameters();
                        for (int p = 0; p < parameters.length; p++) {
                            parameters[p] = (p % 3 == 0 ? -scale : scale) / (1 + p % 4);
                        }
                        double[] targets = targetsFor(head, rows);
                        double[] gradient = new double[shape.parameterCount()];
                        double cost = new Backprop(shape).costAndGradient(network, inputs, targets, null, 0, rows,
                                gradient);
                        String what = hidden.id() + " → " + head.output().id() + "/" + head.loss().id() + ", weights ±"
                                + scale + ", inputs " + java.util.Arrays.toString(inputs);
                        assertTrue(Double.isFinite(cost), what + ": J = " + cost);
                        for (int p = 0; p < gradient.length; p++) {
                            assertTrue(Double.isFinite(gradient[p]), what + ": ∂J/∂" + shape.parameterName(p) + " = "
                                    + gradient[p]);
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "cases checked: " + checked);
    }

    /** Everything a view reads from the lab: no NaN (∞ is allowed for a cost that overflowed, shown as "—"). */
    static void assertViewsReadNoNaN(LabSession lab, String what) {
        assertFalse(Double.isNaN(lab.trainCost()), what + ": train J is NaN");
        assertFalse(Double.isNaN(lab.testCost()), what + ": test J is NaN");
        for (double w : lab.network().parameters()) {
            assertTrue(Double.isFinite(w), what + ": a weight is " + w);
        }
        CostSeries curve = lab.history();
        for (int k = 0; k < curve.size(); k++) {
            assertFalse(Double.isNaN(curve.trainCost(k)) || Double.isNaN(curve.testCost(k))
                    || Double.isNaN(curve.iteration(k)), what + ": curve point " + k + " has NaN");
        }
        if (!lab.isDiverged()) {
            assertTrue(Double.isFinite(lab.trainCost()), what + ": J = " + lab.trainCost() + " but not diverged");
        }
    }

    @Test
    void everyActivationCostAndOptimizerAtTheLargestRateTrainsFinitelyOrDivergesCleanly() {
        DatasetKind[] kinds = {DatasetKind.CIRCLE, DatasetKind.GAUSS3, DatasetKind.SINE};
        int diverged = 0;
        int runs = 0;
        for (DatasetKind kind : kinds) {
            for (Loss loss : AppState.lossesFor(kind)) {
                for (Activation hidden : HIDDEN) {
                    for (OptimizerKind optimizer : OptimizerKind.values()) {
                        for (double rate : new double[] {AppState.MAX_LEARNING_RATE, 1, AppState.MIN_LEARNING_RATE}) {
                            AppState state = AppState.defaults().withDataset(kind).withLoss(loss).withActivation(hidden)
                                    .withOptimizer(optimizer).withLearningRate(rate).withPointCount(40).withBatchSize(0);
                            LabSession lab = new LabSession(state);
                            String what = StateCodec.encode(state);
                            for (int frame = 0; frame < 20 && !lab.isDiverged(); frame++) {
                                lab.train(25);
                                assertViewsReadNoNaN(lab, what);
                            }
                            diverged += lab.isDiverged() ? 1 : 0;
                            runs++;
                        }
                    }
                }
            }
        }
        System.out.println("ExtremeInputsTest: " + runs + " labs at α = 10, 1, 1e-5; " + diverged + " diverged cleanly");
        assertTrue(diverged > 0, "α = 10 should make at least some labs diverge");
    }

    @Test
    void hugeWeightsGiveAnInfiniteCostAndACleanDivergenceNeverNaN() {
        for (Activation hidden : HIDDEN) {
            for (DatasetKind kind : new DatasetKind[] {DatasetKind.CIRCLE, DatasetKind.GAUSS3, DatasetKind.SINE}) {
                for (Loss loss : AppState.lossesFor(kind)) {
                    for (double scale : new double[] {1e6, 1e100, 1e154, 1e300, Double.MAX_VALUE}) {
                        AppState state = AppState.defaults().withDataset(kind).withLoss(loss).withActivation(hidden)
                                .withHiddenLayers(new int[] {8, 8, 8});
                        LabSession lab = new LabSession(state);
                        double[] parameters = lab.network().parameters();
                        for (int p = 0; p < parameters.length; p++) {
                            parameters[p] = p % 2 == 0 ? scale : -scale;  // as an imported model could hold
                        }
                        String what = hidden.id() + ", " + kind.id() + "/" + loss.id() + ", weights ±" + scale;
                        for (int frame = 0; frame < 5; frame++) {
                            lab.train(10);
                            assertViewsReadNoNaN(lab, what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void extremeButAllowedDataTrainsFinitelyOrDivergesCleanly() {
        double[][] inputs = {
            {0.3, 0.3, 0.3, 0.3, 0.3, 0.3},          // all equal
            {1, 7, -1, 7, 2, 7, -2, 7},              // zero-variance second column
            {1e6, -1e6, -1e6, 1e6, 0, 1e6},          // the largest allowed values
            {0, 0, 1e-300, 0},                      // tiny
        };
        for (Activation hidden : HIDDEN) {
            for (double[] in : inputs) {
                int rows = in.length / 2;
                double[] labels = new double[rows];
                for (int r = 0; r < rows; r++) {
                    labels[r] = r % 2;
                }
                for (OptimizerKind optimizer : OptimizerKind.values()) {
                    LabSession lab = new LabSession(AppState.defaults().withActivation(hidden).withOptimizer(optimizer)
                            .withLoss(Loss.BINARY_CROSS_ENTROPY).withLearningRate(10));
                    assertEquals("", lab.replaceData(new Dataset(2, 1, in, labels)));
                    String what = hidden.id() + ", " + optimizer.id() + ", " + java.util.Arrays.toString(in);
                    assertViewsReadNoNaN(lab, what);
                    for (int frame = 0; frame < 10; frame++) {
                        lab.train(50);
                        assertViewsReadNoNaN(lab, what);
                    }
                }
                // 1-D regression with the same numbers as (x, y)
                LabSession curve = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE)
                        .withActivation(hidden).withLearningRate(10).withOptimizer(OptimizerKind.MOMENTUM));
                double[] x = new double[rows];
                double[] y = new double[rows];
                for (int r = 0; r < rows; r++) {
                    x[r] = in[2 * r];
                    y[r] = in[2 * r + 1];
                }
                assertEquals("", curve.replaceData(new Dataset(1, 1, x, y)));
                for (int frame = 0; frame < 10; frame++) {
                    curve.train(50);
                    assertViewsReadNoNaN(curve, "regression " + hidden.id() + ", " + java.util.Arrays.toString(in));
                }
            }
        }
    }

    // ---- limits: a clear message, and nothing changed

    @Test
    void moreThanTenThousandRowsAreRefusedAndTheLabKeepsItsData() {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int r = 0; r <= 10_000; r++) {
            csv.append(r % 7).append(',').append(r % 5).append(',').append(r % 2).append('\n');
        }
        LabSession lab = new LabSession(AppState.defaults());
        lab.train(10);
        LabFingerprint before = LabFingerprint.of(lab);
        FormatException e = assertThrows(FormatException.class, () -> DataCsv.parse(csv.toString(), 2, 1));
        assertEquals("line 10002 is example 10001, but a data file may hold at most 10000 examples", e.getMessage());
        RejectedInputProperties.assertUnchanged(before, lab, "a CSV of 10,001 rows");
        // exactly 10,000 is fine
        String tenThousand = csv.substring(0, csv.lastIndexOf("\n", csv.length() - 2) + 1);
        LabSession other = new LabSession(AppState.defaults());
        Dataset data = assertDoesNotThrowParse(tenThousand);
        assertEquals(10_000, data.count());
        assertEquals("", other.replaceData(data));
        assertEquals(10_000, other.trainData().count() + other.testData().count());
        assertEquals("the data already holds the maximum of 10000 points", other.addPoint(0, 0, 1));
    }

    private static Dataset assertDoesNotThrowParse(String csv) {
        try {
            return DataCsv.parse(csv, 2, 1);
        } catch (FormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void valuesBeyondAMillionAreRefusedWithTheRowAndTheLabKeepsItsData() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE));
        lab.train(10);
        LabFingerprint before = LabFingerprint.of(lab);
        String refused = lab.replaceData(new Dataset(1, 1, new double[] {0, 1, 2}, new double[] {0, 2e6, 1}));
        assertEquals("example 2 has the value 2000000; values must be from -1000000 to 1000000 (scale the data down)",
                refused);
        RejectedInputProperties.assertUnchanged(before, lab, "data with a value of 2e6");
        assertNotEquals("", lab.addPoint(1e7, 0, 0));
        RejectedInputProperties.assertUnchanged(before, lab, "a point at x = 1e7");
    }

    @Test
    void importedNetworksBeyondSixHiddenLayersOrThirtyTwoNeuronsAreRefused() throws FormatException {
        String ok = model(new int[] {2, 32, 32, 32, 32, 32, 32, 1});
        assertEquals(8, ModelJson.parse(ok, ModelLimits.APP).network().shape().layerCount());
        FormatException deep = assertThrows(FormatException.class,
                () -> ModelJson.parse(model(new int[] {2, 4, 4, 4, 4, 4, 4, 4, 1}), ModelLimits.APP));
        assertTrue(deep.getMessage().contains("7 hidden layers") && deep.getMessage().contains("at most 6"),
                deep.getMessage());
        FormatException wide = assertThrows(FormatException.class,
                () -> ModelJson.parse(model(new int[] {2, 33, 1}), ModelLimits.APP));
        assertTrue(wide.getMessage().contains("33") && wide.getMessage().contains("32"), wide.getMessage());
    }

    private static String model(int[] layers) {
        StringBuilder text = new StringBuilder("{\"layers\": [");
        StringBuilder activations = new StringBuilder();
        for (int l = 0; l < layers.length; l++) {
            text.append(l == 0 ? "" : ", ").append(layers[l]);
            if (l > 0) {
                activations.append(l == 1 ? "" : ", ").append(l == layers.length - 1 ? "\"sigmoid\"" : "\"tanh\"");
            }
        }
        return text.append("], \"activations\": [").append(activations).append("], \"loss\": \"mse\", \"seed\": 3}")
                .toString();
    }

    @Test
    void linksLongerThanEightKilobytesAreIgnoredWholeWithANotice() {
        LabSession lab = new LabSession(AppState.defaults());
        lab.train(10);
        LabFingerprint before = LabFingerprint.of(lab);
        String link = "#lr=0.5&" + "noise=0.1&".repeat(StateCodec.MAX_LENGTH / 10);
        assertTrue(link.length() > StateCodec.MAX_LENGTH);
        StateCodec.Decoded decoded = StateCodec.decode(link, lab.state());
        assertEquals(List.of("the link's settings are " + link.length()
                + " characters long (at most 8192 are read), so all of them were ignored"), decoded.notices());
        lab.apply(decoded.state());
        RejectedInputProperties.assertUnchanged(before, lab, "an overlong link");
        // 8192 characters exactly are still read
        String longest = "lr=0.5" + "&".repeat(StateCodec.MAX_LENGTH - 6);
        assertEquals(0.5, StateCodec.decode(longest, lab.state()).state().learningRate());
    }

    @Test
    void defaultInitialisationIsUntouchedByTheseChecks() {
        // The checks must not change what a normal lab does: same weights as a bare Network from the seed.
        LabSession lab = new LabSession(AppState.defaults());
        AppState s = AppState.defaults();
        Network bare = Network.initialized(Shape.of(s.layerSizes(), s.activation(), s.outputActivation()), s.loss(),
                Regularization.NONE, Initializer.XAVIER, s.seed());
        assertEquals(java.util.Arrays.toString(bare.parameters()), java.util.Arrays.toString(lab.network().parameters()));
    }
}
