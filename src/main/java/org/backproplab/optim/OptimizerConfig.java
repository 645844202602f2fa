package org.backproplab.optim;

/**
 * Which optimizer, with its hyperparameters (the learning rate is passed to each step instead, so that
 * it can change during a run). Every field is validated even when the kind does not use it, so that a
 * config stays valid when only its kind is switched. Immutable.
 *
 * @param kind the update rule
 * @param momentum μ of momentum and nesterov, in [0, 1)
 * @param beta1 Adam's decay of the first moment, in [0, 1)
 * @param beta2 Adam's decay of the second moment, in [0, 1)
 * @param alpha RMSprop's smoothing constant of the squared-gradient average, in [0, 1)
 * @param epsilon the term added to the denominators of RMSprop and Adam, finite and &gt; 0
 */
public record OptimizerConfig(OptimizerKind kind, double momentum, double beta1, double beta2, double alpha,
        double epsilon) {

    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_ALPHA = 0.99;
    public static final double DEFAULT_EPSILON = 1e-8;

    public OptimizerConfig {
        if (kind == null) {
            throw new IllegalArgumentException("optimizer is missing; allowed: " + OptimizerKind.allowedIds());
        }
        requireUnitInterval("momentum", momentum);
        requireUnitInterval("beta1", beta1);
        requireUnitInterval("beta2", beta2);
        requireUnitInterval("alpha", alpha);
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, but is " + epsilon);
        }
    }

    private static void requireUnitInterval(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be a number >= 0 and < 1, but is " + value);
        }
    }

    /** {@code kind} with PyTorch's defaults: momentum 0.9, β1 0.9, β2 0.999, α 0.99, ε 1e-8. */
    public static OptimizerConfig defaults(OptimizerKind kind) {
        return new OptimizerConfig(kind, DEFAULT_MOMENTUM, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_ALPHA,
                DEFAULT_EPSILON);
    }

    public OptimizerConfig withKind(OptimizerKind newKind) {
        return new OptimizerConfig(newKind, momentum, beta1, beta2, alpha, epsilon);
    }

    public OptimizerConfig withMomentum(double newMomentum) {
        return new OptimizerConfig(kind, newMomentum, beta1, beta2, alpha, epsilon);
    }

    public OptimizerConfig withBeta1(double newBeta1) {
        return new OptimizerConfig(kind, momentum, newBeta1, beta2, alpha, epsilon);
    }

    public OptimizerConfig withBeta2(double newBeta2) {
        return new OptimizerConfig(kind, momentum, beta1, newBeta2, alpha, epsilon);
    }

    public OptimizerConfig withAlpha(double newAlpha) {
        return new OptimizerConfig(kind, momentum, beta1, beta2, newAlpha, epsilon);
    }

    public OptimizerConfig withEpsilon(double newEpsilon) {
        return new OptimizerConfig(kind, momentum, beta1, beta2, alpha, newEpsilon);
    }

    /** A fresh optimizer of this kind (all state zero) for {@code parameterCount} parameters. */
    public Optimizer create(int parameterCount) {
        switch (kind) {
            case SGD: return new Sgd(parameterCount);
            case MOMENTUM: return new Momentum(parameterCount, momentum);
            case NESTEROV: return new Nesterov(parameterCount, momentum);
            case RMSPROP: return new RmsProp(parameterCount, alpha, epsilon);
            case ADAM: return new Adam(parameterCount, beta1, beta2, epsilon);
            default: throw new AssertionError(kind);
        }
    }
}
