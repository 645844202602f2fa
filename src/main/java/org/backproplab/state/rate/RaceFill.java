package org.backproplab.state.rate;

import org.backproplab.state.AppState;
import org.backproplab.state.NumberText;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.train.Race;
import org.backproplab.train.RacePresets;
import org.backproplab.train.RateZone;
import org.backproplab.train.SharpnessMeter;
import org.backproplab.train.StableRate;
import org.backproplab.train.TrainingConfig;
import org.backproplab.train.Verdict;
import org.backproplab.core.NumberFormat;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The race's fill-in "too small · good · too large · diverging", measured, then labelled. The stable-step limit
 * L = 2/λ_max (or the momentum form, {@link StableRate}) at the race's starting weights places a ladder of rates
 * {@link #MULTIPLES}·L (for RMSProp and Adam, which have no single limit, around the lab's α), clamped to the
 * lab's α range, plus any candidates the caller adds (the finder's best α); each rate runs the race's own run
 * (same weights, data, optimizer, batch and steps) and gets its verdict. Then each label takes a rate whose
 * measured verdict is the one it names:
 * <ul>
 *   <li>good: the largest rate judged converging;</li>
 *   <li>too small: the largest rate below good judged slow;</li>
 *   <li>diverging: the smallest rate above good that diverged;</li>
 *   <li>too large: the smallest rate between good and diverging judged oscillating or rising.</li>
 * </ul>
 * Without a good rate (nothing converges within the race's steps) the larger labels are sought above the largest
 * slow rate below the first unstable one. A label no rate of the range earns stays empty, and {@link #summary()}
 * says so (and, where J is bounded, why nothing can diverge). Where a measured verdict is not what the limit's
 * zone predicts (a network sharpens or flattens as it trains; a mini-batch adds noise) the lane's note says which.
 *
 * <p>The work comes in units ({@link #advance}): a slice of a Hessian-vector product of the limit ({@link
 * SharpnessMeter#advanceSlice}), a slice of a training step of a ladder run ({@link Race#stepRunSlice}), or a
 * slice of a product of the limit at the end of a run that surprises. A page spends as many per frame
 * as its clock allows, so even 2,000 points on six layers of 16 never hold the main thread for long.
 */
public final class RaceFill {
    /** The ladder, in multiples of the starting limit: from far below it to far above it. */
    static final double[] MULTIPLES = {1e-4, 3e-4, 0.001, 0.003, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3,
        5, 10, 30, 100, 1000};

    /** Hessian-vector products spent on the limit at the end of a run that surprises. */
    static final int END_PRODUCTS = 60;

    private final Network start;
    private final Dataset data;
    private final TrainingConfig config;
    private final int steps;
    private final double[] candidates;
    /** Measures the starting limit, then (re-aimed) each surprising run's end limit; null when not needed. */
    private SharpnessMeter meter;
    private double limit = Double.NaN;
    private double[] rates;
    private Verdict[] verdicts;
    /** Each ladder run's weights at its end, and the limit there (NaN unless its lane surprises). */
    private Network[] ends;
    private double[] endLimits;
    private int measured;
    private Race current;
    /** J on the whole training set at the start (NaN before the first ladder run). */
    private double startingCost = Double.NaN;
    private int[] lanes;
    /** The lane whose end limit is being measured, 0 to 4 (4: all done). */
    private int endLane;

    /**
     * A fill-in for races of {@code steps} steps from {@code start} on {@code data} with {@code config} (its α is
     * the anchor when the optimizer has no single limit); {@code seed} seeds the sharpness meter.
     */
    public RaceFill(Network start, Dataset data, TrainingConfig config, int steps, long seed) {
        this(start, data, config, steps, seed, new double[0]);
    }

    /**
     * As {@link #RaceFill(Network, Dataset, TrainingConfig, int, long)}, with {@code candidates} raced beside the
     * ladder (each rounded to two digits and clamped to the α range, like the ladder's rates).
     */
    public RaceFill(Network start, Dataset data, TrainingConfig config, int steps, long seed, double[] candidates) {
        this.start = start.copy();
        this.data = data;
        this.config = config;
        this.steps = steps;
        this.candidates = candidates.clone();
        if (StableRate.hasLimit(config.optimizer().kind())) {
            meter = new SharpnessMeter(this.start, data, seed);
        } else {
            placeLadder();
        }
    }

    /** The ladder around the limit (or the lab's α), with the candidates, sorted, distinct and in range. */
    private void placeLadder() {
        double anchor = limit > 0 && limit < Double.POSITIVE_INFINITY ? limit : config.learningRate();
        TreeSet<Double> ladder = new TreeSet<>();
        for (double multiple : MULTIPLES) {
            ladder.add(inRange(multiple * anchor));
        }
        for (double candidate : candidates) {
            if (candidate > 0 && candidate < Double.POSITIVE_INFINITY) {
                ladder.add(inRange(candidate));
            }
        }
        rates = new double[ladder.size()];
        int k = 0;
        for (double rate : ladder) {
            rates[k++] = rate;
        }
        verdicts = new Verdict[rates.length];
        ends = new Network[rates.length];
        endLimits = new double[rates.length];
        Arrays.fill(endLimits, Double.NaN);
    }

    private static double inRange(double rate) {
        return RateLab.rounded(Math.max(AppState.MIN_LEARNING_RATE, Math.min(AppState.MAX_LEARNING_RATE, rate)));
    }

    /** The stable-step limit at the starting weights; NaN for RMSProp and Adam (and while not yet measured), +∞ where nothing curves up. */
    public double limit() {
        return limit;
    }

    /**
     * Up to {@code units} more units of work (a slice of a Hessian-vector product or of a training step each, see
     * the class comment); true while there is more to measure.
     */
    public boolean advance(int units) {
        for (int u = 0; u < units && !isDone(); u++) {
            if (rates == null) {
                measureStart();
            } else if (measured < rates.length) {
                raceLadder();
            } else {
                measureEnds();
            }
        }
        return !isDone();
    }

    private void measureStart() {
        if (productEnds(meter, SharpnessMeter.DEFAULT_MAX_PRODUCTS)) {
            limit = StableRate.of(config.optimizer().kind(), config.optimizer().momentum(), meter.estimate());
            meter = null;
            placeLadder();
        }
    }

    private void raceLadder() {
        if (current == null) {
            // setting up a run (a copy of the weights and J₀ over all the data) is a unit of its own
            current = new Race(start, data, config, new double[] {rates[measured]}, steps);
            startingCost = current.costsView(0)[0];
            return;
        }
        current.stepRunSlice(0);
        if (!current.isRunning(0)) {
            verdicts[measured] = current.verdict(0);
            ends[measured++] = current.network(0).copy();
            current = null;
            if (measured == rates.length) {
                lanes = laneIndices();
            }
        }
    }

    /** One product towards the end limit of the next lane whose verdict the starting limit does not predict. */
    private void measureEnds() {
        while (endLane < 4 && meter == null && !surprises(lanes[endLane])) {
            endLane++;
        }
        if (endLane == 4) {
            return;
        }
        int index = lanes[endLane];
        if (meter == null) {
            meter = new SharpnessMeter(ends[index], data, 1);
        }
        if (productEnds(meter, END_PRODUCTS)) {
            endLimits[index] = StableRate.of(config.optimizer().kind(), config.optimizer().momentum(), meter.estimate());
            meter = null;
            endLane++;
        }
    }

    /** One slice of {@code meter}'s product; true when its estimate is final (converged, or {@code maxProducts} made). */
    private static boolean productEnds(SharpnessMeter meter, int maxProducts) {
        int before = meter.products();
        return meter.advanceSlice() == 0
                || meter.products() > before && (meter.isConverged() || meter.products() >= maxProducts);
    }

    /** Whether ladder run {@code index} is unstable below the starting limit or converges above it. */
    private boolean surprises(int index) {
        if (index < 0 || !(limit > 0 && limit < Double.POSITIVE_INFINITY)) {
            return false;
        }
        RateZone zone = RateZone.of(rates[index], limit);
        Verdict verdict = verdicts[index];
        boolean unstable = verdict == Verdict.OSCILLATING || verdict == Verdict.RISING || verdict == Verdict.DIVERGED;
        return unstable ? zone == RateZone.FAR_BELOW || zone == RateZone.BELOW
                : verdict == Verdict.CONVERGING && (zone == RateZone.ABOVE || zone == RateZone.FAR_ABOVE);
    }

    public boolean isDone() {
        return rates != null && measured == rates.length && endLane == 4;
    }

    /** How far the measuring is, 0 to 1: the starting limit counts as the first tenth. */
    public double progress() {
        if (rates == null) {
            return 0.1 * meter.products() / SharpnessMeter.DEFAULT_MAX_PRODUCTS;
        }
        return isDone() ? 1 : 0.1 + 0.9 * measured / rates.length;
    }

    /** The four lanes' α in the order of {@link RacePresets#label}, NaN for a label no rate earned. Done only. */
    public double[] lanes() {
        int[] index = doneLanes();
        double[] lanes = new double[4];
        for (int lane = 0; lane < 4; lane++) {
            lanes[lane] = index[lane] < 0 ? Double.NaN : rates[index[lane]];
        }
        return lanes;
    }

    /** The verdict each lane's label predicts (its measured verdict), null for an empty lane. Done only. */
    public Verdict[] expected() {
        int[] index = doneLanes();
        Verdict[] expected = new Verdict[4];
        for (int lane = 0; lane < 4; lane++) {
            expected[lane] = index[lane] < 0 ? null : verdicts[index[lane]];
        }
        return expected;
    }

    private int[] doneLanes() {
        if (!isDone()) {
            throw new IllegalStateException("the fill-in is " + (int) (progress() * 100)
                    + " % measured; its lanes are known when it is done");
        }
        return lanes;
    }

    private int[] laneIndices() {
        int good = -1;
        for (int i = 0; i < rates.length; i++) {
            if (verdicts[i] == Verdict.CONVERGING) {
                good = i;
            }
        }
        int firstUnstable = rates.length;
        for (int i = rates.length - 1; i >= 0; i--) {
            Verdict v = verdicts[i];
            if (v == Verdict.OSCILLATING || v == Verdict.RISING || v == Verdict.DIVERGED) {
                firstUnstable = i;
            }
        }
        int tooSmall = -1;
        for (int i = 0; i < (good >= 0 ? good : firstUnstable); i++) {
            if (verdicts[i] == Verdict.SLOW) {
                tooSmall = i;
            }
        }
        // without a good rate, the larger ones are those above the largest slow one
        int pivot = good >= 0 ? good : tooSmall;
        int diverging = -1;
        for (int i = rates.length - 1; i > pivot; i--) {
            if (verdicts[i] == Verdict.DIVERGED) {
                diverging = i;
            }
        }
        // too large sits below diverging, so the lanes read in increasing α
        int tooLarge = -1;
        for (int i = (diverging >= 0 ? diverging : rates.length) - 1; i > pivot; i--) {
            if (verdicts[i] == Verdict.OSCILLATING || verdicts[i] == Verdict.RISING) {
                tooLarge = i;
            }
        }
        return new int[] {tooSmall, good, tooLarge, diverging};
    }

    /** The hint beside lane {@code lane}: its label, the verdict it predicts and where it sits against the limit. */
    public String hint(int lane) {
        int index = doneLanes()[lane];
        if (index < 0) {
            return RacePresets.label(lane) + ": no α from " + AppState.LEARNING_RATE_ALLOWED + " was judged "
                    + target(lane) + " here";
        }
        double rate = rates[index];
        Verdict verdict = verdicts[index];
        StringBuilder text = new StringBuilder(RacePresets.label(lane) + ": expected " + RateLab.verdictName(verdict));
        if (limit > 0 && limit < Double.POSITIVE_INFINITY) {
            text.append(" (").append(NumberFormat.format(rate / limit, 2)).append("× the limit)");
            String surprise = surprise(index, RateZone.of(rate, limit));
            if (!surprise.isEmpty()) {
                text.append("; ").append(surprise);
            }
        }
        return text.toString();
    }

    /** What run {@code index} does that the straight-line picture at the starting weights does not predict, or "". */
    private String surprise(int index, RateZone zone) {
        Verdict verdict = verdicts[index];
        double rate = rates[index];
        boolean unstable = verdict == Verdict.OSCILLATING || verdict == Verdict.RISING || verdict == Verdict.DIVERGED;
        if (unstable && (zone == RateZone.FAR_BELOW || zone == RateZone.BELOW)) {
            double end = endLimits[index];
            if (end < rate) {
                return "below the starting limit, yet J bounces: the network grew sharper as it trained (the limit"
                        + " at the end, ≈ " + NumberFormat.format(end, 2) + ", is below this α)";
            }
            boolean miniBatch = config.batchSize() != TrainingConfig.FULL_BATCH && config.batchSize() < data.count();
            return "below the limit, yet J bounces" + (miniBatch ? ": each mini-batch's gradient is noisy" : "");
        }
        if (verdict == Verdict.CONVERGING && (zone == RateZone.ABOVE || zone == RateZone.FAR_ABOVE)) {
            double end = endLimits[index];
            return end > rate ? "above the starting limit, yet J settles: training moved to flatter ground (the limit"
                    + " at the end is ≈ " + NumberFormat.format(end, 2) + ")" : "above the starting limit, yet J settles";
        }
        return "";
    }

    /** Where no lane diverged: " " and why J could not blow up here with what to change, or "" (unknown why). */
    private String divergenceNote() {
        String reason = BoundedCost.reason(start, data, config, steps, startingCost, AppState.MAX_LEARNING_RATE);
        return reason.isEmpty() ? "" : " " + reason;
    }

    private static String target(int lane) {
        return switch (lane) {
            case 0 -> "slow";
            case 1 -> "converging";
            case 2 -> "oscillating or rising";
            default -> "diverged";
        };
    }

    /**
     * What the race says of {@code candidate} (one of the constructor's candidates), in one sentence: "Raced for
     * 400 steps, α = 3 is judged oscillating (5.2× the stable limit)." Done only.
     */
    public String checked(double candidate) {
        doneLanes();
        double rate = inRange(candidate);
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] == rate) {
                return "Raced for " + steps + " steps, α = " + NumberFormat.format(rate, 3) + " is judged "
                        + RateLab.verdictName(verdicts[i]) + (limit > 0 && limit < Double.POSITIVE_INFINITY
                        ? " (" + NumberFormat.format(rate / limit, 2) + "× the stable limit ≈ "
                        + NumberFormat.format(limit, 3) + ")." : ".");
            }
        }
        throw new IllegalArgumentException("α = " + candidate + " was not one of the rates raced");
    }

    /** One sentence under the fill-in: the limit, and the labels the range could not fill. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        if (limit > 0 && limit < Double.POSITIVE_INFINITY) {
            text.append("Measured: the stable limit at the starting weights is α ≈ ")
                    .append(NumberFormat.format(limit, 3)).append(limit > AppState.MAX_LEARNING_RATE
                            ? ", beyond this lab's α range" : "").append("; ");
        } else {
            text.append("Measured around α = ").append(NumberText.format(config.learningRate()))
                    .append(" (this optimizer has no single limit); ");
        }
        text.append("each rate below was raced for ").append(steps).append(" steps and labelled by what it did.");
        double[] lanes = lanes();
        for (int lane = 0; lane < 4; lane++) {
            if (lanes[lane] != lanes[lane]) {
                text.append(" No α in this range is ").append(RacePresets.label(lane)).append(" here");
                text.append(lane == 3 ? " (no run's J exploded)." + divergenceNote()
                        : lane == 1 ? " (none converges within " + steps + " steps)." : ".");
            }
        }
        return text.toString();
    }
}
