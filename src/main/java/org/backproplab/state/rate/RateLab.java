package org.backproplab.state.rate;

import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.state.Sentence;
import org.backproplab.landscape.SurfaceKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Verdict;
import org.backproplab.core.NumberFormat;

/**
 * The learning-rate lab's small decisions and sentences, kept out of the page so they can be tested: reading
 * the race's typed α fields, rounding a measured α to a number a student can read and type, how far ahead
 * the α(t) plot of a schedule looks; and for the descent sandbox the α and steps that show each surface best,
 * what a surface is, reading its typed α and step count, and the line under its picture.
 */
public final class RateLab {
    /** What a race lane accepts, for messages: the same range as the main α. */
    public static final String ALLOWED = AppState.LEARNING_RATE_ALLOWED + ", or empty to leave the lane out";
    /** The shortest α(t) plot: the first 1,000 steps. */
    public static final long MIN_HORIZON = 1000;

    private RateLab() {
    }

    /**
     * The α typed into one race lane: NaN for an empty field (the lane is left out), else a number from
     * {@value AppState#MIN_LEARNING_RATE} to {@value AppState#MAX_LEARNING_RATE}.
     *
     * @throws IllegalArgumentException saying what was wrong and what is allowed
     */
    public static double parseLane(String text) {
        if (text == null || text.trim().isEmpty()) {
            return Double.NaN;
        }
        double rate;
        try {
            rate = NumberText.parse(text, "α");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; allowed: " + ALLOWED);
        }
        return inRange(rate, text);
    }

    /**
     * {@code rate}, read from {@code text}, if it lies in the lab's α range.
     *
     * @throws IllegalArgumentException naming the range and the text, when it does not
     */
    static double inRange(double rate, String text) {
        if (!(rate >= AppState.MIN_LEARNING_RATE && rate <= AppState.MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("α must be " + AppState.LEARNING_RATE_ALLOWED + ", but is "
                    + NumberText.shorten(text.trim()));
        }
        return rate;
    }

    /** The lanes that hold an α (not NaN), in order, as a new array; empty when none does. */
    public static double[] usedLanes(double[] lanes) {
        int used = 0;
        for (double rate : lanes) {
            if (rate == rate) {
                used++;
            }
        }
        double[] rates = new double[used];
        int k = 0;
        for (double rate : lanes) {
            if (rate == rate) {
                rates[k++] = rate;
            }
        }
        return rates;
    }

    /**
     * {@code rate} rounded to two significant digits and kept inside the allowed range, so a finder's
     * 0.07278953… becomes 0.073: within 5 % of what was measured, and a number a student can read back.
     *
     * @throws IllegalArgumentException if rate is not a finite number &gt; 0
     */
    public static double rounded(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("α must be a finite number > 0, but is " + rate);
        }
        int exponent = (int) Math.floor(Math.log10(rate)) - 1;
        double digits = Math.round(exponent < 0 ? rate * Math.pow(10, -exponent) : rate / Math.pow(10, exponent));
        // digits / 10^k rather than digits · 10^−k: the division rounds to the nearest double of the decimal.
        double value = exponent < 0 ? digits / Math.pow(10, -exponent) : digits * Math.pow(10, exponent);
        return Math.max(AppState.MIN_LEARNING_RATE, Math.min(AppState.MAX_LEARNING_RATE, value));
    }

    /**
     * The last iteration the α(t) plot shows when the lab is at {@code iteration}: 1,000, doubled until the
     * current iteration sits in the first four fifths of the plot, so the "you are here" mark never runs
     * off its right edge.
     */
    public static long scheduleHorizon(long iteration) {
        long horizon = MIN_HORIZON;
        while (iteration > horizon * 4 / 5 && horizon < Long.MAX_VALUE / 4) {
            horizon *= 2;
        }
        return horizon;
    }

    // ---- the race

    /** The optimizer in words, as the race's caption names it. */
    public static String optimizerName(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> "gradient descent";
            case MOMENTUM -> "momentum";
            case NESTEROV -> "Nesterov momentum";
            case RMSPROP -> "RMSprop";
            case ADAM -> "Adam";
        };
    }

    /** A verdict's badge: its id, except "too early to tell" and "slow". */
    public static String verdictName(Verdict verdict) {
        return switch (verdict) {
            case TOO_EARLY -> "too early to tell";
            case SLOW -> "slow";
            default -> verdict.id();
        };
    }

    /** Why a lane's typed α was refused, and what the lane keeps (its α, or nothing). */
    public static String laneRefusal(String problem, double kept) {
        return Sentence.capitalized(problem) + ". Kept " + (kept == kept ? NumberFormat.format(kept, 3) : "the lane empty")
                + ".";
    }

    /** What every run of a race shares: the starting weights, the data, the optimizer, the steps. */
    public static String raceShared(long seed, int examples, OptimizerKind optimizer, int steps) {
        return "Every run: the lab's starting weights (seed " + seed + "), its " + NumberText.grouped(examples)
                + " training points, " + optimizerName(optimizer) + ", " + steps + " steps; only α differs.";
    }

    /**
     * The line under the race: how to start, or how far the longest run has come ({@code step} of
     * {@code steps}), or that it is over.
     */
    public static String raceStatus(boolean started, boolean over, boolean running, long step, int steps) {
        if (!started) {
            return "Press Start to race the rates typed on the right.";
        }
        return over ? "Finished: every run took its " + steps + " steps or diverged."
                : (running ? "Racing: " : "Paused at ") + "step " + step + " of " + steps + ".";
    }

    /**
     * The race chart for a screen reader: each run's α, its line, its verdict and its last cost J (arrays
     * indexed by run).
     */
    public static String raceDescription(double[] rates, String[] lines, Verdict[] verdicts, double[] costs) {
        int runs = rates.length;
        StringBuilder text = new StringBuilder("Cost J against iteration, ");
        text.append(runs).append(runs == 1 ? " run:" : " runs:");
        for (int r = 0; r < runs; r++) {
            text.append(r == 0 ? " " : "; ").append("α = ").append(NumberFormat.format(rates[r], 3))
                    .append(" (").append(lines[r]).append(") ").append(verdictName(verdicts[r]))
                    .append(", J = ").append(NumberFormat.format(costs[r], 3));
        }
        return text.append('.').toString();
    }

    // ---- the descent sandbox

    /** The most steps a sandbox path takes. */
    public static final int SANDBOX_MAX_STEPS = 1000;
    /** What the steps field accepts, for messages. */
    public static final String SANDBOX_STEPS_ALLOWED = "a whole number from 1 to " + SANDBOX_MAX_STEPS;

    /** The α that shows {@code kind} best: a steady descent of the valley, Rosenbrock's slow crawl, the saddle's escape. */
    public static double sandboxRate(SurfaceKind kind) {
        return switch (kind) {
            case QUADRATIC -> 0.08;
            case ROSENBROCK -> 0.002;
            default -> 0.01;
        };
    }

    /** The steps that show {@code kind} best. */
    public static int sandboxSteps(SurfaceKind kind) {
        return switch (kind) {
            case QUADRATIC -> 150;
            case ROSENBROCK -> 500;
            default -> 200;
        };
    }

    /** The surface, its formula and what makes it hard. */
    public static String surfaceFormula(SurfaceKind kind) {
        return kind.title() + ": " + kind.formula() + (kind == SurfaceKind.QUADRATIC
                ? " with a = 20, b = 1: 20 times steeper across the valley (x) than along it (y)."
                : kind == SurfaceKind.ROSENBROCK ? ": a curved, flat-bottomed valley; the minimum is at (1, 1)."
                : ": downhill along y, uphill along x; (0, 0) is a saddle point, not a minimum.");
    }

    /**
     * The α typed into the sandbox: a number in the lab's α range.
     *
     * @throws IllegalArgumentException saying what was wrong
     */
    public static double parseSandboxRate(String text) {
        return inRange(NumberText.parse(text, "α"), text);
    }

    /**
     * The step count typed into the sandbox: a whole number from 1 to {@value #SANDBOX_MAX_STEPS}.
     *
     * @throws IllegalArgumentException saying what was wrong
     */
    public static int parseSandboxSteps(String text) {
        long value = NumberText.parseWhole(text, "steps");
        if (value < 1 || value > SANDBOX_MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 1 to " + SANDBOX_MAX_STEPS + ", but is " + value);
        }
        return (int) value;
    }

    /** Why a typed value was refused, what is allowed, and the value kept. */
    public static String refusal(String problem, String allowed, String kept) {
        return Sentence.capitalized(problem) + "; allowed: " + allowed + ". Kept " + kept + ".";
    }

    /** The parameters beyond α that {@code kind} runs with: "μ = 0.9", "ρ = 0.9", "β₁ = 0.9, β₂ = 0.999". */
    public static String optimizerParameters(OptimizerKind kind, OptimizerConfig config) {
        return switch (kind) {
            case MOMENTUM, NESTEROV -> "μ = " + NumberText.format(config.momentum());
            case RMSPROP -> "ρ = " + NumberText.format(config.alpha());
            case ADAM -> "β₁ = " + NumberText.format(config.beta1()) + ", β₂ = " + NumberText.format(config.beta2());
            default -> "";
        };
    }

    /** "Start (1.5, −0.5), α = 0.08, 150 steps. " */
    public static String sandboxStartLine(double x, double y, double rate, int steps) {
        return "Start (" + NumberFormat.format(x, 2) + ", " + NumberFormat.format(y, 2) + "), α = "
                + NumberText.format(rate) + ", " + steps + " steps. ";
    }
}
