package org.backproplab.bench;

import java.util.concurrent.TimeUnit;
import org.backproplab.core.Backprop;
import org.backproplab.core.HessianVector;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Hessian-vector product over the whole training set, in µs: the unit of the sharpness meter's frame budget.
 * "default" is the lab's first screen (circle, 2-4-2-1 tanh, mse, 200 training points); "6x16" is the largest lab
 * network (six hidden layers of 16 tanh) on the spiral, 200 training points. {@link #gradient} gives the cost of one
 * full-batch backpropagation on the same lab, for scale.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HessianVectorBenchmark {
    @Param({"default", "6x16"})
    public String lab;

    private Network network;
    private Dataset train;
    private HessianVector hessian;
    private double[] direction;
    private double[] result;
    private Backprop backprop;

    @Setup(Level.Trial)
    public void start() {
        AppState state = lab.equals("default") ? AppState.defaults()
                : AppState.defaults().withDataset(DatasetKind.SPIRAL).withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16});
        LabSession session = new LabSession(state);
        network = session.network();
        train = session.trainData();
        hessian = new HessianVector(network.shape());
        backprop = new Backprop(network.shape());
        int n = network.shape().parameterCount();
        direction = new double[n];
        result = new double[n];
        for (int p = 0; p < n; p++) {
            direction[p] = Math.sin(p + 1.0);
        }
    }

    @Benchmark
    public double[] product() {
        hessian.multiply(network, train.inputsView(), train.targetsView(), null, 0, train.count(), direction, result);
        return result;
    }

    /** For scale: one full-batch cost and gradient (forward and backward) on the same lab. */
    @Benchmark
    public double gradient() {
        return backprop.costAndGradient(network, train.inputsView(), train.targetsView(), null, 0, train.count(), result);
    }
}
