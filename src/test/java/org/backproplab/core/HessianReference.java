package org.backproplab.core;

/**
 * An independent Hessian for tests: every column by finite differences of backpropagation's gradient, and a
 * cyclic Jacobi eigenvalue routine for symmetric matrices. Nothing here uses the R-operator or Lanczos.
 */
public final class HessianReference {
    /** The step of the five-point stencil: truncation error O(h⁴) ≈ 1e-16, rounding ≈ ε·|g|/h ≈ 1e-12. */
    public static final double STEP = 1e-4;

    private HessianReference() {
    }

    /**
     * H[p][q] = ∂²J/∂w_p∂w_q over examples 0..count by the five-point central difference of the gradient along
     * each parameter, (−g(w+2h) + 8g(w+h) − 8g(w−h) + g(w−2h)) / 12h, then symmetrized. Restores the parameters.
     */
    public static double[][] hessian(Network network, double[] inputs, double[] targets, int count) {
        Backprop backprop = new Backprop(network.shape());
        int n = network.shape().parameterCount();
        double[] parameters = network.parameters();
        double[][] h = new double[n][n];
        double[][] g = new double[4][n];
        double[] offsets = {2 * STEP, STEP, -STEP, -2 * STEP};
        for (int q = 0; q < n; q++) {
            double original = parameters[q];
            for (int s = 0; s < 4; s++) {
                parameters[q] = original + offsets[s];
                backprop.costAndGradient(network, inputs, targets, null, 0, count, g[s]);
            }
            parameters[q] = original;
            for (int p = 0; p < n; p++) {
                h[p][q] = (-g[0][p] + 8 * g[1][p] - 8 * g[2][p] + g[3][p]) / (12 * STEP);
            }
        }
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                double mean = 0.5 * (h[p][q] + h[q][p]);
                h[p][q] = mean;
                h[q][p] = mean;
            }
        }
        return h;
    }

    public static double[] times(double[][] matrix, double[] vector) {
        double[] result = new double[matrix.length];
        for (int p = 0; p < matrix.length; p++) {
            double sum = 0;
            for (int q = 0; q < vector.length; q++) {
                sum += matrix[p][q] * vector[q];
            }
            result[p] = sum;
        }
        return result;
    }

    /** The eigenvalues of the symmetric {@code matrix} (unsorted), by cyclic Jacobi rotations. */
    public static double[] eigenvalues(double[][] matrix) {
        int n = matrix.length;
        double[][] m = new double[n][];
        for (int p = 0; p < n; p++) {
            m[p] = matrix[p].clone();
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double total = 0;
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    total += m[p][q] * m[p][q];
                    if (p != q) {
                        off += m[p][q] * m[p][q];
                    }
                }
            }
            if (off <= 1e-30 * total || off == 0) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    // The rotation that zeroes m[p][q]: tan 2φ = 2 m_pq / (m_qq − m_pp), t = tan φ (the smaller root).
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - s * mkq;
                        m[k][q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) {
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - s * mqk;
                        m[q][k] = s * mpk + c * mqk;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int p = 0; p < n; p++) {
            values[p] = m[p][p];
        }
        return values;
    }

    public static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    public static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    public static double norm(double[] vector) {
        double sum = 0;
        for (double value : vector) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
