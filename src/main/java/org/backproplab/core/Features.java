package org.backproplab.core;

import java.util.Arrays;

/**
 * The network's input layer computed from a raw data point: a list of {@link Feature}s (x₁, x₂, x₁², …)
 * or, for data with more than two columns, the columns themselves. Part of the model: the first layer of
 * weights reads the features, so a model file and a link name them ({@code in=x1,x2,x1sq}). Immutable.
 *
 * <p>The identity — x for one raw input, x₁, x₂ for two, the columns as they are for more — is what every
 * network had before features existed and what a model file without {@code "features"} means.
 */
public final class Features {
    /** At most this many features: each token once. */
    public static final int MAX_FEATURES = Feature.values().length;

    private final int rawInputSize;
    /** null for the identity over more than two columns, which have no tokens. */
    private final Feature[] list;
    private final boolean identity;

    private Features(int rawInputSize, Feature[] list) {
        this.rawInputSize = rawInputSize;
        this.list = list;
        this.identity = list == null || Arrays.equals(list, identityList(rawInputSize));
    }

    /** The raw columns as they are: x (one), x₁, x₂ (two), or any number of unnamed columns. */
    public static Features identity(int rawInputSize) {
        if (rawInputSize < 1) {
            throw new IllegalArgumentException("a network needs at least 1 input, but has " + rawInputSize);
        }
        Feature[] list = identityList(rawInputSize);
        return new Features(rawInputSize, list);
    }

    private static Feature[] identityList(int rawInputSize) {
        return rawInputSize == 1 ? new Feature[] {Feature.X}
                : rawInputSize == 2 ? new Feature[] {Feature.X1, Feature.X2} : null;
    }

    /**
     * The features {@code list}, in that order: at least one, each at most once, all reading the same raw
     * inputs (x for curves; x₁, x₂ for the plane).
     */
    public static Features of(Feature... list) {
        if (list == null || list.length == 0) {
            throw new IllegalArgumentException("choose at least one input; allowed: " + Feature.allowedIds(2)
                    + " (the plane) or " + Feature.allowedIds(1) + " (curves)");
        }
        int raw = list[0] == null ? 0 : list[0].rawInputs();
        for (int k = 0; k < list.length; k++) {
            if (list[k] == null) {
                throw new IllegalArgumentException("input " + (k + 1) + " is missing; allowed: " + Feature.allowedIds(2));
            }
            if (list[k].rawInputs() != raw) {
                throw new IllegalArgumentException("the input " + list[k].id() + " reads " + list[k].rawInputs()
                        + " raw input" + (list[k].rawInputs() == 1 ? "" : "s") + " but " + list[0].id() + " reads "
                        + raw + "; a curve takes only " + Feature.allowedIds(1) + ", the plane takes "
                        + Feature.allowedIds(2));
            }
            for (int earlier = 0; earlier < k; earlier++) {
                if (list[earlier] == list[k]) {
                    throw new IllegalArgumentException("the input " + list[k].id() + " is listed twice; each may "
                            + "appear once");
                }
            }
        }
        return new Features(raw, list.clone());
    }

    /** The features named by comma-separated tokens, e.g. {@code "x1,x2,x1sq"}; see {@link #of}. */
    public static Features parse(String tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return of();
        }
        int count = 1;
        for (int c = 0; c < tokens.length(); c++) {
            count += tokens.charAt(c) == ',' ? 1 : 0;
        }
        if (count > MAX_FEATURES) {
            throw new IllegalArgumentException(count + " inputs were given, but there are only " + MAX_FEATURES
                    + " (each at most once): " + Feature.allowedIds(2) + " (the plane) or " + Feature.allowedIds(1)
                    + " (curves)");
        }
        Feature[] list = new Feature[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = tokens.indexOf(',', start);
            end = end < 0 ? tokens.length() : end;
            list[k] = Feature.fromId(tokens.substring(start, end).trim());
            start = end + 1;
        }
        return of(list);
    }

    /** Neurons of the input layer. */
    public int count() {
        return list == null ? rawInputSize : list.length;
    }

    /** Columns of a raw data point (1 for curves, 2 for the plane). */
    public int rawInputSize() {
        return rawInputSize;
    }

    /** Whether the input layer is the raw point itself. */
    public boolean isIdentity() {
        return identity;
    }

    /** Whether the features have tokens (one or two raw inputs); false for the identity over more columns. */
    public boolean hasTokens() {
        return list != null;
    }

    /** Feature {@code k}; only when {@link #hasTokens()}. */
    public Feature feature(int k) {
        if (list == null) {
            throw new IllegalStateException("the " + rawInputSize + " raw columns have no feature tokens");
        }
        return list[k];
    }

    /** The tokens, comma-separated ({@code "x1,x2,x1sq"}), as in links; "" when there are none. */
    public String ids() {
        if (list == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Feature feature : list) {
            text.append(text.length() == 0 ? "" : ",").append(feature.id());
        }
        return text.toString();
    }

    /** Input neuron {@code k}'s name on screen: "x₁²", "sin x₂", or "x3" for a plain fourth… column. */
    public String symbol(int k) {
        return list == null ? "x" + (k + 1) : list[k].symbol();
    }

    /**
     * Writes the features of the raw point at {@code inputs[offset..]} into {@code out[0..count)}.
     * Allocates nothing.
     */
    public void apply(double[] inputs, int offset, double[] out) {
        if (list == null) {
            System.arraycopy(inputs, offset, out, 0, rawInputSize);
            return;
        }
        double x1 = inputs[offset];
        double x2 = rawInputSize > 1 ? inputs[offset + 1] : 0.0;
        for (int k = 0; k < list.length; k++) {
            out[k] = list[k].value(x1, x2);
        }
    }

    /** ∂(feature k)/∂(raw input {@code column}) at the raw point {@code inputs[offset..]}. */
    public double partial(int k, double[] inputs, int offset, int column) {
        if (list == null) {
            return k == column ? 1.0 : 0.0;
        }
        double x1 = inputs[offset];
        double x2 = rawInputSize > 1 ? inputs[offset + 1] : 0.0;
        return list[k].partial(x1, x2, column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Features that && rawInputSize == that.rawInputSize && Arrays.equals(list, that.list);
    }

    @Override
    public int hashCode() {
        return 31 * rawInputSize + Arrays.hashCode(list);
    }

    @Override
    public String toString() {
        return list == null ? rawInputSize + " columns" : ids();
    }
}
