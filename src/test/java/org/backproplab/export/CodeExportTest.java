package org.backproplab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backproplab.core.Activation;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.data.Dataset;
import org.backproplab.export.ExportFixtures.CostCase;
import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated script's structure (the sections for exactly this network, cost, optimizer and batches) and
 * its numbers: the starting weights as given, and the expected results as the lab's trainer computes them.
 * ExportedScriptsIT runs scripts in Python.
 */
class CodeExportTest {
    private static final String TEMPLATE = ExportFixtures.template();
    private static final Regularization[] REGULARIZATIONS = {
        Regularization.NONE, new Regularization(Regularization.Type.L1, 0.003),
        new Regularization(Regularization.Type.L2, 0.01)};
    /** Full batch, and mini-batches of 3 out of 10 (the last batch of each epoch has 1). */
    private static final int[] BATCHES = {TrainingConfig.FULL_BATCH, 3};
    private static final int STEPS = 7;

    static Stream<Arguments> hiddenActivationsAndCosts() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            if (hidden.isElementwise()) {
                for (CostCase cost : CostCase.values()) {
                    cases.add(Arguments.of(hidden, cost));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1}")
    @MethodSource("hiddenActivationsAndCosts")
    void everyRegularizationOptimizerBatchModeAndFrameworkGivesItsSectionsAndTheTrainersNumbers(Activation hidden,
            CostCase cost) {
        Dataset data = ExportFixtures.data(cost, 10, 5);
        for (Regularization regularization : REGULARIZATIONS) {
            Network start = ExportFixtures.network(new int[] {3}, hidden, cost, regularization, 11);
            for (OptimizerKind kind : OptimizerKind.values()) {
                for (int batch : BATCHES) {
                    TrainingConfig training = new TrainingConfig(OptimizerConfig.defaults(kind), 0.05, batch, 9);
                    for (Framework framework : Framework.values()) {
                        String where = framework.id() + ", " + regularization.type().id() + ", " + kind.id()
                                + ", batch " + batch;
                        String script = CodeExport.write(TEMPLATE, framework, start, data, training, STEPS, "d.csv").text();
                        checkStructure(script, framework, start, regularization, kind, batch, where);
                        checkNumbers(script, start, data, training, where);
                    }
                }
            }
        }
    }

    private static void checkStructure(String script, Framework framework, Network start,
            Regularization regularization, OptimizerKind kind, int batch, String where) {
        assertFalse(script.contains("{{") || script.contains("#%"), where + ": template syntax left over");
        boolean torch = framework == Framework.PYTORCH;
        assertEquals(torch, script.contains("\nimport torch\n"), where);
        assertEquals(!torch, script.contains("\nimport numpy as np\n"), where);
        for (Activation activation : Activation.values()) {
            boolean used = false;
            for (Activation layer : start.shape().activations()) {
                used |= layer == activation;
            }
            assertEquals(used, script.contains("\n    \"" + activation.id() + "\": "), where + ": " + activation.id());
        }
        assertEquals(regularization.isActive(), script.contains("\nLAMBDA = "), where);
        assertEquals(regularization.type() == Regularization.Type.L1, script.contains(torch ? "layer.weight.abs()" : "np.abs(w)"),
                where);
        assertEquals(regularization.type() == Regularization.Type.L2, script.contains(torch ? "layer.weight ** 2" : "w * w"),
                where);
        assertEquals(batch != TrainingConfig.FULL_BATCH, script.contains("\nclass LabRng:"), where);
        assertEquals(batch != TrainingConfig.FULL_BATCH, script.contains("\nBATCH_SIZE = " + batch + "\n"), where);
        if (torch) {
            assertEquals(1, count(script, "\noptimizer = torch.optim."), where);
            String constructor = switch (kind) {
                case SGD -> "torch.optim.SGD(net.parameters(), lr=LEARNING_RATE)\n";
                case MOMENTUM -> "torch.optim.SGD(net.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)\n";
                case NESTEROV -> "momentum=MOMENTUM, nesterov=MOMENTUM > 0)\n";
                case RMSPROP -> "torch.optim.RMSprop(net.parameters(), lr=LEARNING_RATE, alpha=ALPHA, eps=EPSILON)\n";
                case ADAM -> "torch.optim.Adam(net.parameters(), lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)\n";
            };
            assertTrue(script.contains(constructor), where + ": " + constructor);
            assertFalse(script.contains("def backward("), where + ": PyTorch's flavour derives nothing by hand");
        } else {
            assertEquals(1, count(script, "\ndef gradient_descent("), where);
            String rule = switch (kind) {
                case SGD -> "Phase 4, gradient descent (sgd)";
                case MOMENTUM -> "p -= rate * v  #";
                case NESTEROV -> "p -= rate * (g + MOMENTUM * v)";
                case RMSPROP -> "Phase 4, gradient descent with RMSprop";
                case ADAM -> "Phase 4, gradient descent with Adam";
            };
            assertTrue(script.contains(rule), where + ": " + rule);
            for (String phase : new String[] {"Phase 1, the forward pass", "Phase 2, the cost",
                "Phase 3, backpropagation", "Phase 4, gradient descent"}) {
                assertTrue(script.contains(phase), where + ": " + phase);
            }
        }
        String[] lossLines = switch (start.loss()) {
            case MSE -> new String[] {"J = 1/(2N) Σₙ Σₖ (ŷ − y)²"};
            case BINARY_CROSS_ENTROPY -> new String[] {"[y log σ(z) + (1 − y) log(1 − σ(z))]"};
            case CROSS_ENTROPY -> new String[] {"Σₖ y log softmax(z)"};
        };
        for (String line : lossLines) {
            assertTrue(script.contains(line), where + ": " + line);
        }
        assertTrue(script.endsWith("    sys.exit(1)\n"), where);
    }

    /** The script's numbers against the lab's trainer, run here independently of the exporter. */
    private static void checkNumbers(String script, Network start, Dataset data, TrainingConfig training,
            String where) {
        double[][] given = ExportFixtures.weightsThenBiases(start.shape(), start.parameters());
        assertArrayEquals(given[0], ExportFixtures.numbers(script, "WEIGHTS"), where + ": starting weights");
        assertArrayEquals(given[1], ExportFixtures.numbers(script, "BIASES"), where + ": starting biases");
        Network trained = start.copy();
        Trainer trainer = new Trainer(trained, data, training);
        trainer.run(STEPS);
        double[][] expected = ExportFixtures.weightsThenBiases(start.shape(), trained.parameters());
        assertArrayEquals(expected[0], ExportFixtures.numbers(script, "EXPECTED_WEIGHTS"), where);
        assertArrayEquals(expected[1], ExportFixtures.numbers(script, "EXPECTED_BIASES"), where);
        assertEquals(trainer.trainingCost(), Double.parseDouble(ExportFixtures.assignment(script, "EXPECTED_FINAL_J")),
                where);
        assertEquals(String.valueOf(STEPS), ExportFixtures.assignment(script, "STEPS"), where);
        assertEquals(training.learningRate(),
                Double.parseDouble(ExportFixtures.assignment(script, "LEARNING_RATE").replaceAll("  #.*", "")), where);
        double[] rows = ExportFixtures.numbers(script, "DATA");
        assertEquals(data.count() * (data.inputSize() + data.targetSize()), rows.length, where);
        for (int n = 0; n < data.count(); n++) {
            int row = n * (data.inputSize() + data.targetSize());
            assertEquals(data.input(n, 0), rows[row], where);
            assertEquals(data.target(n, data.targetSize() - 1), rows[row + data.inputSize() + data.targetSize() - 1], where);
        }
    }

    @Test
    void schedulesWriteTheirFormulaAndConstants() {
        Dataset data = ExportFixtures.data(CostCase.MSE_LINEAR, 10, 5);
        Network start = ExportFixtures.network(new int[] {3}, Activation.TANH, CostCase.MSE_LINEAR, Regularization.NONE, 3);
        String[][] expectations = {
            {"constant", "    return LEARNING_RATE\n"},
            {"step", "FACTOR = 0.5  # γ", "STEP_SIZE = 100  # s", "LEARNING_RATE * FACTOR ** math.floor(t / STEP_SIZE)"},
            {"exponential", "FACTOR = 0.99  # γ", "LEARNING_RATE * FACTOR ** t"},
            {"inverse_time", "DECAY = 0.01  # k", "LEARNING_RATE / (1 + DECAY * t)"},
            {"cosine", "PERIOD = 1000  # T", "MINIMUM_RATE = 0.0  # α_min", "math.cos(math.pi * t / PERIOD)"},
        };
        for (String[] expectation : expectations) {
            LearningRateScheduleKind kind = LearningRateScheduleKind.fromId(expectation[0]);
            TrainingConfig training = TrainingConfig.defaults().withSchedule(LearningRateSchedule.defaults(kind));
            for (Framework framework : Framework.values()) {
                String script = CodeExport.write(TEMPLATE, framework, start, data, training, 3, "d.csv").text();
                assertTrue(script.contains("the lab's " + kind.id() + " schedule, α(t) = " + kind.formula()), kind.id());
                for (int k = 1; k < expectation.length; k++) {
                    assertTrue(script.contains(expectation[k]), kind.id() + ": " + expectation[k]);
                }
                assertEquals(kind != LearningRateScheduleKind.STEP && kind != LearningRateScheduleKind.EXPONENTIAL,
                        !script.contains("\nFACTOR = "), kind.id());
            }
        }
    }

    @Test
    void theHyperparametersAreTheLabsOwn() {
        Dataset data = ExportFixtures.data(CostCase.MSE_LINEAR, 10, 5);
        Network start = ExportFixtures.network(new int[] {2}, Activation.RELU, CostCase.MSE_LINEAR, Regularization.NONE, 3);
        OptimizerConfig adam = OptimizerConfig.defaults(OptimizerKind.ADAM).withBeta1(0.8).withBeta2(0.95).withEpsilon(1e-6);
        String script = CodeExport.write(TEMPLATE, Framework.NUMPY, start, data,
                new TrainingConfig(adam, 0.002, 4, -77), 5, "d.csv").text();
        assertEquals("0.8  # β₁", ExportFixtures.assignment(script, "BETA1"));
        assertEquals("0.95  # β₂", ExportFixtures.assignment(script, "BETA2"));
        assertEquals("1.0E-6", ExportFixtures.assignment(script, "EPSILON"));
        assertEquals("0.002  # α", ExportFixtures.assignment(script, "LEARNING_RATE"));
        assertEquals("-77  # the seed of the lab's shuffling", ExportFixtures.assignment(script, "SEED"));
        OptimizerConfig rmsprop = OptimizerConfig.defaults(OptimizerKind.RMSPROP).withAlpha(0.9);
        script = CodeExport.write(TEMPLATE, Framework.PYTORCH, start, data, new TrainingConfig(rmsprop, 1, 0, 1), 5, "d.csv")
                .text();
        assertTrue(script.contains("\nALPHA = 0.9  #"));
        assertTrue(script.contains("\nLEARNING_RATE = 1.0  # α"), "whole numbers stay Python floats");
        OptimizerConfig momentum = OptimizerConfig.defaults(OptimizerKind.MOMENTUM).withMomentum(0.5);
        script = CodeExport.write(TEMPLATE, Framework.PYTORCH, start, data, new TrainingConfig(momentum, 1, 0, 1), 5, "d.csv")
                .text();
        assertEquals("0.5  # μ", ExportFixtures.assignment(script, "MOMENTUM"));
    }

    @Test
    void dataAboveTheInlineLimitGoesBesideTheScript() {
        Dataset small = ExportFixtures.data(CostCase.MSE_LINEAR, CodeExport.INLINE_ROW_LIMIT, 5);
        Dataset large = ExportFixtures.data(CostCase.MSE_LINEAR, CodeExport.INLINE_ROW_LIMIT + 1, 5);
        Network start = ExportFixtures.network(new int[] {2}, Activation.TANH, CostCase.MSE_LINEAR, Regularization.NONE, 3);
        ExportedScript inline = CodeExport.write(TEMPLATE, Framework.NUMPY, start, small, TrainingConfig.defaults(), 1, "d.csv");
        assertFalse(inline.needsDataFile());
        assertEquals(CodeExport.INLINE_ROW_LIMIT * 2, ExportFixtures.numbers(inline.text(), "DATA").length / 3 * 2);
        ExportedScript beside = CodeExport.write(TEMPLATE, Framework.NUMPY, start, large, TrainingConfig.defaults(), 1, "big data.csv");
        assertTrue(beside.needsDataFile());
        assertEquals("big data.csv", beside.dataFileName());
        assertTrue(beside.text().contains("\nDATA_FILE = \"big data.csv\"  #"));
        assertTrue(beside.text().contains("\nDATA = read_data(DATA_FILE)\nif len(DATA) != 2001:"));
        assertFalse(beside.text().contains("\nDATA = [\n"));
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class, () ->
                CodeExport.write(TEMPLATE, Framework.NUMPY, start, large, TrainingConfig.defaults(), 1, "a\"b.csv"));
        assertEquals("the data file name \"a\"b.csv\" cannot be written into the script; use a plain file name without"
                + " quotes, slashes or backslashes", badName.getMessage());
    }

    @Test
    void refusesWhatAScriptCannotCheck() {
        Dataset data = ExportFixtures.data(CostCase.MSE_LINEAR, 10, 5);
        Network start = ExportFixtures.network(new int[] {2}, Activation.TANH, CostCase.MSE_LINEAR, Regularization.NONE, 3);
        assertEquals("steps must be an integer from 0 to 100000, but is 100001", assertThrows(IllegalArgumentException.class,
                () -> CodeExport.write(TEMPLATE, Framework.NUMPY, start, data, TrainingConfig.defaults(),
                        CodeExport.MAX_STEPS + 1, "d.csv")).getMessage());
        Network wide = ExportFixtures.network(new int[] {400, 400}, Activation.TANH, CostCase.MSE_LINEAR,
                Regularization.NONE, 3);
        assertEquals("the network has 162001 weights and biases, but an exported script holds at most 100000",
                assertThrows(IllegalArgumentException.class, () -> CodeExport.write(TEMPLATE, Framework.NUMPY, wide, data,
                        TrainingConfig.defaults(), 1, "d.csv")).getMessage());
        Network relu = ExportFixtures.network(new int[] {8}, Activation.RELU, CostCase.MSE_LINEAR, Regularization.NONE, 3);
        TrainingConfig huge = new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.SGD), 10, 0, 1);
        TrainingDivergedException diverged = assertThrows(TrainingDivergedException.class, () ->
                CodeExport.write(TEMPLATE, Framework.PYTORCH, relu, new Dataset(2, 1, new double[] {1000, 1000},
                        new double[] {1000}), huge, 2000, "d.csv"));
        assertTrue(diverged.getMessage().startsWith("the lab's training diverged at step "), diverged.getMessage());
        assertTrue(!diverged.getMessage().contains("Infinity") && !diverged.getMessage().contains("NaN"),
                "a page shows this message: no Java number words " + diverged.getMessage());
        assertEquals("\u221e", ReferenceRun.word(Double.POSITIVE_INFINITY));
        assertEquals("\u2212\u221e", ReferenceRun.word(Double.NEGATIVE_INFINITY));
        assertEquals("not a number", ReferenceRun.word(Double.NaN));
    }

    @Test
    void theStartingNetworkIsLeftAsItWas() {
        Dataset data = ExportFixtures.data(CostCase.CROSS_ENTROPY, 10, 5);
        Network start = ExportFixtures.network(new int[] {4}, Activation.SIGMOID, CostCase.CROSS_ENTROPY, Regularization.NONE, 3);
        double[] before = start.parameters().clone();
        CodeExport.write(TEMPLATE, Framework.PYTORCH, start, data, TrainingConfig.defaults(), 20, "d.csv");
        assertArrayEquals(before, start.parameters());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
