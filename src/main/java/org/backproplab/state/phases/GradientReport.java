package org.backproplab.state.phases;

import org.backproplab.state.NumberText;
import org.backproplab.core.GradientCheck;
import org.backproplab.core.Network;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.core.NumberFormat;

/**
 * The gradient check as a learner reads it: backpropagation's ∂J/∂w for every parameter next to the
 * finite-difference estimate (J(w + h) − J(w − h)) / 2h, the largest relative error, a verdict sentence and
 * what each method cost in forward passes. Immutable; {@link #check} runs {@link GradientCheck} on a batch.
 *
 * <p>Parameters and neurons are named in the one {@link Notation}, as in the worked example.
 */
public final class GradientReport {
    /** At or below this largest relative error, backpropagation counts as exact. */
    public static final double EXACT = 1e-6;
    /** At or below this, the differences are the finite-difference estimate's own error. */
    public static final double CLOSE = 1e-4;
    /** The check costs 2 × parameters forward passes per example: batches beyond this many are cut. */
    public static final int MAX_EXAMPLES = 200;

    private final Shape shape;
    private final GradientCheck.Result result;
    private final int checkedExamples;
    private final int batchExamples;

    private GradientReport(Shape shape, GradientCheck.Result result, int checkedExamples, int batchExamples) {
        this.shape = shape;
        this.result = result;
        this.checkedExamples = checkedExamples;
        this.batchExamples = batchExamples;
    }

    /**
     * Checks every parameter of {@code network} on {@code batch} (its first {@value #MAX_EXAMPLES} examples
     * when it has more) with the default step h. The network's parameters are left exactly as they were.
     *
     * @throws IllegalArgumentException if the batch is empty or does not fit the network
     */
    public static GradientReport check(Network network, Dataset batch) {
        Shape shape = network.shape();
        if (batch.count() == 0) {
            throw new IllegalArgumentException("the gradient check needs at least one example, but the batch is empty");
        }
        if (batch.inputSize() != shape.inputSize() || batch.targetSize() != shape.outputSize()) {
            throw new IllegalArgumentException("the batch has " + batch.inputSize() + " inputs and "
                    + batch.targetSize() + " targets, but the network " + shape.inputSize() + " and " + shape.outputSize());
        }
        int count = Math.min(batch.count(), MAX_EXAMPLES);
        GradientCheck.Result result = GradientCheck.check(network, batch.inputsView(), batch.targetsView(), count,
                GradientCheck.DEFAULT_STEP);
        return new GradientReport(shape, result, count, batch.count());
    }

    /** Parameters checked (weights and biases): the table's rows. */
    public int rowCount() {
        return shape.parameterCount();
    }

    /** The parameter's {@link Notation} name, e.g. "w₁,₃⁽²⁾" or "b₂⁽¹⁾". */
    public String parameterName(int index) {
        return Notation.UNICODE.parameter(shape, index);
    }

    /** What the parameter connects, e.g. "h₁⁽¹⁾ → ŷ", or "bias of ŷ". */
    public String connection(int index) {
        return Notation.UNICODE.connection(shape, index);
    }

    /** Backpropagation's ∂J/∂parameter. */
    public double backprop(int index) {
        return result.backprop()[index];
    }

    /** The central finite-difference estimate of ∂J/∂parameter. */
    public double numeric(int index) {
        return result.numeric()[index];
    }

    /** |backprop − numeric| / max(|backprop|, |numeric|) (the plain difference when both are tiny). */
    public double relativeError(int index) {
        return result.relativeErrors()[index];
    }

    /** The largest relative error over all parameters (NaN if the cost was not finite). */
    public double maxRelativeError() {
        return result.maxRelativeError();
    }

    /** The parameter with the largest relative error. */
    public int worstParameter() {
        return result.worstParameter();
    }

    /** Whether every parameter agrees to {@value #EXACT} or better. */
    public boolean isExact() {
        return result.maxRelativeError() <= EXACT;
    }

    /** Examples the check ran on (the batch's first {@value #MAX_EXAMPLES} at most). */
    public int checkedExamples() {
        return checkedExamples;
    }

    /** Examples in the batch that was asked for. */
    public int batchExamples() {
        return batchExamples;
    }

    /** Forward passes backpropagation needed: one per example (each followed by one backward pass). */
    public long backpropForwardPasses() {
        return result.backpropForwardPasses();
    }

    /** Forward passes the finite differences needed: 2 × parameters × examples. */
    public long numericForwardPasses() {
        return result.numericForwardPasses();
    }

    /** A relative error as short text: "3.2e-10", "0.00012", "0"; "—" when not a number. */
    public static String errorText(double relativeError) {
        return NumberFormat.format(relativeError, 2);
    }

    /** One sentence on what the largest relative error means. */
    public String verdict() {
        double worst = result.maxRelativeError();
        if (!(worst == worst) || Double.isInfinite(worst)) {
            return "The check could not be made: the cost J is not a finite number at these weights.";
        }
        if (worst <= EXACT) {
            return "Backpropagation is exact: every gradient agrees with the finite-difference estimate to 1e-6 or better.";
        }
        if (worst <= CLOSE) {
            return "Backpropagation agrees with the finite-difference estimate to 1e-4 or better: the small "
                    + "differences are the estimate's own error (rounding, and the curve bending between w − h and w + h).";
        }
        return "Some gradients differ from the finite-difference estimate by more than 1e-4 (the largest at "
                + parameterName(result.worstParameter()) + ", " + connection(result.worstParameter()) + "). With "
                + "ReLU this happens when an example sits on the kink at z = 0, where w − h and w + h see two "
                + "different slopes.";
    }

    /** How many forward passes each method needed, as two sentences. */
    public String forwardPassText() {
        int parameters = shape.parameterCount();
        long numericPasses = result.numericForwardPasses();
        long backpropPasses = result.backpropForwardPasses();
        String examples = checkedExamples == 1 ? "1 example" : checkedExamples + " examples";
        StringBuilder text = new StringBuilder();
        text.append("Backpropagation: ").append(NumberText.grouped(backpropPasses))
                .append(backpropPasses == 1 ? " forward pass" : " forward passes")
                .append(" (each example once, each followed by one backward pass). ");
        text.append("Finite differences: 2 × ").append(parameters).append(" parameters × ").append(examples)
                .append(" = ").append(NumberText.grouped(numericPasses)).append(" forward passes");
        if (backpropPasses > 0) {
            text.append(", ").append(NumberText.grouped(numericPasses / backpropPasses)).append(" times as many");
        }
        text.append('.');
        if (checkedExamples < batchExamples) {
            text.append(" Checked on the first ").append(checkedExamples).append(" of the batch's ")
                    .append(NumberText.grouped(batchExamples)).append(" examples.");
        }
        return text.toString();
    }

}
