package org.backproplab.data;

import org.backproplab.data.expr.Expression;

/**
 * The built-in datasets, by the id used in URLs, model files and the CLI. Six classify points of the
 * plane (two inputs); two are 1-D regression problems (one input, one target). Two more are typed as a
 * formula ({@link #usesFormula()}): a curve y = f(x) ({@link #EXPR}) and a class rule in x₁, x₂
 * ({@link #RULE}). One more, {@link #EXAMPLES}, holds examples written out one by one. See {@link Generators}
 * for the geometry and value ranges of the generated ones.
 */
public enum DatasetKind {
    /** Class 1 inside radius 2.5 around the origin, class 0 on the ring 3.5 ≤ r ≤ 5. */
    CIRCLE("circle", 2, 1),
    /** Class 1 where x·y &gt; 0 (quadrants I and III), class 0 where x·y &lt; 0. */
    XOR("xor", 2, 1),
    /** Two Gaussian blobs: class 1 around (2, 2), class 0 around (−2, −2). */
    GAUSS("gauss", 2, 1),
    /** Three Gaussian blobs on a circle of radius 3, one-hot targets for a softmax output. */
    GAUSS3("gauss3", 2, 3),
    /** Two interleaved spiral arms, each 1.75 turns long, reaching radius 5. */
    SPIRAL("spiral", 2, 1),
    /** Two interleaving half circles ("moons"). */
    MOONS("moons", 2, 1),
    /** y = sin x for x in [−6, 6]. */
    SINE("sine", 1, 1),
    /** y = 0.5·x + 1 for x in [−6, 6]. */
    LINEAR("linear", 1, 1),
    /** y = f(x) for a formula f typed by the user, x in [−6, 6]. */
    EXPR("expr", 1, 1),
    /** Class 1 where a rule in x₁, x₂ typed by the user holds (e.g. x1*x2 &gt; 0), class 0 elsewhere. */
    RULE("rule", 2, 1),
    /**
     * A few examples given one by one (a worksheet's): two inputs x₁, x₂ and 1 to 3 targets from 0 to 1 each,
     * written in the lab's link ({@code ex=}); nothing is generated. Its target count comes from its examples,
     * so {@link #targetSize()} is 0 here: ask the lab's settings for the network's outputs.
     */
    EXAMPLES("examples", 2, 0);

    /** The formula an {@link #EXPR} lab starts with. */
    public static final String DEFAULT_CURVE = "sin(x) + 0.1*x^2";
    /**
     * The examples an {@link #EXAMPLES} lab starts with: Matt Mazur's worked example, x = (0.05, 0.10),
     * y = (0.01, 0.99).
     */
    public static final String DEFAULT_EXAMPLES = "0.05,0.1,0.01,0.99";
    /** The rule a {@link #RULE} lab starts with. */
    public static final String DEFAULT_RULE = "x2 > 3*sin(x1)";

    private final String id;
    private final int inputSize;
    private final int targetSize;

    DatasetKind(String id, int inputSize, int targetSize) {
        this.id = id;
        this.inputSize = inputSize;
        this.targetSize = targetSize;
    }

    /** The name used in URLs, model files and the CLI, e.g. {@code "spiral"}. */
    public String id() {
        return id;
    }

    /** True for the point-classification sets (targets are class labels), false for regression. */
    public boolean isClassification() {
        return inputSize == 2 && this != EXAMPLES;
    }

    /** Whether the points are written out one by one ({@link #EXAMPLES}) rather than generated. */
    public boolean isWrittenOut() {
        return this == EXAMPLES;
    }

    /** Whether the data comes from a formula the user types ({@link #EXPR}, {@link #RULE}). */
    public boolean usesFormula() {
        return this == EXPR || this == RULE;
    }

    /** The formula (for {@link #EXAMPLES}: the examples) this kind starts with; "" for the kinds without one. */
    public String defaultFormula() {
        return this == EXPR ? DEFAULT_CURVE : this == RULE ? DEFAULT_RULE : this == EXAMPLES ? DEFAULT_EXAMPLES : "";
    }

    /**
     * {@code text} read as this kind's formula: a curve in x for {@link #EXPR}, a rule in x1, x2 for
     * {@link #RULE}.
     *
     * @throws org.backproplab.data.expr.ExpressionException pointing at the first mistake
     * @throws IllegalArgumentException for a kind without a formula
     */
    public Expression formula(String text) {
        if (this == EXPR) {
            return Expression.curve(text);
        }
        if (this == RULE) {
            return Expression.rule(text);
        }
        throw new IllegalArgumentException("the " + id + " dataset has no formula; only expr and rule do");
    }

    /** Inputs per example: 2 for classification (x, y), 1 for regression (x). */
    public int inputSize() {
        return inputSize;
    }

    /**
     * Targets per example: 1 (label 0/1 or the regression value), 3 for the one-hot {@link #GAUSS3}; 0 for
     * {@link #EXAMPLES}, whose examples say how many.
     */
    public int targetSize() {
        return targetSize;
    }

    /** Number of classes: 2 or 3 for classification, 0 for regression. */
    public int classCount() {
        if (!isClassification()) {
            return 0;
        }
        return targetSize == 1 ? 2 : targetSize;
    }

    /** The kind called {@code id}, or an exception that lists the allowed ids. */
    public static DatasetKind fromId(String id) {
        for (DatasetKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown dataset \"" + id + "\"; allowed: " + allowedIds());
    }

    /** The allowed ids, comma-separated, for error messages and help. */
    public static String allowedIds() {
        StringBuilder names = new StringBuilder();
        for (DatasetKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.id);
        }
        return names.toString();
    }
}
