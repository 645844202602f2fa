package org.backproplab.landscape;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * A network whose cost is a known closed form: ŷ = w·x + b (one linear neuron), mse, four examples. Then
 * J(w, b) = 1/(2N)·Σ (w·x + b − y)² exactly — a parabola in w with curvature c = mean(x²) = 3.5625.
 */
final class Fixtures {
    static final double[] X = {-1, 0.5, 2, 3};
    static final double[] Y = {1, 2, 2.5, 5};
    static final double W = 0.3;
    static final double B = -0.2;
    /** mean(x²) = (1 + 0.25 + 4 + 9)/4. */
    static final double CURVATURE = 3.5625;

    private Fixtures() {
    }

    static Dataset data() {
        return new Dataset(1, 1, X.clone(), Y.clone());
    }

    static Network line() {
        Network network = new Network(Shape.of(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR), Loss.MSE,
                Regularization.NONE);
        network.setParameters(new double[] {W, B});
        return network;
    }

    /** J(w, b) written out. */
    static double cost(double w, double b) {
        double sum = 0;
        for (int n = 0; n < X.length; n++) {
            double error = w * X[n] + b - Y[n];
            sum += error * error;
        }
        return sum / (2 * X.length);
    }

    /** ∂J/∂w = (1/N)·Σ (w·x + b − y)·x. */
    static double slope(double w, double b) {
        double sum = 0;
        for (int n = 0; n < X.length; n++) {
            sum += (w * X[n] + b - Y[n]) * X[n];
        }
        return sum / X.length;
    }

    /** The w of least J for bias b: Σ x·(y − b) / Σ x². */
    static double bestWeight(double b) {
        double xy = 0;
        double xx = 0;
        for (int n = 0; n < X.length; n++) {
            xy += X[n] * (Y[n] - b);
            xx += X[n] * X[n];
        }
        return xy / xx;
    }
}
