package org.backproplab.core;

/**
 * How the weights start, from a seed: the same seed gives the same weights on the JVM and in the
 * browser. Biases start at 0 for every scheme.
 */
public enum Initializer {
    /** w ~ U(−0.5, 0.5). */
    UNIFORM("uniform"),
    /** Glorot/Xavier uniform: w ~ U(−r, r) with r = √(6 / (fan_in + fan_out)); suits tanh and sigmoid. */
    XAVIER("xavier"),
    /** He normal: w ~ N(0, 2 / fan_in); suits relu. */
    HE("he");

    private final String id;

    Initializer(String id) {
        this.id = id;
    }

    /** The name used in model files, URLs and the CLI. */
    public String id() {
        return id;
    }

    /** Overwrites every weight and bias of {@code parameters} (laid out by {@code shape}). */
    public void initialize(Shape shape, double[] parameters, long seed) {
        Rng rng = new Rng(seed);
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            int fanIn = shape.size(l);
            int fanOut = shape.size(l + 1);
            double range = Math.sqrt(6.0 / (fanIn + fanOut));
            double deviation = Math.sqrt(2.0 / fanIn);
            int start = shape.weightOffset(l);
            int end = start + fanIn * fanOut;
            for (int p = start; p < end; p++) {
                switch (this) {
                    case UNIFORM: parameters[p] = rng.uniform(-0.5, 0.5); break;
                    case XAVIER: parameters[p] = rng.uniform(-range, range); break;
                    case HE: parameters[p] = deviation * rng.nextGaussian(); break;
                    default: throw new AssertionError(this);
                }
            }
            for (int j = 0; j < fanOut; j++) {
                parameters[shape.biasIndex(l, j)] = 0.0;
            }
        }
    }

    /** The initializer called {@code id}, or an exception that lists the allowed names. */
    public static Initializer fromId(String id) {
        for (Initializer initializer : values()) {
            if (initializer.id.equals(id)) {
                return initializer;
            }
        }
        throw new IllegalArgumentException("unknown init \"" + id + "\"; allowed: uniform, xavier, he");
    }
}
