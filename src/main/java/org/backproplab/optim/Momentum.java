package org.backproplab.optim;

import java.util.Arrays;

/**
 * Heavy-ball momentum, as torch.optim.SGD(momentum=μ, dampening=0, nesterov=False): the velocity
 * buffer starts as the first gradient, buf ← g, and afterwards buf ← μ·buf + g; then p ← p − lr·buf.
 */
public final class Momentum extends AbstractOptimizer {
    private final double momentum;
    private final double[] velocity;
    private boolean started;

    public Momentum(int parameterCount, double momentum) {
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
            parameters[p] -= learningRate * velocity[p];
        }
    }

    @Override
    public void reset() {
        Arrays.fill(velocity, 0.0);
        started = false;
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.MOMENTUM;
    }

    /** The velocity buffer of parameter {@code index} (0 before the first step). */
    public double velocity(int index) {
        return velocity[index];
    }
}
