package org.backproplab.train;

import org.backproplab.core.HessianVector;
import org.backproplab.core.LargestEigenvalue;
import org.backproplab.core.Network;
import org.backproplab.core.SymmetricOperator;
import org.backproplab.data.Dataset;

/**
 * Measures the sharpness λ_max of a network's full-batch cost J on a dataset (every example, regularization
 * included) at the network's current weights: exact Hessian-vector products ({@link HessianVector}) inside
 * Lanczos ({@link LargestEigenvalue}).
 *
 * <p>Two ways to use it. {@link #measure(int)} runs to convergence and returns a {@link Sharpness}. A view with a
 * frame budget instead calls {@link #advanceSlice()} (a slice of one product over the examples, H·v = the mean of
 * each example's H·v) while its time lasts and reads {@link #estimate()};
 * after training moved the weights it calls {@link #restart()}, which starts again from the last eigenvector, so
 * that a slowly changing λ_max is tracked in a few products. The meter reads the network's live parameters on
 * every product: the weights must not change between a restart and the end of an estimate.
 *
 * <p>{@link #advance} and {@link #advanceSlice} allocate nothing. Not thread-safe.
 */
public final class SharpnessMeter {
    /** Products {@link #measure()} allows before it reports an unconverged estimate. */
    public static final int DEFAULT_MAX_PRODUCTS = 2000;

    private final Network network;
    private final Dataset data;
    private final LargestEigenvalue lanczos;
    /** Examples per {@link #advanceSlice()}. */
    private final int slice;

    /** @param seed the seed of the first start vector */
    public SharpnessMeter(Network network, Dataset data, long seed) {
        if (network == null || data == null || data.count() < 1) {
            throw new IllegalArgumentException("the sharpness needs a network and at least one example");
        }
        if (data.inputSize() != network.shape().inputSize() || data.targetSize() != network.shape().outputSize()) {
            throw new IllegalArgumentException("the network has " + network.shape().inputSize() + " inputs and "
                    + network.shape().outputSize() + " outputs, but the data has " + data.inputSize() + " input and "
                    + data.targetSize() + " target columns");
        }
        this.network = network;
        this.data = data;
        this.lanczos = new LargestEigenvalue(new FullBatchHessian(network, data), seed);
        this.slice = TrainingSlice.hessianExamples(network.shape());
    }

    /** H·v of J over every example of the data at the network's current weights. */
    private static final class FullBatchHessian implements SymmetricOperator {
        private final Network network;
        private final Dataset data;
        private final HessianVector hessian;

        FullBatchHessian(Network network, Dataset data) {
            this.network = network;
            this.data = data;
            this.hessian = new HessianVector(network.shape());
        }

        @Override
        public int size() {
            return network.shape().parameterCount();
        }

        @Override
        public void multiply(double[] vector, double[] result) {
            hessian.multiply(network, data.inputsView(), data.targetsView(), null, 0, data.count(), vector, result);
        }

        @Override
        public int parts() {
            return data.count();
        }

        @Override
        public void multiplyParts(double[] vector, double[] result, int from, int to) {
            if (from == 0) {
                hessian.beginProduct(result);
            }
            hessian.addExamples(network, data.inputsView(), data.targetsView(), null, from, to, vector, result);
            if (to == data.count()) {
                hessian.finishProduct(network, data.count(), vector, result);
            }
        }
    }

    public Network network() {
        return network;
    }

    public Dataset data() {
        return data;
    }

    /** Up to {@code products} more Hessian-vector products (none once converged); returns how many were made. */
    public int advance(int products) {
        return lanczos.advance(products);
    }

    /**
     * One slice of a product: the next {@link TrainingSlice#hessianExamples} examples of the product under way
     * (a new one begins when none is), so that a frame spends well under a millisecond per call on any network.
     * Products made in slices give the same estimate bit for bit as {@link #advance}. Returns the examples done
     * (0 once converged). Allocates nothing.
     */
    public int advanceSlice() {
        return lanczos.advanceParts(slice);
    }

    /** Starts a new estimate from the last eigenvector: call after the weights changed. */
    public void restart() {
        lanczos.restart();
    }

    /**
     * The current estimate of λ_max (NaN before the first product). Within one estimate it only rises towards
     * λ_max (Ritz values approach it from below), so an early estimate gives a limit 2/λ that is too large.
     */
    public double estimate() {
        return lanczos.value();
    }

    public boolean isConverged() {
        return lanczos.isConverged();
    }

    /** ‖Hx − λx‖ of the current estimate. */
    public double residual() {
        return lanczos.residual();
    }

    /** Products since the last restart. */
    public int products() {
        return lanczos.products();
    }

    /** Runs until converged or {@link #DEFAULT_MAX_PRODUCTS} products since the last restart. */
    public Sharpness measure() {
        return measure(DEFAULT_MAX_PRODUCTS);
    }

    /** Runs until converged or {@code maxProducts} products since the last restart; the estimate as it stands. */
    public Sharpness measure(int maxProducts) {
        lanczos.run(maxProducts);
        return current();
    }

    /** The estimate as it stands, converged or not. */
    public Sharpness current() {
        return new Sharpness(lanczos.value(), lanczos.eigenvector(), lanczos.products(), lanczos.residual(),
                lanczos.isConverged());
    }

    /** λ_max of {@code network} on all of {@code data}, measured from scratch with the seed's start vector. */
    public static Sharpness of(Network network, Dataset data, long seed) {
        return new SharpnessMeter(network, data, seed).measure();
    }
}
