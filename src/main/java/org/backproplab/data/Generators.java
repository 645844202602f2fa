package org.backproplab.data;

import org.backproplab.core.Rng;
import org.backproplab.data.expr.Expression;

/**
 * Builds the {@link DatasetKind built-in datasets}, deterministically from a seed: the same kind, count,
 * noise and seed give the same examples on the JVM and in the browser.
 *
 * <p><b>Ranges.</b> Without noise, classification points lie in [−5, 5]² (the picture of TensorFlow
 * Playground); noise jitters them, and every input is finally clamped into [−{@value #DOMAIN},
 * {@value #DOMAIN}]², the domain the decision-boundary view shows. Regression inputs x are uniform in
 * [−6, 6]. Classification targets are 0 or 1 (one target), or one-hot for {@link DatasetKind#GAUSS3}.
 *
 * <p><b>Noise</b> ∈ [0, 0.5] is a fraction of the half-range {@value #SPAN}: circle, xor, spiral and moons
 * add uniform(−1, 1) · noise · {@value #SPAN} to each coordinate (so ±2.5 at most); the Gaussian sets use
 * the standard deviation 0.5 + 7 · noise (0.5 to 4, as in the Playground); regression adds
 * uniform(−1, 1) · noise · A to the target, A being the target's half-range (1 for sine, 3 for linear).
 * The label is always the class the point was drawn for, so noise makes classes overlap.
 *
 * <p><b>Formulas.</b> {@link DatasetKind#EXPR}: x uniform in [−6, 6], y = f(x), and noise as for the
 * other curves with A = half the range of the noise-free y; an x where f is not a number within
 * ±{@value #MAX_FORMULA_VALUE} (log of a negative number, 1/0) is drawn again. {@link DatasetKind#RULE}:
 * points uniform in [−5, 5]², label 1 where the rule holds, then jittered like the circle (the label stays);
 * both classes must occur. Class sizes follow the rule, so they need not balance.
 *
 * <p><b>Balance.</b> Class sizes differ by at most one (the lower class numbers get the extra points);
 * the examples are then shuffled, so any prefix is a fair sample.
 */
public final class Generators {
    /** Every input lies in [−DOMAIN, DOMAIN]. */
    public static final double DOMAIN = 6.0;
    /** Noise-free classification points lie in [−SPAN, SPAN]²; noise is a fraction of SPAN. */
    public static final double SPAN = 5.0;
    /** The largest allowed noise. */
    public static final double MAX_NOISE = 0.5;

    /** Circle: class 1 has radius ≤ INNER_RADIUS, class 0 radius in [OUTER_RADIUS_MIN, SPAN]. */
    public static final double INNER_RADIUS = 2.5;
    public static final double OUTER_RADIUS_MIN = 3.5;
    /** Xor: noise-free points keep at least this distance from both axes. */
    public static final double XOR_PADDING = 0.3;
    /** Spiral: turns of each arm from the centre to radius SPAN. */
    public static final double SPIRAL_TURNS = 1.75;
    /** Gauss: class 1 centre (GAUSS_CENTER, GAUSS_CENTER), class 0 the opposite point. */
    public static final double GAUSS_CENTER = 2.0;
    /** Gauss3: the class centres sit on a circle of this radius at 90°, 210° and 330°. */
    public static final double GAUSS3_RADIUS = 3.0;
    /** The largest |f(x)| a formula's curve may reach. */
    public static final double MAX_FORMULA_VALUE = 1e6;
    /** Draws of x per wanted point before a curve is refused as undefined almost everywhere. */
    static final int DRAWS_PER_POINT = 100;

    /** Moons: the unit moons of the usual construction, scaled by this factor to span [−5, 5]. */
    public static final double MOON_SCALE = 10.0 / 3.0;

    private Generators() {
    }

    /**
     * {@code count} examples of {@code kind}.
     *
     * @param count 1 to {@link Dataset#MAX_EXAMPLES}
     * @param noise 0 to {@value #MAX_NOISE}, see the class comment
     * @throws IllegalArgumentException when kind is null or count or noise is out of range
     */
    public static Dataset generate(DatasetKind kind, int count, double noise, long seed) {
        return generate(kind, null, count, noise, seed);
    }

    /**
     * As {@link #generate(DatasetKind, int, double, long)}, with the formula of an {@link DatasetKind#EXPR} or
     * {@link DatasetKind#RULE} set (null: the kind's {@link DatasetKind#defaultFormula()}; ignored for the others).
     *
     * @throws IllegalArgumentException also when a formula kind is given a formula of the other kind,
     *     when its curve is undefined almost everywhere, or when its rule puts every point in one class
     */
    public static Dataset generate(DatasetKind kind, Expression formula, int count, double noise, long seed) {
        if (kind == null) {
            throw new IllegalArgumentException("a dataset kind is required; allowed: " + DatasetKind.allowedIds());
        }
        if (kind.isWrittenOut()) {
            throw new IllegalArgumentException("the " + kind.id() + " dataset's examples are written out, not generated");
        }
        if (count < 1 || count > Dataset.MAX_EXAMPLES) {
            throw new IllegalArgumentException("count must be 1 to " + Dataset.MAX_EXAMPLES + ", but is " + count);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [0, " + MAX_NOISE + "], but is " + noise);
        }
        if (kind.usesFormula() && formula == null) {
            formula = kind.formula(kind.defaultFormula());
        }
        if (kind.usesFormula() && formula.isRule() != (kind == DatasetKind.RULE)) {
            throw new IllegalArgumentException("the " + kind.id() + " dataset needs " + (kind == DatasetKind.RULE
                    ? "a rule in x1, x2 such as " + DatasetKind.DEFAULT_RULE
                    : "a formula in x such as " + DatasetKind.DEFAULT_CURVE));
        }
        if (kind == DatasetKind.EXPR) {
            return curve(formula, count, noise, new Rng(seed));
        }
        if (kind == DatasetKind.RULE) {
            return rule(formula, count, noise, new Rng(seed));
        }
        Rng rng = new Rng(seed);
        int inputSize = kind.inputSize();
        int targetSize = kind.targetSize();
        double[] inputs = new double[count * inputSize];
        double[] targets = new double[count * targetSize];
        double[] point = new double[2];
        int classes = Math.max(1, kind.classCount());
        int example = 0;
        for (int c = 0; c < classes; c++) {
            int classSize = count / classes + (c < count % classes ? 1 : 0);
            for (int n = 0; n < classSize; n++, example++) {
                if (kind.isClassification()) {
                    samplePoint(kind, c, noise, rng, point);
                    inputs[2 * example] = clamp(point[0]);
                    inputs[2 * example + 1] = clamp(point[1]);
                    if (targetSize == 1) {
                        targets[example] = c;
                    } else {
                        targets[example * targetSize + c] = 1.0;
                    }
                } else {
                    double x = rng.uniform(-DOMAIN, DOMAIN);
                    inputs[example] = x;
                    targets[example] = regressionTarget(kind, x) + rng.uniform(-1, 1) * noise * targetHalfRange(kind);
                }
            }
        }
        return shuffled(inputs, targets, inputSize, targetSize, count, rng);
    }

    private static Dataset curve(Expression f, int count, double noise, Rng rng) {
        double[] inputs = new double[count];
        double[] targets = new double[count];
        int draws = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < count; ) {
            if (draws++ >= DRAWS_PER_POINT * count) {
                throw new IllegalArgumentException("y = " + f.text() + " is a number within ±" + (int) MAX_FORMULA_VALUE
                        + " at only " + n + " of " + (draws - 1) + " x drawn from [−" + (int) DOMAIN + ", " + (int) DOMAIN
                        + "]; choose a formula defined on most of that range");
            }
            double x = rng.uniform(-DOMAIN, DOMAIN);
            double y = f.evaluate(x);
            if (Math.abs(y) <= MAX_FORMULA_VALUE) {
                inputs[n] = x;
                targets[n] = y;
                min = Math.min(min, y);
                max = Math.max(max, y);
                n++;
            }
        }
        double halfRange = max > min ? (max - min) / 2 : 1.0;
        for (int n = 0; n < count; n++) {
            targets[n] += rng.uniform(-1, 1) * noise * halfRange;
        }
        return new Dataset(1, 1, inputs, targets);
    }

    private static Dataset rule(Expression rule, int count, double noise, Rng rng) {
        double[] inputs = new double[2 * count];
        double[] targets = new double[count];
        int ones = 0;
        for (int n = 0; n < count; n++) {
            double x1 = rng.uniform(-SPAN, SPAN);
            double x2 = rng.uniform(-SPAN, SPAN);
            boolean holds = rule.holds(x1, x2);
            ones += holds ? 1 : 0;
            targets[n] = holds ? 1 : 0;
            inputs[2 * n] = clamp(x1 + rng.uniform(-1, 1) * noise * SPAN);
            inputs[2 * n + 1] = clamp(x2 + rng.uniform(-1, 1) * noise * SPAN);
        }
        if (ones == 0 || ones == count) {
            throw new IllegalArgumentException("the rule " + rule.text() + " holds at " + (ones == 0 ? "none" : "every one")
                    + " of the " + count + " points drawn from x1, x2 in [−" + (int) SPAN + ", " + (int) SPAN
                    + "], so there is only one class; choose a rule that splits that square");
        }
        return new Dataset(2, 1, inputs, targets);
    }

    /** The noise-free regression function: sin x for sine, 0.5·x + 1 for linear. */
    public static double regressionTarget(DatasetKind kind, double x) {
        switch (kind) {
            case SINE:
                return Math.sin(x);
            case LINEAR:
                return 0.5 * x + 1.0;
            default:
                throw new IllegalArgumentException(kind.id() + " is not a regression dataset");
        }
    }

    private static double targetHalfRange(DatasetKind kind) {
        return kind == DatasetKind.SINE ? 1.0 : 3.0;
    }

    /** One point of class c into point[0..1], before clamping. */
    private static void samplePoint(DatasetKind kind, int c, double noise, Rng rng, double[] point) {
        double x;
        double y;
        switch (kind) {
            case CIRCLE: {
                double r = c == 1 ? rng.uniform(0, INNER_RADIUS) : rng.uniform(OUTER_RADIUS_MIN, SPAN);
                double angle = rng.uniform(0, 2 * Math.PI);
                x = r * Math.cos(angle);
                y = r * Math.sin(angle);
                break;
            }
            case XOR: {
                double signX = rng.nextDouble() < 0.5 ? -1 : 1;
                // class 1: same signs (x·y > 0), class 0: opposite signs
                double signY = c == 1 ? signX : -signX;
                x = signX * rng.uniform(XOR_PADDING, SPAN);
                y = signY * rng.uniform(XOR_PADDING, SPAN);
                break;
            }
            case GAUSS:
            case GAUSS3: {
                double sd = 0.5 + 7.0 * noise;
                double centerX;
                double centerY;
                if (kind == DatasetKind.GAUSS) {
                    centerX = c == 1 ? GAUSS_CENTER : -GAUSS_CENTER;
                    centerY = centerX;
                } else {
                    double angle = gauss3Angle(c);
                    centerX = GAUSS3_RADIUS * Math.cos(angle);
                    centerY = GAUSS3_RADIUS * Math.sin(angle);
                }
                point[0] = centerX + sd * rng.nextGaussian();
                point[1] = centerY + sd * rng.nextGaussian();
                return;
            }
            case SPIRAL: {
                // r = 5u, t = 1.75 turns · u (+ π for class 0), x = r sin t, y = r cos t
                double u = rng.nextDouble();
                double r = SPAN * u;
                double t = SPIRAL_TURNS * 2 * Math.PI * u + (c == 1 ? 0 : Math.PI);
                x = r * Math.sin(t);
                y = r * Math.cos(t);
                break;
            }
            case MOONS: {
                // upper moon (class 0): (cos t, sin t); lower moon (class 1): (1 − cos t, 0.5 − sin t);
                // t in [0, π], then shifted by (−0.5, −0.25) and scaled to span [−5, 5] in x.
                double t = rng.uniform(0, Math.PI);
                double unitX = c == 0 ? Math.cos(t) : 1 - Math.cos(t);
                double unitY = c == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
                x = (unitX - 0.5) * MOON_SCALE;
                y = (unitY - 0.25) * MOON_SCALE;
                break;
            }
            default:
                throw new IllegalArgumentException(kind.id() + " is not a classification dataset");
        }
        point[0] = x + rng.uniform(-1, 1) * noise * SPAN;
        point[1] = y + rng.uniform(-1, 1) * noise * SPAN;
    }

    /** The direction of gauss3's class-c centre: 90°, 210°, 330°. */
    public static double gauss3Angle(int c) {
        return Math.PI / 2 + c * 2 * Math.PI / 3;
    }

    private static double clamp(double v) {
        return Math.max(-DOMAIN, Math.min(DOMAIN, v));
    }

    private static Dataset shuffled(double[] inputs, double[] targets, int inputSize, int targetSize, int count,
            Rng rng) {
        int[] order = new int[count];
        for (int n = 0; n < count; n++) {
            order[n] = n;
        }
        rng.shuffle(order, count);
        double[] in = new double[inputs.length];
        double[] out = new double[targets.length];
        for (int n = 0; n < count; n++) {
            System.arraycopy(inputs, order[n] * inputSize, in, n * inputSize, inputSize);
            System.arraycopy(targets, order[n] * targetSize, out, n * targetSize, targetSize);
        }
        return new Dataset(inputSize, targetSize, in, out);
    }
}
