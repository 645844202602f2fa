package org.backproplab.optim;

import java.util.Arrays;

/**
 * torch.optim.SGD's momentum buffer (dampening 0), shared by {@link Momentum} and {@link Nesterov}: it
 * starts as the first gradient, buf ← g, and afterwards buf ← μ·buf + g. Allocated once.
 */
final class VelocityBuffer {
    private final double momentum;
    private final double[] velocity;
    private boolean started;

    VelocityBuffer(int parameterCount, double momentum) {
        this.momentum = momentum;
        this.velocity = new double[parameterCount];
    }

    /** Folds {@code gradient} into the buffer (allocation-free). */
    void update(double[] gradient) {
        if (!started) {
            System.arraycopy(gradient, 0, velocity, 0, velocity.length);
            started = true;
            return;
        }
        for (int p = 0; p < velocity.length; p++) {
            velocity[p] = velocity[p] * momentum + gradient[p];
        }
    }

    double momentum() {
        return momentum;
    }

    double get(int index) {
        return velocity[index];
    }

    void reset() {
        Arrays.fill(velocity, 0.0);
        started = false;
    }
}
