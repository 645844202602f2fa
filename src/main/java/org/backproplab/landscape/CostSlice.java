package org.backproplab.landscape;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;

/**
 * The cost J as a function of one parameter w (a flat index, see core.Shape), every other parameter held
 * where it is: the 1-D slice of the cost landscape through the current weights. Besides samples of the
 * curve it gives the current point (w, J(w)), the tangent's slope there — the backpropagation gradient
 * ∂J/∂w — and where one gradient-descent step of α lands: w − α·∂J/∂w and J there.
 *
 * <p>Which examples J is taken over is fixed at construction: pass the lab's training set with
 * {@code rows = null} for the cost the lab reports (and, for a full-batch trainer, exactly the J and ∂J/∂w
 * of its next step), or the rows of one mini-batch to see the curve that batch's step follows. The curve
 * of a mini-batch changes from step to step; the full training set gives a steady picture.
 *
 * <p>Every method puts the parameter back bit for bit, and none allocates. Not thread-safe. The work is
 * one forward pass over the examples per sampled point.
 */
public final class CostSlice {
    /** The smallest half-width {@link #suggestedRadius} picks: weights live on a scale of about 1. */
    public static final double MIN_RADIUS = 1;
    /** The largest half-width {@link #suggestedRadius} picks, so that a diverging step does not flatten the curve. */
    public static final double MAX_RADIUS = 50;

    private static final int AT_WEIGHT = 0;
    private static final int AT_NEXT = 1;
    private static final int MEASURED = 2;

    private final CostFunction function;
    private int index = -1;
    private double weight = Double.NaN;
    private double cost = Double.NaN;
    private double slope = Double.NaN;
    private double learningRate = Double.NaN;
    private double nextWeight = Double.NaN;
    private double nextCost = Double.NaN;
    /** Where a sliced measure is: its pass at w, its pass at the next step's w, or done. */
    private int measureStage = MEASURED;

    /**
     * @param rows the examples of {@code data} to take J over, or null for all of them (copied)
     * @throws IllegalArgumentException if the data's columns do not fit the network or there are no examples
     */
    public CostSlice(Network network, Dataset data, int[] rows) {
        this.function = new CostFunction(network, data, rows);
    }

    public Network network() {
        return function.network;
    }

    /** How many examples J is the mean over. */
    public int exampleCount() {
        return function.exampleCount();
    }

    /** J at the current parameters. */
    public double cost() {
        return function.cost();
    }

    /** J with parameter {@code index} set to {@code weight}, every other parameter as it is. */
    public double costAt(int index, double weight) {
        function.checkIndex(index);
        return function.costWith(index, weight);
    }

    /**
     * Measures the slice of parameter {@code index} at its current value: afterwards {@link #weight()},
     * {@link #cost()} … {@link #nextCost()} describe it. J and the slope come from one backpropagation pass,
     * so they are the J and ∂J/∂w a gradient-descent step on the same examples would use.
     */
    public void measure(int index, double learningRate) {
        function.checkIndex(index);
        this.index = index;
        this.learningRate = learningRate;
        weight = function.parameters[index];
        cost = function.costAndGradient();
        slope = function.gradient[index];
        // the formula of plain gradient descent: w ← w − α·∂J/∂w
        nextWeight = weight - learningRate * slope;
        nextCost = function.costWith(index, nextWeight);
        measureStage = MEASURED;
    }

    /**
     * {@link #measure} in slices, for a view that spreads it over animation frames: starts it here, and
     * {@link #advanceMeasure} adds the examples a slice at a time. Once that returns true, {@link #weight()} …
     * {@link #nextCost()} hold what {@link #measure} gives, bit for bit (CostFunction's pass adds every example in
     * the same order into the same sums). Until then they hold NaN. The parameters must not change meanwhile.
     */
    public void beginMeasure(int index, double learningRate) {
        function.checkIndex(index);
        this.index = index;
        this.learningRate = learningRate;
        weight = function.parameters[index];
        cost = Double.NaN;
        slope = Double.NaN;
        nextWeight = Double.NaN;
        nextCost = Double.NaN;
        measureStage = AT_WEIGHT;
        function.beginPass(-1, 0, -1, 0, true);
    }

    /**
     * Up to {@code maxExamples} (≥ 1) more examples of the measure {@link #beginMeasure} started: first the
     * backpropagation pass at w, then the forward pass at w − α·∂J/∂w (a slice may end one and begin the other).
     * True once both are done.
     */
    public boolean advanceMeasure(int maxExamples) {
        int left = maxExamples;
        while (measureStage != MEASURED) {
            // a slice that ends the pass at w goes on into the pass at the next step with what is left of it
            int take = left < 1 ? left : Math.min(left, function.passRemaining());
            if (!function.advancePass(take)) {
                return false;
            }
            left -= take;
            if (measureStage == AT_WEIGHT) {
                cost = function.passCost();
                slope = function.gradient[index];
                nextWeight = weight - learningRate * slope;
                measureStage = AT_NEXT;
                function.beginPass(index, nextWeight, -1, 0, false);
                if (left < 1) {
                    return false;
                }
            } else {
                nextCost = function.passCost();
                measureStage = MEASURED;
            }
        }
        return true;
    }

    /**
     * {@link #costAt} in slices: starts J with parameter {@code index} set to {@code weight}; {@link #advanceCost}
     * adds the examples, and {@link #slicedCost()} is then what costAt gives, bit for bit.
     */
    public void beginCostAt(int index, double weight) {
        function.checkIndex(index);
        function.beginPass(index, weight, -1, 0, false);
    }

    /** Up to {@code maxExamples} (≥ 1) more examples of the J {@link #beginCostAt} started; true once all are in. */
    public boolean advanceCost(int maxExamples) {
        return function.advancePass(maxExamples);
    }

    /** The J of the last {@link #beginCostAt} once {@link #advanceCost} returned true; NaN before. */
    public double slicedCost() {
        return function.passCost();
    }

    /** The parameter last {@link #measure measured}; −1 before. */
    public int index() {
        return index;
    }

    /** Its value w at the last measure. */
    public double weight() {
        return weight;
    }

    /** J(w) at the last measure (the method {@link #cost()} computes J afresh). */
    public double measuredCost() {
        return cost;
    }

    /** ∂J/∂w at the last measure: the slope of the tangent at (w, J(w)). */
    public double slope() {
        return slope;
    }

    /** The α of the last measure. */
    public double learningRate() {
        return learningRate;
    }

    /** w − α·∂J/∂w: where one step of plain gradient descent moves this weight (if the others stayed). */
    public double nextWeight() {
        return nextWeight;
    }

    /** J at {@link #nextWeight()}, the other parameters as they are. */
    public double nextCost() {
        return nextCost;
    }

    /**
     * Samples J at {@code count} ≥ 2 evenly spaced values of parameter {@code index} over [w − r, w + r],
     * w its current value, into {@code weights[0..count)} and {@code costs[0..count)}. With an odd count the
     * middle sample is w itself, exactly.
     */
    public void sample(int index, double radius, int count, double[] weights, double[] costs) {
        function.checkIndex(index);
        if (count < 2 || weights.length < count || costs.length < count) {
            throw new IllegalArgumentException("sampling needs a count >= 2 and arrays of at least that length, "
                    + "but count is " + count + " and the arrays hold " + weights.length + " and " + costs.length);
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the radius must be a finite number > 0, but is " + radius);
        }
        double center = function.parameters[index];
        double spacing = 2 * radius / (count - 1);
        double middle = 0.5 * (count - 1);
        for (int s = 0; s < count; s++) {
            // (s − middle)·spacing is exactly 0 at the middle, so that sample is w itself
            double w = center + (s - middle) * spacing;
            weights[s] = w;
            costs[s] = function.costWith(index, w);
        }
    }

    /**
     * The exact J″(w) of parameter {@code index} at its current value: e_iᵀ H e_i, H the Hessian of J over this
     * slice's examples (regularization included), from one Hessian-vector product (core.HessianVector). This is
     * the slice's own curvature: along this weight alone, gradient descent is stable only while α &lt; 2/J″(w).
     */
    public double secondDerivative(int index) {
        function.checkIndex(index);
        int count = function.exampleCount();
        return function.secondDerivativeSum(index, 0, count) / count;
    }

    /**
     * The part of {@link #secondDerivative} from the examples at positions [from, to): their count times the
     * J″ of their mean cost. The parts over a partition of [0, {@link #exampleCount()}) add up to
     * exampleCount()·J″, so the work can be spread over several frames.
     */
    public double secondDerivativePart(int index, int from, int to) {
        function.checkIndex(index);
        return function.secondDerivativeSum(index, from, to);
    }

    /**
     * J″(w) of parameter {@code index} at value {@code weight} by the central second difference
     * (J(w + h) − 2J(w) + J(w − h)) / h². NaN or ∞ pass through. An estimate, for checks; the slice's
     * curvature is {@link #secondDerivative}.
     */
    public double curvature(int index, double weight, double step) {
        function.checkIndex(index);
        double plus = function.costWith(index, weight + step);
        double here = function.costWith(index, weight);
        double minus = function.costWith(index, weight - step);
        return (plus - 2 * here + minus) / (step * step);
    }

    /** A step h for {@link #curvature} at w: 10⁻³·max(1, |w|). */
    public static double curvatureStep(double weight) {
        return 1e-3 * Math.max(1, Math.abs(weight));
    }

    /**
     * A half-width r for drawing a slice with slope g = ∂J/∂w and curvature c = J″(w) so that the next step
     * of α and the nearby minimum are both inside (when c &gt; 0 the local quadratic's minimum is at w − g/c):
     * r = max(1, 1.25·|α·g|, 1.25·|g/c|), at most {@value #MAX_RADIUS}.
     */
    public static double radiusFor(double slope, double learningRate, double curvature) {
        double radius = MIN_RADIUS;
        double step = Math.abs(learningRate * slope);
        if (step < Double.POSITIVE_INFINITY) {
            radius = Math.max(radius, 1.25 * step);
        }
        if (curvature > 0 && curvature < Double.POSITIVE_INFINITY) {
            double toMinimum = Math.abs(slope / curvature);
            if (toMinimum < Double.POSITIVE_INFINITY) {
                radius = Math.max(radius, 1.25 * toMinimum);
            }
        }
        return Math.min(radius, MAX_RADIUS);
    }

    /**
     * {@link #radiusFor} at parameter {@code index}'s current value, with the exact {@link #secondDerivative}.
     * Measures the slice (as {@link #measure}) on the way.
     */
    public double suggestedRadius(int index, double learningRate) {
        measure(index, learningRate);
        return radiusFor(slope, learningRate, secondDerivative(index));
    }

    CostFunction function() {
        return function;
    }
}
