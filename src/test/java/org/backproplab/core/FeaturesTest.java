package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The feature inputs: each value against its formula written out here, each partial derivative against
 * central finite differences, and a network reading features against the same network fed the features as
 * data, with its gradients checked by finite differences through the transform.
 */
class FeaturesTest {
    /** Feature i of the raw point (x₁, x₂), written out independently of {@link Feature}. */
    private static double byHand(Feature feature, double x1, double x2) {
        return switch (feature) {
            case X, X1 -> x1;
            case X2 -> x2;
            case X1SQ -> x1 * x1;
            case X2SQ -> x2 * x2;
            case X1X2 -> x1 * x2;
            case SINX1 -> Math.sin(x1);
            case SINX2 -> Math.sin(x2);
        };
    }

    @Test
    void valuesAtAHandWorkedPoint() {
        assertEquals(0.25, Feature.X1SQ.value(0.5, -2), 0);
        assertEquals(4.0, Feature.X2SQ.value(0.5, -2), 0);
        assertEquals(-1.0, Feature.X1X2.value(0.5, -2), 0);
        assertEquals(0.479425538604203, Feature.SINX1.value(0.5, -2), 1e-15);
        assertEquals(-0.9092974268256817, Feature.SINX2.value(0.5, -2), 1e-15);
        assertEquals(-2.0, Feature.X2.value(0.5, -2), 0);
    }

    @Property(tries = 300)
    void partialsMatchCentralDifferences(@ForAll @DoubleRange(min = -6, max = 6) double x1,
            @ForAll @DoubleRange(min = -6, max = 6) double x2) {
        double h = 1e-5;
        for (Feature feature : Feature.values()) {
            for (int column = 0; column < feature.rawInputs(); column++) {
                double plus = column == 0 ? feature.value(x1 + h, x2) : feature.value(x1, x2 + h);
                double minus = column == 0 ? feature.value(x1 - h, x2) : feature.value(x1, x2 - h);
                double numeric = (plus - minus) / (2 * h);
                double analytic = feature.partial(x1, x2, column);
                // relative 1e-7, with a floor of 1e-9 for the rounding in the difference (about 1e-16 · |f| / h)
                assertTrue(Math.abs(analytic - numeric) <= 1e-7 * Math.abs(numeric) + 1e-9,
                        feature.id() + " ∂/∂x" + (column + 1) + " at (" + x1 + ", " + x2 + "): " + analytic + " vs "
                                + numeric);
            }
        }
    }

    @Test
    void parsesTokensInOrder() {
        Features features = Features.parse("x1sq,x2sq,x1x2");
        assertEquals(3, features.count());
        assertEquals(2, features.rawInputSize());
        assertEquals(Feature.X2SQ, features.feature(1));
        assertEquals("x1sq,x2sq,x1x2", features.ids());
        assertEquals("x\u2081\u00b2", features.symbol(0));
        assertFalse(features.isIdentity());
        assertTrue(Features.parse("x1,x2").isIdentity());
        assertTrue(Features.parse("x").isIdentity());
        assertEquals(Features.identity(2), Features.parse("x1,x2"));
        assertFalse(Features.parse("x2,x1").isIdentity(), "the order is part of the model");
    }

    @Test
    void rejectsBadTokensWithTheAllowedOnes() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Features.parse("x1,x3"));
        assertEquals("unknown input \"x3\"; allowed: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2 (the plane) or x"
                + " (curves)", unknown.getMessage());
        assertEquals("the input x1 is listed twice; each may appear once",
                assertThrows(IllegalArgumentException.class, () -> Features.parse("x1,x2,x1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Features.parse("x,x1")).getMessage()
                .startsWith("the input x1 reads 2 raw inputs but x reads 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Features.parse("")).getMessage()
                .startsWith("choose at least one input"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Features.parse("x1,,x2")).getMessage()
                .startsWith("unknown input \"\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Features.parse("x1,".repeat(9)))
                .getMessage().startsWith("10 inputs were given, but there are only 8"));
    }

    @Test
    void shapeReadsRawColumnsAndFeedsFeatures() {
        Features features = Features.parse("x1sq,x2sq");
        Shape shape = new Shape(features, new int[] {2, 1}, new Activation[] {Activation.SIGMOID});
        assertEquals(2, shape.inputSize());
        assertEquals(2, shape.size(0));
        assertEquals(features, shape.features());
        assertNotEquals(new Shape(new int[] {2, 1}, new Activation[] {Activation.SIGMOID}), shape);
        Shape three = new Shape(Features.parse("x1,x2,x1x2"), new int[] {3, 1}, new Activation[] {Activation.SIGMOID});
        assertEquals(2, three.inputSize(), "three features of a two-column row");
        assertEquals("the input layer has 2 neurons, but the features x1,x2,x1x2 are 3",
                assertThrows(IllegalArgumentException.class, () -> new Shape(Features.parse("x1,x2,x1x2"),
                        new int[] {2, 1}, new Activation[] {Activation.SIGMOID})).getMessage());
    }

    @Property(tries = 50)
    void networkOnFeaturesEqualsNetworkFedTheFeaturesAsData(@ForAll @LongRange(min = 1, max = 100_000) long seed) {
        Feature[] all = {Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ, Feature.X1X2, Feature.SINX1, Feature.SINX2};
        Features features = Features.of(all);
        Shape withFeatures = new Shape(features, new int[] {7, 3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        Shape plain = new Shape(new int[] {7, 3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        Network a = Network.initialized(withFeatures, Loss.BINARY_CROSS_ENTROPY, Regularization.NONE, Initializer.XAVIER, seed);
        Network b = new Network(plain, Loss.BINARY_CROSS_ENTROPY, Regularization.NONE);
        b.setParameters(a.parameters());
        Rng rng = new Rng(seed);
        int n = 20;
        double[] raw = new double[2 * n];
        double[] expanded = new double[7 * n];
        double[] targets = new double[n];
        for (int r = 0; r < n; r++) {
            double x1 = rng.uniform(-6, 6);
            double x2 = rng.uniform(-6, 6);
            raw[2 * r] = x1;
            raw[2 * r + 1] = x2;
            for (int k = 0; k < 7; k++) {
                expanded[7 * r + k] = byHand(all[k], x1, x2);
            }
            targets[r] = rng.nextDouble() < 0.5 ? 0 : 1;
        }
        double[] gradientA = new double[a.parameters().length];
        double[] gradientB = new double[a.parameters().length];
        double costA = new Backprop(withFeatures).costAndGradient(a, raw, targets, null, 0, n, gradientA);
        double costB = new Backprop(plain).costAndGradient(b, expanded, targets, null, 0, n, gradientB);
        assertEquals(costB, costA, 0);
        assertArrayEquals(gradientB, gradientA, 0);
        // ∂J/∂w by a fourth-order central difference of J through the transform, (−J₂ + 8J₁ − 8J₋₁ + J₋₂)/12h
        Backprop probe = new Backprop(withFeatures);
        double[] w = a.parameters();
        // features reach 36 (x₁² at x₁ = 6), so a first-layer weight moves z 36 times as fast as h
        double h = 1e-4;
        for (int p = 0; p < w.length; p++) {
            double original = w[p];
            double[] costs = new double[4];
            double[] offsets = {2 * h, h, -h, -2 * h};
            for (int k = 0; k < 4; k++) {
                w[p] = original + offsets[k];
                costs[k] = probe.cost(a, raw, targets, null, 0, n);
            }
            w[p] = original;
            double numeric = (-costs[0] + 8 * costs[1] - 8 * costs[2] + costs[3]) / (12 * h);
            // relative 1e-6, with a floor of 1e-10 for the rounding in J (about 1e-16 · J / h)
            assertTrue(Math.abs(gradientA[p] - numeric) <= 1e-6 * Math.abs(numeric) + 1e-10,
                    withFeatures.parameterName(p) + ": " + gradientA[p] + " vs " + numeric);
        }
    }

    /**
     * ∂J/∂x for a raw input by the chain rule through the transform — Σₖ (Σⱼ W[0][j][k] δ(1, j)) · ∂fₖ/∂x —
     * against central differences of J in that raw input.
     */
    @Property(tries = 50)
    void chainRuleThroughTheTransformMatchesDifferencesInTheRawInput(
            @ForAll @LongRange(min = 1, max = 100_000) long seed,
            @ForAll @DoubleRange(min = -3, max = 3) double x1, @ForAll @DoubleRange(min = -3, max = 3) double x2) {
        Features features = Features.parse("x1,x1sq,x2sq,x1x2,sinx1,sinx2");
        Shape shape = new Shape(features, new int[] {6, 4, 1}, new Activation[] {Activation.TANH, Activation.LINEAR});
        Network network = Network.initialized(shape, Loss.MSE, Regularization.NONE, Initializer.XAVIER, seed);
        double[] point = {x1, x2};
        double[] target = {0.3};
        Backprop backprop = new Backprop(shape);
        double[] gradient = new double[shape.parameterCount()];
        backprop.costAndGradient(network, point, target, null, 0, 1, gradient);
        double h = 1e-6;
        for (int column = 0; column < 2; column++) {
            double analytic = 0;
            for (int k = 0; k < features.count(); k++) {
                double dFeature = 0;
                for (int j = 0; j < shape.size(1); j++) {
                    dFeature += network.weight(0, j, k) * backprop.delta(1, j);
                }
                analytic += dFeature * features.partial(k, point, 0, column);
            }
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[column] += h;
            minus[column] -= h;
            double numeric = (backprop.cost(network, plus, target, null, 0, 1)
                    - backprop.cost(network, minus, target, null, 0, 1)) / (2 * h);
            assertTrue(Math.abs(analytic - numeric) <= 1e-5 * Math.abs(numeric) + 1e-8,
                    "∂J/∂x" + (column + 1) + ": " + analytic + " vs " + numeric);
        }
    }
}
