package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Backpropagation against central finite differences of the cost, on random networks: 2–4 layers of 1–5
 * neurons, every hidden activation, every allowed output/loss pair, no/l1/l2 regularization with a random
 * λ, random data (soft targets in [0, 1) for mse and bce, one-hot for cross-entropy).
 *
 * <p>The reference is a seven-point central difference (error O(h⁶)) so that it is accurate enough for a
 * 1e-6 relative bound; {@link GradientCheck}'s two-point difference is checked on its own below.
 * Kinks: a probe that moves some relu/leaky-relu z across 0 is detected exactly (the sign pattern of every
 * such z on every example is compared with the unperturbed one) and the draw is discarded, since a
 * difference across a kink averages two slopes; l1's kink at w = 0 is avoided by drawing |w| ≥ 0.1.
 */
class GradientPropertyTest {
    static final double MAX_RELATIVE_ERROR = 1e-6;

    /** Output activation and loss pairs that {@link Loss#incompatibility} allows. */
    enum Head {
        MSE_LINEAR(Activation.LINEAR, Loss.MSE),
        MSE_SIGMOID(Activation.SIGMOID, Loss.MSE),
        MSE_TANH(Activation.TANH, Loss.MSE),
        MSE_RELU(Activation.RELU, Loss.MSE),
        MSE_LEAKY_RELU(Activation.LEAKY_RELU, Loss.MSE),
        MSE_SOFTMAX(Activation.SOFTMAX, Loss.MSE),
        BCE_SIGMOID(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY),
        CE_SOFTMAX(Activation.SOFTMAX, Loss.CROSS_ENTROPY);

        final Activation output;
        final Loss loss;

        Head(Activation output, Loss loss) {
            this.output = output;
            this.loss = loss;
        }
    }

    record Case(int[] sizes, Activation hidden, Head head, Regularization.Type regularization, double lambda,
            int examples, long seed) {
        @Override
        public String toString() {
            return Arrays.toString(sizes) + " " + hidden.id() + " " + head + " " + regularization.id() + " λ=" + lambda
                    + " N=" + examples + " seed=" + seed;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[]> sizes = Arbitraries.integers().between(2, 4)
                .flatMap(layers -> Arbitraries.integers().between(1, 5).array(int[].class).ofSize(layers));
        return Combinators.combine(sizes,
                Arbitraries.of(HIDDEN),
                Arbitraries.of(Head.class),
                Arbitraries.of(Regularization.Type.class),
                Arbitraries.doubles().between(1e-3, 1.0).ofScale(4),
                Arbitraries.integers().between(1, 4),
                Arbitraries.longs())
                .as(Case::new);
    }

    @Property(tries = 200)
    void gradientMatchesFiniteDifferences(@ForAll("cases") Case c) {
        Outcome outcome = compare(c, STEP);
        Assume.that(outcome != null);
        assertTrue(outcome.maxRelativeError() <= MAX_RELATIVE_ERROR, outcome::toString);

        // Every hidden activation, output/loss pair and regularization must really have been checked.
        Statistics.label("hidden").collect(c.hidden());
        Statistics.label("head").collect(c.head());
        Statistics.label("regularization").collect(c.regularization());
        Statistics.label("hidden").coverage(coverage -> {
            for (Activation hidden : HIDDEN) {
                coverage.check(hidden).count(n -> n > 0);
            }
        });
        Statistics.label("head").coverage(coverage -> {
            for (Head head : Head.values()) {
                coverage.check(head).count(n -> n > 0);
            }
        });
        Statistics.label("regularization").coverage(coverage -> {
            for (Regularization.Type type : Regularization.Type.values()) {
                coverage.check(type).count(n -> n > 0);
            }
        });
    }

    static final Activation[] HIDDEN = {
        Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU
    };

    /** The worst parameter of one comparison. */
    record Outcome(double maxRelativeError, String parameter, double backprop, double numeric) {
        @Override
        public String toString() {
            return "max relative error " + maxRelativeError + " at " + parameter + ": backprop " + backprop
                    + ", finite differences " + numeric;
        }
    }

    /** Builds the case's network and data and compares; null when a probe straddles a relu kink. */
    static Outcome compare(Case c, double step) {
        int[] sizes = c.sizes().clone();
        int last = sizes.length - 1;
        if (c.head().output == Activation.SOFTMAX) {
            sizes[last] = Math.max(2, sizes[last]); // softmax of one neuron is the constant 1
        }
        Shape shape = Shape.of(sizes, c.hidden(), c.head().output);
        Regularization regularization = c.regularization() == Regularization.Type.NONE
                ? Regularization.NONE : new Regularization(c.regularization(), c.lambda());
        Network network = new Network(shape, c.head().loss, regularization);
        Random random = new Random(c.seed());
        double[] parameters = network.parameters();
        for (int p = 0; p < parameters.length; p++) {
            if (shape.isWeight(p)) {
                // |w| ≥ 0.1 keeps every weight clear of l1's kink at w = 0.
                double magnitude = 0.1 + 0.9 * random.nextDouble();
                parameters[p] = random.nextBoolean() ? magnitude : -magnitude;
            } else {
                parameters[p] = random.nextDouble() - 0.5;
            }
        }
        int n = c.examples();
        int inputSize = shape.inputSize();
        int outputSize = shape.outputSize();
        double[] inputs = new double[n * inputSize];
        double[] targets = new double[n * outputSize];
        for (int v = 0; v < inputs.length; v++) {
            inputs[v] = 2 * random.nextDouble() - 1;
        }
        for (int e = 0; e < n; e++) {
            if (c.head().loss == Loss.CROSS_ENTROPY) {
                targets[e * outputSize + random.nextInt(outputSize)] = 1.0; // one-hot
            } else {
                for (int k = 0; k < outputSize; k++) {
                    targets[e * outputSize + k] = random.nextDouble(); // soft targets in [0, 1)
                }
            }
        }
        Backprop backprop = new Backprop(shape);
        double[] analytic = new double[parameters.length];
        backprop.costAndGradient(network, inputs, targets, null, 0, n, analytic);
        boolean[] kinkSides = kinkSides(network, inputs, n);
        double worst = 0;
        int worstIndex = 0;
        double worstNumeric = 0;
        for (int p = 0; p < parameters.length; p++) {
            double original = parameters[p];
            double[] costs = new double[PROBES.length];
            for (int probe = 0; probe < PROBES.length; probe++) {
                parameters[p] = original + PROBES[probe] * step;
                costs[probe] = backprop.cost(network, inputs, targets, null, 0, n);
                // A probe on the other side of a relu kink measures a different slope: the draw says nothing.
                if (!Arrays.equals(kinkSides, kinkSides(network, inputs, n))) {
                    parameters[p] = original;
                    return null;
                }
            }
            parameters[p] = original;
            // Seven-point central difference, error O(h⁶):
            // f'(x) ≈ [45·(f(x+h) − f(x−h)) − 9·(f(x+2h) − f(x−2h)) + (f(x+3h) − f(x−3h))] / 60h
            double numeric = (45 * (costs[0] - costs[1]) - 9 * (costs[2] - costs[3]) + (costs[4] - costs[5])) / (60 * step);
            double error = relativeError(analytic[p], numeric);
            if (!(error <= worst)) {
                worst = error;
                worstIndex = p;
                worstNumeric = numeric;
            }
        }
        return new Outcome(worst, shape.parameterName(worstIndex), analytic[worstIndex], worstNumeric);
    }

    /**
     * h of the seven-point stencil. Its truncation error is O(h⁶) (h⁶/140 · J⁽⁷⁾ ≈ 1e-14 · J⁽⁷⁾) and its
     * rounding error about 2·ε·J/h ≈ 2e-14 for J ~ 1, so both stay near 1e-14; the common two-point
     * difference with h = 1e-5 has ~1e-11 of rounding noise, too much for 1e-6 on gradients ~1e-5.
     */
    static final double STEP = 1e-2;
    static final double[] PROBES = {1, -1, 2, -2, 3, -3};

    /** Gradients smaller than this are compared absolutely (see {@link #relativeError}). */
    static final double FLOOR = 1e-5;

    /**
     * |a − b| / max(|a|, |b|, 1e-5). Below 1e-5 in size the difference is compared absolutely, to
     * 1e-6 · 1e-5 = 1e-11: the stencil itself is only that good there. J ~ 1 in double carries ~1e-16 of
     * rounding noise (~2e-14 in the derivative), and the O(h⁶) truncation term grows with the seventh
     * derivative of J: seed −3029921403551309215 drew a net whose B[1][0] gradient, −2.5118928e-6 by
     * backprop, the h = 1e-2 stencil put 2.5e-12 away (1.006e-6 relative) while an h = 1e-3 stencil agreed
     * with backprop to 1e-6 — the reference, not backprop, was off. A wrong backprop term is far larger.
     */
    static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), FLOOR);
    }

    /** For every relu / leaky-relu neuron on every example: whether z &gt; 0, i.e. which side of the kink. */
    static boolean[] kinkSides(Network network, double[] inputs, int n) {
        Shape shape = network.shape();
        Backprop backprop = new Backprop(shape);
        boolean[] sides = new boolean[n * shape.layerCount() * shape.maxLayerSize()];
        int s = 0;
        for (int e = 0; e < n; e++) {
            backprop.forward(network.parameters(), inputs, e * shape.inputSize());
            for (int l = 1; l < shape.layerCount(); l++) {
                Activation f = shape.activation(l);
                if (f == Activation.RELU || f == Activation.LEAKY_RELU) {
                    for (int j = 0; j < shape.size(l); j++) {
                        sides[s++] = backprop.preActivation(l, j) > 0;
                    }
                }
            }
        }
        return sides;
    }
}
