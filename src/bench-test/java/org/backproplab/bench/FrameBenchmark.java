package org.backproplab.bench;

import java.util.concurrent.TimeUnit;
import org.backproplab.ui.bench.BenchFrame;
import org.backproplab.ui.bench.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The lab's animation frame without the canvas ({@link BenchFrame}: 10 spiral steps + the 100×100
 * decision boundary evaluated and painted into an int[]), and the boundary alone, in ms per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FrameBenchmark {
    private BenchFrame frame;

    @Setup(Level.Trial)
    public void start() {
        frame = new BenchFrame(Workload.SPIRAL.trainer());
    }

    @Benchmark
    public double frame() {
        return frame.run();
    }

    @Benchmark
    public int[] boundaryOnly() {
        frame.paintBoundary();
        return frame.pixels();
    }
}
