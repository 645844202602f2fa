package org.backproplab.cli;

import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * Numbers in the user's files so large that J or a gradient is no longer finite (weights and inputs of 1e200
 * square to ∞): bad input, reported with exit code 2 before anything is printed, never a stack trace or a
 * "J = Infinity" result.
 */
final class Overflow {
    static final String ADVICE = "the weights, biases or inputs are too large for double precision; scale them down";

    private Overflow() {
    }

    /**
     * J and the gradient of {@code network} on the examples {@code rows} of {@code data} (null: all of them),
     * into {@code gradient}; throws when either is not finite.
     */
    static double checkedCostAndGradient(Network network, Dataset data, int[] rows, double[] gradient)
            throws UsageException {
        int count = rows == null ? data.count() : rows.length;
        double cost = new Backprop(network.shape()).costAndGradient(network, data.inputsView(), data.targetsView(),
                rows, 0, count, gradient);
        check(cost, gradient, "");
        return cost;
    }

    /** Throws when {@code cost} or an entry of {@code gradient} is not finite; {@code when} e.g. " after the step". */
    static void check(double cost, double[] gradient, String when) throws UsageException {
        if (!Double.isFinite(cost)) {
            throw new UsageException("the cost J" + when + " is " + cost + ": " + ADVICE);
        }
        for (double g : gradient) {
            if (!Double.isFinite(g)) {
                throw new UsageException("a gradient" + when + " is " + g + " (J = " + Main.number(cost) + "): "
                        + ADVICE);
            }
        }
    }
}
