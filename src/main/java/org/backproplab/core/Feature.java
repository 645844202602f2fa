package org.backproplab.core;

/**
 * One input of the network computed from the raw data point (x for curves, x₁ and x₂ for the plane):
 * its value beside its partial derivatives, as {@link Activation} keeps f and f' together. The tokens
 * ({@code x1sq}, {@code sinx2}, …) are the names in links ({@code in=}) and model files ({@code "features"}).
 */
public enum Feature {
    /** x, the raw input of a curve; ∂/∂x = 1. */
    X("x", "x", 1) {
        @Override public double value(double x1, double x2) { return x1; }
        @Override public double partial(double x1, double x2, int column) { return column == 0 ? 1.0 : 0.0; }
    },
    /** x₁; ∂/∂x₁ = 1. */
    X1("x1", "x\u2081", 2) {
        @Override public double value(double x1, double x2) { return x1; }
        @Override public double partial(double x1, double x2, int column) { return column == 0 ? 1.0 : 0.0; }
    },
    /** x₂; ∂/∂x₂ = 1. */
    X2("x2", "x\u2082", 2) {
        @Override public double value(double x1, double x2) { return x2; }
        @Override public double partial(double x1, double x2, int column) { return column == 1 ? 1.0 : 0.0; }
    },
    /** x₁²; ∂/∂x₁ = 2x₁. */
    X1SQ("x1sq", "x\u2081\u00b2", 2) {
        @Override public double value(double x1, double x2) { return x1 * x1; }
        @Override public double partial(double x1, double x2, int column) { return column == 0 ? 2.0 * x1 : 0.0; }
    },
    /** x₂²; ∂/∂x₂ = 2x₂. */
    X2SQ("x2sq", "x\u2082\u00b2", 2) {
        @Override public double value(double x1, double x2) { return x2 * x2; }
        @Override public double partial(double x1, double x2, int column) { return column == 1 ? 2.0 * x2 : 0.0; }
    },
    /** x₁x₂; ∂/∂x₁ = x₂, ∂/∂x₂ = x₁. */
    X1X2("x1x2", "x\u2081x\u2082", 2) {
        @Override public double value(double x1, double x2) { return x1 * x2; }
        @Override public double partial(double x1, double x2, int column) { return column == 0 ? x2 : x1; }
    },
    /** sin x₁; ∂/∂x₁ = cos x₁. */
    SINX1("sinx1", "sin x\u2081", 2) {
        @Override public double value(double x1, double x2) { return Math.sin(x1); }
        @Override public double partial(double x1, double x2, int column) { return column == 0 ? Math.cos(x1) : 0.0; }
    },
    /** sin x₂; ∂/∂x₂ = cos x₂. */
    SINX2("sinx2", "sin x\u2082", 2) {
        @Override public double value(double x1, double x2) { return Math.sin(x2); }
        @Override public double partial(double x1, double x2, int column) { return column == 1 ? Math.cos(x2) : 0.0; }
    };

    private final String id;
    private final String symbol;
    private final int rawInputs;

    Feature(String id, String symbol, int rawInputs) {
        this.id = id;
        this.symbol = symbol;
        this.rawInputs = rawInputs;
    }

    /** The feature at the raw point (x₁, x₂); a curve's x is passed as x₁ (x₂ is then ignored). */
    public abstract double value(double x1, double x2);

    /** ∂feature/∂(raw input {@code column}) at (x₁, x₂): column 0 is x₁ (or x), column 1 is x₂. */
    public abstract double partial(double x1, double x2, int column);

    /** The token in links and model files, e.g. {@code "x1sq"}. */
    public String id() {
        return id;
    }

    /** The name on screen, e.g. "x₁²". */
    public String symbol() {
        return symbol;
    }

    /** The raw inputs this feature reads: 1 (a curve's x) or 2 (the plane's x₁, x₂). */
    public int rawInputs() {
        return rawInputs;
    }

    /** The feature called {@code id}, or an exception that lists the allowed tokens. */
    public static Feature fromId(String id) {
        for (Feature feature : values()) {
            if (feature.id.equals(id)) {
                return feature;
            }
        }
        throw new IllegalArgumentException("unknown input \"" + shorten(id) + "\"; allowed: " + allowedIds(2)
                + " (the plane) or " + allowedIds(1) + " (curves)");
    }

    /** The tokens for {@code rawInputs} raw inputs, comma-separated, e.g. "x1, x2, x1sq, …". */
    public static String allowedIds(int rawInputs) {
        StringBuilder names = new StringBuilder();
        for (Feature feature : values()) {
            if (feature.rawInputs == rawInputs) {
                names.append(names.length() == 0 ? "" : ", ").append(feature.id);
            }
        }
        return names.toString();
    }

    static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
