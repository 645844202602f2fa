package org.backproplab.core;

/**
 * A penalty on the weights (never the biases) added to J: l2 adds (λ/2)·Σw² with gradient λ·w, l1 adds
 * λ·Σ|w| with gradient λ·sign(w), where sign(0) = 0.
 *
 * @param type none, l1 or l2
 * @param lambda λ ≥ 0, finite
 */
public record Regularization(Type type, double lambda) {

    /** No penalty. */
    public static final Regularization NONE = new Regularization(Type.NONE, 0);

    /** The kinds of penalty. */
    public enum Type {
        NONE("none"), L1("l1"), L2("l2");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        /** The name used in model files, URLs and the CLI. */
        public String id() {
            return id;
        }

        /** The type called {@code id}, or an exception that lists the allowed names. */
        public static Type fromId(String id) {
            for (Type type : values()) {
                if (type.id.equals(id)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown regularization \"" + id + "\"; allowed: none, l1, l2");
        }
    }

    public Regularization {
        if (type == null) {
            throw new IllegalArgumentException("regularization type is missing; allowed: none, l1, l2");
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("regularization lambda must be a finite number >= 0, but is " + lambda);
        }
    }

    /** The penalty for one weight w: (λ/2)·w², λ·|w| or 0. */
    public double penalty(double w) {
        switch (type) {
            case L2: return 0.5 * lambda * w * w;
            case L1: return lambda * Math.abs(w);
            default: return 0;
        }
    }

    /** d(penalty)/dw: λ·w, λ·sign(w) with sign(0) = 0, or 0. */
    public double penaltyGradient(double w) {
        switch (type) {
            case L2: return lambda * w;
            case L1: return w > 0 ? lambda : w < 0 ? -lambda : 0;
            default: return 0;
        }
    }

    /** Whether this adds anything to J. */
    public boolean isActive() {
        return type != Type.NONE && lambda != 0;
    }
}
