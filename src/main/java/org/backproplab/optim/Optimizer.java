package org.backproplab.optim;

/**
 * Moves parameters against their gradient. Stateful optimizers keep one state entry per parameter,
 * sized when created ({@link OptimizerConfig#create}); weights and biases are treated alike, and no
 * optimizer applies weight decay (regularization belongs to the cost, see core.Regularization).
 */
public interface Optimizer {
    /**
     * One update of every parameter in place from its gradient; allocation-free.
     *
     * @param parameters the parameters, as many as the optimizer was created for; updated in place
     * @param gradient ∂J/∂parameter at the current parameters, same length; not modified
     * @param learningRate the step size lr &gt; 0
     * @throws IllegalArgumentException if an array's length differs from the optimizer's parameter count
     */
    void step(double[] parameters, double[] gradient, double learningRate);

    /** Forget all state (velocity, moments, step count). */
    void reset();

    OptimizerKind kind();

    /** How many parameters this optimizer updates. */
    int parameterCount();
}
