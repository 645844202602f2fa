package org.backproplab.core;

/**
 * Compares backpropagation's gradient with central finite differences, (J(w + h) − J(w − h)) / 2h, for
 * every parameter: the independent check that backprop is exact.
 */
public final class GradientCheck {
    /** The default step h: near the cube root of machine epsilon, balancing truncation and rounding. */
    public static final double DEFAULT_STEP = 1e-5;

    private GradientCheck() {
    }

    /** The outcome: both gradients, per-parameter relative errors and how many forward passes each took. */
    public record Result(double[] backprop, double[] numeric, double[] relativeErrors, double maxRelativeError,
            int worstParameter, long backpropForwardPasses, long numericForwardPasses) {
    }

    /**
     * Checks every parameter of {@code network} on examples 0..count of the data. The network's parameters
     * are restored exactly afterwards.
     */
    public static Result check(Network network, double[] inputs, double[] targets, int count, double step) {
        Backprop backprop = new Backprop(network.shape());
        int parameterCount = network.shape().parameterCount();
        double[] analytic = new double[parameterCount];
        backprop.costAndGradient(network, inputs, targets, null, 0, count, analytic);
        double[] numeric = new double[parameterCount];
        double[] errors = new double[parameterCount];
        double[] parameters = network.parameters();
        double worst = 0;
        int worstIndex = 0;
        for (int p = 0; p < parameterCount; p++) {
            double original = parameters[p];
            parameters[p] = original + step;
            double plus = backprop.cost(network, inputs, targets, null, 0, count);
            parameters[p] = original - step;
            double minus = backprop.cost(network, inputs, targets, null, 0, count);
            parameters[p] = original;
            numeric[p] = (plus - minus) / (2 * step);
            errors[p] = relativeError(analytic[p], numeric[p]);
            if (errors[p] > worst || Double.isNaN(errors[p])) {
                worst = errors[p];
                worstIndex = p;
            }
        }
        return new Result(analytic, numeric, errors, worst, worstIndex, count,
                2L * parameterCount * count);
    }

    /**
     * |a − b| / max(|a|, |b|), and the plain |a − b| when both are below 1e-8 in size, where a relative
     * error would only measure rounding noise.
     */
    public static double relativeError(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        double difference = Math.abs(a - b);
        return scale < 1e-8 ? difference : difference / scale;
    }
}
