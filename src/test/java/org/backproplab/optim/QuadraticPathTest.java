package org.backproplab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * On f(x) = ½·a·x² (gradient a·x) the paths of SGD and heavy-ball momentum have closed forms; the
 * optimizers must follow them step for step.
 */
class QuadraticPathTest {

    @Test
    void sgdFollowsTheGeometricClosedForm() {
        // x_{t+1} = x_t − lr·a·x_t, so x_t = (1 − lr·a)^t · x₀, independently for each coordinate.
        double[] curvature = {1.0, 4.0};
        double learningRate = 0.1;
        double[] x0 = {2.0, -1.5};
        double[] x = x0.clone();
        double[] gradient = new double[2];
        Optimizer sgd = new Sgd(2);
        for (int t = 1; t <= 60; t++) {
            for (int k = 0; k < 2; k++) {
                gradient[k] = curvature[k] * x[k];
            }
            sgd.step(x, gradient, learningRate);
            for (int k = 0; k < 2; k++) {
                double expected = Math.pow(1 - learningRate * curvature[k], t) * x0[k];
                assertEquals(expected, x[k], 1e-12 * Math.max(1, Math.abs(expected)), "t = " + t + ", k = " + k);
            }
        }
    }

    @Test
    void momentumFollowsTheHeavyBallRecurrenceWithRealRoots() {
        // buf_t = μ·buf_{t−1} + a·x_t (buf₀ = a·x₀), x_{t+1} = x_t − lr·buf_t. Eliminating buf:
        //   x₁ = (1 − lr·a)·x₀,  x_{t+1} = (1 + μ − lr·a)·x_t − μ·x_{t−1}.
        // With roots r₁, r₂ of r² − (1 + μ − lr·a)·r + μ = 0: x_t = c₁·r₁^t + c₂·r₂^t, where
        //   c₁ + c₂ = x₀ and c₁·r₁ + c₂·r₂ = x₁.
        // a = 1, lr = 0.1, μ = 0.3: r² − 1.2·r + 0.3 = 0, discriminant 0.24 > 0 (overdamped).
        double a = 1.0;
        double learningRate = 0.1;
        double mu = 0.3;
        double x0 = 2.0;
        double trace = 1 + mu - learningRate * a;
        double root = Math.sqrt(trace * trace - 4 * mu);
        double r1 = (trace + root) / 2;
        double r2 = (trace - root) / 2;
        double x1 = (1 - learningRate * a) * x0;
        double c1 = (x1 - r2 * x0) / (r1 - r2);
        double c2 = x0 - c1;
        checkPath(a, learningRate, mu, x0, t -> c1 * Math.pow(r1, t) + c2 * Math.pow(r2, t));
    }

    @Test
    void momentumFollowsTheHeavyBallRecurrenceWithComplexRoots() {
        // Same recurrence, μ = 0.9: r² − 1.8·r + 0.9 = 0 has complex roots ρ·e^{±iθ} with ρ = √μ and
        // cos θ = (1 + μ − lr·a)/(2√μ); then x_t = ρ^t·(x₀·cos θt + B·sin θt) with B from x₁:
        //   x₁ = ρ·(x₀·cos θ + B·sin θ)  ⇒  B = (x₁/ρ − x₀·cos θ)/sin θ.  (The oscillating, underdamped case.)
        double a = 1.0;
        double learningRate = 0.1;
        double mu = 0.9;
        double x0 = 2.0;
        double rho = Math.sqrt(mu);
        double theta = Math.acos((1 + mu - learningRate * a) / (2 * rho));
        double x1 = (1 - learningRate * a) * x0;
        double b = (x1 / rho - x0 * Math.cos(theta)) / Math.sin(theta);
        checkPath(a, learningRate, mu, x0, t -> Math.pow(rho, t) * (x0 * Math.cos(theta * t) + b * Math.sin(theta * t)));
    }

    interface Path {
        double at(int t);
    }

    private static void checkPath(double a, double learningRate, double mu, double x0, Path closedForm) {
        Optimizer momentum = OptimizerConfig.defaults(OptimizerKind.MOMENTUM).withMomentum(mu).create(1);
        double[] x = {x0};
        double[] gradient = new double[1];
        for (int t = 1; t <= 80; t++) {
            gradient[0] = a * x[0];
            momentum.step(x, gradient, learningRate);
            assertEquals(closedForm.at(t), x[0], 1e-12, "t = " + t);
        }
    }
}
