package org.backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.landscape.LearningRateDemo.Verdict;
import org.backproplab.landscape.SlicePresets.Preset;
import org.backproplab.landscape.SlicePresets.Status;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.text.MicroscopeText;
import org.junit.jupiter.api.Test;

/**
 * The microscope's presets are measured, then labelled: on every weight of the default network (25) and of
 * every data set's default network, each offered preset lies in the lab's α range and a fresh run at its α gets
 * the verdict its label names — checked once more against the trajectory's raw facts, J read off the slice —
 * and each preset that is off has a reason whose claim is performed here (a run at the range's end, at the two
 * α of a bracket, the sign of J″ by a second difference, the slope).
 */
class SlicePresetsTest {
    /** The steps of the microscope's demo (ui.microscope.SliceDemo.STEPS): the runs the labels speak of. */
    static final int STEPS = 10;
    static final double MIN = AppState.MIN_LEARNING_RATE;
    static final double MAX = AppState.MAX_LEARNING_RATE;

    @Test
    void onAParabolaThePresetsAreTheLimitsFractionsAndKeepTheirPromise() {
        CostSlice slice = new CostSlice(Fixtures.line(), Fixtures.data(), null);
        SlicePresets presets = new SlicePresets(new LearningRateDemo(slice, STEPS), STEPS, MIN, MAX);
        double c = slice.secondDerivative(0);
        presets.measure(0, c, Fixtures.slope(Fixtures.W, Fixtures.B));
        assertEquals(2 / Fixtures.CURVATURE, presets.limit(), 1e-12);
        double[] expected = {0.05 / Fixtures.CURVATURE, 1 / Fixtures.CURVATURE, 1.6 / Fixtures.CURVATURE,
                2.5 / Fixtures.CURVATURE};
        for (Preset preset : Preset.values()) {
            assertEquals(Status.READY, presets.status(preset), preset.name());
            assertEquals(expected[preset.ordinal()], presets.rate(preset), 1e-12, preset.name());
        }
        assertEquals("", MicroscopeText.presetsNote(presets));
    }

    @Test
    void aFlatSliceSaysThatEvenTheLargestRateOnlyOvershoots() {
        // J = (c/2)(w − w*)² with c = mean(x²) = 0.0036: the limit 2/c ≈ 556 is far above α = 10, so at α = 10
        // (α·c = 0.036) the run only takes tiny steps and nothing in range converges, overshoots or diverges
        double[] x = {0.06, -0.06, 0.06, -0.06};
        double[] y = {1, -1, 2, -2};
        Network line = Fixtures.line();
        CostSlice slice = new CostSlice(line, new Dataset(1, 1, x, y), null);
        SlicePresets presets = new SlicePresets(new LearningRateDemo(slice, STEPS), STEPS, MIN, MAX);
        double c = slice.secondDerivative(0);
        assertEquals(0.0036, c, 1e-15);
        slice.measure(0, 1);
        presets.measure(0, c, slice.slope());
        assertEquals(Status.READY, presets.status(Preset.SMALL));
        for (Preset preset : new Preset[] {Preset.GOOD, Preset.TOO_LARGE, Preset.DIVERGING}) {
            assertEquals(Status.ABOVE_RANGE, presets.status(preset), preset.name());
            assertEquals(Verdict.TINY_STEPS, presets.belowVerdict(preset));
        }
        String note = MicroscopeText.presetsNote(presets);
        assertTrue(note.contains("\u201cdiverging \u03b1\u201d is off: this weight\u2019s slice is so flat that even "
                + "\u03b1 = 10 only takes tiny steps; no \u03b1 in the lab\u2019s range diverges."), note);
    }

    @Test
    void aDownwardSliceTurnsThePresetsOffAndSaysSo() {
        CostSlice slice = new CostSlice(Fixtures.line(), Fixtures.data(), null);
        SlicePresets presets = new SlicePresets(new LearningRateDemo(slice, STEPS), STEPS, MIN, MAX);
        presets.measure(0, -0.5, 1);
        for (Preset preset : Preset.values()) {
            assertEquals(Status.DOWNWARD, presets.status(preset));
        }
        assertTrue(MicroscopeText.presetsNote(presets).contains("curves downward"));
        assertTrue(MicroscopeText.curvature(-0.5, MAX).contains("no step size is \u201ctoo large\u201d"));
    }

    @Test
    void everyWeightOfTheDefaultNetworkGetsPresetsWhoseLabelsTheirRunsKeep() {
        Tally tally = checkEveryWeight(new LabSession(AppState.defaults()), "circle (default)");
        System.out.println("SlicePresetsTest default network: " + tally);
        assertEquals(25, tally.weights);
    }

    @Test
    void everyWeightOfEveryDataSetsDefaultNetworkBeforeAndAfterTraining() {
        for (DatasetKind kind : DatasetKind.values()) {
            LabSession lab = new LabSession(AppState.defaults().withDataset(kind));
            Tally start = checkEveryWeight(lab, kind.id());
            lab.train(300);
            Tally trained = checkEveryWeight(lab, kind.id() + " after 300 steps");
            System.out.println("SlicePresetsTest " + kind.id() + ": at the start " + start + "; after 300 steps "
                    + trained);
        }
    }

    @Test
    void sampledWeightsOfASixBySixteenNetwork() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SPIRAL).withPointCount(200)
                .withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16}));
        int count = lab.network().shape().parameterCount();
        int[] indices = new int[24];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = (int) ((long) k * (count - 1) / (indices.length - 1));
        }
        Tally tally = check(lab, "spiral 6x16", indices);
        System.out.println("SlicePresetsTest 6x16: " + tally);
    }

    private static Tally checkEveryWeight(LabSession lab, String what) {
        int[] all = new int[lab.network().shape().parameterCount()];
        for (int k = 0; k < all.length; k++) {
            all[k] = k;
        }
        return check(lab, what, all);
    }

    private static Tally check(LabSession lab, String what, int[] indices) {
        Network network = lab.network();
        double[] before = network.parameters().clone();
        Dataset data = lab.trainData();
        CostSlice slice = new CostSlice(network, data, null);
        SlicePresets presets = new SlicePresets(new LearningRateDemo(slice, STEPS), STEPS, MIN, MAX);
        LearningRateDemo fresh = new LearningRateDemo(new CostSlice(network, data, null), STEPS);
        Tally tally = new Tally();
        for (int index : indices) {
            tally.weights++;
            slice.measure(index, 0.1);
            double slope = slice.slope();
            double c = slice.secondDerivative(index);
            presets.measure(index, c, slope);
            String where = what + ", weight " + index + " (J\u2033 = " + c + ")";
            for (Preset preset : Preset.values()) {
                Status status = presets.status(preset);
                tally.count(status);
                String label = where + ", " + MicroscopeText.PRESET_LABELS[preset.ordinal()];
                if (status == Status.READY) {
                    double rate = presets.rate(preset);
                    assertTrue(rate >= MIN && rate <= MAX, label + ": α = " + rate + " is outside the lab's range");
                    assertEquals(preset.promise(), fresh.run(index, rate, STEPS), label + " at α = " + rate);
                    assertFactsOf(preset.promise(), fresh, slice, index, label);
                } else {
                    assertReasonHolds(presets, preset, status, slice, fresh, index, c, slope, label);
                }
            }
        }
        assertArrayEquals(before, network.parameters(), "the parameters are put back");
        return tally;
    }

    /**
     * The verdict's words, checked on the raw trajectory with J and its slope read off the slice (central
     * differences), not through LearningRateDemo.classify.
     */
    private static void assertFactsOf(Verdict verdict, LearningRateDemo run, CostSlice slice, int index, String label) {
        int n = run.count();
        double w0 = run.weight(0);
        switch (verdict) {
            case DIVERGES -> assertTrue(run.stoppedEarly() || run.cost(n - 1) > run.cost(0)
                    || Math.abs(run.weight(n - 1) - run.weight(n - 2)) >= 0.5 * Math.abs(run.weight(1) - w0),
                    label + ": 'diverges', yet J fell and the swings shrank");
            case OSCILLATES -> {
                int crossings = 0;
                for (int k = 1; k < n; k++) {
                    if (slope(slice, index, run.weight(k - 1)) * slope(slice, index, run.weight(k)) < 0) {
                        crossings++;
                    }
                }
                assertTrue(crossings >= 1, label + ": 'overshoots', yet no step crossed the minimum");
                // 'settles': J ends no higher than it started (up to rounding, for a weight already at its minimum)
                assertTrue(run.cost(n - 1) <= run.cost(0) * (1 + 1e-9), label + ": 'settles', yet J rose from "
                        + run.cost(0) + " to " + run.cost(n - 1));
            }
            case CONVERGES -> {
                assertTrue(run.cost(n - 1) < run.cost(0), label + ": 'converges', yet J did not fall");
                assertTrue(slope(slice, index, w0) * slope(slice, index, run.weight(1)) >= 0
                        || Math.abs(run.weight(2) - run.weight(1)) < 1e-3 * Math.abs(run.weight(1) - w0)
                        || n > 2 && Math.abs(run.weight(2) - run.weight(1)) < 0.5 * Math.abs(run.weight(1) - w0),
                        label + ": 'heads straight for the minimum', yet it swung past it");
            }
            case TINY_STEPS -> {
                for (int k = 1; k < n; k++) {
                    assertTrue(run.cost(k) <= run.cost(k - 1), label + ": 'J goes down', yet it rose at step " + k);
                }
                assertTrue(Math.abs(run.weight(n - 1) - run.weight(n - 2)) > 0.1 * Math.abs(run.weight(1) - w0),
                        label + ": 'tiny steps, many more needed', yet the steps died out");
            }
            default -> throw new AssertionError(label + ": no preset promises " + verdict);
        }
    }

    private static double slope(CostSlice slice, int index, double w) {
        double h = 1e-6 * Math.max(1, Math.abs(w));
        return (slice.costAt(index, w + h) - slice.costAt(index, w - h)) / (2 * h);
    }

    /** Performs what the sentence for a preset that is off claims. */
    private static void assertReasonHolds(SlicePresets presets, Preset preset, Status status, CostSlice slice,
            LearningRateDemo fresh, int index, double c, double slope, String label) {
        String reason = MicroscopeText.presetReason(presets, preset);
        assertTrue(!reason.isEmpty(), label + " is off without a reason (" + status + ")");
        int promise = preset.promise().ordinal();
        switch (status) {
            case DOWNWARD -> {
                double w = slice.network().parameters()[index];
                double estimate = slice.curvature(index, w, CostSlice.curvatureStep(w));
                assertTrue(c <= 0 && estimate <= 1e-6 * Math.max(1, Math.abs(slice.cost())),
                        label + ": 'curves downward', yet J″ = " + c + " and the second difference " + estimate);
            }
            case STUCK -> assertEquals(0.0, slope, label + ": '∂J/∂w = 0'");
            case ABOVE_RANGE -> {
                Verdict atMax = fresh.run(index, MAX, STEPS);
                assertTrue(atMax.ordinal() < promise, label + ": 'even α = 10 only …', yet α = 10 " + atMax);
                assertEquals(presets.belowVerdict(preset), atMax, label);
            }
            case BELOW_RANGE -> {
                Verdict atMin = fresh.run(index, MIN, STEPS);
                assertTrue(atMin.ordinal() > promise && atMin != Verdict.STUCK, label + ": 'even the smallest α …', "
                        + "yet it " + atMin);
            }
            case NOT_FOUND -> {
                if (!Double.isNaN(presets.below(preset))) {
                    assertEquals(presets.belowVerdict(preset), fresh.run(index, presets.below(preset), STEPS), label);
                }
                if (!Double.isNaN(presets.above(preset))) {
                    assertEquals(presets.aboveVerdict(preset), fresh.run(index, presets.above(preset), STEPS), label);
                }
            }
            default -> throw new AssertionError(label + " is " + status);
        }
    }

    private static final class Tally {
        int weights;
        int ready;
        final List<String> off = new ArrayList<>();

        void count(Status status) {
            if (status == Status.READY) {
                ready++;
            } else {
                off.add(status.name());
            }
        }

        @Override
        public String toString() {
            java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
            off.forEach(s -> reasons.merge(s, 1L, Long::sum));
            return weights + " weights, " + ready + " of " + 4 * weights + " presets offered, off: " + reasons;
        }
    }
}
