package org.backproplab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this package (bench profile only: {@code mvn -B -Pbench verify}) and writes
 * target/bench/jvm.json (JMH's JSON) plus a table on stdout, with the bytes allocated per operation from
 * JMH's gc profiler. Short runs: 3 × 1 s warm-up and 5 × 1 s measurement in one fork. No timed
 * assertions: the numbers are for reading.
 */
class JvmBenchIT {
    @Test
    void runsTheJmhBenchmarks() throws RunnerException, IOException {
        Path directory = BenchFiles.directory();
        Path json = directory.resolve("jvm.json");
        Options options = new OptionsBuilder()
                .include(TrainerStepBenchmark.class.getName())
                .include(FrameBenchmark.class.getName())
                .include(HessianVectorBenchmark.class.getName())
                .warmupIterations(Integer.getInteger("bench.jvm.warmups", 3))
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(Integer.getInteger("bench.jvm.iterations", 5))
                .measurementTime(TimeValue.seconds(1))
                .forks(1)
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        StringBuilder table = new StringBuilder("\nJVM (JMH, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + "; load average after the run: " + BenchFiles.loadAverage() + ")\n");
        table.append(String.format(Locale.ROOT, "%-28s %14s %10s %14s%n", "benchmark", "score", "± error", "alloc B/op"));
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String workload = run.getParams().getParam("workload");
            if (workload == null) {
                workload = run.getParams().getParam("lab");
            }
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "")
                    + (workload == null ? "" : " " + workload);
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            table.append(String.format(Locale.ROOT, "%-28s %14.3f %10.3f %14.1f  %s%n", name, primary.getScore(),
                    primary.getScoreError(), allocation == null ? Double.NaN : allocation.getScore(),
                    primary.getScoreUnit()));
        }
        System.out.println(table);
        Files.writeString(directory.resolve("jvm.txt"), table.toString());
    }
}
