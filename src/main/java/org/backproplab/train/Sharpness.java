package org.backproplab.train;

import org.backproplab.optim.OptimizerKind;

/**
 * The sharpness of a cost at some weights: λ_max, the largest eigenvalue of the Hessian of J, with its unit
 * eigenvector (the steepest-curving direction, laid out like the parameters) and how the estimate was reached.
 * Immutable.
 *
 * @param value λ_max, or NaN when a Hessian-vector product was not finite
 * @param eigenvector a unit eigenvector, largest-magnitude entry positive (a copy is kept and handed out)
 * @param products Hessian-vector products spent
 * @param residual ‖Hx − λx‖ for the unit vector x: λ_max lies within this distance of an eigenvalue
 * @param converged whether the residual reached the tolerance (else value is the best estimate so far)
 */
public record Sharpness(double value, double[] eigenvector, int products, double residual, boolean converged) {

    public Sharpness {
        eigenvector = eigenvector.clone();
    }

    @Override
    public double[] eigenvector() {
        return eigenvector.clone();
    }

    /** The stable-step limit of {@code optimizer} with momentum μ (ignored where unused); see {@link StableRate#of}. */
    public double stableRate(OptimizerKind optimizer, double momentum) {
        return StableRate.of(optimizer, momentum, value);
    }
}
