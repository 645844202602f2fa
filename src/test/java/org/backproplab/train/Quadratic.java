package org.backproplab.train;

import java.util.Random;
import org.backproplab.core.Activation;
import org.backproplab.core.Backprop;
import org.backproplab.core.HessianReference;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * A network whose cost is exactly the quadratic ½·(w − w*)ᵀA(w − w*) + J*: no hidden layer, a linear output, mse
 * and l2. With u = (x₁, x₂, 1) per example (the parameter order W[0][0][0], W[0][0][1], B[0][0]), the Hessian is
 * A = (1/N)·Σ uuᵀ + λ·diag(1, 1, 0), built here from the data alone.
 */
final class Quadratic {
    static final double LAMBDA = 0.2;
    static final int EXAMPLES = 12;

    final Network network;
    final Dataset data;
    final double[][] hessian = new double[3][3];

    Quadratic(long seed) {
        Random random = new Random(seed);
        double[] inputs = new double[EXAMPLES * 2];
        double[] targets = new double[EXAMPLES];
        for (int n = 0; n < EXAMPLES; n++) {
            inputs[2 * n] = 4 * random.nextDouble() - 2;
            inputs[2 * n + 1] = 3 * random.nextDouble() - 1;
            targets[n] = 2 * random.nextDouble() - 1;
            double[] u = {inputs[2 * n], inputs[2 * n + 1], 1};
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    hessian[p][q] += u[p] * u[q] / EXAMPLES;
                }
            }
        }
        hessian[0][0] += LAMBDA;
        hessian[1][1] += LAMBDA;
        data = new Dataset(2, 1, inputs, targets);
        network = new Network(Shape.of(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR), Loss.MSE,
                new Regularization(Regularization.Type.L2, LAMBDA));
        network.setParameters(new double[] {1.5, -2.0, 0.7});
    }

    double largestEigenvalue() {
        return HessianReference.max(HessianReference.eigenvalues(hessian));
    }

    /** A unit eigenvector of A for {@code eigenvalue}: the cross product of two rows of A − λI (3 × 3 only). */
    double[] eigenvector(double eigenvalue) {
        double[][] m = new double[3][3];
        for (int p = 0; p < 3; p++) {
            m[p] = hessian[p].clone();
            m[p][p] -= eigenvalue;
        }
        double[] v = {m[0][1] * m[1][2] - m[0][2] * m[1][1], m[0][2] * m[1][0] - m[0][0] * m[1][2],
            m[0][0] * m[1][1] - m[0][1] * m[1][0]};
        double norm = HessianReference.norm(v);
        return new double[] {v[0] / norm, v[1] / norm, v[2] / norm};
    }

    /** The minimum w* = A⁻¹b solved from ∇J(w*) = 0, by Cramer's rule on the gradient at 0 and A. */
    double[] minimum() {
        double[] saved = network.parameters().clone();
        network.setParameters(new double[3]);
        double[] gradientAtZero = gradient();
        network.setParameters(saved);
        // ∇J(w) = A·w + ∇J(0), so A·w* = −∇J(0).
        double[] b = {-gradientAtZero[0], -gradientAtZero[1], -gradientAtZero[2]};
        double det = det(hessian);
        double[] w = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] replaced = new double[3][];
            for (int r = 0; r < 3; r++) {
                replaced[r] = hessian[r].clone();
                replaced[r][c] = b[r];
            }
            w[c] = det(replaced) / det;
        }
        return w;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    double cost() {
        return new Backprop(network.shape()).cost(network, data.inputsView(), data.targetsView(), null, 0, data.count());
    }

    double[] gradient() {
        double[] gradient = new double[3];
        new Backprop(network.shape()).costAndGradient(network, data.inputsView(), data.targetsView(), null, 0,
                data.count(), gradient);
        return gradient;
    }
}
