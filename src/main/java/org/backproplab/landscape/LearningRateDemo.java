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
 * and α &gt; 2/c diverges. {@link #presets} picks one α of each kind from the slice's curvature c.
 *
 * <p>Allocates only in the constructor; the parameter is put back bit for bit after each run.
 */
public final class LearningRateDemo {
    /** What a run shows. */
    public enum Verdict {
        TINY_STEPS("Tiny steps: J goes down, but so slowly that many more steps are needed."),
        CONVERGES("Converges: w heads straight for the minimum of the slice."),
        OSCILLATES("Overshoots: each step jumps past the minimum, w swings from side to side and still settles."),
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

    /** Which of {@link #presets} an α is. */
    public enum Preset {
        /** α = 0.05/c: each step closes 5% of the distance. */
        SMALL(0.05),
        /** α = 1/c: the minimum of the local parabola in one step. */
        GOOD(1.0),
        /** α = 1.6/c: overshoots, the distance shrinks by −0.6 per step. */
        TOO_LARGE(1.6),
        /** α = 2.5/c: overshoots further each step (ρ = −1.5). */
        DIVERGING(2.5);

        private final double timesInverseCurvature;

        Preset(double timesInverseCurvature) {
            this.timesInverseCurvature = timesInverseCurvature;
        }

        /** α·c for this preset. */
        public double timesInverseCurvature() {
            return timesInverseCurvature;
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
    private boolean stoppedEarly;
    private Verdict verdict;
    private double learningRate = Double.NaN;

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
        function.checkIndex(index);
        if (steps < 1 || steps > weights.length - 1) {
            throw new IllegalArgumentException("steps must be 1 to " + (weights.length - 1) + ", but is " + steps);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number > 0, but is " + learningRate);
        }
        this.learningRate = learningRate;
        double w = function.parameters[index];
        double cost = function.costAndGradientWith(index, w);
        double slope = function.gradient[index];
        weights[0] = w;
        costs[0] = cost;
        count = 1;
        stoppedEarly = false;
        double start = cost;
        for (int s = 0; s < steps; s++) {
            w = w - learningRate * slope;
            if (!Double.isFinite(w)) {
                stoppedEarly = true;
                break;
            }
            cost = function.costAndGradientWith(index, w);
            slope = function.gradient[index];
            weights[count] = w;
            costs[count] = cost;
            count++;
            if (!Double.isFinite(cost) || (start > 0 && cost > GROWTH_LIMIT * start)) {
                stoppedEarly = true;
                break;
            }
        }
        verdict = classify(weights, costs, count, stoppedEarly);
        return verdict;
    }

    /**
     * The verdict on a trajectory of {@code count} points (w, J), from the signs and sizes of its steps
     * Δᵢ = wᵢ₊₁ − wᵢ. Steps after w has arrived (a step below {@value #ARRIVED} of the first) are rounding
     * noise and not looked at.
     * <ul>
     *   <li>A run stopped early (J or w NaN, ∞ or too large) diverges; no first step at all is stuck.</li>
     *   <li>Steps that flip sign more often than not swing around the minimum: they oscillate if w arrives
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

    /**
     * Writes into {@code rates[0..4)} one α per {@link Preset} (in its order) for parameter {@code index}:
     * α = (α·c of the preset)/c, where c is the curvature J″ at the minimum w* of the slice near w — the
     * curvature that decides, on the way in, whether gradient descent settles or swings ever wider. w* is
     * the lowest of 41 samples over [w − r, w + r] (r from {@link CostSlice#suggestedRadius} at α = 1),
     * refined by golden-section search between its neighbours; J″ comes from a central second difference.
     * When the lowest sample is at the edge, or J″(w*) is not positive, c is taken at w instead. Returns c,
     * or NaN (and NaN rates) when the slice curves downward at both places. On an exact parabola every
     * point gives the same c; on a real slice the presets are estimates, and their verdicts can differ.
     */
    public double presets(int index, double[] rates) {
        function.checkIndex(index);
        double w = function.parameters[index];
        double radius = slice.suggestedRadius(index, 1.0);
        double spacing = radius / 20;
        int lowest = 0;
        double lowestCost = Double.POSITIVE_INFINITY;
        for (int s = 0; s <= 40; s++) {
            double cost = function.costWith(index, w + (s - 20) * spacing);
            if (cost < lowestCost) {
                lowestCost = cost;
                lowest = s;
            }
        }
        double c = Double.NaN;
        if (lowest > 0 && lowest < 40) {
            double best = minimumBetween(index, w + (lowest - 21) * spacing, w + (lowest - 19) * spacing);
            c = slice.curvature(index, best, CostSlice.curvatureStep(best));
        }
        if (!(c > 0) || Double.isInfinite(c)) {
            c = slice.curvature(index, w, CostSlice.curvatureStep(w));
        }
        boolean usable = c > 0 && !Double.isInfinite(c);
        Preset[] presets = PRESETS;
        for (int p = 0; p < presets.length; p++) {
            rates[p] = usable ? presets[p].timesInverseCurvature / c : Double.NaN;
        }
        return usable ? c : Double.NaN;
    }

    /** Golden-section search for the lowest J of parameter {@code index} in [low, high]: 40 shrinks by 0.618. */
    private double minimumBetween(int index, double low, double high) {
        double ratio = 0.5 * (Math.sqrt(5) - 1);
        double a = low;
        double b = high;
        double x1 = b - ratio * (b - a);
        double x2 = a + ratio * (b - a);
        double f1 = function.costWith(index, x1);
        double f2 = function.costWith(index, x2);
        for (int i = 0; i < 40; i++) {
            if (f1 <= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - ratio * (b - a);
                f1 = function.costWith(index, x1);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + ratio * (b - a);
                f2 = function.costWith(index, x2);
            }
        }
        return 0.5 * (a + b);
    }

    private static final Preset[] PRESETS = Preset.values();

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

    /** The last run's verdict; null before the first run. */
    public Verdict verdict() {
        return verdict;
    }

    /** The last run's α. */
    public double learningRate() {
        return learningRate;
    }
}
