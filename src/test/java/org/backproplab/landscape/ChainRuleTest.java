package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;
import org.junit.jupiter.api.Test;

class ChainRuleTest {
    /** The 2-2-2 sigmoid network of Mazur's "A Step by Step Backpropagation Example". */
    private static Network worked() {
        Network network = new Network(Shape.of(new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID),
                Loss.MSE, Regularization.NONE);
        network.setParameters(new double[] {0.15, 0.20, 0.25, 0.30, 0.35, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.60});
        return network;
    }

    private static Dataset workedData() {
        return new Dataset(2, 2, new double[] {0.05, 0.10}, new double[] {0.01, 0.99});
    }

    @Test
    void outputWeightSplitsIntoTheArticlesHandWorkedFactors() {
        ChainRule rule = new ChainRule(worked(), workedData(), null);
        // w5 = W[1][0][0], from h1 to o1
        rule.measure(5 - 1 + 2, 0);
        assertEquals(ChainRule.Form.OUTPUT, rule.form());
        assertEquals(0.593269992, rule.activationIn(), 1e-9, "out_h1");
        assertEquals(0.74136507, rule.upstream(), 1e-8, "∂E/∂out_o1 = out_o1 − target_o1");
        assertEquals(0.186815602, rule.activationSlope(), 1e-9, "∂out_o1/∂net_o1");
        assertEquals(0.082167041, rule.gradient(), 1e-9);
        assertEquals(rule.gradient(), rule.contribution(), 1e-15, "one example: ∂J/∂w = δ·a");
        assertEquals(1, rule.exampleCount());
        assertEquals(0.298371109, rule.cost(), 1e-9);
    }

    @Test
    void hiddenWeightSumsTheDeltasOfTheNextLayer() {
        ChainRule rule = new ChainRule(worked(), workedData(), null);
        rule.measure(0, 0); // w1 = W[0][0][0], from i1 to h1
        assertEquals(ChainRule.Form.HIDDEN, rule.form());
        assertEquals(0.05, rule.activationIn(), 0.0);
        assertEquals(0.036350306, rule.upstream(), 1e-9, "∂E_total/∂out_h1 = Σₖ wₖ δₖ");
        assertEquals(0.241300709, rule.activationSlope(), 1e-9, "∂out_h1/∂net_h1");
        assertEquals(0.000438568, rule.gradient(), 1e-9);
        assertEquals(2, rule.nextCount());
        assertEquals(0.40, rule.nextWeight(0), 0.0, "w5");
        assertEquals(0.50, rule.nextWeight(1), 0.0, "w7");
        assertEquals(rule.upstream(), rule.nextWeight(0) * rule.nextDelta(0) + rule.nextWeight(1) * rule.nextDelta(1), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> rule.nextWeight(2));
    }

    @Test
    void biasIsAWeightFromAConstantOne() {
        ChainRule rule = new ChainRule(worked(), workedData(), null);
        rule.measure(4, 0); // B[0][0]
        assertTrue(rule.isBias());
        assertEquals(1.0, rule.activationIn(), 0.0);
        assertEquals(-1, rule.fromNeuron());
        assertEquals(rule.delta(), rule.gradient(), 1e-15);
    }

    @Test
    void measuredInPartsIsMeasuredAtOnceBitForBit() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(60));
        lab.train(20);
        ChainRule whole = new ChainRule(lab.network(), lab.trainData(), null);
        ChainRule parts = new ChainRule(lab.network(), lab.trainData(), null);
        int n = whole.exampleCount();
        for (int index : new int[] {0, 9, 24}) {
            whole.measure(index, 3);
            parts.begin(index, 3);
            parts.addExamples(0, 11);
            parts.addExamples(11, 11);
            parts.addExamples(11, n);
            parts.finish();
            assertEquals(whole.sum(), parts.sum(), 0.0, "weight " + index);
            assertEquals(whole.gradient(), parts.gradient(), 0.0);
            assertEquals(whole.delta(), parts.delta(), 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> parts.addExamples(5, n + 1));
    }

    @Test
    void fullBatchGradientIsTheTrainersAndTheMeanOfTheExamplesShares() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(80).withRegularization(Regularization.Type.L2)
                .withLambda(0.01).withBatchSize(0));
        lab.train(5);
        Network network = lab.network();
        Shape shape = network.shape();
        double[] before = network.parameters().clone();
        ChainRule rule = new ChainRule(network, lab.trainData(), null);
        Trainer trainer = new Trainer(network, lab.trainData(),
                new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.SGD), 0.1, 0, 1));
        trainer.computeGradient();
        for (int p = 0; p < shape.parameterCount(); p++) {
            rule.measure(p, p % lab.trainData().count());
            assertEquals(trainer.gradientView()[p], rule.gradient(), 0.0, shape.parameterName(p));
            assertEquals(rule.gradient(), rule.mean() + rule.penaltyGradient(),
                    1e-12 * (Math.abs(rule.gradient()) + 1e-3), shape.parameterName(p));
            assertEquals(shape.isWeight(p), rule.hasPenalty());
        }
        assertArrayEquals(before, network.parameters(), "the chain rule changes no parameter");
    }

    @Test
    void rowsPickTheBatchAndExamplesCountWithinIt() {
        LabSession lab = new LabSession(AppState.defaults().withPointCount(40));
        Network network = lab.network();
        int[] rows = {7, 3, 11};
        ChainRule rule = new ChainRule(network, lab.trainData(), rows);
        rule.measure(WeightNames.firstOutputWeight(network.shape()), 1);
        assertEquals(3, rule.exampleCount());
        assertEquals(3, rule.exampleRow());
        ChainRule single = new ChainRule(network, lab.trainData(), new int[] {3});
        single.measure(WeightNames.firstOutputWeight(network.shape()), 0);
        assertEquals(single.gradient(), single.contribution(), 1e-15);
        assertEquals(rule.contribution(), single.contribution(), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> rule.measure(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> rule.measure(network.parameters().length, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> new ChainRule(network, lab.trainData(), new int[] {999}));
    }

    // ---- every shape, activation, output/loss pair and regularization

    enum Head {
        MSE_LINEAR(Activation.LINEAR, Loss.MSE, ChainRule.Form.OUTPUT),
        MSE_SIGMOID(Activation.SIGMOID, Loss.MSE, ChainRule.Form.OUTPUT),
        MSE_TANH(Activation.TANH, Loss.MSE, ChainRule.Form.OUTPUT),
        MSE_SOFTMAX(Activation.SOFTMAX, Loss.MSE, ChainRule.Form.OUTPUT_SOFTMAX),
        BCE_SIGMOID(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, ChainRule.Form.OUTPUT_LOGITS),
        CE_SOFTMAX(Activation.SOFTMAX, Loss.CROSS_ENTROPY, ChainRule.Form.OUTPUT_LOGITS);

        final Activation output;
        final Loss loss;
        final ChainRule.Form form;

        Head(Activation output, Loss loss, ChainRule.Form form) {
            this.output = output;
            this.loss = loss;
            this.form = form;
        }
    }

    record Case(int[] sizes, Activation hidden, Head head, Regularization.Type regularization, int examples, long seed) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[]> sizes = Arbitraries.integers().between(2, 4)
                .flatMap(layers -> Arbitraries.integers().between(1, 4).array(int[].class).ofSize(layers));
        return Combinators.combine(sizes,
                Arbitraries.of(Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU,
                        Activation.LEAKY_RELU),
                Arbitraries.of(Head.class),
                Arbitraries.of(Regularization.Type.class),
                Arbitraries.integers().between(1, 12),
                Arbitraries.longs())
                .as(Case::new);
    }

    /** The factors shown multiply out to backpropagation's gradient, for every parameter and any example. */
    @Property(tries = 300)
    void shownFactorsMultiplyOutToTheGradient(@ForAll("cases") Case c) {
        int[] sizes = c.sizes().clone();
        int last = sizes.length - 1;
        if (c.head().output == Activation.SOFTMAX) {
            sizes[last] = Math.max(2, sizes[last]);
        }
        Shape shape = Shape.of(sizes, c.hidden(), c.head().output);
        Regularization regularization = c.regularization() == Regularization.Type.NONE ? Regularization.NONE
                : new Regularization(c.regularization(), 0.05);
        Network network = new Network(shape, c.head().loss, regularization);
        Random random = new Random(c.seed());
        double[] parameters = network.parameters();
        for (int p = 0; p < parameters.length; p++) {
            parameters[p] = 2 * random.nextDouble() - 1;
        }
        int n = c.examples();
        double[] inputs = new double[n * shape.inputSize()];
        double[] targets = new double[n * shape.outputSize()];
        for (int v = 0; v < inputs.length; v++) {
            inputs[v] = 4 * random.nextDouble() - 2;
        }
        for (int e = 0; e < n; e++) {
            if (c.head().output == Activation.SOFTMAX) {
                targets[e * shape.outputSize() + random.nextInt(shape.outputSize())] = 1;
            } else {
                for (int k = 0; k < shape.outputSize(); k++) {
                    targets[e * shape.outputSize() + k] = random.nextDouble();
                }
            }
        }
        ChainRule rule = new ChainRule(network, new Dataset(shape.inputSize(), shape.outputSize(), inputs, targets), null);
        for (int p = 0; p < parameters.length; p++) {
            rule.measure(p, p % n);
            String what = shape.parameterName(p) + " of " + shape + " " + c;
            // the batch: (1/N)·Σ δ·a + penalty′ is backpropagation's ∂J/∂w, up to rounding
            double scale = Math.abs(rule.mean()) + Math.abs(rule.penaltyGradient()) + 1e-300;
            assertEquals(rule.gradient(), rule.mean() + rule.penaltyGradient(), 1e-12 * scale + 1e-14, what);
            // the example: δ = ∂J/∂a · f′ (or its output form), exactly as backpropagation computed it
            switch (rule.form()) {
                case HIDDEN, OUTPUT -> assertEquals(rule.delta(), rule.upstream() * rule.activationSlope(), 0.0, what);
                case OUTPUT_LOGITS -> assertEquals(rule.delta(), rule.output() - rule.target(), 1e-15, what);
                case OUTPUT_SOFTMAX -> assertEquals(rule.delta(),
                        rule.output() * (rule.upstream() - rule.softmaxMean()), 0.0, what);
                default -> throw new AssertionError(rule.form());
            }
            int layer = rule.layer() + 1;
            assertEquals(layer == shape.layerCount() - 1 ? c.head().form : ChainRule.Form.HIDDEN, rule.form(), what);
            assertEquals(rule.delta() * rule.activationIn(), rule.contribution(), 0.0);
        }
    }

    @Test
    void namesReadLikeAWorkedExample() {
        Shape shape = Shape.of(new int[] {2, 3, 2, 1}, Activation.TANH, Activation.LINEAR);
        assertEquals("w₁,₁⁽¹⁾ from x₁ to h₁⁽¹⁾", Notation.UNICODE.described(shape, 0));
        assertEquals("w₁,₁⁽³⁾ from h₁⁽²⁾ to ŷ", Notation.UNICODE.described(shape, shape.weightIndex(2, 0, 0)));
        assertEquals("w₂,₃⁽²⁾ from h₃⁽¹⁾ to h₂⁽²⁾",
                Notation.UNICODE.described(shape, shape.weightIndex(1, 1, 2)));
        assertEquals("b₂⁽¹⁾ of h₂⁽¹⁾", Notation.UNICODE.described(shape, shape.biasIndex(0, 1)));
        assertEquals("b₁⁽³⁾ of ŷ", Notation.UNICODE.described(shape, shape.biasIndex(2, 0)));
        assertEquals(shape.weightIndex(2, 0, 0), WeightNames.firstOutputWeight(shape));
        Shape line = Shape.of(new int[] {1, 3, 1}, Activation.TANH, Activation.LINEAR);
        assertEquals("w₂,₁⁽¹⁾ from x to h₂⁽¹⁾", Notation.UNICODE.described(line, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Notation.UNICODE.described(line, line.parameterCount()));
    }
}
