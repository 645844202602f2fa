package org.backproplab.landscape;

import java.util.Arrays;
import org.backproplab.core.Backprop;
import org.backproplab.core.HessianVector;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * J of a network on fixed examples, with single parameters set temporarily and always put back. The shared
 * machinery of {@link CostSlice} and {@link CostGrid}; allocates nothing after construction.
 */
final class CostFunction {
    final Network network;
    final double[] parameters;
    private final double[] inputs;
    private final double[] targets;
    private final int[] rows;
    private final int count;
    private final Backprop backprop;
    final double[] gradient;
    /** Made on first use of {@link #secondDerivativeSum}, so a grid that never asks allocates nothing for it. */
    private HessianVector hessian;
    private double[] unit;
    private double[] product;

    // a pass under way in slices (beginPass … advancePass): up to two parameters set during each slice
    private final double[] passSum = new double[1];
    private int passFirst = -1;
    private double passFirstValue;
    private int passSecond = -1;
    private double passSecondValue;
    private boolean passGradient;
    private int passNext;
    private boolean passDone = true;
    private double passCost = Double.NaN;

    /**
     * @param rows the examples of {@code data} to use, or null for all of them in stored order (what a
     *     full-batch trainer uses, so that J and ∂J/∂w come out bit-identical to the trainer's)
     */
    CostFunction(Network network, Dataset data, int[] rows) {
        if (network == null || data == null) {
            throw new IllegalArgumentException("a cost landscape needs a network and data");
        }
        if (data.inputSize() != network.shape().inputSize() || data.targetSize() != network.shape().outputSize()) {
            throw new IllegalArgumentException("the network has " + network.shape().inputSize() + " inputs and "
                    + network.shape().outputSize() + " outputs, but the data has " + data.inputSize()
                    + " input and " + data.targetSize() + " target columns");
        }
        if (rows != null) {
            for (int row : rows) {
                if (row < 0 || row >= data.count()) {
                    throw new IndexOutOfBoundsException("example " + row + " does not exist; the data has "
                            + data.count() + " examples");
                }
            }
        }
        this.count = rows == null ? data.count() : rows.length;
        if (count < 1) {
            throw new IllegalArgumentException("a cost landscape needs at least one example, but has " + count);
        }
        this.network = network;
        this.parameters = network.parameters();
        this.inputs = data.inputsView();
        this.targets = data.targetsView();
        this.rows = rows == null ? null : rows.clone();
        this.backprop = new Backprop(network.shape());
        this.gradient = new double[network.shape().parameterCount()];
    }

    int exampleCount() {
        return count;
    }

    void checkIndex(int index) {
        if (index < 0 || index >= parameters.length) {
            throw new IndexOutOfBoundsException("parameter " + index + " does not exist; the network has "
                    + parameters.length + " (0 to " + (parameters.length - 1) + ")");
        }
    }

    /** J at the current parameters. */
    double cost() {
        return backprop.cost(network, inputs, targets, rows, 0, count);
    }

    /** J at the current parameters; ∂J/∂parameter left in {@link #gradient}. */
    double costAndGradient() {
        return backprop.costAndGradient(network, inputs, targets, rows, 0, count, gradient);
    }

    /** J with parameter {@code index} set to {@code value}; the parameter is put back exactly. */
    double costWith(int index, double value) {
        double original = parameters[index];
        parameters[index] = value;
        try {
            return cost();
        } finally {
            parameters[index] = original;
        }
    }

    /** J with two parameters set; both are put back exactly. */
    double costWith(int first, double firstValue, int second, double secondValue) {
        double originalFirst = parameters[first];
        double originalSecond = parameters[second];
        parameters[first] = firstValue;
        parameters[second] = secondValue;
        try {
            return cost();
        } finally {
            parameters[second] = originalSecond;
            parameters[first] = originalFirst;
        }
    }

    /** J and ∂J/∂parameter (into {@link #gradient}) with parameter {@code index} set to {@code value}; put back. */
    double costAndGradientWith(int index, double value) {
        double original = parameters[index];
        parameters[index] = value;
        try {
            return costAndGradient();
        } finally {
            parameters[index] = original;
        }
    }

    /**
     * Starts J (with {@code gradient}: and ∂J/∂parameter into {@link #gradient}) over the examples with parameter
     * {@code first} set to {@code firstValue} and {@code second} to {@code secondValue} (−1: none), to be summed a
     * slice at a time by {@link #advancePass}: the same numbers as {@link #costWith} and {@link #costAndGradientWith}
     * bit for bit, since every example is added in the same order into the same sums. The parameters are set only
     * during each slice, so they must not change between slices; another pass or cost started meanwhile ends it.
     */
    void beginPass(int first, double firstValue, int second, double secondValue, boolean gradient) {
        passFirst = first;
        passFirstValue = firstValue;
        passSecond = second;
        passSecondValue = secondValue;
        passGradient = gradient;
        passNext = 0;
        passDone = false;
        passCost = Double.NaN;
        passSum[0] = 0;
        if (gradient) {
            Arrays.fill(this.gradient, 0.0);
        }
    }

    /**
     * Adds up to {@code maxExamples} (≥ 1) more examples of the pass {@link #beginPass} started; true once all are
     * in, and then {@link #passCost()} is J (and {@link #gradient} ∂J/∂parameter, regularization included).
     */
    boolean advancePass(int maxExamples) {
        if (passDone) {
            return true;
        }
        if (maxExamples < 1) {
            throw new IllegalArgumentException("a slice of a pass needs at least 1 example, but maxExamples is "
                    + maxExamples);
        }
        int to = count - passNext <= maxExamples ? count : passNext + maxExamples;
        double originalFirst = passFirst >= 0 ? parameters[passFirst] : 0;
        double originalSecond = passSecond >= 0 ? parameters[passSecond] : 0;
        if (passFirst >= 0) {
            parameters[passFirst] = passFirstValue;
        }
        if (passSecond >= 0) {
            parameters[passSecond] = passSecondValue;
        }
        try {
            if (passGradient) {
                backprop.addExamples(network, inputs, targets, rows, passNext, to, count, gradient, passSum);
            } else {
                backprop.addExampleCosts(network, inputs, targets, rows, passNext, to, passSum);
            }
            passNext = to;
            if (to == count) {
                // as Backprop.finishBatch and Backprop.cost: the mean example cost plus the regularization's, with
                // the parameters set
                passCost = passGradient ? backprop.finishBatch(network, count, gradient, passSum)
                        : passSum[0] / count + network.regularizationCost();
                passDone = true;
            }
        } finally {
            if (passSecond >= 0) {
                parameters[passSecond] = originalSecond;
            }
            if (passFirst >= 0) {
                parameters[passFirst] = originalFirst;
            }
        }
        return passDone;
    }

    /** The examples the pass under way has still to add (0 once it is done). */
    int passRemaining() {
        return passDone ? 0 : count - passNext;
    }

    /** J of the finished pass; NaN while one is under way. */
    double passCost() {
        return passCost;
    }

    /**
     * (to − from)·e_iᵀ H e_i over the examples at positions [from, to) of this function's rows: H the Hessian of
     * their mean cost (regularization included), e_i the unit vector of parameter {@code index}, by an exact
     * Hessian-vector product (core.HessianVector, the R-operator). The parts over a partition of
     * [0, {@link #exampleCount()}) add up to exampleCount()·∂²J/∂w², so a caller can spread the work over frames.
     */
    double secondDerivativeSum(int index, int from, int to) {
        if (from < 0 || to > count || from >= to) {
            throw new IllegalArgumentException("examples " + from + " to " + to + " are not a part of the 0 to " + count);
        }
        if (hessian == null) {
            hessian = new HessianVector(network.shape());
            unit = new double[parameters.length];
            product = new double[parameters.length];
        }
        unit[index] = 1;
        try {
            hessian.multiply(network, inputs, targets, rows, from, to, unit, product);
        } finally {
            unit[index] = 0;
        }
        return product[index] * (to - from);
    }
}
