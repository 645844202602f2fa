package org.backproplab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each schedule against its formula, written out here with hand-computed values at chosen t. */
class LearningRateScheduleTest {
    private static final double BASE = 0.1;

    private static void assertRate(double expected, LearningRateSchedule schedule, long t) {
        assertEquals(expected, schedule.rate(BASE, t), 1e-15 * expected + 1e-300, schedule.kind().id() + " at t = " + t);
    }

    @Test
    void constantNeverChanges() {
        LearningRateSchedule schedule = LearningRateSchedule.constant();
        for (long t : new long[] {0, 1, 99, 1_000_000, Long.MAX_VALUE}) {
            assertEquals(BASE, schedule.rate(BASE, t));
        }
    }

    @Test
    void stepDecayMultipliesByGammaEverySSteps() {
        // α·γ^⌊t/s⌋ with α = 0.1, γ = 0.5, s = 10.
        LearningRateSchedule schedule = LearningRateSchedule.step(0.5, 10);
        assertRate(0.1, schedule, 0);
        assertRate(0.1, schedule, 9);      // ⌊9/10⌋ = 0: last iteration before the first drop
        assertRate(0.05, schedule, 10);    // ⌊10/10⌋ = 1: the drop happens exactly at t = s
        assertRate(0.05, schedule, 19);
        assertRate(0.025, schedule, 20);
        assertRate(0.0125, schedule, 35);  // ⌊35/10⌋ = 3
    }

    @Test
    void stepDecayWithStepSizeOneIsExponential() {
        LearningRateSchedule step = LearningRateSchedule.step(0.9, 1);
        LearningRateSchedule exponential = LearningRateSchedule.exponential(0.9);
        for (long t = 0; t < 50; t++) {
            assertEquals(exponential.rate(BASE, t), step.rate(BASE, t), 0.0, "t = " + t);
        }
    }

    @Test
    void exponentialMultipliesByGammaEveryStep() {
        // α·γ^t with γ = 0.5: 0.1, 0.05, 0.025, …; t = 10 → 0.1/1024.
        LearningRateSchedule schedule = LearningRateSchedule.exponential(0.5);
        assertRate(0.1, schedule, 0);
        assertRate(0.05, schedule, 1);
        assertRate(0.025, schedule, 2);
        assertRate(0.1 / 1024, schedule, 10);
        // γ = 0.99, t = 100: 0.99^100 = e^{100·ln 0.99} ≈ 0.36603
        assertEquals(0.1 * Math.exp(100 * Math.log(0.99)), LearningRateSchedule.exponential(0.99).rate(BASE, 100),
                1e-14);
    }

    @Test
    void exponentialWithGammaOneIsConstant() {
        assertEquals(BASE, LearningRateSchedule.exponential(1).rate(BASE, 123_456));
    }

    @Test
    void inverseTimeDividesByOnePlusKt() {
        // α/(1 + k·t) with k = 0.5: t = 0 → α, t = 2 → α/2, t = 6 → α/4, t = 198 → α/100.
        LearningRateSchedule schedule = LearningRateSchedule.inverseTime(0.5);
        assertRate(0.1, schedule, 0);
        assertRate(0.1 / 1.5, schedule, 1);
        assertRate(0.05, schedule, 2);
        assertRate(0.025, schedule, 6);
        assertRate(0.001, schedule, 198);
        assertEquals(BASE, LearningRateSchedule.inverseTime(0).rate(BASE, 1000), "k = 0 is constant");
    }

    @Test
    void cosineFallsFromBaseToMinimumAndStaysThere() {
        // α_min + ½(α − α_min)(1 + cos(π·t/T)), T = 100, α_min = 0.02:
        //   t = 0: α; t = 50: cos(π/2) = 0 → midpoint 0.06; t = 25: cos(π/4) = √2/2;
        //   t = 100: cos π = −1 → α_min; after T: α_min.
        LearningRateSchedule schedule = LearningRateSchedule.cosine(100, 0.02);
        assertEquals(0.1, schedule.rate(BASE, 0), 1e-16);
        assertEquals(0.02 + 0.5 * 0.08 * (1 + Math.sqrt(0.5)), schedule.rate(BASE, 25), 1e-15);
        assertEquals(0.06, schedule.rate(BASE, 50), 1e-15);
        assertEquals(0.02 + 0.5 * 0.08 * (1 - Math.sqrt(0.5)), schedule.rate(BASE, 75), 1e-15);
        assertEquals(0.02, schedule.rate(BASE, 99), 0.5 * 0.08 * (1 - Math.cos(Math.PI / 100)) + 1e-15);
        assertEquals(0.02, schedule.rate(BASE, 100));
        assertEquals(0.02, schedule.rate(BASE, 101));
        assertEquals(0.02, schedule.rate(BASE, 1_000_000));
    }

    @Test
    void cosineToZeroReachesZeroAtThePeriod() {
        LearningRateSchedule schedule = LearningRateSchedule.cosine(10, 0);
        assertEquals(0.0, schedule.rate(BASE, 10));
        assertEquals(0.05, schedule.rate(BASE, 5), 1e-16);
    }

    @Test
    void cosineRisesWhenTheMinimumIsAboveTheBase() {
        // α_min is absolute (as torch's eta_min): base 0.1, α_min 0.3 climbs to 0.3 at T.
        LearningRateSchedule schedule = LearningRateSchedule.cosine(10, 0.3);
        assertEquals(0.2, schedule.rate(BASE, 5), 1e-15);
        assertEquals(0.3, schedule.rate(BASE, 10));
    }

    @Test
    void sampleSpreadsIterationsEvenlyOverTheHorizon() {
        // t_i = ⌊i·horizon/(count − 1)⌋: horizon 10, count 4 → 0, 3, 6, 10.
        LearningRateSchedule schedule = LearningRateSchedule.exponential(0.5);
        double[] iterations = new double[6];
        double[] rates = new double[5];
        schedule.sample(BASE, 10, iterations, rates, 4);
        assertEquals(0, iterations[0]);
        assertEquals(3, iterations[1]);
        assertEquals(6, iterations[2]);
        assertEquals(10, iterations[3]);
        assertEquals(0.1, rates[0], 1e-16);
        assertEquals(0.1 / 8, rates[1], 1e-16);
        assertEquals(0.1 / 64, rates[2], 1e-16);
        assertEquals(0.1 / 1024, rates[3], 1e-16);
        assertEquals(0, rates[4], "entries past count are left alone");
    }

    @Test
    void sampleOfOnePointIsTheStart() {
        double[] iterations = {-1};
        double[] rates = {-1};
        LearningRateSchedule.inverseTime(1).sample(BASE, 500, iterations, rates, 1);
        assertEquals(0, iterations[0]);
        assertEquals(BASE, rates[0]);
    }

    @Test
    void rejectsBadSampleArguments() {
        LearningRateSchedule schedule = LearningRateSchedule.constant();
        double[] two = new double[2];
        assertThrows(IllegalArgumentException.class, () -> schedule.sample(BASE, -1, two, two, 2));
        assertThrows(IllegalArgumentException.class, () -> schedule.sample(BASE, 10, two, two, 0));
        assertEquals("count must be 1 to the arrays' lengths (2 and 1), but is 2",
                assertThrows(IllegalArgumentException.class,
                        () -> schedule.sample(BASE, 10, two, new double[1], 2)).getMessage());
    }

    @Test
    void rejectsBadBaseRateAndNegativeIteration() {
        LearningRateSchedule schedule = LearningRateSchedule.constant();
        assertEquals("base learning rate must be a finite number > 0, but is 0.0",
                assertThrows(IllegalArgumentException.class, () -> schedule.rate(0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> schedule.rate(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> schedule.rate(Double.POSITIVE_INFINITY, 1));
        assertEquals("iteration must be a whole number >= 0, but is -1.0",
                assertThrows(IllegalArgumentException.class, () -> schedule.rate(BASE, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> schedule.rate(BASE, 0.5));
        assertThrows(IllegalArgumentException.class, () -> schedule.rate(BASE, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> schedule.rate(BASE, Double.POSITIVE_INFINITY));
    }

    @Test
    void stepCountsWholeStepsLikeLongDivisionUpToHugeIterations() {
        // factor 1 − 2⁻²⁰: every step of the count changes the rate, so an off-by-one ⌊t/s⌋ would show
        double factor = 1 - Math.pow(2, -20);
        for (int s : new int[] {1, 3, 7, 1000, Integer.MAX_VALUE}) {
            LearningRateSchedule schedule = LearningRateSchedule.step(factor, s);
            for (long t : new long[] {0, 1, s - 1L, s, s + 1L, 5L * s - 1, 5L * s, (1L << 40) + 12_345, (1L << 52) - 1,
                    (1L << 53) - 2L * s}) {
                assertEquals(BASE * Math.pow(factor, t / s), schedule.rate(BASE, t), 0.0, "s = " + s + ", t = " + t);
            }
        }
    }

    @Test
    void rejectsParametersOutOfRangeWithPreciseMessages() {
        assertEquals("decay factor γ must be a number > 0 and <= 1, but is 1.5", assertThrows(
                IllegalArgumentException.class, () -> LearningRateSchedule.exponential(1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.step(0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.step(Double.NaN, 10));
        assertEquals("step size s must be a whole number of iterations >= 1, but is 0", assertThrows(
                IllegalArgumentException.class, () -> LearningRateSchedule.step(0.5, 0)).getMessage());
        assertEquals("decay k must be a finite number >= 0, but is -0.1", assertThrows(
                IllegalArgumentException.class, () -> LearningRateSchedule.inverseTime(-0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.inverseTime(Double.POSITIVE_INFINITY));
        assertEquals("period T must be a whole number of iterations >= 1, but is 0", assertThrows(
                IllegalArgumentException.class, () -> LearningRateSchedule.cosine(0, 0)).getMessage());
        assertEquals("minimum rate α_min must be a finite number >= 0, but is NaN", assertThrows(
                IllegalArgumentException.class, () -> LearningRateSchedule.cosine(10, Double.NaN)).getMessage());
        assertEquals("learning-rate schedule is missing; allowed: constant, step, exponential, inverse_time, cosine",
                assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.defaults(null)).getMessage());
    }

    @Test
    void idsRoundTripAndUnknownIdsListTheAllowedOnes() {
        for (LearningRateScheduleKind kind : LearningRateScheduleKind.values()) {
            assertEquals(kind, LearningRateScheduleKind.fromId(kind.id()));
            assertEquals(kind, LearningRateSchedule.defaults(kind).kind());
        }
        assertEquals("unknown learning-rate schedule \"linear\"; allowed: constant, step, exponential, inverse_time, "
                + "cosine", assertThrows(IllegalArgumentException.class,
                        () -> LearningRateScheduleKind.fromId("linear")).getMessage());
    }

    @Test
    void switchingKindKeepsTheOtherParameters() {
        LearningRateSchedule schedule = LearningRateSchedule.step(0.25, 7).withKind(LearningRateScheduleKind.COSINE);
        assertEquals(0.25, schedule.factor());
        assertEquals(7, schedule.stepSize());
        assertEquals(LearningRateScheduleKind.COSINE, schedule.kind());
    }
}
