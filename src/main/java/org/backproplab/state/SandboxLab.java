package org.backproplab.state;

import org.backproplab.landscape.SurfaceKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.viz.NumberFormat;

/**
 * The descent sandbox's small decisions and sentences, kept out of the page so they can be tested: the α
 * and step count that show each surface best, what a surface is, reading the typed α and step count, the
 * parameters an optimizer runs with, and the line under the picture.
 */
public final class SandboxLab {
    /** The most steps a sandbox path takes. */
    public static final int MAX_STEPS = 1000;
    /** What the steps field accepts, for messages. */
    public static final String STEPS_ALLOWED = "a whole number from 1 to " + MAX_STEPS;

    private SandboxLab() {
    }

    /** The α that shows {@code kind} best: a steady descent of the valley, Rosenbrock's slow crawl, the saddle's escape. */
    public static double presetRate(SurfaceKind kind) {
        return switch (kind) {
            case QUADRATIC -> 0.08;
            case ROSENBROCK -> 0.002;
            default -> 0.01;
        };
    }

    /** The steps that show {@code kind} best. */
    public static int presetSteps(SurfaceKind kind) {
        return switch (kind) {
            case QUADRATIC -> 150;
            case ROSENBROCK -> 500;
            default -> 200;
        };
    }

    /** The surface, its formula and what makes it hard. */
    public static String formula(SurfaceKind kind) {
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
    public static double parseRate(String text) {
        return RateLab.inRange(NumberText.parse(text, "α"), text);
    }

    /**
     * The step count typed into the sandbox: a whole number from 1 to {@value #MAX_STEPS}.
     *
     * @throws IllegalArgumentException saying what was wrong
     */
    public static int parseSteps(String text) {
        long value = NumberText.parseWhole(text, "steps");
        if (value < 1 || value > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 1 to " + MAX_STEPS + ", but is " + value);
        }
        return (int) value;
    }

    /** Why a typed value was refused, what is allowed, and the value kept. */
    public static String refusal(String problem, String allowed, String kept) {
        return Sentence.capitalized(problem) + "; allowed: " + allowed + ". Kept " + kept + ".";
    }

    /** The parameters beyond α that {@code kind} runs with: "μ = 0.9", "ρ = 0.9", "β₁ = 0.9, β₂ = 0.999". */
    public static String parameters(OptimizerKind kind, OptimizerConfig config) {
        return switch (kind) {
            case MOMENTUM, NESTEROV -> "μ = " + NumberText.format(config.momentum());
            case RMSPROP -> "ρ = " + NumberText.format(config.alpha());
            case ADAM -> "β₁ = " + NumberText.format(config.beta1()) + ", β₂ = " + NumberText.format(config.beta2());
            default -> "";
        };
    }

    /** "Start (1.5, −0.5), α = 0.08, 150 steps. " */
    public static String startLine(double x, double y, double rate, int steps) {
        return "Start (" + NumberFormat.format(x, 2) + ", " + NumberFormat.format(y, 2) + "), α = "
                + NumberText.format(rate) + ", " + steps + " steps. ";
    }
}
