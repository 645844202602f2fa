package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Lanczos' λ_max against the largest eigenvalue of an independently built matrix (Jacobi, in
 * {@link HessianReference}): the finite-difference Hessians of {@link HessianVectorTest}'s networks, and matrices
 * with a known spectrum, among them indefinite ones whose largest |λ| is negative.
 */
class LargestEigenvalueTest {
    static final double MAX_RELATIVE_ERROR = 1e-6;

    /** A dense symmetric matrix as an operator. */
    record Matrix(double[][] values) implements SymmetricOperator {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public void multiply(double[] vector, double[] result) {
            for (int p = 0; p < values.length; p++) {
                double sum = 0;
                for (int q = 0; q < values.length; q++) {
                    sum += values[p][q] * vector[q];
                }
                result[p] = sum;
            }
        }
    }

    /** Q·diag(spectrum)·Qᵀ with Q a random orthogonal matrix (Gram–Schmidt of Gaussian columns). */
    static double[][] withSpectrum(double[] spectrum, long seed) {
        int n = spectrum.length;
        Random random = new Random(seed);
        double[][] q = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) {
                q[r][c] = random.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int earlier = 0; earlier < c; earlier++) {
                    double dot = 0;
                    for (int r = 0; r < n; r++) {
                        dot += q[r][c] * q[r][earlier];
                    }
                    for (int r = 0; r < n; r++) {
                        q[r][c] -= dot * q[r][earlier];
                    }
                }
            }
            double norm = 0;
            for (int r = 0; r < n; r++) {
                norm += q[r][c] * q[r][c];
            }
            for (int r = 0; r < n; r++) {
                q[r][c] /= Math.sqrt(norm);
            }
        }
        double[][] a = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q[r][k] * spectrum[k] * q[c][k];
                }
                a[r][c] = sum;
            }
        }
        return a;
    }

    static java.util.List<HessianVectorTest.Problem> problems() {
        return HessianVectorTest.problems();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void largestEigenvalueOfTheNetworkHessianMatchesJacobiOnTheFiniteDifferenceHessian(HessianVectorTest.Problem problem) {
        Network network = problem.network();
        double[][] reference = HessianReference.hessian(network, problem.inputs(), problem.targets(), problem.count());
        double[] eigenvalues = HessianReference.eigenvalues(reference);
        double expected = HessianReference.max(eigenvalues);
        HessianVector hessian = new HessianVector(network.shape());
        SymmetricOperator operator = new SymmetricOperator() {
            @Override
            public int size() {
                return network.shape().parameterCount();
            }

            @Override
            public void multiply(double[] vector, double[] result) {
                hessian.multiply(network, problem.inputs(), problem.targets(), null, 0, problem.count(), vector, result);
            }
        };
        LargestEigenvalue lanczos = new LargestEigenvalue(operator, 1);
        assertTrue(lanczos.run(1000), problem + ": not converged, residual " + lanczos.residual());
        assertEquals(expected, lanczos.value(), MAX_RELATIVE_ERROR * Math.abs(expected),
                problem + " (smallest eigenvalue " + HessianReference.min(eigenvalues) + ")");
        double[] x = lanczos.eigenvector();
        assertEquals(1, HessianReference.norm(x), 1e-12);
        double[] hx = HessianReference.times(reference, x);
        double[] residual = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            residual[p] = hx[p] - expected * x[p];
        }
        assertTrue(HessianReference.norm(residual) <= 1e-5 * Math.abs(expected),
                problem + ": ‖Hx − λx‖ = " + HessianReference.norm(residual));
    }

    @Test
    void findsTheLargestEigenvalueWhenANegativeOneIsLargerInSize() {
        // Power iteration would converge to −10 here; λ_max is 3.
        double[] spectrum = {-10, 3, 2.5, 1, 0.5, 0, -0.5, -2, -9, 0.1, 0.2, 0.3};
        double[][] a = withSpectrum(spectrum, 11);
        LargestEigenvalue lanczos = new LargestEigenvalue(new Matrix(a), 4, 1e-10, 5);
        assertTrue(lanczos.run(500));
        assertEquals(3, lanczos.value(), 1e-9);
        // A basis of 4 on 12 dimensions has restarted on the way: the estimate survives restarts.
        assertTrue(lanczos.restarts() > 0);
        // Plain power iteration from the same kind of start converges to the eigenvalue largest in size, −10.
        double[] x = new double[12];
        java.util.Arrays.fill(x, 1);
        double rayleigh = 0;
        for (int k = 0; k < 500; k++) {
            double[] y = HessianReference.times(a, x);
            double norm = HessianReference.norm(y);
            rayleigh = 0;
            for (int p = 0; p < 12; p++) {
                rayleigh += x[p] * y[p];
                x[p] = y[p] / norm;
            }
        }
        assertEquals(-10, rayleigh, 1e-6);
    }

    @Test
    void restartsWhenTheBasisIsFullAndStillConverges() {
        int n = 120;
        double[] spectrum = new double[n];
        Random random = new Random(3);
        for (int k = 0; k < n; k++) {
            spectrum[k] = 4 * random.nextDouble() - 3;
        }
        spectrum[17] = 1.7;
        spectrum[40] = 1.5;
        double expected = HessianReference.max(spectrum);
        LargestEigenvalue lanczos = new LargestEigenvalue(new Matrix(withSpectrum(spectrum, 4)), 8, 1e-10, 9);
        assertTrue(lanczos.run(5000), "residual " + lanczos.residual());
        assertTrue(lanczos.restarts() > 0, "a basis of 8 on 120 dimensions must have restarted");
        assertEquals(expected, lanczos.value(), 1e-8);
    }

    @Test
    void aZeroOperatorHasSharpnessZeroAndConvergesAtOnce() {
        LargestEigenvalue lanczos = new LargestEigenvalue(new Matrix(new double[5][5]), 2);
        assertTrue(lanczos.run(10));
        assertEquals(0, lanczos.value());
        assertEquals(1, lanczos.products());
    }

    @Test
    void stepsAFewProductsAtATimeAndTheEstimateOnlyRises() {
        double[] spectrum = new double[30];
        for (int k = 0; k < 30; k++) {
            spectrum[k] = 1.0 / (k + 1) - 0.3;
        }
        LargestEigenvalue lanczos = new LargestEigenvalue(new Matrix(withSpectrum(spectrum, 2)), 3);
        assertTrue(Double.isNaN(lanczos.value()));
        double previous = Double.NEGATIVE_INFINITY;
        int calls = 0;
        while (!lanczos.isConverged()) {
            assertEquals(1, lanczos.advance(1));
            calls++;
            // Ritz values of a growing Krylov space interlace: the largest never falls (Cauchy).
            assertTrue(lanczos.value() >= previous - 1e-12, "estimate fell at product " + calls);
            assertTrue(lanczos.value() <= 0.7 + 1e-12, "a Ritz value never exceeds λ_max");
            previous = lanczos.value();
        }
        assertEquals(calls, lanczos.products());
        assertEquals(0, lanczos.advance(5), "a converged estimate takes no more products");
        assertEquals(0.7, lanczos.value(), 1e-9);
    }

    @Test
    void aRestartFromTheEstimateConvergesAgainAtOnceWhenNothingChanged() {
        double[][] a = withSpectrum(new double[] {5, 4.9, 1, -1, -6, 0.3, 2, 2, 2, 3}, 8);
        LargestEigenvalue lanczos = new LargestEigenvalue(new Matrix(a), 7);
        assertTrue(lanczos.run(200));
        int cold = lanczos.products();
        lanczos.restart();
        assertFalse(lanczos.isConverged());
        assertEquals(5, lanczos.value(), 1e-9, "the value stays readable until the next product");
        assertTrue(lanczos.run(200));
        assertTrue(lanczos.products() <= 2 && lanczos.products() < cold,
                "warm start took " + lanczos.products() + " products, cold start " + cold);
        assertEquals(5, lanczos.value(), 1e-9);
    }

    @Test
    void aProductThatIsNotFiniteStopsTheEstimateWithNaN() {
        SymmetricOperator overflowing = new SymmetricOperator() {
            @Override
            public int size() {
                return 3;
            }

            @Override
            public void multiply(double[] vector, double[] result) {
                java.util.Arrays.fill(result, Double.POSITIVE_INFINITY);
            }
        };
        LargestEigenvalue lanczos = new LargestEigenvalue(overflowing, 1);
        assertFalse(lanczos.run(10));
        assertTrue(lanczos.hasFailed());
        assertTrue(Double.isNaN(lanczos.value()));
        assertEquals(1, lanczos.products());
    }
}
