package org.backproplab.core;

/** A symmetric linear map of R^n, known only by its products: the Hessian, a matrix in a test. */
public interface SymmetricOperator {
    /** n, the length of the vectors it maps. */
    int size();

    /** Writes A·{@code vector} into {@code result} (a different array); should allocate nothing. */
    void multiply(double[] vector, double[] result);
}
