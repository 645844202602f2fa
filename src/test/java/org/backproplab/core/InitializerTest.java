package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InitializerTest {
    static final Shape SHAPE = Shape.of(new int[] {3, 7, 5, 2}, Activation.TANH, Activation.SIGMOID);

    static double[] initialized(Initializer initializer, Shape shape, long seed) {
        double[] parameters = new double[shape.parameterCount()];
        Arrays.fill(parameters, Double.NaN);
        initializer.initialize(shape, parameters, seed);
        return parameters;
    }

    @Test
    void sameSeedGivesIdenticalParameters() {
        for (Initializer initializer : Initializer.values()) {
            assertArrayEquals(initialized(initializer, SHAPE, 42), initialized(initializer, SHAPE, 42), 0.0,
                    initializer.id());
        }
    }

    @Test
    void differentSeedsGiveDifferentWeights() {
        for (Initializer initializer : Initializer.values()) {
            assertFalse(Arrays.equals(initialized(initializer, SHAPE, 1), initialized(initializer, SHAPE, 2)),
                    initializer.id());
        }
    }

    @Test
    void everyParameterIsOverwrittenAndBiasesStartAtZero() {
        for (Initializer initializer : Initializer.values()) {
            double[] parameters = initialized(initializer, SHAPE, 7);
            for (int p = 0; p < parameters.length; p++) {
                assertTrue(Double.isFinite(parameters[p]), initializer.id() + " " + SHAPE.parameterName(p));
                if (!SHAPE.isWeight(p)) {
                    assertEquals(0.0, parameters[p], initializer.id() + " " + SHAPE.parameterName(p));
                }
            }
        }
    }

    @Test
    void uniformStaysWithinHalf() {
        double[] parameters = initialized(Initializer.UNIFORM, SHAPE, 3);
        for (double value : parameters) {
            assertTrue(value >= -0.5 && value < 0.5, "value " + value);
        }
    }

    @Test
    void xavierRespectsItsRangeAndUsesIt() {
        Shape shape = Shape.of(new int[] {60, 40, 20}, Activation.TANH, Activation.TANH);
        double[] parameters = initialized(Initializer.XAVIER, shape, 11);
        for (int l = 0; l < 2; l++) {
            // r = √(6 / (fan_in + fan_out))
            double range = Math.sqrt(6.0 / (shape.size(l) + shape.size(l + 1)));
            double largest = 0;
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    double w = parameters[shape.weightIndex(l, j, i)];
                    assertTrue(Math.abs(w) <= range, "layer " + l + ": |" + w + "| > " + range);
                    largest = Math.max(largest, Math.abs(w));
                }
            }
            // 800+ draws uniform on (−r, r): the largest |w| is below 0.99·r with probability 0.99^800 ≈ 3e-4
            assertTrue(largest > 0.99 * range, "layer " + l + " largest " + largest + " of " + range);
        }
    }

    @Test
    void heSampleVarianceIsTwoOverFanIn() {
        Shape shape = Shape.of(new int[] {400, 400, 100}, Activation.RELU, Activation.LINEAR);
        double[] parameters = initialized(Initializer.HE, shape, 5);
        for (int l = 0; l < 2; l++) {
            int fanIn = shape.size(l);
            int count = fanIn * shape.size(l + 1);
            double sum = 0;
            double sumOfSquares = 0;
            int start = shape.weightOffset(l);
            for (int p = start; p < start + count; p++) {
                sum += parameters[p];
                sumOfSquares += parameters[p] * parameters[p];
            }
            double mean = sum / count;
            double variance = sumOfSquares / count - mean * mean;
            double expected = 2.0 / fanIn;
            // For n normal draws the sample variance has relative standard error √(2/n): 0.35% for
            // n = 160,000 and 0.71% for n = 40,000; 5% is a loose bound that still catches a wrong formula
            // (e.g. 1/fan_in or 2/fan_out).
            assertEquals(expected, variance, 0.05 * expected, "layer " + l);
            assertEquals(0.0, mean, 5 * Math.sqrt(expected / count), "layer " + l);
        }
    }

    @Test
    void idsRoundTripAndUnknownIdsListTheAllowedOnes() {
        for (Initializer initializer : Initializer.values()) {
            assertEquals(initializer, Initializer.fromId(initializer.id()));
        }
        assertEquals("unknown init \"zeros\"; allowed: uniform, xavier, he",
                assertThrows(IllegalArgumentException.class, () -> Initializer.fromId("zeros")).getMessage());
    }
}
