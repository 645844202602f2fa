package org.backproplab.optim;

/** Plain gradient descent, as torch.optim.SGD without momentum: p ← p − lr·g. No state. */
public final class Sgd extends AbstractOptimizer {

    public Sgd(int parameterCount) {
        super(parameterCount);
    }

    @Override
    public void step(double[] parameters, double[] gradient, double learningRate) {
        checkLengths(parameters, gradient);
        for (int p = 0; p < size; p++) {
            parameters[p] -= learningRate * gradient[p];
        }
    }

    @Override
    public void reset() {
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.SGD;
    }
}
