package org.backproplab.landscape;

import org.backproplab.landscape.LearningRateDemo.Verdict;

/**
 * Four learning rates for one weight's slice — small, good, too large, diverging — measured, then labelled.
 * Each starts from the slice's own limit 2/J″(w) (J″ the exact curvature at the current point): on a parabola
 * with curvature c, α·c = 0.05 takes tiny steps, 1 lands on the minimum, 1.6 overshoots and settles, 2.5 swings
 * ever wider ({@link LearningRateDemo}). A real slice is no parabola, so each α is then run for the demo's number
 * of steps and kept only if its verdict is the one its label names; otherwise α is searched (×4 or ÷4 until the
 * verdict is bracketed, then halved in log α) within [minRate, maxRate], the lab's α range. A preset no α in the
 * range earns is not offered, and its {@link Status} says why.
 *
 * <p>The work is a sequence of runs; {@link #work} takes one gradient-descent step (one backpropagation pass),
 * so a view can spread the measuring over frames. Allocates only in the constructor. Not thread-safe.
 */
public final class SlicePresets {
    /** The four presets, each with α·c on a parabola and the verdict its label promises. */
    public enum Preset {
        SMALL(0.05, Verdict.TINY_STEPS),
        GOOD(1.0, Verdict.CONVERGES),
        TOO_LARGE(1.6, Verdict.OSCILLATES),
        DIVERGING(2.5, Verdict.DIVERGES);

        private final double timesCurvature;
        private final Verdict promise;

        Preset(double timesCurvature, Verdict promise) {
            this.timesCurvature = timesCurvature;
            this.promise = promise;
        }

        /** α·J″ where the search starts: the fraction timesCurvature/2 of the slice's limit 2/J″. */
        public double timesCurvature() {
            return timesCurvature;
        }

        /** The verdict a run at this preset's α must get. */
        public Verdict promise() {
            return promise;
        }
    }

    /** Whether a preset is offered, and if not, why. */
    public enum Status {
        /** Not measured yet. */
        PENDING,
        /** Offered: a run at {@link #rate} gets the verdict the label names. */
        READY,
        /** J″(w) ≤ 0: the slice curves downward here, there is no limit to derive α from. */
        DOWNWARD,
        /** ∂J/∂w = 0: gradient descent does not move this weight at any α. */
        STUCK,
        /** Even the largest α in range falls short of the verdict (the slice is too flat). */
        ABOVE_RANGE,
        /** Even the smallest α in range goes past the verdict (the slice is too steep). */
        BELOW_RANGE,
        /** The verdict jumps past this one between two α tried, {@link #below} and {@link #above}. */
        NOT_FOUND
    }

    /** Runs per preset before the search gives up. */
    static final int MAX_RUNS = 12;
    /** How far the search reaches out while it has not bracketed the verdict. */
    static final double REACH = 4;
    /** Brackets narrower than this ratio are not halved further. */
    static final double NARROWEST = 1.02;

    private static final Preset[] PRESETS = Preset.values();

    private final LearningRateDemo demo;
    private final int steps;
    private final double minRate;
    private final double maxRate;
    private final double[] rates = new double[PRESETS.length];
    private final Status[] statuses = new Status[PRESETS.length];
    private final double[] below = new double[PRESETS.length];
    private final double[] above = new double[PRESETS.length];
    private final Verdict[] belowVerdicts = new Verdict[PRESETS.length];
    private final Verdict[] aboveVerdicts = new Verdict[PRESETS.length];
    private int index = -1;
    private double curvature = Double.NaN;
    private int current;
    private int runs;
    private boolean running;
    private double trying;

    /**
     * @param demo runs the trials (its slice fixes the examples and the network); it is used by no one else
     * @param steps the steps of a trial run: the steps of the demo the labels promise a verdict for
     * @param minRate the smallest α a preset may have, {@code maxRate} the largest (the lab's α range)
     */
    public SlicePresets(LearningRateDemo demo, int steps, double minRate, double maxRate) {
        if (demo == null || steps < 1 || !(minRate > 0) || !(maxRate > minRate) || Double.isInfinite(maxRate)) {
            throw new IllegalArgumentException("presets need a demo, at least 1 step and a range 0 < min < max, but got "
                    + steps + " steps and " + minRate + " to " + maxRate);
        }
        this.demo = demo;
        this.steps = steps;
        this.minRate = minRate;
        this.maxRate = maxRate;
        clear();
    }

    private void clear() {
        for (int p = 0; p < PRESETS.length; p++) {
            rates[p] = Double.NaN;
            statuses[p] = Status.PENDING;
            below[p] = Double.NaN;
            above[p] = Double.NaN;
            belowVerdicts[p] = null;
            aboveVerdicts[p] = null;
        }
    }

    /**
     * Starts measuring the presets of parameter {@code index} at its current value, whose exact curvature is
     * {@code curvature} = J″(w) (CostSlice.secondDerivative) and slope {@code slope} = ∂J/∂w.
     */
    public void start(int index, double curvature, double slope) {
        clear();
        this.index = index;
        this.curvature = curvature;
        current = 0;
        runs = 0;
        running = false;
        if (slope == 0) {
            settleAll(Status.STUCK);
        } else if (!(curvature > 0) || Double.isInfinite(curvature)) {
            settleAll(Status.DOWNWARD);
        }
    }

    private void settleAll(Status status) {
        for (int p = 0; p < PRESETS.length; p++) {
            statuses[p] = status;
        }
        current = PRESETS.length;
    }

    /** Measures all four at once: {@link #start}, then {@link #work} until done. */
    public void measure(int index, double curvature, double slope) {
        start(index, curvature, slope);
        while (!work()) {
            // one step of one trial run per call
        }
    }

    /** Whether every preset is settled. */
    public boolean done() {
        return current >= PRESETS.length;
    }

    /** One step of the current trial run (one backpropagation pass); true once every preset is settled. */
    public boolean work() {
        return work(Integer.MAX_VALUE);
    }

    /**
     * Up to {@code maxExamples} (≥ 1) examples of the current trial run's backpropagation pass
     * (LearningRateDemo.advance(int)), the same runs and verdicts bit for bit; true once every preset is settled.
     */
    public boolean work(int maxExamples) {
        if (done()) {
            return true;
        }
        if (index < 0) {
            throw new IllegalStateException("no weight's presets have been started");
        }
        if (!running) {
            trying = clamp(PRESETS[current].timesCurvature / curvature);
            demo.start(index, trying, steps);
            running = true;
            runs = 1;
        }
        if (!demo.advance(maxExamples)) {
            return false;
        }
        running = false;
        judge(current, demo.verdict());
        if (statuses[current] == Status.PENDING) {
            runs++;
            demo.start(index, trying, steps);
            running = true;
            return false;
        }
        current++;
        return done();
    }

    /** Takes the verdict of a trial at α = {@code trying}: settles the preset or picks the next α to try. */
    private void judge(int p, Verdict verdict) {
        Verdict promise = PRESETS[p].promise;
        if (verdict == promise) {
            rates[p] = trying;
            statuses[p] = Status.READY;
            return;
        }
        if (verdict == Verdict.STUCK) {
            statuses[p] = Status.STUCK;
            return;
        }
        if (verdict.ordinal() < promise.ordinal()) {
            if (!(trying <= below[p])) {
                below[p] = trying;
                belowVerdicts[p] = verdict;
            }
        } else if (!(trying >= above[p])) {
            above[p] = trying;
            aboveVerdicts[p] = verdict;
        }
        boolean hasBelow = !Double.isNaN(below[p]);
        boolean hasAbove = !Double.isNaN(above[p]);
        if (hasBelow && hasAbove) {
            if (above[p] <= below[p] * NARROWEST || runs >= MAX_RUNS) {
                statuses[p] = Status.NOT_FOUND;
            } else {
                trying = Math.sqrt(below[p] * above[p]);
            }
        } else if (hasBelow) {
            if (below[p] >= maxRate) {
                statuses[p] = Status.ABOVE_RANGE;
            } else if (runs >= MAX_RUNS) {
                statuses[p] = Status.NOT_FOUND;
            } else {
                trying = clamp(below[p] * REACH);
            }
        } else if (above[p] <= minRate) {
            statuses[p] = Status.BELOW_RANGE;
        } else if (runs >= MAX_RUNS) {
            statuses[p] = Status.NOT_FOUND;
        } else {
            trying = clamp(above[p] / REACH);
        }
    }

    private double clamp(double rate) {
        return Math.max(minRate, Math.min(maxRate, rate));
    }

    /** The parameter measured; −1 before. */
    public int index() {
        return index;
    }

    /** J″(w) the presets started from. */
    public double curvature() {
        return curvature;
    }

    /** The slice's own limit 2/J″(w); +∞ where J″ ≤ 0, NaN for a NaN curvature. */
    public double limit() {
        if (Double.isNaN(curvature)) {
            return Double.NaN;
        }
        return curvature > 0 ? 2 / curvature : Double.POSITIVE_INFINITY;
    }

    public Status status(Preset preset) {
        return statuses[preset.ordinal()];
    }

    /** The preset's α, inside [minRate, maxRate], where its status is READY; NaN otherwise. */
    public double rate(Preset preset) {
        return rates[preset.ordinal()];
    }

    /** The largest α tried whose run fell short of the promised verdict (NaN if none), and its verdict. */
    public double below(Preset preset) {
        return below[preset.ordinal()];
    }

    public Verdict belowVerdict(Preset preset) {
        return belowVerdicts[preset.ordinal()];
    }

    /** The smallest α tried whose run went past the promised verdict (NaN if none), and its verdict. */
    public double above(Preset preset) {
        return above[preset.ordinal()];
    }

    public Verdict aboveVerdict(Preset preset) {
        return aboveVerdicts[preset.ordinal()];
    }

    /** The smallest and largest α a preset may have. */
    public double minRate() {
        return minRate;
    }

    public double maxRate() {
        return maxRate;
    }

    /** The steps of each trial run. */
    public int steps() {
        return steps;
    }
}
