package org.backproplab.bench;

import java.util.concurrent.TimeUnit;
import org.backproplab.train.Trainer;
import org.backproplab.ui.bench.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One {@link Trainer#step()} of each standard workload (see {@link Workload}), in steps per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TrainerStepBenchmark {
    @Param({"spiral", "xor", "gauss3"})
    public String workload;

    private Trainer trainer;

    @Setup(Level.Trial)
    public void start() {
        trainer = Workload.fromId(workload).trainer();
    }

    @Benchmark
    public double step() {
        return trainer.step();
    }
}
