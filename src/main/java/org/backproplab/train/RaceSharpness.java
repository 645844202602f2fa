package org.backproplab.train;

import org.backproplab.core.Network;
import org.backproplab.optim.OptimizerKind;

/**
 * The sharpness λ_max along each run of a {@link Race}, sampled every {@value #INTERVAL} steps and at the run's end,
 * so that a page can draw the stable limit (the optimizer's {@link StableRate}) over the run beside the cost and say
 * when a run above the limit settles because the sharpness fell. Iteration 0 is the same weights for every run and
 * is measured once.
 *
 * <p>A sample copies the run's weights (the race keeps stepping while the sample is measured) and runs that run's
 * own {@link SharpnessMeter} on the copy, restarted from its last eigenvector, so a slowly changing λ_max costs a
 * few Hessian-vector products; a sample gets at most {@value #FIRST_PRODUCTS} products from a random start and
 * {@value #TRACK_PRODUCTS} from the last eigenvector, and keeps the estimate it has then (a Ritz value, at most
 * λ_max). The work comes one product at a time ({@link #advance}); a diverged run is sampled no further.
 *
 * <p>Allocates its meters and sample arrays up front and one network copy per run; {@link #advance} allocates only
 * when a run's meter starts. Not thread-safe.
 */
public final class RaceSharpness {
    /** Steps between two samples of a run. */
    public static final int INTERVAL = 20;
    /** Products a sample may take when its meter starts from a random vector … */
    public static final int FIRST_PRODUCTS = 80;
    /** … and when it starts from the run's last eigenvector. */
    public static final int TRACK_PRODUCTS = 20;

    private final Race race;
    private final OptimizerKind optimizer;
    private final double momentum;
    private final long seed;
    private final Network[] copies;
    private final SharpnessMeter[] meters;
    private final double[][] iterations;
    private final double[][] sharpness;
    private final int[] counts;
    /** The iteration whose weights run r's meter is measuring, or −1 when it is idle. */
    private final int[] measuring;
    /** Whether run r's meter started from a random vector for the sample it is measuring. */
    private final boolean[] fresh;
    private int next;

    /** Tracks {@code race} from its start (call right after it was made or restarted). */
    public RaceSharpness(Race race, OptimizerKind optimizer, double momentum, long seed) {
        this.race = race;
        this.optimizer = optimizer;
        this.momentum = momentum;
        this.seed = seed;
        int runs = race.runCount();
        int capacity = race.maxSteps() / INTERVAL + 2;
        copies = new Network[runs];
        meters = new SharpnessMeter[runs];
        iterations = new double[runs][capacity];
        sharpness = new double[runs][capacity];
        counts = new int[runs];
        measuring = new int[runs];
        fresh = new boolean[runs];
        java.util.Arrays.fill(measuring, -1);
        for (int r = 0; r < runs; r++) {
            copies[r] = race.network(r).copy();
        }
        measuring[0] = 0;
        meters[0] = new SharpnessMeter(copies[0], race.trainer(0).data(), seed);
        fresh[0] = true;
    }

    /** Up to {@code products} Hessian-vector products; returns whether a sample is still due or being measured. */
    public boolean advance(int products) {
        for (int made = 0; made < products; made++) {
            int run = runToMeasure();
            if (run < 0) {
                return false;
            }
            SharpnessMeter meter = meters[run];
            int limit = fresh[run] ? FIRST_PRODUCTS : TRACK_PRODUCTS;
            if (meter.advance(1) == 0 || meter.isConverged() || meter.products() >= limit) {
                record(run, meter.estimate());
            }
        }
        return busyRun() >= 0 || dueRun() >= 0;
    }

    /**
     * One slice of a Hessian-vector product ({@link SharpnessMeter#advanceSlice}), for a page with a frame budget: a
     * sample measured in slices gets the same estimate bit for bit as one measured a product at a time. Returns
     * whether a sample is still due or being measured. Allocates only when a run's meter starts.
     */
    public boolean advanceSlice() {
        int run = runToMeasure();
        if (run < 0) {
            return false;
        }
        SharpnessMeter meter = meters[run];
        int limit = fresh[run] ? FIRST_PRODUCTS : TRACK_PRODUCTS;
        int before = meter.products();
        if (meter.advanceSlice() == 0
                || meter.products() > before && (meter.isConverged() || meter.products() >= limit)) {
            record(run, meter.estimate());
        }
        return busyRun() >= 0 || dueRun() >= 0;
    }

    /** The run whose sample is being measured, or else the next one due, started; −1 when none is. */
    private int runToMeasure() {
        int run = busyRun();
        if (run < 0) {
            run = dueRun();
            if (run >= 0) {
                start(run);
            }
        }
        return run;
    }

    private int busyRun() {
        for (int r = 0; r < measuring.length; r++) {
            if (measuring[r] >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** The next run (round robin) whose last sample is {@value #INTERVAL} steps old, or that ended since; −1 if none. */
    private int dueRun() {
        int runs = counts.length;
        for (int k = 0; k < runs; k++) {
            int r = (next + k) % runs;
            // weights that moved before their step's cost is recorded belong to no point of the curve yet
            if (counts[r] == 0 || race.isDiverged(r) || race.isMidStep(r)) {
                continue;
            }
            int at = race.costCount(r) - 1;
            double last = iterations[r][counts[r] - 1];
            if (at >= last + INTERVAL || !race.isRunning(r) && at > last) {
                next = (r + 1) % runs;
                return r;
            }
        }
        return -1;
    }

    private void start(int run) {
        copies[run].setParameters(race.network(run).parameters());
        measuring[run] = race.costCount(run) - 1;
        fresh[run] = meters[run] == null;
        if (meters[run] == null) {
            meters[run] = new SharpnessMeter(copies[run], race.trainer(run).data(), seed);
        } else {
            meters[run].restart();
        }
    }

    private void record(int run, double value) {
        int at = measuring[run];
        measuring[run] = -1;
        if (at == 0 && counts[run] == 0) {
            for (int r = 0; r < counts.length; r++) {
                iterations[r][0] = 0;
                sharpness[r][0] = value;
                counts[r] = 1;
            }
            return;
        }
        iterations[run][counts[run]] = at;
        sharpness[run][counts[run]++] = value;
    }

    /** Samples of run {@code run} so far. */
    public int count(int run) {
        return counts[run];
    }

    /** The iteration of sample k of run {@code run}. */
    public double iteration(int run, int k) {
        return iterations[run][k];
    }

    /** λ_max at sample k of run {@code run} (NaN where a product was not finite). */
    public double sharpness(int run, int k) {
        return sharpness[run][k];
    }

    /** The optimizer's stable limit at sample k of run {@code run}; NaN for RMSProp and Adam. */
    public double limit(int run, int k) {
        return StableRate.of(optimizer, momentum, sharpness[run][k]);
    }

    /** Whether every sample due has been measured (the race may still be running). */
    public boolean isIdle() {
        return busyRun() < 0 && dueRun() < 0;
    }
}
