package org.backproplab.ui.bench;

import org.backproplab.train.Trainer;
import org.backproplab.viz.ColorScale;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * The TeaVM entry point of the browser benchmark (web/bench/index.html). The page picks a workload with
 * {@link #benchSetup}, times {@link #benchRun} and {@link #benchFrame}, and copies the starting weights
 * and data out ({@link #benchParameters}, {@link #benchInputs}, {@link #benchTargets}) so that the
 * plain-JS reference trains from exactly the same state. Exported as globals (JS) or as the module's
 * exports (WebAssembly GC); the names carry a "bench" prefix to stay out of the page's way.
 */
public final class BenchMain {
    private static Workload workload;
    private static Trainer trainer;
    private static BenchFrame frame;

    private BenchMain() {
    }

    public static void main(String[] args) {
    }

    /** Starts {@code id} (spiral, xor, gauss3) from step 0; returns its parameter count. */
    @JSExport
    public static int benchSetup(String id) {
        workload = Workload.fromId(id);
        trainer = workload.trainer();
        frame = workload.shape().inputSize() == 2 && workload.shape().outputSize() == 1
                ? new BenchFrame(trainer) : null;
        return workload.shape().parameterCount();
    }

    /** The workload's configuration as JSON, see {@link Workload#describe()}. */
    @JSExport
    public static String benchDescribe() {
        return workload.describe();
    }

    /** {@code steps} training steps; returns the last step's batch cost. */
    @JSExport
    public static double benchRun(int steps) {
        double cost = Double.NaN;
        for (int s = 0; s < steps; s++) {
            cost = trainer.step();
        }
        return cost;
    }

    /** {@code frames} frames of {@link BenchFrame} (10 steps + boundary); returns the last batch cost. */
    @JSExport
    public static double benchFrame(int frames) {
        double cost = Double.NaN;
        for (int f = 0; f < frames; f++) {
            cost = frame.run();
        }
        return cost;
    }

    /** J on the whole dataset at the current parameters. */
    @JSExport
    public static double benchTrainingCost() {
        return trainer.trainingCost();
    }

    /** A copy of the current weights and biases (flat, laid out by the shape). */
    @JSExport
    public static Float64Array benchParameters() {
        return Float64Array.copyFromJavaArray(trainer.network().parameters());
    }

    /** A copy of the inputs, row-major. */
    @JSExport
    public static Float64Array benchInputs() {
        return Float64Array.copyFromJavaArray(trainer.data().inputsView());
    }

    /** A copy of the targets, row-major. */
    @JSExport
    public static Float64Array benchTargets() {
        return Float64Array.copyFromJavaArray(trainer.data().targetsView());
    }

    /** A copy of the last frame's pixels (ImageData order, see ColorScale). */
    @JSExport
    public static Int32Array benchPixels() {
        return Int32Array.copyFromJavaArray(frame.pixels());
    }

    /** The opaque pixel of every step of the lab's colour scale, for the reference's painter. */
    @JSExport
    public static Int32Array benchColorTable() {
        int[] table = new int[ColorScale.STEPS];
        for (int k = 0; k < table.length; k++) {
            table[k] = ColorScale.PLAYGROUND.pixel(2.0 * k / (ColorScale.STEPS - 1) - 1.0);
        }
        return Int32Array.copyFromJavaArray(table);
    }

    /** The nan pixel of the colour scale. */
    @JSExport
    public static int benchNanPixel() {
        return ColorScale.PLAYGROUND.pixel(Double.NaN);
    }
}
