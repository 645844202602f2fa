package org.backproplab.optim;

import java.util.Arrays;

/**
 * Nesterov momentum, as torch.optim.SGD(momentum=μ, dampening=0, nesterov=True): the same buffer as
 * {@link Momentum} (buf ← g on the first step, then buf ← μ·buf + g), but the step looks ahead along it:
 * p ← p − lr·(g + μ·buf).
 */
public final class Nesterov extends AbstractOptimizer {
    private final double momentum;
    private final double[] velocity;
    private boolean started;

    public Nesterov(int parameterCount, double momentum) {
        super(parameterCount);
        this.momentum = momentum;
        this.velocity = new double[parameterCount];
    }

    @Override
    public void step(double[] parameters, double[] gradient, double learningRate) {
        checkLengths(parameters, gradient);
        if (!started) {
            System.arraycopy(gradient, 0, velocity, 0, size);
            started = true;
        } else {
            for (int p = 0; p < size; p++) {
                velocity[p] = velocity[p] * momentum + gradient[p];
            }
        }
        for (int p = 0; p < size; p++) {
            double lookAhead = gradient[p] + momentum * velocity[p];
            parameters[p] -= learningRate * lookAhead;
        }
    }

    @Override
    public void reset() {
        Arrays.fill(velocity, 0.0);
        started = false;
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.NESTEROV;
    }

    /** The velocity buffer of parameter {@code index} (0 before the first step). */
    public double velocity(int index) {
        return velocity[index];
    }
}
