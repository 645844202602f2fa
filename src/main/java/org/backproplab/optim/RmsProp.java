package org.backproplab.optim;

import java.util.Arrays;

/**
 * RMSprop, as torch.optim.RMSprop (not centered, no momentum): a running mean of squared gradients
 * v ← α·v + (1 − α)·g², starting from v = 0, then p ← p − lr·g / (√v + ε).
 */
public final class RmsProp extends AbstractOptimizer {
    private final double alpha;
    private final double epsilon;
    private final double[] squareAverage;

    public RmsProp(int parameterCount, double alpha, double epsilon) {
        super(parameterCount);
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.squareAverage = new double[parameterCount];
    }

    @Override
    public void step(double[] parameters, double[] gradient, double learningRate) {
        checkLengths(parameters, gradient);
        double oneMinusAlpha = 1 - alpha;
        for (int p = 0; p < size; p++) {
            double g = gradient[p];
            // torch: square_avg.mul_(alpha).addcmul_(grad, grad, value=1-alpha)
            double v = squareAverage[p] * alpha + oneMinusAlpha * g * g;
            squareAverage[p] = v;
            // torch: avg = square_avg.sqrt().add_(eps); param.addcdiv_(grad, avg, value=-lr)
            double denominator = Math.sqrt(v) + epsilon;
            parameters[p] += -learningRate * (g / denominator);
        }
    }

    @Override
    public void reset() {
        Arrays.fill(squareAverage, 0.0);
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.RMSPROP;
    }

    /** The running mean of squared gradients v of parameter {@code index}. */
    public double squareAverage(int index) {
        return squareAverage[index];
    }
}
