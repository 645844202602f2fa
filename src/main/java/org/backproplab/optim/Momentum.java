package org.backproplab.optim;

/**
 * Heavy-ball momentum, as torch.optim.SGD(momentum=μ, dampening=0, nesterov=False): the velocity
 * buffer starts as the first gradient, buf ← g, and afterwards buf ← μ·buf + g; then p ← p − lr·buf.
 */
public final class Momentum extends AbstractOptimizer {
    private final VelocityBuffer velocity;

    public Momentum(int parameterCount, double momentum) {
        super(parameterCount);
        this.velocity = new VelocityBuffer(parameterCount, momentum);
    }

    @Override
    public void step(double[] parameters, double[] gradient, double learningRate) {
        checkLengths(parameters, gradient);
        velocity.update(gradient);
        for (int p = 0; p < size; p++) {
            parameters[p] -= learningRate * velocity.get(p);
        }
    }

    @Override
    public void reset() {
        velocity.reset();
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.MOMENTUM;
    }

    /** The velocity buffer of parameter {@code index} (0 before the first step). */
    public double velocity(int index) {
        return velocity.get(index);
    }
}
