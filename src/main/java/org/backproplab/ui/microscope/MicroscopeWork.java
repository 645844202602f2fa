package org.backproplab.ui.microscope;

import java.util.function.DoubleSupplier;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.landscape.ChainRule;
import org.backproplab.landscape.CostGrid;
import org.backproplab.landscape.CostSlice;
import org.backproplab.landscape.LearningRateDemo;
import org.backproplab.landscape.SlicePresets;
import org.backproplab.train.TrainingSlice;
import org.backproplab.viz.StickyWindow;

/**
 * Everything the microscope measures, cut into small units of work so that a frame does only as many as fit its
 * time budget: the weight's J, ∂J/∂w and exact J″(w), the second weight's, the chain rule's sum over the examples,
 * the slice's {@value #SAMPLES} samples, the presets' trial runs, the demo's steps and the map's {@value #CELLS} ×
 * {@value #CELLS} cells. Each of these sums over the training examples, and a unit adds one slice of them (about
 * {@link TrainingSlice#MULTIPLY_ADDS} multiply-adds: on six hidden layers of 16, 31 examples of backpropagation,
 * 94 of forward passes, 15 of a Hessian-vector product), summed into the same sums in the same order as the whole
 * pass, so the results are the whole pass's bit for bit (landscape.CostFunction's pass). A job measures a private
 * copy of the parameters taken when it starts, so its parts agree with one another while training moves on.
 *
 * <p>No browser code: the clock is passed in, and the JVM tests drive it. Allocates only in the constructor.
 */
final class MicroscopeWork {
    static final int SAMPLES = 81;
    static final int CELLS = 41;
    /** The most training examples the 2-D map takes J over, so that a 41 × 41 grid stays fast. */
    static final int MAP_ROWS = 200;

    enum Phase { SECOND, SECOND_CURVATURE, MEASURE, CURVATURE, CHAIN, CHAIN_EXAMPLES, SAMPLE, PRESETS, MAP, DONE }

    private final DoubleSupplier clock;
    private final Network source;
    final Dataset data;
    private final Network copy;
    final CostSlice slice;
    final ChainRule rule;
    private final CostGrid grid;
    final SlicePresets presets;
    private final LearningRateDemo demo;
    final int mapRowCount;
    private final int examples;
    private final int parts;
    /** Examples per unit: of backpropagation, of forward passes alone. */
    private final int backwardSlice;
    private final int forwardSlice;
    private final StickyWindow window = new StickyWindow();
    private final StickyWindow mapX = new StickyWindow();
    private final StickyWindow mapY = new StickyWindow();

    private Phase phase = Phase.DONE;
    private int part;
    private double sum;
    /** Whether the phase's current pass (a measure, a sample, the map's cells) has begun. */
    private boolean passBegun;
    private int revision = Integer.MIN_VALUE;
    private int index = -1;
    private int second = -1;
    private int example;
    private double rate = Double.NaN;
    private boolean withPresets;
    private int presetsRevision = Integer.MIN_VALUE;
    private int presetsIndex = -1;

    // the first weight at the job's start
    double weight = Double.NaN;
    double cost = Double.NaN;
    double slope = Double.NaN;
    double next = Double.NaN;
    double nextCost = Double.NaN;
    double curvature = Double.NaN;
    private double radius;
    // the second weight
    double secondWeight = Double.NaN;
    double secondSlope = Double.NaN;
    private double secondRadius;

    final double[] sampleWeights = new double[SAMPLES];
    final double[] sampleCosts = new double[SAMPLES];
    double low;
    double high;
    private int sample;
    /** The job ends when it reaches this phase: DONE for a whole job, earlier for a part done again. */
    private Phase stopAt = Phase.DONE;
    /** The example shown changed after this job's chain rule: do it again at the end. */
    private boolean chainAgain;

    final double[] cells = new double[CELLS * CELLS];
    int filledCells;
    double mapCenter1;
    double mapCenter2;
    double mapRadius;

    /** Counters that step up when a part is ready: the view redraws what changed. */
    int numbersVersion;
    int sliceVersion;
    int mapVersion;
    int presetsVersion;
    int demoVersion;

    private boolean demoRunning;
    int demoPreset = -1;
    double demoRate = Double.NaN;

    MicroscopeWork(Network source, Dataset data, int demoSteps, double minRate, double maxRate, DoubleSupplier clock) {
        this.clock = clock;
        this.source = source;
        this.data = data;
        this.copy = source.copy();
        this.slice = new CostSlice(copy, data, null);
        this.rule = new ChainRule(copy, data, null);
        this.examples = data.count();
        int hessianSlice = TrainingSlice.hessianExamples(source.shape());
        this.parts = (examples + hessianSlice - 1) / hessianSlice;
        this.backwardSlice = TrainingSlice.examples(source.shape());
        this.forwardSlice = TrainingSlice.forwardExamples(source.shape());
        int[] mapRows = null;
        int mapCount = data.count();
        if (mapCount > MAP_ROWS) {
            mapRows = new int[MAP_ROWS];
            for (int k = 0; k < MAP_ROWS; k++) {
                mapRows[k] = (int) ((double) k * data.count() / MAP_ROWS); // no long: a BigInt in the browser
            }
            mapCount = MAP_ROWS;
        }
        this.mapRowCount = mapCount;
        this.grid = new CostGrid(copy, data, mapRows);
        this.presets = new SlicePresets(new LearningRateDemo(slice, demoSteps), demoSteps, minRate, maxRate);
        // a slice of its own: a demo's passes go on while a phase's pass on `slice` waits half done
        this.demo = new LearningRateDemo(new CostSlice(copy, data, null), demoSteps);
    }

    /** Whether this work measures {@code network} on {@code trainData}. */
    boolean follows(Network network, Dataset trainData) {
        return network == source && trainData == data;
    }

    /**
     * Starts measuring weight {@code index} (and {@code second}, −1 for none) of the lab at {@code labRevision},
     * the chain rule for {@code exampleShown}, at the trainer's α {@code learningRate}; the presets too when
     * {@code measurePresets} (they are kept while the revision and the weight stay). Takes the copy of the
     * parameters now. An unfinished job is dropped; a demo in progress too.
     */
    void start(int labRevision, int index, int second, int exampleShown, double learningRate, boolean measurePresets) {
        System.arraycopy(source.parameters(), 0, copy.parameters(), 0, copy.parameters().length);
        this.revision = labRevision;
        this.index = index;
        this.second = second;
        this.example = exampleShown;
        this.rate = learningRate;
        this.withPresets = measurePresets;
        demoRunning = false;
        stopAt = Phase.DONE;
        chainAgain = false;
        begin(second >= 0 ? Phase.SECOND : Phase.MEASURE);
    }

    /** Drops the job and its selection, so that the next {@link #start} is for a newly chosen weight. */
    void forget() {
        revision = Integer.MIN_VALUE;
        index = -1;
        second = -1;
        phase = Phase.DONE;
        demoRunning = false;
        stopAt = Phase.DONE;
        chainAgain = false;
    }

    /** A new window for the slice and the map: after a new network, or when the panel opens again. */
    void resetWindows() {
        window.reset();
        mapX.reset();
        mapY.reset();
    }

    boolean done() {
        return phase == Phase.DONE && !demoRunning;
    }

    Phase phase() {
        return phase;
    }

    int revision() {
        return revision;
    }

    int index() {
        return index;
    }

    int second() {
        return second;
    }

    /** The parts the examples are cut into for the curvature and the chain rule. */
    int parts() {
        return parts;
    }

    int example() {
        return example;
    }

    /** The α the job measured the step with. */
    double rate() {
        return rate;
    }

    /** Whether the presets on screen were measured for this job's revision and weight. */
    boolean presetsCurrent() {
        return presetsRevision == revision && presetsIndex == index && presets.done();
    }

    /** Starts a demo run at α = {@code learningRate} on the job's weight; {@code preset} 0–3, or 4 for your α. */
    void startDemo(int preset, double learningRate) {
        demo.start(index, learningRate, presets.steps());
        demoRunning = true;
        demoPreset = preset;
        demoRate = learningRate;
    }

    /** The last demo run, for the view to copy once {@link #demoVersion} stepped up. */
    LearningRateDemo demo() {
        return demo;
    }

    /**
     * Works at least one unit, then starts another only while it is expected to end by {@code deadline} (a unit
     * takes about as long as the one before it), so that a frame overshoots its budget by no whole unit; returns
     * true when all is done.
     */
    boolean work(double deadline) {
        double before = clock.getAsDouble();
        double after;
        do {
            if (!unit()) {
                return true;
            }
            after = clock.getAsDouble();
            double last = after - before;
            before = after;
            after += last;
        } while (after <= deadline);
        return done();
    }

    /** One unit of work, a slice of the examples of one pass; false when there was none left. */
    boolean unit() {
        if (demoRunning) {
            if (demo.advance(backwardSlice)) {
                demoRunning = false;
                demoVersion++;
            }
            return true;
        }
        switch (phase) {
            case SECOND:
                if (measured(second)) {
                    secondWeight = slice.weight();
                    secondSlope = slice.slope();
                    begin(Phase.SECOND_CURVATURE);
                }
                return true;
            case SECOND_CURVATURE:
                if (curvaturePart(second)) {
                    secondRadius = CostSlice.radiusFor(secondSlope, rate, sum / examples);
                    begin(Phase.MEASURE);
                }
                return true;
            case MEASURE:
                if (measured(index)) {
                    weight = slice.weight();
                    cost = slice.measuredCost();
                    slope = slice.slope();
                    next = slice.nextWeight();
                    nextCost = slice.nextCost();
                    begin(Phase.CURVATURE);
                }
                return true;
            case CURVATURE:
                if (curvaturePart(index)) {
                    curvature = sum / examples;
                    radius = CostSlice.radiusFor(slope, rate, curvature);
                    frame();
                    begin(Phase.CHAIN);
                }
                return true;
            case CHAIN:
                rule.begin(index, example);
                begin(Phase.CHAIN_EXAMPLES);
                return true;
            case CHAIN_EXAMPLES:
                int from = partStart(part);
                int to = partStart(part + 1);
                rule.addExamples(from, to);
                if (++part == parts) {
                    rule.finish();
                    numbersVersion++;
                    begin(Phase.SAMPLE);
                }
                return true;
            case SAMPLE:
                sampleOne();
                return true;
            case PRESETS:
                if (presets.work(backwardSlice)) {
                    presetsRevision = revision;
                    presetsIndex = index;
                    presetsVersion++;
                    begin(second >= 0 ? Phase.MAP : Phase.DONE);
                }
                return true;
            case MAP:
                if (!passBegun) {
                    grid.beginCells(index, second, mapCenter1, mapCenter2, mapRadius, mapRadius, CELLS, CELLS, 0,
                            CELLS * CELLS);
                    passBegun = true;
                }
                boolean filled = grid.advanceCells(forwardSlice, cells);
                filledCells = grid.nextCell();
                if (filled) {
                    mapVersion++;
                    begin(Phase.DONE);
                }
                return true;
            default:
                return false;
        }
    }

    /** Does the phases from {@code first} up to (not including) {@code end} again, on the same copy. */
    private void again(Phase first, Phase end) {
        stopAt = end;
        begin(first);
    }

    /** The chain rule for another example, on the job's copy of the parameters. */
    void showExample(int exampleShown) {
        example = exampleShown;
        if (phase == Phase.DONE) {
            again(Phase.CHAIN, Phase.SAMPLE);
        } else if (phase.ordinal() > Phase.CHAIN_EXAMPLES.ordinal()) {
            chainAgain = true;
        }
    }

    /** Measures the presets of the finished job's weight (a job started while training skips them). */
    void measurePresets() {
        if (phase == Phase.DONE && !presetsCurrent()) {
            withPresets = true;
            again(Phase.PRESETS, Phase.MAP);
        }
    }

    private void begin(Phase next) {
        if (next.ordinal() >= stopAt.ordinal()) {
            next = Phase.DONE;
            stopAt = Phase.DONE;
        }
        if (next == Phase.DONE && chainAgain) {
            chainAgain = false;
            next = Phase.CHAIN;
            stopAt = Phase.SAMPLE;
        }
        phase = next;
        part = 0;
        sum = 0;
        sample = 0;
        passBegun = false;
        if (next == Phase.PRESETS) {
            if (!withPresets || (presetsRevision == revision && presetsIndex == index)) {
                begin(second >= 0 ? Phase.MAP : Phase.DONE);
                return;
            }
            presets.start(index, curvature, slope);
            presetsIndex = -1;
        } else if (next == Phase.MAP) {
            filledCells = 0;
            mapCenter1 = mapX.center();
            mapCenter2 = mapY.center();
            mapRadius = mapX.radius();
            if (!Double.isFinite(mapCenter1) || !Double.isFinite(mapCenter2) || !(mapRadius > 0)
                    || Double.isInfinite(mapRadius)) {
                begin(Phase.DONE); // weights that are not numbers have no map around them
            }
        }
    }

    private int partStart(int k) {
        return (int) ((double) k * examples / parts);
    }

    /** A slice of the measure of {@code parameter}'s J, ∂J/∂w and next step (CostSlice.measure); true once done. */
    private boolean measured(int parameter) {
        if (!passBegun) {
            slice.beginMeasure(parameter, rate);
            passBegun = true;
        }
        return slice.advanceMeasure(backwardSlice);
    }

    /** Adds one part of e_iᵀHe_i; true once all parts are in {@link #sum}. */
    private boolean curvaturePart(int parameter) {
        int from = partStart(part);
        int to = partStart(part + 1);
        if (to > from) {
            sum += slice.secondDerivativePart(parameter, from, to);
        }
        return ++part == parts;
    }

    /** The slice's window (w and its next step inside) and the map's square one around both weights. */
    private void frame() {
        window.follow(weight, next, radius);
        low = window.min();
        high = window.max();
        if (second >= 0) {
            double wanted = Math.max(radius, secondRadius);
            mapX.follow(weight, next, wanted);
            mapY.follow(secondWeight, secondWeight - rate * secondSlope, wanted);
            double common = Math.max(mapX.radius(), mapY.radius());
            mapX.include(mapX.center() + common);
            mapY.include(mapY.center() + common);
        }
    }

    /** A slice of the current sample's J; the next sample once it is in. */
    private void sampleOne() {
        if (!passBegun) {
            double w = low + (high - low) * sample / (SAMPLES - 1);
            sampleWeights[sample] = w;
            slice.beginCostAt(index, w);
            passBegun = true;
        }
        if (!slice.advanceCost(forwardSlice)) {
            return;
        }
        sampleCosts[sample] = slice.slicedCost();
        passBegun = false;
        if (++sample == SAMPLES) {
            sliceVersion++;
            begin(Phase.PRESETS);
        }
    }

    /**
     * Widens the slice's window to the last demo's first points (not to a runaway's far end) and samples the
     * curve again over it, when the job is done and anything moved.
     */
    void showDemo() {
        if (phase != Phase.DONE) {
            return;
        }
        double reach = 4 * window.radius();
        boolean grew = false;
        for (int k = 0; k < demo.count(); k++) {
            if (Math.abs(demo.weight(k) - window.center()) <= reach) {
                grew |= window.include(demo.weight(k));
            }
        }
        if (grew) {
            low = window.min();
            high = window.max();
            again(Phase.SAMPLE, Phase.PRESETS);
        }
    }
}
