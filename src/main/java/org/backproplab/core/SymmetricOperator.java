package org.backproplab.core;

/** A symmetric linear map of R^n, known only by its products: the Hessian, a matrix in a test. */
public interface SymmetricOperator {
    /** n, the length of the vectors it maps. */
    int size();

    /** Writes A·{@code vector} into {@code result} (a different array); should allocate nothing. */
    void multiply(double[] vector, double[] result);

    /**
     * How many parts a product is the sum of (the Hessian of a mean over examples: one per example), so that it
     * can be made a few parts at a time; 1 for an operator that is not split.
     */
    default int parts() {
        return 1;
    }

    /**
     * Parts {@code from..to} of A·{@code vector}: from = 0 begins the product in {@code result} (overwritten),
     * to = {@link #parts()} completes it, and the calls of one product in ascending order with the same vector
     * give exactly {@link #multiply}'s result. By default the whole product at once.
     */
    default void multiplyParts(double[] vector, double[] result, int from, int to) {
        multiply(vector, result);
    }
}
