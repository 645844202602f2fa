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

/**
 * The race's fill-in "too small · good · too large · diverging", measured, then labelled. The stable-step limit
 * L = 2/λ_max (or the momentum form, {@link StableRate}) at the race's starting weights places a ladder of rates
 * {@link #MULTIPLES}·L (for RMSProp and Adam, which have no single limit, around the lab's α), clamped to the
 * lab's α range; each rate runs the race's own run (same weights, data, optimizer, batch and steps) and gets its
 * verdict. Then each label takes a rate whose measured verdict is the one it names:
 * <ul>
 *   <li>good: the largest rate judged converging;</li>
 *   <li>too small: the largest rate below good judged slow;</li>
 *   <li>too large: the smallest rate above good judged oscillating or rising;</li>
 *   <li>diverging: the smallest rate above good that diverged.</li>
 * </ul>
 * Without a good rate (nothing converges within the race's steps) the larger labels are sought above the largest
 * slow rate below the first unstable one. A label no rate of the range earns stays empty, and {@link #summary()} says so. Where a measured verdict is not
 * what the limit's zone predicts (a network sharpens or flattens as it trains; a mini-batch adds noise) the lane's
 * note says which. Work is done in slices of steps ({@link #advance}) so a page can spread it over frames.
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
    private final double limit;
    private final double[] rates;
    private final Verdict[] verdicts;
    /** Each ladder run's weights at its end, and the limit there (NaN until asked for). */
    private final Network[] ends;
    private final double[] endLimits;
    private int measured;
    private Race current;

    /**
     * A fill-in for races of {@code steps} steps from {@code start} on {@code data} with {@code config} (its α is
     * the anchor when the optimizer has no single limit); {@code seed} seeds the sharpness meter.
     */
    public RaceFill(Network start, Dataset data, TrainingConfig config, int steps, long seed) {
        this.start = start.copy();
        this.data = data;
        this.config = config;
        this.steps = steps;
        double sharpness = SharpnessMeter.of(this.start, data, seed).value();
        limit = StableRate.hasLimit(config.optimizer().kind())
                ? StableRate.of(config.optimizer().kind(), config.optimizer().momentum(), sharpness) : Double.NaN;
        double anchor = limit > 0 && limit < Double.POSITIVE_INFINITY ? limit : config.learningRate();
        double[] ladder = new double[MULTIPLES.length];
        int count = 0;
        for (double multiple : MULTIPLES) {
            double rate = RateLab.rounded(Math.max(AppState.MIN_LEARNING_RATE,
                    Math.min(AppState.MAX_LEARNING_RATE, multiple * anchor)));
            if (count == 0 || rate > ladder[count - 1]) {
                ladder[count++] = rate;
            }
        }
        rates = java.util.Arrays.copyOf(ladder, count);
        verdicts = new Verdict[count];
        ends = new Network[count];
        endLimits = new double[count];
        java.util.Arrays.fill(endLimits, Double.NaN);
    }

    /** The stable-step limit at the starting weights; NaN for RMSProp and Adam, +∞ where nothing curves up. */
    public double limit() {
        return limit;
    }

    /** Runs up to {@code maxSteps} more steps of the ladder's races; true while there is more to measure. */
    public boolean advance(int maxSteps) {
        int left = maxSteps;
        while (left > 0 && measured < rates.length) {
            if (current == null) {
                current = new Race(start, data, config, new double[] {rates[measured]}, steps);
            }
            int slice = Math.min(left, 20);
            left -= slice;
            if (!current.step(slice)) {
                verdicts[measured] = current.verdict(0);
                ends[measured++] = current.network(0).copy();
                current = null;
            }
        }
        return !isDone();
    }

    public boolean isDone() {
        return measured == rates.length;
    }

    /** How far the measuring is, 0 to 1. */
    public double progress() {
        return (double) measured / rates.length;
    }

    /** The four lanes' α in the order of {@link RacePresets#label}, NaN for a label no rate earned. Done only. */
    public double[] lanes() {
        int[] index = laneIndices();
        double[] lanes = new double[4];
        for (int lane = 0; lane < 4; lane++) {
            lanes[lane] = index[lane] < 0 ? Double.NaN : rates[index[lane]];
        }
        return lanes;
    }

    /** The verdict each lane's label predicts (its measured verdict), null for an empty lane. Done only. */
    public Verdict[] expected() {
        int[] index = laneIndices();
        Verdict[] expected = new Verdict[4];
        for (int lane = 0; lane < 4; lane++) {
            expected[lane] = index[lane] < 0 ? null : verdicts[index[lane]];
        }
        return expected;
    }

    private int[] laneIndices() {
        if (!isDone()) {
            throw new IllegalStateException("the fill-in has measured " + measured + " of " + rates.length
                    + " rates; its lanes are known when all are measured");
        }
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
        int tooLarge = -1;
        int diverging = -1;
        for (int i = pivot + 1; i < rates.length; i++) {
            Verdict v = verdicts[i];
            if (tooLarge < 0 && (v == Verdict.OSCILLATING || v == Verdict.RISING)) {
                tooLarge = i;
            }
            if (diverging < 0 && v == Verdict.DIVERGED) {
                diverging = i;
            }
        }
        return new int[] {tooSmall, good, tooLarge, diverging};
    }

    /** The hint beside lane {@code lane}: its label, the verdict it predicts and where it sits against the limit. */
    public String hint(int lane) {
        int index = laneIndices()[lane];
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

    /** The stable limit at the end of ladder run {@code index}, measured once (a bounded number of products). */
    private double endLimit(int index) {
        if (endLimits[index] != endLimits[index] && ends[index] != null) {
            double sharpness = new SharpnessMeter(ends[index], data, 1).measure(END_PRODUCTS).value();
            endLimits[index] = StableRate.of(config.optimizer().kind(), config.optimizer().momentum(), sharpness);
        }
        return endLimits[index];
    }

    /** What run {@code index} does that the straight-line picture at the starting weights does not predict, or "". */
    private String surprise(int index, RateZone zone) {
        Verdict verdict = verdicts[index];
        double rate = rates[index];
        boolean unstable = verdict == Verdict.OSCILLATING || verdict == Verdict.RISING || verdict == Verdict.DIVERGED;
        if (unstable && (zone == RateZone.FAR_BELOW || zone == RateZone.BELOW)) {
            double end = endLimit(index);
            if (end < rate) {
                return "below the starting limit, yet J bounces: the network grew sharper as it trained (the limit"
                        + " at the end, ≈ " + NumberFormat.format(end, 2) + ", is below this α)";
            }
            boolean miniBatch = config.batchSize() != TrainingConfig.FULL_BATCH && config.batchSize() < data.count();
            return "below the limit, yet J bounces" + (miniBatch ? ": each mini-batch's gradient is noisy" : "");
        }
        if (verdict == Verdict.CONVERGING && (zone == RateZone.ABOVE || zone == RateZone.FAR_ABOVE)) {
            double end = endLimit(index);
            return end > rate ? "above the starting limit, yet J settles: training moved to flatter ground (the limit"
                    + " at the end is ≈ " + NumberFormat.format(end, 2) + ")" : "above the starting limit, yet J settles";
        }
        return "";
    }

    private static String target(int lane) {
        return switch (lane) {
            case 0 -> "slow";
            case 1 -> "converging";
            case 2 -> "oscillating or rising";
            default -> "diverged";
        };
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
                text.append(lane == 3 ? " (no run's J exploded)."
                        : lane == 1 ? " (none converges within " + steps + " steps)." : ".");
            }
        }
        return text.toString();
    }
}
