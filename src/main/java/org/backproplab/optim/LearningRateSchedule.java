package org.backproplab.optim;

/**
 * How the learning rate changes with the iteration t = 0, 1, 2, … of a run: α(t) from the base rate α
 * the user chose. Immutable. Every parameter is validated even when the kind does not use it, so that a
 * schedule stays valid when only its kind is switched (as {@link OptimizerConfig} does).
 * <pre>
 *   constant       α(t) = α
 *   step           α(t) = α·γ^⌊t/s⌋                          (torch StepLR)
 *   exponential    α(t) = α·γ^t                               (torch ExponentialLR)
 *   inverse_time   α(t) = α/(1 + k·t)                         (Keras InverseTimeDecay, decay_steps 1)
 *   cosine         α(t) = α_min + ½(α − α_min)(1 + cos(π·t/T)) for t ≤ T, α_min after T
 *                                                             (torch CosineAnnealingLR, closed form)
 * </pre>
 * α_min is an absolute rate, as torch's eta_min: when the base rate is below it, the cosine rises from α
 * to α_min. A rate can be 0: cosine with α_min = 0 from t = T on, and exponential after underflow (γ = 0.99
 * after about 74 000 steps). Trainer.setLearningRate rejects 0, so a caller that passes the rate there must
 * keep a floor, e.g. {@code Math.max(rate, 1e-5)} (the lab's smallest α).
 *
 * <p>Use it by setting the trainer's rate before each step:
 * {@code trainer.setLearningRate(schedule.rate(baseRate, trainer.iteration()))}.
 *
 * @param kind which formula
 * @param factor γ of step and exponential, in (0, 1]
 * @param stepSize s of step: iterations between two multiplications by γ, ≥ 1
 * @param decay k of inverse_time, finite and ≥ 0
 * @param period T of cosine: iterations from α down to α_min, ≥ 1
 * @param minimumRate α_min of cosine, finite and ≥ 0
 */
public record LearningRateSchedule(LearningRateScheduleKind kind, double factor, int stepSize, double decay,
        int period, double minimumRate) {

    /** γ of {@link #defaults} for step: halve the rate every s steps. */
    public static final double DEFAULT_STEP_FACTOR = 0.5;
    /** γ of {@link #defaults} for every kind but step: 1 % less every step. */
    public static final double DEFAULT_EXPONENTIAL_FACTOR = 0.99;
    public static final int DEFAULT_STEP_SIZE = 100;
    public static final double DEFAULT_DECAY = 0.01;
    public static final int DEFAULT_PERIOD = 1000;
    public static final double DEFAULT_MINIMUM_RATE = 0;

    public LearningRateSchedule {
        if (kind == null) {
            throw new IllegalArgumentException("learning-rate schedule is missing; allowed: "
                    + LearningRateScheduleKind.allowedIds());
        }
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("decay factor γ must be a number > 0 and <= 1, but is " + factor);
        }
        if (stepSize < 1) {
            throw new IllegalArgumentException("step size s must be a whole number of iterations >= 1, but is "
                    + stepSize);
        }
        if (!(decay >= 0) || Double.isInfinite(decay)) {
            throw new IllegalArgumentException("decay k must be a finite number >= 0, but is " + decay);
        }
        if (period < 1) {
            throw new IllegalArgumentException("period T must be a whole number of iterations >= 1, but is " + period);
        }
        if (!(minimumRate >= 0) || Double.isInfinite(minimumRate)) {
            throw new IllegalArgumentException("minimum rate α_min must be a finite number >= 0, but is "
                    + minimumRate);
        }
    }

    /**
     * {@code kind} with the lab's defaults: γ 0.5 for step (0.99 otherwise), s 100, k 0.01, T 1000,
     * α_min 0.
     */
    public static LearningRateSchedule defaults(LearningRateScheduleKind kind) {
        double factor = kind == LearningRateScheduleKind.STEP ? DEFAULT_STEP_FACTOR : DEFAULT_EXPONENTIAL_FACTOR;
        return new LearningRateSchedule(kind, factor, DEFAULT_STEP_SIZE, DEFAULT_DECAY, DEFAULT_PERIOD,
                DEFAULT_MINIMUM_RATE);
    }

    /** α(t) = α. */
    public static LearningRateSchedule constant() {
        return defaults(LearningRateScheduleKind.CONSTANT);
    }

    /** α(t) = α·γ^⌊t/s⌋. */
    public static LearningRateSchedule step(double factor, int stepSize) {
        return defaults(LearningRateScheduleKind.STEP).withFactor(factor).withStepSize(stepSize);
    }

    /** α(t) = α·γ^t. */
    public static LearningRateSchedule exponential(double factor) {
        return defaults(LearningRateScheduleKind.EXPONENTIAL).withFactor(factor);
    }

    /** α(t) = α/(1 + k·t). */
    public static LearningRateSchedule inverseTime(double decay) {
        return defaults(LearningRateScheduleKind.INVERSE_TIME).withDecay(decay);
    }

    /** α(t) = α_min + ½(α − α_min)(1 + cos(π·t/T)) up to T, then α_min. */
    public static LearningRateSchedule cosine(int period, double minimumRate) {
        return defaults(LearningRateScheduleKind.COSINE).withPeriod(period).withMinimumRate(minimumRate);
    }

    public LearningRateSchedule withKind(LearningRateScheduleKind newKind) {
        return new LearningRateSchedule(newKind, factor, stepSize, decay, period, minimumRate);
    }

    public LearningRateSchedule withFactor(double newFactor) {
        return new LearningRateSchedule(kind, newFactor, stepSize, decay, period, minimumRate);
    }

    public LearningRateSchedule withStepSize(int newStepSize) {
        return new LearningRateSchedule(kind, factor, newStepSize, decay, period, minimumRate);
    }

    public LearningRateSchedule withDecay(double newDecay) {
        return new LearningRateSchedule(kind, factor, stepSize, newDecay, period, minimumRate);
    }

    public LearningRateSchedule withPeriod(int newPeriod) {
        return new LearningRateSchedule(kind, factor, stepSize, decay, newPeriod, minimumRate);
    }

    public LearningRateSchedule withMinimumRate(double newMinimumRate) {
        return new LearningRateSchedule(kind, factor, stepSize, decay, period, newMinimumRate);
    }

    /**
     * The learning rate of iteration {@code iteration} (0 for the first step). Allocates nothing unless
     * it throws.
     *
     * @param baseRate α, finite and &gt; 0
     * @param iteration t, a whole number ≥ 0 (a double: the trainer counts in one, see Trainer)
     * @throws IllegalArgumentException if baseRate or iteration is out of range
     */
    public double rate(double baseRate, double iteration) {
        if (!(baseRate > 0) || Double.isInfinite(baseRate)) {
            throw new IllegalArgumentException("base learning rate must be a finite number > 0, but is " + baseRate);
        }
        if (!(iteration >= 0) || iteration != Math.floor(iteration) || Double.isInfinite(iteration)) {
            throw new IllegalArgumentException("iteration must be a whole number >= 0, but is " + iteration);
        }
        switch (kind) {
            case CONSTANT:
                return baseRate;
            case STEP:
                // ⌊t/s⌋: exact in doubles while t < 2⁵³ − s (t/s would have to round up to the next whole number)
                return baseRate * Math.pow(factor, Math.floor(iteration / stepSize));
            case EXPONENTIAL:
                return baseRate * Math.pow(factor, iteration);
            case INVERSE_TIME:
                return baseRate / (1 + decay * iteration);
            case COSINE:
                if (iteration >= period) {
                    return minimumRate;
                }
                return minimumRate + 0.5 * (baseRate - minimumRate) * (1 + Math.cos(Math.PI * iteration / period));
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Samples α(t) at {@code count} iterations spread evenly over [0, horizon] for a small plot: point i
     * is t_i = ⌊i·horizon/(count − 1)⌋ (t₀ = 0, the last is horizon; a single point is t = 0), written as
     * {@code iterations[i]} and {@code rates[i] = rate(baseRate, t_i)}. Allocates nothing unless it throws.
     * A step schedule sampled more coarsely than s shows its steps as slopes.
     *
     * @param horizon the last iteration, ≥ 0
     * @param count points, 1 ≤ count ≤ both arrays' lengths
     */
    public void sample(double baseRate, long horizon, double[] iterations, double[] rates, int count) {
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon must be >= 0, but is " + horizon);
        }
        if (count < 1 || count > iterations.length || count > rates.length) {
            throw new IllegalArgumentException("count must be 1 to the arrays' lengths (" + iterations.length + " and "
                    + rates.length + "), but is " + count);
        }
        for (int i = 0; i < count; i++) {
            long t = count == 1 ? 0 : i * horizon / (count - 1);
            iterations[i] = t;
            rates[i] = rate(baseRate, t);
        }
    }
}
