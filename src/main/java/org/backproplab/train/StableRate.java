package org.backproplab.train;

import org.backproplab.optim.OptimizerKind;

/**
 * The largest learning rate α at which an optimizer's steps still shrink along the cost's steepest curvature,
 * from the sharpness λ_max (the largest Hessian eigenvalue). Near the weights J ≈ J₀ + gᵀd + ½dᵀHd, and along H's
 * top eigenvector each optimizer is a linear recurrence in that one coordinate with h = α·λ_max:
 * <ul>
 *   <li>gradient descent x ← (1 − h)x: stable while |1 − h| &lt; 1, so α &lt; 2/λ_max;</li>
 *   <li>heavy-ball momentum μ (torch's buf ← μ·buf + g, w ← w − α·buf): characteristic r² − (1 + μ − h)r + μ,
 *       a root reaches r = −1 at h = 2(1 + μ), so α &lt; 2(1 + μ)/λ_max;</li>
 *   <li>Nesterov μ (w ← w − α(g + μ·buf)): r² − (1 + μ)(1 − h)r + μ(1 − h), r = −1 at h = 2(1 + μ)/(1 + 2μ),
 *       so α &lt; 2(1 + μ)/((1 + 2μ)·λ_max);</li>
 *   <li>RMSProp and Adam: no single limit (NaN): each weight's step is divided by a running root mean square of
 *       its own gradients, so the step along the steepest direction is not α times the slope there.</li>
 * </ul>
 * Where λ_max ≤ 0 the cost curves down or is flat in every direction, and no α is unstable in this picture: the
 * limit is +∞. A NaN sharpness gives a NaN limit.
 */
public final class StableRate {
    private StableRate() {
    }

    /** 2/λ_max. */
    public static double gradientDescent(double sharpness) {
        return limit(2.0, sharpness);
    }

    /** 2(1 + μ)/λ_max. */
    public static double heavyBall(double sharpness, double momentum) {
        return limit(2.0 * (1.0 + momentum), sharpness);
    }

    /** 2(1 + μ)/((1 + 2μ)·λ_max). */
    public static double nesterov(double sharpness, double momentum) {
        return limit(2.0 * (1.0 + momentum) / (1.0 + 2.0 * momentum), sharpness);
    }

    /** The limit of {@code optimizer} (momentum μ used by momentum and nesterov only); NaN for RMSProp and Adam. */
    public static double of(OptimizerKind optimizer, double momentum, double sharpness) {
        switch (optimizer) {
            case SGD: return gradientDescent(sharpness);
            case MOMENTUM: return heavyBall(sharpness, momentum);
            case NESTEROV: return nesterov(sharpness, momentum);
            default: return Double.NaN;
        }
    }

    /** Whether {@code optimizer} has a single stable-rate limit (gradient descent, momentum, Nesterov). */
    public static boolean hasLimit(OptimizerKind optimizer) {
        return optimizer == OptimizerKind.SGD || optimizer == OptimizerKind.MOMENTUM
                || optimizer == OptimizerKind.NESTEROV;
    }

    /** What the limit of {@code optimizer} is, in one sentence, or why there is none. */
    public static String explanation(OptimizerKind optimizer) {
        switch (optimizer) {
            case SGD: return "Gradient descent shrinks the error along the steepest direction only while α < 2/λ_max,"
                    + " where λ_max, the sharpness, is the largest curvature of the cost J.";
            case MOMENTUM: return "Momentum μ carries speed from step to step; it stays stable along the steepest"
                    + " direction while α < 2(1 + μ)/λ_max, where λ_max is the largest curvature of the cost J.";
            case NESTEROV: return "Nesterov momentum μ looks ahead before each step; it stays stable along the steepest"
                    + " direction while α < 2(1 + μ)/((1 + 2μ)·λ_max), where λ_max is the largest curvature of the cost J.";
            case RMSPROP: return "RMSProp has no single limit on α: it divides each weight's step by the running size of"
                    + " that weight's own gradients, so the step along the steepest direction is not α times the slope.";
            case ADAM: return "Adam has no single limit on α: it divides each weight's step by the running size of that"
                    + " weight's own gradients, so the step along the steepest direction is not α times the slope.";
            default: throw new AssertionError(optimizer);
        }
    }

    private static double limit(double numerator, double sharpness) {
        if (Double.isNaN(sharpness)) {
            return Double.NaN;
        }
        return sharpness > 0 ? numerator / sharpness : Double.POSITIVE_INFINITY;
    }
}
