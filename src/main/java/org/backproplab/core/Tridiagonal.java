package org.backproplab.core;

/**
 * The extreme eigenvalues of a symmetric tridiagonal matrix T (diagonal α₀..α_{k−1}, off-diagonal β₀..β_{k−2}) by
 * bisection on Sturm counts, and an eigenvector by inverse iteration: the small eigenproblem inside
 * {@link LargestEigenvalue}. Workspaces for up to {@code capacity} rows are allocated once; nothing else allocates.
 */
final class Tridiagonal {
    private static final int BISECTIONS = 200;
    private static final int INVERSE_ITERATIONS = 3;

    private final double[] lower;
    private final double[] diagonal;
    private final double[] upper;
    private final double[] upper2;
    private final boolean[] swapped;

    Tridiagonal(int capacity) {
        lower = new double[capacity];
        diagonal = new double[capacity];
        upper = new double[capacity];
        upper2 = new double[capacity];
        swapped = new boolean[capacity];
    }

    /** How many eigenvalues of T lie below x: the sign changes of the LDLᵀ pivots of T − xI (Sturm). */
    static int countBelow(double[] alpha, double[] beta, int k, double x) {
        int count = 0;
        double pivot = 1;
        for (int i = 0; i < k; i++) {
            double coupling = i == 0 ? 0 : beta[i - 1] * beta[i - 1] / pivot;
            pivot = alpha[i] - x - coupling;
            if (pivot == 0) {
                // An exact zero pivot: perturbing x by a hair leaves the count right and avoids dividing by 0.
                pivot = -Double.MIN_NORMAL;
            }
            if (pivot < 0) {
                count++;
            }
        }
        return count;
    }

    /** Gershgorin's bound on |eigenvalue|: max over rows of |αᵢ| + |βᵢ₋₁| + |βᵢ|. */
    static double bound(double[] alpha, double[] beta, int k) {
        double bound = 0;
        for (int i = 0; i < k; i++) {
            double row = Math.abs(alpha[i]) + (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i + 1 < k ? Math.abs(beta[i]) : 0);
            bound = Math.max(bound, row);
        }
        return bound;
    }

    /** The largest eigenvalue of T (k ≥ 1), to an ulp, by bisection until no double lies between the bounds. */
    static double largest(double[] alpha, double[] beta, int k) {
        double high = bound(alpha, beta, k);
        double low = -high;
        for (int s = 0; s < BISECTIONS; s++) {
            double middle = 0.5 * (low + high);
            if (!(middle > low && middle < high)) {
                break; // low and high are neighbouring doubles (Math.ulp would allocate under TeaVM: a long per call)
            }
            if (countBelow(alpha, beta, k, middle) == k) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return 0.5 * (low + high);
    }

    /** The smallest eigenvalue of T (k ≥ 1), by bisection. */
    static double smallest(double[] alpha, double[] beta, int k) {
        double high = bound(alpha, beta, k);
        double low = -high;
        for (int s = 0; s < BISECTIONS; s++) {
            double middle = 0.5 * (low + high);
            if (!(middle > low && middle < high)) {
                break; // low and high are neighbouring doubles (Math.ulp would allocate under TeaVM: a long per call)
            }
            if (countBelow(alpha, beta, k, middle) >= 1) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return 0.5 * (low + high);
    }

    /**
     * A unit eigenvector of T for the eigenvalue {@code theta} (accurate to rounding) into {@code y}: inverse
     * iteration, solving (T − θI)x = y by LU with partial pivoting (LAPACK's dgttrf/dgtts2) from y = (1, …, 1).
     * A zero pivot is replaced by a tiny one, the usual device: the solve then blows up along the eigenvector.
     */
    void eigenvector(double[] alpha, double[] beta, int k, double theta, double[] y) {
        for (int i = 0; i < k; i++) {
            y[i] = 1;
        }
        if (k == 1) {
            return;
        }
        factor(alpha, beta, k, theta);
        for (int iteration = 0; iteration < INVERSE_ITERATIONS; iteration++) {
            solve(k, y);
            double norm = 0;
            for (int i = 0; i < k; i++) {
                norm += y[i] * y[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < k; i++) {
                y[i] /= norm;
            }
        }
    }

    private void factor(double[] alpha, double[] beta, int k, double theta) {
        for (int i = 0; i < k; i++) {
            diagonal[i] = alpha[i] - theta;
            if (i + 1 < k) {
                lower[i] = beta[i];
                upper[i] = beta[i];
            }
            upper2[i] = 0;
            swapped[i] = false;
        }
        for (int i = 0; i + 1 < k; i++) {
            if (Math.abs(diagonal[i]) >= Math.abs(lower[i])) {
                if (diagonal[i] != 0) {
                    double factor = lower[i] / diagonal[i];
                    lower[i] = factor;
                    diagonal[i + 1] -= factor * upper[i];
                }
            } else {
                double factor = diagonal[i] / lower[i];
                diagonal[i] = lower[i];
                lower[i] = factor;
                double temp = upper[i];
                upper[i] = diagonal[i + 1];
                diagonal[i + 1] = temp - factor * diagonal[i + 1];
                if (i + 2 < k) {
                    upper2[i] = upper[i + 1];
                    upper[i + 1] = -factor * upper[i + 1];
                }
                swapped[i] = true;
            }
        }
        double tiny = Math.max(bound(alpha, beta, k), Double.MIN_NORMAL) * 1e-15;
        for (int i = 0; i < k; i++) {
            if (Math.abs(diagonal[i]) < tiny) {
                diagonal[i] = diagonal[i] < 0 ? -tiny : tiny;
            }
        }
    }

    private void solve(int k, double[] b) {
        for (int i = 0; i + 1 < k; i++) {
            if (swapped[i]) {
                double temp = b[i];
                b[i] = b[i + 1];
                b[i + 1] = temp - lower[i] * b[i];
            } else {
                b[i + 1] -= lower[i] * b[i];
            }
        }
        b[k - 1] /= diagonal[k - 1];
        b[k - 2] = (b[k - 2] - upper[k - 2] * b[k - 1]) / diagonal[k - 2];
        for (int i = k - 3; i >= 0; i--) {
            b[i] = (b[i] - upper[i] * b[i + 1] - upper2[i] * b[i + 2]) / diagonal[i];
        }
    }
}
