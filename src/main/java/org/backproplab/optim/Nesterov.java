package org.backproplab.optim;

/**
 * Nesterov momentum, as torch.optim.SGD(momentum=μ, dampening=0, nesterov=True): the same buffer as
 * {@link Momentum} (buf ← g on the first step, then buf ← μ·buf + g), but the step looks ahead along it:
 * p ← p − lr·(g + μ·buf).
 */
public final class Nesterov extends AbstractOptimizer {
    private final VelocityBuffer velocity;

    public Nesterov(int parameterCount, double momentum) {
        super(parameterCount);
        this.velocity = new VelocityBuffer(parameterCount, momentum);
    }

    @Override
    public void step(double[] parameters, double[] gradient, double learningRate) {
        checkLengths(parameters, gradient);
        velocity.update(gradient);
        double momentum = velocity.momentum();
        for (int p = 0; p < size; p++) {
            double lookAhead = gradient[p] + momentum * velocity.get(p);
            parameters[p] -= learningRate * lookAhead;
        }
    }

    @Override
    public void reset() {
        velocity.reset();
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.NESTEROV;
    }

    /** The velocity buffer of parameter {@code index} (0 before the first step). */
    public double velocity(int index) {
        return velocity.get(index);
    }
}
