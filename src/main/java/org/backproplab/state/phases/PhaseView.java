package org.backproplab.state.phases;

import org.backproplab.core.Shape;

/**
 * What one phase of one training iteration shows, for one selected example of the batch or for the batch
 * mean. Immutable. Values appear phase by phase, as the learner steps:
 * <ul>
 *   <li>from {@link Phase#FORWARD}: every neuron's z and a (the inputs are layer 0), the weights used;</li>
 *   <li>from {@link Phase#COST}: the output ŷ, the target y, the error ŷ − y, the example's cost and the
 *       batch's J;</li>
 *   <li>from {@link Phase#BACKPROPAGATION}: every neuron's δ = ∂cost/∂z and every ∂J/∂w, ∂J/∂b of the
 *       batch (and the selected example's own share);</li>
 *   <li>at {@link Phase#GRADIENT_DESCENT}: every parameter's new value and J of the batch after the step.</li>
 * </ul>
 * Asking for a value before its phase throws an {@link IllegalStateException} that names the phase; use
 * {@link #shows(Phase)} to decide what to draw.
 *
 * <p>For a selected example, δ and the example gradient are that example's own, ∂(its cost)/∂z and
 * ∂(its cost)/∂w, without the batch's 1/N and without regularization. For the batch mean every per-neuron
 * value (z, a, ŷ, y, ŷ − y, the cost, δ, the example gradient) is the mean over the batch's examples; the
 * batch gradient ∂J/∂w is then the mean example gradient plus the regularization's gradient.
 */
public final class PhaseView {
    /** The selection meaning "the mean over the whole batch" rather than one example. */
    public static final int BATCH_MEAN = -1;

    private final Phase phase;
    private final long iteration;
    private final int example;
    private final int dataRow;
    private final int batchCount;
    private final Shape shape;
    private final double learningRate;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double[] targets;
    private final double exampleCost;
    private final double[] exampleGradient;
    private final double batchCost;
    private final double[] batchGradient;
    private final double[] oldParameters;
    private final double[] newParameters;
    private final double newBatchCost;

    /** Arrays are kept, not copied: the stepper hands over arrays that nobody writes again. */
    PhaseView(Phase phase, long iteration, int example, int dataRow, int batchCount, Shape shape,
            double learningRate, double[][] z, double[][] a, double[][] delta, double[] targets, double exampleCost,
            double[] exampleGradient, double batchCost, double[] batchGradient, double[] oldParameters,
            double[] newParameters, double newBatchCost) {
        this.phase = phase;
        this.iteration = iteration;
        this.example = example;
        this.dataRow = dataRow;
        this.batchCount = batchCount;
        this.shape = shape;
        this.learningRate = learningRate;
        this.z = z;
        this.a = a;
        this.delta = delta;
        this.targets = targets;
        this.exampleCost = exampleCost;
        this.exampleGradient = exampleGradient;
        this.batchCost = batchCost;
        this.batchGradient = batchGradient;
        this.oldParameters = oldParameters;
        this.newParameters = newParameters;
        this.newBatchCost = newBatchCost;
    }

    /** The phase shown. */
    public Phase phase() {
        return phase;
    }

    /** Whether what {@code other} reveals is visible in this view (this phase is {@code other} or later). */
    public boolean shows(Phase other) {
        return phase.reached(other);
    }

    /** The number of the iteration being stepped: 1 for the first step since the weights were initialised. */
    public long iteration() {
        return iteration;
    }

    /** The selected example as an index into the batch, or {@link #BATCH_MEAN}. */
    public int example() {
        return example;
    }

    public boolean isBatchMean() {
        return example == BATCH_MEAN;
    }

    /** The selected example as an index into the lab's training data, or −1 for the batch mean. */
    public int dataRow() {
        return dataRow;
    }

    /** Examples in the batch of this iteration. */
    public int batchCount() {
        return batchCount;
    }

    public Shape shape() {
        return shape;
    }

    /** α at the time the view was made (the one gradient descent uses unless it is changed before phase 4). */
    public double learningRate() {
        return learningRate;
    }

    // ---- phase 1: forward ----

    /** z of a neuron; for layer 0 the input itself. */
    public double preActivation(int layer, int neuron) {
        return z[layer][neuron];
    }

    /** a = f(z) of a neuron; for layer 0 the input itself. */
    public double activation(int layer, int neuron) {
        return a[layer][neuron];
    }

    /** Input {@code i} of the example (layer 0's activation). */
    public double input(int i) {
        return a[0][i];
    }

    /** A parameter's value during this iteration's forward pass and backpropagation (before the update). */
    public double parameter(int index) {
        return oldParameters[index];
    }

    // ---- phase 2: cost ----

    /** The output ŷ_k (the last layer's activation). From phase 2. */
    public double output(int k) {
        require(Phase.COST, "the output ŷ");
        return a[a.length - 1][k];
    }

    /** The target y_k. From phase 2. */
    public double target(int k) {
        require(Phase.COST, "the target y");
        return targets[k];
    }

    /** ŷ_k − y_k. From phase 2. */
    public double error(int k) {
        require(Phase.COST, "the error ŷ − y");
        return a[a.length - 1][k] - targets[k];
    }

    /** The selected example's cost (the batch mean of them for the mean view), without regularization. From phase 2. */
    public double exampleCost() {
        require(Phase.COST, "the example's cost");
        return exampleCost;
    }

    /** J of the batch, regularization included: what the trainer's computeGradient() returned. From phase 2. */
    public double cost() {
        require(Phase.COST, "the cost J");
        return batchCost;
    }

    // ---- phase 3: backpropagation ----

    /** δ = ∂cost/∂z of a neuron in layer ≥ 1 (0 for the inputs). From phase 3. */
    public double delta(int layer, int neuron) {
        require(Phase.BACKPROPAGATION, "δ");
        return delta[layer][neuron];
    }

    /** ∂J/∂parameter of the batch at flat index {@code index}: what gradient descent uses. From phase 3. */
    public double gradient(int index) {
        require(Phase.BACKPROPAGATION, "the gradient ∂J/∂w");
        return batchGradient[index];
    }

    /** ∂J/∂W[l][j][i] of the batch. From phase 3. */
    public double weightGradient(int l, int j, int i) {
        return gradient(shape.weightIndex(l, j, i));
    }

    /** ∂J/∂B[l][j] of the batch. From phase 3. */
    public double biasGradient(int l, int j) {
        return gradient(shape.biasIndex(l, j));
    }

    /**
     * The selected example's own ∂cost/∂parameter (δ_j·a_i for a weight, δ_j for a bias), or its mean over
     * the batch for the mean view; no regularization. From phase 3.
     */
    public double exampleGradient(int index) {
        require(Phase.BACKPROPAGATION, "the example's gradient");
        return exampleGradient[index];
    }

    // ---- phase 4: gradient descent ----

    /** A parameter's value after the update. Phase 4 only. */
    public double newParameter(int index) {
        require(Phase.GRADIENT_DESCENT, "the new weights");
        return newParameters[index];
    }

    /** new − old for a parameter (−α·∂J/∂w for plain gradient descent). Phase 4 only. */
    public double parameterChange(int index) {
        require(Phase.GRADIENT_DESCENT, "the change of the weights");
        return newParameters[index] - oldParameters[index];
    }

    /** J of the same batch at the new parameters, regularization included. Phase 4 only. */
    public double newCost() {
        require(Phase.GRADIENT_DESCENT, "the new cost J");
        return newBatchCost;
    }

    private void require(Phase from, String what) {
        if (!phase.reached(from)) {
            throw new IllegalStateException(what + " is shown from phase " + from.number() + " (" + from.title()
                    + ") on, but this view is phase " + phase.number() + " (" + phase.title() + ")");
        }
    }
}
