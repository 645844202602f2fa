package org.backproplab.state.rate;

import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.RateZone;
import org.backproplab.train.StableRate;
import org.backproplab.core.NumberFormat;

/**
 * What the stability meter on the α slider shows: where the stable-step limit sits on the slider's log scale,
 * the zones it shades ({@link RateZone}: slow below 0.1×, fast and smooth to 1×, overshoots to 2×, diverges or
 * bounces above) and the sentence that says what the mark is. Positions are fractions of the slider from
 * {@value AppState#MIN_LEARNING_RATE} (0) to {@value AppState#MAX_LEARNING_RATE} (1) on a log scale. Immutable.
 *
 * @param marker where the limit sits, or NaN when there is no mark (no single limit, not yet measured, or
 *        beyond either end of the slider)
 * @param zoneEnds where the zones slow, fast and smooth, overshoots end (0.1×, 1× and 2× the limit), each
 *        clamped to [0, 1]; empty without a limit
 * @param sentence what the mark is and what α does against it
 */
public record RateMeter(double marker, double[] zoneEnds, String sentence) {
    private static final double LOG_MIN = Math.log10(AppState.MIN_LEARNING_RATE);
    private static final double LOG_MAX = Math.log10(AppState.MAX_LEARNING_RATE);

    public RateMeter {
        zoneEnds = zoneEnds.clone();
    }

    @Override
    public double[] zoneEnds() {
        return zoneEnds.clone();
    }

    /** The slider position of {@code rate} (log scale), not clamped. */
    public static double position(double rate) {
        return (Math.log10(rate) - LOG_MIN) / (LOG_MAX - LOG_MIN);
    }

    /**
     * The meter for α = {@code rate} against {@code limit} (NaN while it is being measured) for {@code optimizer}.
     */
    public static RateMeter of(double rate, double limit, OptimizerKind optimizer) {
        if (!StableRate.hasLimit(optimizer)) {
            return new RateMeter(Double.NaN, new double[0], StableRate.explanation(optimizer)
                    + " So the meter shows no mark.");
        }
        if (Double.isNaN(limit)) {
            return new RateMeter(Double.NaN, new double[0], "Measuring the stable limit of α at the current weights …");
        }
        if (limit == Double.POSITIVE_INFINITY) {
            return new RateMeter(Double.NaN, new double[0], "No direction of J curves upward at the current weights,"
                    + " so in this picture no α overshoots.");
        }
        double[] ends = new double[3];
        double[] multiples = {RateZone.SLOW_FRACTION, 1, RateZone.FAR_ABOVE_FACTOR};
        for (int k = 0; k < 3; k++) {
            ends[k] = Math.max(0, Math.min(1, position(multiples[k] * limit)));
        }
        String limitText = NumberFormat.format(limit, 2);
        RateZone zone = RateZone.of(rate, limit);
        String where = " α = " + NumberText.format(rate) + " is " + NumberFormat.format(rate / limit, 2)
                + "× the limit: " + zone.label() + ".";
        if (limit > AppState.MAX_LEARNING_RATE) {
            return new RateMeter(Double.NaN, ends, "Stable up to α ≈ " + limitText + ", beyond this slider: "
                    + formula(optimizer) + " at the current weights." + where);
        }
        if (limit < AppState.MIN_LEARNING_RATE) {
            return new RateMeter(Double.NaN, ends, "Stable only below α ≈ " + limitText + ", below this slider: "
                    + formula(optimizer) + " at the current weights." + where);
        }
        return new RateMeter(position(limit), ends, "The mark is the stable limit α ≈ " + limitText + ", "
                + formula(optimizer) + " at the current weights; past it steps overshoot along the steepest direction."
                + where);
    }

    private static String formula(OptimizerKind optimizer) {
        return switch (optimizer) {
            case MOMENTUM -> "2(1 + μ)/λ_max";
            case NESTEROV -> "2(1 + μ)/((1 + 2μ)·λ_max)";
            default -> "2/λ_max";
        } + " with λ_max the largest curvature of J";
    }
}
