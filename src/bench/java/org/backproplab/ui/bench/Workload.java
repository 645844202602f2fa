package org.backproplab.ui.bench;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.data.Generators;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;

/**
 * The standard benchmark workloads, the same on the JVM (JMH), under TeaVM and in the plain-JS
 * reference (which reads {@link #describe()}). Pure Java: no JSO, so JMH can load it. Data, weights and
 * shuffling all come from {@link #SEED}, so every run of a workload starts from the same state.
 */
public enum Workload {
    /** Spiral, 500 points, 2-8-8-8-1 tanh with a sigmoid output, mse, mini-batch 10, SGD lr 0.03. */
    SPIRAL("spiral", DatasetKind.SPIRAL, 500, new int[] {2, 8, 8, 8, 1}, Activation.TANH, Activation.SIGMOID,
            Loss.MSE, Initializer.XAVIER, OptimizerKind.SGD, 0.03, 10),
    /** Xor, 200 points, 2-4-1 sigmoid, mse, full batch, SGD lr 0.03. */
    XOR("xor", DatasetKind.XOR, 200, new int[] {2, 4, 1}, Activation.SIGMOID, Activation.SIGMOID,
            Loss.MSE, Initializer.XAVIER, OptimizerKind.SGD, 0.03, TrainingConfig.FULL_BATCH),
    /** Three Gaussian blobs, 600 points, 2-16-16-3 relu, softmax + cross-entropy, Adam lr 0.01, batch 32. */
    GAUSS3("gauss3", DatasetKind.GAUSS3, 600, new int[] {2, 16, 16, 3}, Activation.RELU, Activation.SOFTMAX,
            Loss.CROSS_ENTROPY, Initializer.HE, OptimizerKind.ADAM, 0.01, 32);

    /** The seed of the data, the initial weights and the mini-batch shuffling. */
    public static final long SEED = 1;
    /** Noise of the generated data. */
    public static final double NOISE = 0.1;

    private final String id;
    private final DatasetKind dataset;
    private final int count;
    private final int[] sizes;
    private final Activation hidden;
    private final Activation output;
    private final Loss loss;
    private final Initializer initializer;
    private final OptimizerKind optimizer;
    private final double learningRate;
    private final int batchSize;

    Workload(String id, DatasetKind dataset, int count, int[] sizes, Activation hidden, Activation output, Loss loss,
            Initializer initializer, OptimizerKind optimizer, double learningRate, int batchSize) {
        this.id = id;
        this.dataset = dataset;
        this.count = count;
        this.sizes = sizes;
        this.hidden = hidden;
        this.output = output;
        this.loss = loss;
        this.initializer = initializer;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
    }

    public String id() {
        return id;
    }

    public Shape shape() {
        return Shape.of(sizes, hidden, output);
    }

    public Dataset data() {
        return Generators.generate(dataset, count, NOISE, SEED);
    }

    public Network network() {
        return Network.initialized(shape(), loss, Regularization.NONE, initializer, SEED);
    }

    public TrainingConfig config() {
        return new TrainingConfig(OptimizerConfig.defaults(optimizer), learningRate, batchSize, SEED);
    }

    /** A fresh trainer at step 0. */
    public Trainer trainer() {
        return new Trainer(network(), data(), config());
    }

    /** The workload called {@code id}, or an exception that lists the allowed names. */
    public static Workload fromId(String id) {
        for (Workload workload : values()) {
            if (workload.id.equals(id)) {
                return workload;
            }
        }
        throw new IllegalArgumentException("unknown workload \"" + id + "\"; allowed: spiral, xor, gauss3");
    }

    /**
     * Everything the JS reference needs besides the numbers (which it gets as arrays), as JSON:
     * sizes, activation per non-input layer, loss, optimizer with its hyperparameters, learning rate,
     * batch size (0 = full batch) and the shuffling seed.
     */
    public String describe() {
        Shape shape = shape();
        OptimizerConfig optimizerConfig = config().optimizer();
        StringBuilder json = new StringBuilder();
        json.append("{\"id\":\"").append(id).append("\",\"sizes\":[");
        for (int l = 0; l < sizes.length; l++) {
            json.append(l > 0 ? "," : "").append(sizes[l]);
        }
        json.append("],\"activations\":[");
        for (int l = 1; l < sizes.length; l++) {
            json.append(l > 1 ? "," : "").append('"').append(shape.activation(l).id()).append('"');
        }
        json.append("],\"loss\":\"").append(loss.id())
                .append("\",\"optimizer\":\"").append(optimizer.id())
                .append("\",\"beta1\":").append(optimizerConfig.beta1())
                .append(",\"beta2\":").append(optimizerConfig.beta2())
                .append(",\"epsilon\":").append(optimizerConfig.epsilon())
                .append(",\"learningRate\":").append(learningRate)
                .append(",\"batchSize\":").append(batchSize)
                .append(",\"count\":").append(count)
                .append(",\"seed\":").append(SEED)
                .append('}');
        return json.toString();
    }
}
