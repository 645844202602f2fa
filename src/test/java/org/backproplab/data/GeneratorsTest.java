package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorsTest {
    private static final double EPS = 1e-9;

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, mode = EnumSource.Mode.EXCLUDE, names = "EXAMPLES")
    void sameSeedGivesIdenticalData(DatasetKind kind) {
        Dataset a = Generators.generate(kind, 301, 0.2, 42);
        Dataset b = Generators.generate(kind, 301, 0.2, 42);
        assertArrayEquals(a.inputsView(), b.inputsView());
        assertArrayEquals(a.targetsView(), b.targetsView());
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, mode = EnumSource.Mode.EXCLUDE, names = "EXAMPLES")
    void differentSeedsGiveDifferentData(DatasetKind kind) {
        Dataset a = Generators.generate(kind, 200, 0.0, 1);
        Dataset b = Generators.generate(kind, 200, 0.0, 2);
        assertFalse(Arrays.equals(a.inputsView(), b.inputsView()));
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, mode = EnumSource.Mode.EXCLUDE, names = "EXAMPLES")
    void shapeMatchesTheKind(DatasetKind kind) {
        Dataset data = Generators.generate(kind, 57, 0.1, 7);
        assertEquals(57, data.count());
        assertEquals(kind.inputSize(), data.inputSize());
        assertEquals(kind.targetSize(), data.targetSize());
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, mode = EnumSource.Mode.EXCLUDE, names = "EXAMPLES")
    void inputsStayInsideTheDomainEvenAtMaximumNoise(DatasetKind kind) {
        Dataset data = Generators.generate(kind, 2000, 0.5, 3);
        for (double v : data.inputsView()) {
            assertTrue(v >= -6 && v <= 6, "input " + v + " outside [-6, 6]");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 100, 101, 1000})
    void binaryClassesAreBalancedToWithinOne(int count) {
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.CIRCLE, DatasetKind.XOR, DatasetKind.GAUSS,
                DatasetKind.SPIRAL, DatasetKind.MOONS}) {
            Dataset data = Generators.generate(kind, count, 0.3, 11);
            int ones = 0;
            for (int n = 0; n < count; n++) {
                double label = data.target(n, 0);
                assertTrue(label == 0.0 || label == 1.0, kind + " label " + label);
                ones += label == 1.0 ? 1 : 0;
            }
            int zeros = count - ones;
            assertTrue(Math.abs(ones - zeros) <= 1, kind + ": " + ones + " ones vs " + zeros + " zeros");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 299, 300})
    void threeGaussClassesAreOneHotAndBalanced(int count) {
        Dataset data = Generators.generate(DatasetKind.GAUSS3, count, 0.1, 5);
        int[] perClass = new int[3];
        for (int n = 0; n < count; n++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double t = data.target(n, k);
                assertTrue(t == 0.0 || t == 1.0);
                sum += t;
                if (t == 1.0) {
                    perClass[k]++;
                }
            }
            assertEquals(1.0, sum, "one-hot row " + n);
        }
        int min = Math.min(perClass[0], Math.min(perClass[1], perClass[2]));
        int max = Math.max(perClass[0], Math.max(perClass[1], perClass[2]));
        assertTrue(max - min <= 1, Arrays.toString(perClass));
    }

    @Test
    void classesAreShuffledNotGrouped() {
        Dataset data = Generators.generate(DatasetKind.CIRCLE, 200, 0, 9);
        int firstHalfOnes = 0;
        for (int n = 0; n < 100; n++) {
            firstHalfOnes += (int) data.target(n, 0);
        }
        // grouped output would put 0 or 100 ones in the first half
        assertTrue(firstHalfOnes > 20 && firstHalfOnes < 80, "ones in first half: " + firstHalfOnes);
    }

    @Test
    void circleWithoutNoisePutsClassOneInsideTheInnerRadiusAndClassZeroOnTheRing() {
        Dataset data = Generators.generate(DatasetKind.CIRCLE, 1000, 0, 13);
        for (int n = 0; n < data.count(); n++) {
            double r = Math.hypot(data.input(n, 0), data.input(n, 1));
            if (data.target(n, 0) == 1) {
                assertTrue(r <= 2.5 + EPS, "class 1 at radius " + r);
            } else {
                assertTrue(r >= 3.5 - EPS && r <= 5 + EPS, "class 0 at radius " + r);
            }
        }
    }

    @Test
    void xorWithoutNoiseLabelsBySignOfTheProduct() {
        Dataset data = Generators.generate(DatasetKind.XOR, 1000, 0, 17);
        for (int n = 0; n < data.count(); n++) {
            double x = data.input(n, 0);
            double y = data.input(n, 1);
            assertEquals(x * y > 0 ? 1.0 : 0.0, data.target(n, 0));
            assertTrue(Math.abs(x) >= 0.3 - EPS && Math.abs(y) >= 0.3 - EPS, "too close to an axis: " + x + ", " + y);
            assertTrue(Math.abs(x) <= 5 + EPS && Math.abs(y) <= 5 + EPS);
        }
    }

    @Test
    void gaussWithoutNoiseSeparatesAlongTheDiagonalWithCentresNearPlusMinusTwo() {
        Dataset data = Generators.generate(DatasetKind.GAUSS, 4000, 0, 19);
        double[] sumX = new double[2];
        double[] sumY = new double[2];
        int[] counts = new int[2];
        for (int n = 0; n < data.count(); n++) {
            int c = (int) data.target(n, 0);
            double x = data.input(n, 0);
            double y = data.input(n, 1);
            // the centres (2, 2) and (-2, -2) lie 2√2 ≈ 5.7 standard deviations (0.5) from the line x + y = 0
            assertEquals(c == 1, x + y > 0, "point " + x + ", " + y + " of class " + c);
            sumX[c] += x;
            sumY[c] += y;
            counts[c]++;
        }
        // standard error of the mean: 0.5 / sqrt(2000) ≈ 0.011
        assertEquals(2.0, sumX[1] / counts[1], 0.06);
        assertEquals(2.0, sumY[1] / counts[1], 0.06);
        assertEquals(-2.0, sumX[0] / counts[0], 0.06);
        assertEquals(-2.0, sumY[0] / counts[0], 0.06);
    }

    @Test
    void gaussSpreadGrowsWithNoise() {
        double quiet = spread(Generators.generate(DatasetKind.GAUSS, 2000, 0, 23));
        double noisy = spread(Generators.generate(DatasetKind.GAUSS, 2000, 0.2, 23));
        // standard deviation 0.5 at noise 0 and 0.5 + 7·0.2 = 1.9 at noise 0.2 (clamping barely matters)
        assertEquals(0.5, quiet, 0.05);
        assertEquals(1.9, noisy, 0.15);
    }

    private static double spread(Dataset data) {
        double sum = 0;
        for (int n = 0; n < data.count(); n++) {
            double centre = data.target(n, 0) == 1 ? 2 : -2;
            double dx = data.input(n, 0) - centre;
            sum += dx * dx;
        }
        return Math.sqrt(sum / data.count());
    }

    @Test
    void threeGaussPointsAreNearestToTheirOwnCentreWithoutNoise() {
        Dataset data = Generators.generate(DatasetKind.GAUSS3, 3000, 0, 29);
        // centres at radius 3, angles 90°, 210°, 330°
        double[][] centres = {{0, 3}, {-3 * Math.sqrt(3) / 2, -1.5}, {3 * Math.sqrt(3) / 2, -1.5}};
        for (int n = 0; n < data.count(); n++) {
            int label = -1;
            for (int k = 0; k < 3; k++) {
                if (data.target(n, k) == 1) {
                    label = k;
                }
            }
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                double d = Math.hypot(data.input(n, 0) - centres[k][0], data.input(n, 1) - centres[k][1]);
                if (d < best) {
                    best = d;
                    nearest = k;
                }
            }
            assertEquals(label, nearest, "point " + n);
        }
    }

    @Test
    void spiralWithoutNoiseFollowsItsArm() {
        Dataset data = Generators.generate(DatasetKind.SPIRAL, 1000, 0, 31);
        for (int n = 0; n < data.count(); n++) {
            double x = data.input(n, 0);
            double y = data.input(n, 1);
            double r = Math.hypot(x, y);
            assertTrue(r <= 5 + EPS);
            if (r < 1e-6) {
                continue;
            }
            // x = r sin t, y = r cos t with t = 1.75 turns · r/5, plus half a turn for class 0
            double expected = 1.75 * 2 * Math.PI * r / 5 + (data.target(n, 0) == 1 ? 0 : Math.PI);
            double actual = Math.atan2(x, y);
            double difference = Math.IEEEremainder(actual - expected, 2 * Math.PI);
            assertEquals(0, difference, 1e-9, "point " + x + ", " + y);
        }
    }

    @Test
    void moonsWithoutNoiseLieOnTheirHalfCircles() {
        Dataset data = Generators.generate(DatasetKind.MOONS, 1000, 0, 37);
        double s = 10.0 / 3.0;
        // unit construction: upper moon centre (0, 0), lower moon centre (1, 0.5), radius 1, then shift by
        // (-0.5, -0.25) and scale by s: centres (-s/2, -s/4) and (s/2, s/4), radius s
        for (int n = 0; n < data.count(); n++) {
            double x = data.input(n, 0);
            double y = data.input(n, 1);
            boolean upper = data.target(n, 0) == 0;
            double cx = upper ? -s / 2 : s / 2;
            double cy = upper ? -s / 4 : s / 4;
            assertEquals(s, Math.hypot(x - cx, y - cy), 1e-9);
            assertTrue(upper ? y >= cy - EPS : y <= cy + EPS, "wrong half at " + x + ", " + y);
            assertTrue(Math.abs(x) <= 5 + EPS && Math.abs(y) <= 5 + EPS);
        }
    }

    @Test
    void regressionTargetsAreTheFunctionWithoutNoise() {
        Dataset sine = Generators.generate(DatasetKind.SINE, 500, 0, 41);
        Dataset linear = Generators.generate(DatasetKind.LINEAR, 500, 0, 41);
        for (int n = 0; n < 500; n++) {
            double x = sine.input(n, 0);
            assertTrue(x >= -6 && x <= 6);
            assertEquals(Math.sin(x), sine.target(n, 0), 0.0);
            double u = linear.input(n, 0);
            assertEquals(0.5 * u + 1, linear.target(n, 0), 1e-15);
        }
    }

    @Test
    void regressionNoiseStaysWithinItsStatedAmplitude() {
        Dataset sine = Generators.generate(DatasetKind.SINE, 2000, 0.5, 43);
        Dataset linear = Generators.generate(DatasetKind.LINEAR, 2000, 0.5, 43);
        double maxSine = 0;
        double maxLinear = 0;
        for (int n = 0; n < 2000; n++) {
            maxSine = Math.max(maxSine, Math.abs(sine.target(n, 0) - Math.sin(sine.input(n, 0))));
            maxLinear = Math.max(maxLinear, Math.abs(linear.target(n, 0) - (0.5 * linear.input(n, 0) + 1)));
        }
        // uniform(-1, 1) · 0.5 · A with A = 1 (sine) and 3 (linear); with 2000 draws the max is near the bound
        assertTrue(maxSine <= 0.5 && maxSine > 0.45, "sine noise " + maxSine);
        assertTrue(maxLinear <= 1.5 && maxLinear > 1.35, "linear noise " + maxLinear);
    }

    @Test
    void noiseMovesClassificationPointsByAtMostNoiseTimesFive() {
        // circle class 1 without noise has r ≤ 2.5; jitter is at most 0.2·5 = 1 per coordinate, √2 in radius
        Dataset data = Generators.generate(DatasetKind.CIRCLE, 2000, 0.2, 47);
        double maxInnerRadius = 0;
        for (int n = 0; n < data.count(); n++) {
            if (data.target(n, 0) == 1) {
                maxInnerRadius = Math.max(maxInnerRadius, Math.hypot(data.input(n, 0), data.input(n, 1)));
            }
        }
        assertTrue(maxInnerRadius <= 2.5 + Math.sqrt(2) + EPS, "" + maxInnerRadius);
        assertTrue(maxInnerRadius > 2.5, "noise should push some points outward");
    }

    @Test
    void rejectsCountOutsideOneToMaxExamples() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate(DatasetKind.XOR, 0, 0, 1));
        assertEquals("count must be 1 to 10000, but is 0", zero.getMessage());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate(DatasetKind.XOR, 10_001, 0, 1));
        assertEquals("count must be 1 to 10000, but is 10001", tooMany.getMessage());
        assertEquals(10_000, Generators.generate(DatasetKind.XOR, 10_000, 0, 1).count());
    }

    @Test
    void rejectsNoiseOutsideZeroToHalf() {
        for (double noise : new double[] {-0.01, 0.51, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Generators.generate(DatasetKind.CIRCLE, 10, noise, 1));
            assertEquals("noise must be in [0, 0.5], but is " + noise, e.getMessage());
        }
        Generators.generate(DatasetKind.CIRCLE, 10, 0.5, 1);
    }

    @Test
    void rejectsMissingKind() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate(null, 10, 0, 1));
        assertTrue(e.getMessage().contains("circle, xor, gauss, gauss3, spiral, moons, sine, linear"), e.getMessage());
    }

    @Test
    void writtenOutExamplesAreNotGenerated() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Generators.generate(DatasetKind.EXAMPLES, 10, 0, 1));
        assertEquals("the examples dataset's examples are written out, not generated", e.getMessage());
    }
}
