package org.backproplab.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.model.DataCsv;
import org.backproplab.model.ModelJson;
import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.train.TrainingConfig;

/**
 * Writes a network, its data and its training settings as one runnable Python script (PyTorch or NumPy)
 * that trains K steps exactly as the lab's trainer does and checks that it ends with the lab's J and
 * parameters, which are computed here by the lab's trainer and written into the script.
 *
 * <p>Numbers are written as the shortest decimal that reads back as the same double (as in model files),
 * so Python's float() recovers every bit. The script starts from the given weights with a fresh optimizer,
 * iteration 0 and the shuffling seeded anew, as a trainer made for them does.
 */
public final class CodeExport {
    /** The template, relative to the site's root (the browser) and to the classpath (the command line). */
    public static final String TEMPLATE_PATH = "export/script.py";
    /** Steps when none are given (the CLI) and in the browser's export. */
    public static final int DEFAULT_STEPS = 100;
    /** The most steps a script may train: a Python run of about a minute, not an afternoon. */
    public static final int MAX_STEPS = 100_000;
    /** The most weights and biases a script may hold (a few MB of Python source). */
    public static final int MAX_PARAMETERS = 100_000;
    /** Data of more rows goes beside the script as a CSV instead of into it. */
    public static final int INLINE_ROW_LIMIT = 2000;

    private CodeExport() {
    }

    /**
     * The script for training {@code start} on {@code data} under {@code training} for {@code steps} steps.
     *
     * @param template the text of {@link #TEMPLATE_PATH}
     * @param dataFileName the name of the data CSV the script reads from its own folder when the data has more
     *     than {@value #INLINE_ROW_LIMIT} rows (save {@code DataCsv.write(data)} under it); unused otherwise
     * @throws IllegalArgumentException for steps outside 0..{@value #MAX_STEPS}, more than
     *     {@value #MAX_PARAMETERS} parameters, data that does not fit the network, or a data file name that
     *     cannot be written in a Python string
     * @throws TrainingDivergedException when the lab's own run leaves the finite numbers
     */
    public static ExportedScript write(String template, Framework framework, Network start, Dataset data,
            TrainingConfig training, int steps, String dataFileName) {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be an integer from 0 to " + MAX_STEPS + ", but is " + steps);
        }
        Shape shape = start.shape();
        if (shape.parameterCount() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("the network has " + shape.parameterCount() + " weights and biases, but an"
                    + " exported script holds at most " + MAX_PARAMETERS);
        }
        boolean inline = data.count() <= INLINE_ROW_LIMIT;
        if (!inline) {
            checkFileName(dataFileName);
        }
        ReferenceRun lab = ReferenceRun.of(start, data, training, steps);
        Set<String> tags = tags(framework, start, training, data, inline);
        Map<String, String> values = new HashMap<>();
        OptimizerConfig optimizer = training.optimizer();
        LearningRateSchedule schedule = training.schedule();
        values.put("SUMMARY", summary(framework, start, data, training, steps));
        values.put("EXAMPLE_COUNT", String.valueOf(data.count()));
        values.put("EXAMPLES", data.count() + (data.count() == 1 ? " example" : " examples"));
        values.put("INPUT_COUNT", String.valueOf(data.inputSize()));
        values.put("TARGET_COUNT", String.valueOf(data.targetSize()));
        values.put("DATA", inline ? rows(data) : "");
        values.put("DATA_FILE", inline ? "" : dataFileName);
        values.put("LAYERS", layers(shape));
        values.put("ACTIVATIONS", activations(shape));
        values.put("WEIGHTS", weights(shape, start.parameters()));
        values.put("BIASES", biases(shape, start.parameters()));
        values.put("LAMBDA", number(start.regularization().lambda()));
        values.put("LEARNING_RATE", number(training.learningRate()));
        values.put("MOMENTUM", number(optimizer.momentum()));
        values.put("ALPHA", number(optimizer.alpha()));
        values.put("BETA1", number(optimizer.beta1()));
        values.put("BETA2", number(optimizer.beta2()));
        values.put("EPSILON", number(optimizer.epsilon()));
        values.put("BATCH_SIZE", String.valueOf(training.batchSize()));
        values.put("SEED", String.valueOf(training.seed()));
        values.put("SCHEDULE", schedule.kind().id());
        values.put("SCHEDULE_FORMULA", "α(t) = " + schedule.kind().formula());
        values.put("FACTOR", number(schedule.factor()));
        values.put("STEP_SIZE", String.valueOf(schedule.stepSize()));
        values.put("DECAY", number(schedule.decay()));
        values.put("PERIOD", String.valueOf(schedule.period()));
        values.put("MINIMUM_RATE", number(schedule.minimumRate()));
        values.put("STEPS", String.valueOf(steps));
        values.put("EXPECTED_J", number(lab.finalCost));
        values.put("EXPECTED_WEIGHTS", weights(shape, lab.parameters));
        values.put("EXPECTED_BIASES", biases(shape, lab.parameters));
        values.put("PARAMETER_COUNT", String.valueOf(shape.parameterCount()));
        return new ExportedScript(ScriptTemplate.render(template, tags, values), inline ? "" : dataFileName);
    }

    /** The template sections this export keeps. */
    static Set<String> tags(Framework framework, Network network, TrainingConfig training, Dataset data,
            boolean inline) {
        Shape shape = network.shape();
        Regularization regularization = network.regularization();
        Set<String> tags = new HashSet<>();
        tags.add(framework.id());
        tags.add(inline ? "inline_data" : "data_file");
        for (Activation activation : shape.activations()) {
            tags.add(activation.id());
        }
        tags.add(network.loss().id());
        if (network.loss() == Loss.MSE) {
            tags.add(shape.outputActivation() == Activation.SOFTMAX ? "mse_softmax" : "mse_elementwise");
        }
        if (regularization.isActive()) {
            tags.add(regularization.type().id());
        }
        tags.add(training.isFullBatch(data.count()) ? "full_batch" : "mini_batch");
        tags.add(training.optimizer().kind().id());
        tags.add(training.schedule().kind().id());
        return tags;
    }

    private static String summary(Framework framework, Network start, Dataset data, TrainingConfig training,
            int steps) {
        Shape shape = start.shape();
        StringBuilder text = new StringBuilder("Backprop Lab, exported for ")
                .append(framework == Framework.PYTORCH ? "PyTorch" : "NumPy").append(": a ");
        for (int l = 0; l < shape.layerCount(); l++) {
            text.append(l == 0 ? "" : "-").append(shape.size(l));
        }
        text.append(" network (");
        for (int l = 1; l < shape.layerCount(); l++) {
            text.append(l == 1 ? "" : ", ").append(shape.activation(l).id());
        }
        Regularization regularization = start.regularization();
        text.append("), cost ").append(start.loss().id());
        if (regularization.isActive()) {
            text.append(" + ").append(regularization.type().id()).append(" with λ = ").append(number(regularization.lambda()));
        }
        text.append(",\ntrained ").append(steps).append(steps == 1 ? " step" : " steps").append(" with ")
                .append(training.optimizer().kind().id()).append(" at α = ").append(number(training.learningRate()));
        if (training.schedule().kind() != LearningRateScheduleKind.CONSTANT) {
            text.append(" (").append(training.schedule().kind().id()).append(" schedule)");
        }
        text.append(" on ").append(data.count()).append(data.count() == 1 ? " example, " : " examples, ");
        if (training.isFullBatch(data.count())) {
            text.append("full batch.");
        } else {
            text.append("mini-batches of ").append(training.batchSize()).append(" shuffled from seed ")
                    .append(training.seed()).append('.');
        }
        return text.toString();
    }

    /** One Python list per example, inputs then targets: DataCsv's lines without the header. */
    private static String rows(Dataset data) {
        String csv = DataCsv.write(data).replace(",", ", ");
        StringBuilder text = new StringBuilder(csv.length() + data.count() * 8);
        int start = csv.indexOf('\n') + 1;
        while (start < csv.length()) {
            int end = csv.indexOf('\n', start);
            text.append(text.length() == 0 ? "" : "\n").append("    [")
                    .append(csv, start, end).append("],");
            start = end + 1;
        }
        return text.toString();
    }

    private static String layers(Shape shape) {
        StringBuilder text = new StringBuilder("[");
        for (int l = 0; l < shape.layerCount(); l++) {
            text.append(l == 0 ? "" : ", ").append(shape.size(l));
        }
        return text.append(']').toString();
    }

    private static String activations(Shape shape) {
        StringBuilder text = new StringBuilder("[");
        for (int l = 1; l < shape.layerCount(); l++) {
            text.append(l == 1 ? "\"" : ", \"").append(shape.activation(l).id()).append('"');
        }
        return text.append(']').toString();
    }

    private static String weights(Shape shape, double[] parameters) {
        StringBuilder text = new StringBuilder();
        ModelJson.appendWeights(text, shape, parameters, "");
        return text.toString();
    }

    private static String biases(Shape shape, double[] parameters) {
        StringBuilder text = new StringBuilder();
        ModelJson.appendBiases(text, shape, parameters, "");
        return text.toString();
    }

    /** A finite double as a Python float literal that reads back exactly (1.0 stays "1.0", 1e-5 is "1.0E-5"). */
    static String number(double value) {
        String text = ModelJson.number(value);
        return text.indexOf('.') >= 0 || text.indexOf('E') >= 0 ? text : text + ".0";
    }

    private static void checkFileName(String name) {
        boolean ok = name != null && !name.isEmpty();
        for (int k = 0; ok && k < name.length(); k++) {
            char c = name.charAt(k);
            ok = c >= ' ' && c != '"' && c != '\\' && c != '/' && c != 0x7F;
        }
        if (!ok) {
            throw new IllegalArgumentException("the data file name \"" + name + "\" cannot be written into the script;"
                    + " use a plain file name without quotes, slashes or backslashes");
        }
    }
}
