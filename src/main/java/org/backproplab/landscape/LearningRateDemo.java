package org.backproplab.landscape;

/**
 * Gradient descent on one {@link CostSlice} alone — one weight moving, every other parameter fixed — to show
 * what the learning rate α does: w ← w − α·J′(w), J′ from backpropagation, for up to k steps. The whole
 * trajectory (w₀, J₀), (w₁, J₁), … is kept, the run stops when J becomes NaN, ∞ or a million times J₀, and
 * a {@link Verdict} says what happened. Like distill's "Why Momentum Really Works", the simulation is a
 * function of its inputs; the view only draws it.
 *
 * <p>On a quadratic J ≈ (c/2)·(w − w*)², each step multiplies the distance to w* by ρ = 1 − α·c: α &lt; 2/c
 * converges, α = 1/c lands on w* in one step, α between 1/c and 2/c overshoots and oscillates on the way in,
 * and α &gt; 2/c diverges. {@link SlicePresets} picks one α of each kind, measured with this class.
 *
 * <p>A run can be done at once ({@link #run}) or a step at a time ({@link #begin}, then {@link #advance} until it
 * returns true), so that a view can spread it over frames. Allocates only in the constructor; the parameter is
 * put back bit for bit after each step.
 */
public final class LearningRateDemo {
    /** What a run shows. */
    public enum Verdict {
        TINY_STEPS("Tiny steps: J goes down, but so slowly that many more steps are needed."),
        CONVERGES("Converges: w heads straight for the minimum of the slice."),
        OSCILLATES("Overshoots: steps jump past the minimum, w swings from side to side and still settles."),
        DIVERGES("Diverges: each step jumps past the minimum and lands as far or farther away, so w never settles "
                + "and J does not go down."),
        STUCK("No movement: the slope ∂J/∂w is zero here, so gradient descent does not move this weight.");

        private final String explanation;

        Verdict(String explanation) {
            this.explanation = explanation;
        }

        /** One sentence for the learner. */
        public String explanation() {
            return explanation;
        }
    }

    /** Steps whose size is below this fraction of (1 + |w|) count as no movement. */
    static final double STANDSTILL = 1e-12;
    /** Once a step is this small compared with the first, w has arrived: later steps are rounding noise. */
    static final double ARRIVED = 1e-3;
    /** A contraction ρ per step above this (no overshoot) counts as tiny steps: α·c &lt; 0.2. */
    static final double SLOW_CONTRACTION = 0.8;
    /** J beyond this many times J₀ counts as diverged (as in train.Divergence). */
    static final double GROWTH_LIMIT = 1e6;

    private final CostSlice slice;
    private final CostFunction function;
    private final double[] weights;
    private final double[] costs;
    private int count;
    private int index = -1;
    private int stepsLeft;
    private double slope = Double.NaN;
    private double start = Double.NaN;
    private boolean stoppedEarly;
    private Verdict verdict;
    private double learningRate = Double.NaN;
    /** A backpropagation pass under way in slices, at w = {@link #passWeight}. */
    private boolean passing;
    private double passWeight;

    /** @param maxSteps the most steps one run may take (≥ 1) */
    public LearningRateDemo(CostSlice slice, int maxSteps) {
        if (slice == null || maxSteps < 1) {
            throw new IllegalArgumentException("a learning-rate demo needs a slice and at least 1 step, but got "
                    + maxSteps + " steps");
        }
        this.slice = slice;
        this.function = slice.function();
        this.weights = new double[maxSteps + 1];
        this.costs = new double[maxSteps + 1];
    }

    /**
     * Runs up to {@code steps} steps of w ← w − α·∂J/∂w on parameter {@code index}, starting at its current
     * value, and returns the verdict. The trajectory is then in {@link #weight(int)} and {@link #cost(int)}.
     */
    public Verdict run(int index, double learningRate, int steps) {
        begin(index, learningRate, steps);
        while (!advance()) {
            // one step of gradient descent per call
        }
        return verdict;
    }

    /**
     * Starts a run as {@link #run} does, with the one backpropagation pass at the start; {@link #advance} then
     * takes the steps. {@link #verdict()} is null until the run has finished.
     */
    public void begin(int index, double learningRate, int steps) {
        start(index, learningRate, steps);
        advance(Integer.MAX_VALUE);
    }

    /**
     * Starts a run as {@link #begin} does, but leaves even its first backpropagation pass to {@link #advance(int)},
     * which sums every pass a slice of examples at a time: the same run bit for bit. Until the first pass is done
     * the run has no points ({@link #count()} 0).
     */
    public void start(int index, double learningRate, int steps) {
        function.checkIndex(index);
        if (steps < 1 || steps > weights.length - 1) {
            throw new IllegalArgumentException("steps must be 1 to " + (weights.length - 1) + ", but is " + steps);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number > 0, but is " + learningRate);
        }
        this.index = index;
        this.learningRate = learningRate;
        count = 0;
        stoppedEarly = false;
        start = Double.NaN;
        stepsLeft = steps;
        verdict = null;
        passing = false;
    }

    /**
     * Takes the next step of the run {@link #begin} started (one backpropagation pass); returns true once the
     * run is over (all steps taken, or stopped early), and then {@link #verdict()} is set.
     */
    public boolean advance() {
        if (index >= 0 && count == 0 && verdict == null) {
            advance(Integer.MAX_VALUE); // a run only started: its first pass, then the step
        }
        return advance(Integer.MAX_VALUE);
    }

    /**
     * Up to {@code maxExamples} (≥ 1) examples more of the run's current backpropagation pass (the start's, then
     * one per step); when a pass completes its point is added. Returns true once the run is over, and then
     * {@link #verdict()} is set.
     */
    public boolean advance(int maxExamples) {
        if (verdict != null) {
            return true;
        }
        if (index < 0) {
            throw new IllegalStateException("no run has begun");
        }
        if (!passing) {
            double w = count == 0 ? function.parameters[index] : weights[count - 1] - learningRate * slope;
            if (count > 0) {
                stepsLeft--;
            }
            if (!Double.isFinite(w) && count > 0) {
                stoppedEarly = true;
                stepsLeft = 0;
                return finish();
            }
            passWeight = w;
            passing = true;
            function.beginPass(index, w, -1, 0, true);
        }
        if (!function.advancePass(maxExamples)) {
            return false;
        }
        passing = false;
        double cost = function.passCost();
        slope = function.gradient[index];
        weights[count] = passWeight;
        costs[count] = cost;
        count++;
        if (count == 1) {
            start = cost;
            return false;
        }
        if (!Double.isFinite(cost) || (start > 0 && cost > GROWTH_LIMIT * start)) {
            stoppedEarly = true;
            stepsLeft = 0;
        }
        return stepsLeft > 0 ? false : finish();
    }

    private boolean finish() {
        verdict = classify(weights, costs, count, stoppedEarly);
        return true;
    }

    /**
     * The verdict on a trajectory of {@code count} points (w, J), from the signs and sizes of its steps
     * Δᵢ = wᵢ₊₁ − wᵢ. Steps after w has arrived (a step below {@value #ARRIVED} of the first) are rounding
     * noise and not looked at.
     * <ul>
     *   <li>A run stopped early (J or w NaN, ∞ or too large) diverges; no first step at all is stuck.</li>
     *   <li>Steps that flip sign more often than not swing around the minimum: they diverge if J ends above J₀,
     *       else oscillate if w arrives
     *       or the mean step size of the last third of the run is below half that of the first third, and
     *       diverge (swing on or wider) otherwise.</li>
     *   <li>Steps of one sign converge, unless J ends above J₀ (diverges), or their size shrinks by a mean
     *       factor above {@value #SLOW_CONTRACTION} per step without arriving (tiny steps).</li>
     * </ul>
     * Pure: reads the arrays only.
     */
    public static Verdict classify(double[] weights, double[] costs, int count, boolean stoppedEarly) {
        if (stoppedEarly) {
            return Verdict.DIVERGES;
        }
        if (count < 2) {
            return Verdict.STUCK;
        }
        double firstStep = weights[1] - weights[0];
        if (Math.abs(firstStep) <= STANDSTILL * (1 + Math.abs(weights[0]))) {
            return Verdict.STUCK;
        }
        // steps 0..moving−1 are looked at; step i goes from point i to point i + 1
        int moving = 1;
        int flips = 0;
        while (moving + 1 < count) {
            double step = weights[moving + 1] - weights[moving];
            if (Math.abs(step) <= ARRIVED * Math.abs(firstStep)) {
                break;
            }
            if ((step > 0) != (weights[moving] - weights[moving - 1] > 0)) {
                flips++;
            }
            moving++;
        }
        boolean arrived = moving < count - 1;
        boolean swinging = moving > 1 && 2 * flips > moving - 1;
        if (swinging) {
            if (costs[count - 1] > costs[0]) {
                return Verdict.DIVERGES; // it swung somewhere higher: J did not go down
            }
            if (arrived) {
                return Verdict.OSCILLATES;
            }
            int third = Math.max(1, moving / 3);
            double early = 0;
            double late = 0;
            for (int i = 0; i < third; i++) {
                early += Math.abs(weights[i + 1] - weights[i]);
                late += Math.abs(weights[moving - i] - weights[moving - 1 - i]);
            }
            return late < 0.5 * early ? Verdict.OSCILLATES : Verdict.DIVERGES;
        }
        if (costs[moving] > costs[0]) {
            return Verdict.DIVERGES;
        }
        if (arrived || moving < 2) {
            return Verdict.CONVERGES;
        }
        double lastStep = weights[moving] - weights[moving - 1];
        double contraction = Math.pow(Math.abs(lastStep / firstStep), 1.0 / (moving - 1));
        return contraction > SLOW_CONTRACTION ? Verdict.TINY_STEPS : Verdict.CONVERGES;
    }

    /** Points in the last run's trajectory: the start plus the steps taken. */
    public int count() {
        return count;
    }

    /** w after {@code i} steps of the last run (0: the start). */
    public double weight(int i) {
        checkPoint(i);
        return weights[i];
    }

    /** J after {@code i} steps of the last run. */
    public double cost(int i) {
        checkPoint(i);
        return costs[i];
    }

    private void checkPoint(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("point " + i + " does not exist; the last run has " + count);
        }
    }

    /** Whether the last run stopped before its steps because J or w became NaN, ∞ or too large. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** The last run's verdict; null before the first run has finished. */
    public Verdict verdict() {
        return verdict;
    }

    /** The last run's α. */
    public double learningRate() {
        return learningRate;
    }
}
