package org.backproplab.optim;

import java.util.Arrays;

/**
 * Adam, as torch.optim.Adam (single-tensor path, no amsgrad, no weight decay), in torch's order of
 * operations. At step t = 1, 2, …:
 * <pre>
 *   m ← lerp(m, g, 1 − β1)             (= β1·m + (1 − β1)·g)
 *   v ← β2·v + (1 − β2)·g²
 *   bc1 = 1 − β1^t,  bc2 = 1 − β2^t
 *   denom = √v / √bc2 + ε
 *   p ← p − (lr / bc1) · m / denom
 * </pre>
 * m and v start at 0. The formulas are torch's scalar kernels (addcmul: v·β2 + (1 − β2)·g·g left to
 * right; addcdiv: p + (−lr/bc1)·(m/denom)); torch's vectorized CPU kernels may fuse a multiply-add, so
 * the two agree to within an ulp or two per step rather than bit for bit.
 */
public final class Adam extends AbstractOptimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] firstMoment;
    private final double[] secondMoment;
    /**
     * Steps since creation or reset: a whole number kept in a double (exact below 2⁵³) because TeaVM makes a
     * Java long a JavaScript BigInt, and counting one up allocates a new one every step in the browser.
     */
    private double stepCount;

    public Adam(int parameterCount, double beta1, double beta2, double epsilon) {
        super(parameterCount);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstMoment = new double[parameterCount];
        this.secondMoment = new double[parameterCount];
    }

    @Override
    public void step(double[] parameters, double[] gradient, double learningRate) {
        checkLengths(parameters, gradient);
        stepCount++;
        double weight = 1 - beta1;
        double oneMinusBeta2 = 1 - beta2;
        double biasCorrection1 = 1 - Math.pow(beta1, stepCount);
        double biasCorrection2 = 1 - Math.pow(beta2, stepCount);
        double stepSize = learningRate / biasCorrection1;
        double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        for (int p = 0; p < size; p++) {
            double g = gradient[p];
            double m = lerp(firstMoment[p], g, weight);
            firstMoment[p] = m;
            double v = secondMoment[p] * beta2 + oneMinusBeta2 * g * g; // addcmul: (1 − β2)·g·g left to right
            secondMoment[p] = v;
            double denominator = Math.sqrt(v) / biasCorrection2Sqrt + epsilon;
            // = p + (−stepSize)·(m / denominator) exactly; written quotient-first because TeaVM 0.16 compiles
            // a * (b / c) as a * b / c, which rounds differently in the browser.
            parameters[p] -= m / denominator * stepSize;
        }
    }

    /** torch.lerp's formula: start + w·(end − start) for |w| &lt; 0.5, else end − (end − start)·(1 − w). */
    private static double lerp(double start, double end, double weight) {
        return Math.abs(weight) < 0.5
                ? start + weight * (end - start)
                : end - (end - start) * (1 - weight);
    }

    @Override
    public void reset() {
        Arrays.fill(firstMoment, 0.0);
        Arrays.fill(secondMoment, 0.0);
        stepCount = 0;
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.ADAM;
    }

    /** Steps taken since creation or the last {@link #reset()}. */
    public long stepCount() {
        return (long) stepCount;
    }

    /** The first moment m of parameter {@code index}. */
    public double firstMoment(int index) {
        return firstMoment[index];
    }

    /** The second moment v of parameter {@code index}. */
    public double secondMoment(int index) {
        return secondMoment[index];
    }
}
