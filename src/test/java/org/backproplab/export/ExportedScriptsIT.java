package org.backproplab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.core.Activation;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.data.Dataset;
import org.backproplab.export.ExportFixtures.CostCase;
import org.backproplab.model.DataCsv;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.optim.LearningRateSchedule;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exported scripts run in Python (Debian's python3-torch and python3-numpy at /usr/bin/python3, which
 * .ci/run installs): 22 configurations, each in both flavours, every activation, cost, regularization,
 * optimizer and schedule, full batch and mini-batches with shuffling, and data beside the script. All end
 * with exit status 0 and the lab's final J; a script with one expected value changed exits 1 naming it.
 * PyTorch is imported once: the configurations run in one interpreter (src/test/resources/export/run_scripts.py
 * runs each as __main__); four scripts run on their own as `python3 script.py`.
 */
class ExportedScriptsIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path FOLDER = Path.of("target", "export-scripts");
    private static final String TEMPLATE = ExportFixtures.template();

    /** One exported configuration. */
    record Config(String name, Network start, Dataset data, TrainingConfig training, int steps) {
    }

    @BeforeAll
    static void pythonWithTorchAndNumPy() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: no " + PYTHON + "; install python3-torch and python3-numpy"
                + " (.ci/run does) to run the exported scripts");
        Run versions = run(List.of(PYTHON.toString(), "-c", "import torch, numpy, sys;"
                + " print('python', sys.version.split()[0], 'torch', torch.__version__, 'numpy', numpy.__version__)"));
        assumeTrue(versions.code == 0, "skipped: " + PYTHON + " cannot import torch and numpy; install python3-torch and"
                + " python3-numpy (.ci/run does): " + versions.stderr);
        System.out.println("[ExportedScriptsIT] " + versions.stdout.trim());
        Files.createDirectories(FOLDER);
    }

    static List<Config> configs() {
        List<Config> configs = new ArrayList<>();
        ModelFile worked;
        Dataset workedData;
        try {
            worked = ModelJson.parse(resource("/examples/worked-2-2-2.json"));
            workedData = DataCsv.parse(resource("/examples/worked-2-2-2.csv"), 2, 2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        configs.add(new Config("worked-2-2-2", worked.network(), workedData, training(OptimizerKind.SGD, 0.5, 0, 1), 20));
        Regularization l1 = new Regularization(Regularization.Type.L1, 0.002);
        Regularization l2 = new Regularization(Regularization.Type.L2, 0.01);
        Regularization none = Regularization.NONE;
        add(configs, "tanh-mse-sgd-full", new int[] {4}, Activation.TANH, CostCase.MSE_LINEAR, none,
                training(OptimizerKind.SGD, 0.1, 0, 1), 25);
        add(configs, "sigmoid-bce-l2-momentum-b4", new int[] {3}, Activation.SIGMOID, CostCase.BINARY_CROSS_ENTROPY, l2,
                training(OptimizerKind.MOMENTUM, 0.1, 4, 3), 25);
        add(configs, "relu-ce-l1-nesterov-b3", new int[] {5}, Activation.RELU, CostCase.CROSS_ENTROPY, l1,
                training(OptimizerKind.NESTEROV, 0.05, 3, 4), 25);
        add(configs, "leaky-msesoftmax-rmsprop-b1", new int[] {4}, Activation.LEAKY_RELU, CostCase.MSE_SOFTMAX, none,
                training(OptimizerKind.RMSPROP, 0.01, 1, 5), 30);
        add(configs, "linear-mse-l2-adam-b5", new int[] {3}, Activation.LINEAR, CostCase.MSE_LINEAR, l2,
                training(OptimizerKind.ADAM, 0.01, 5, 6), 25);
        add(configs, "tanh2-ce-adam-b4-cosine", new int[] {4, 3}, Activation.TANH, CostCase.CROSS_ENTROPY, none,
                training(OptimizerKind.ADAM, 0.01, 4, 7).withSchedule(LearningRateSchedule.cosine(10, 0.001)), 25);
        add(configs, "relu-bce-sgd-b2-step", new int[] {6}, Activation.RELU, CostCase.BINARY_CROSS_ENTROPY, none,
                training(OptimizerKind.SGD, 0.2, 2, 8).withSchedule(LearningRateSchedule.step(0.5, 5)), 25);
        add(configs, "sigmoid-msesoftmax-l1-momentum-full-exponential", new int[] {4}, Activation.SIGMOID,
                CostCase.MSE_SOFTMAX, l1, training(OptimizerKind.MOMENTUM, 0.5, 0, 1)
                        .withSchedule(LearningRateSchedule.exponential(0.9)), 25);
        add(configs, "leaky2-mse-nesterov0-b3-inverse", new int[] {3, 3}, Activation.LEAKY_RELU, CostCase.MSE_LINEAR,
                none, training(OptimizerKind.NESTEROV, 0.05, 3, 10).withOptimizer(
                        OptimizerConfig.defaults(OptimizerKind.NESTEROV).withMomentum(0))
                        .withSchedule(LearningRateSchedule.inverseTime(0.1)), 25);
        add(configs, "tanh-bce-l1-rmsprop-full", new int[] {2}, Activation.TANH, CostCase.BINARY_CROSS_ENTROPY, l1,
                training(OptimizerKind.RMSPROP, 0.02, 0, 1), 25);
        add(configs, "linear-ce-l2-sgd-b4", new int[] {2}, Activation.LINEAR, CostCase.CROSS_ENTROPY, l2,
                training(OptimizerKind.SGD, 0.1, 4, 12), 25);
        add(configs, "relu-mse-adam-b7-negative-seed", new int[] {4}, Activation.RELU, CostCase.MSE_LINEAR, none,
                training(OptimizerKind.ADAM, 0.005, 7, -123456789012345L), 25);
        add(configs, "sigmoid-ce-momentum-b1", new int[] {5}, Activation.SIGMOID, CostCase.CROSS_ENTROPY, none,
                training(OptimizerKind.MOMENTUM, 0.1, 1, 14), 30);
        add(configs, "tanh-msesoftmax-l2-adam-betas-full", new int[] {3}, Activation.TANH, CostCase.MSE_SOFTMAX, l2,
                new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.ADAM).withBeta1(0.8).withBeta2(0.99)
                        .withEpsilon(1e-6), 0.02, 0, 1), 25);
        add(configs, "leaky-bce-l2-sgd-b12-is-full", new int[] {4}, Activation.LEAKY_RELU, CostCase.BINARY_CROSS_ENTROPY,
                l2, training(OptimizerKind.SGD, 0.1, 12, 16), 25);
        add(configs, "relu3-ce-l1-rmsprop-alpha-b4", new int[] {3, 3, 3}, Activation.RELU, CostCase.CROSS_ENTROPY, l1,
                new TrainingConfig(OptimizerConfig.defaults(OptimizerKind.RMSPROP).withAlpha(0.9), 0.01, 4, 17), 25);
        add(configs, "sigmoid-mse-nesterov-b3-max-seed", new int[] {2}, Activation.SIGMOID, CostCase.MSE_LINEAR, none,
                training(OptimizerKind.NESTEROV, 0.1, 3, Long.MAX_VALUE), 25);
        add(configs, "linear-bce-adam-b2-cosine", new int[] {3}, Activation.LINEAR, CostCase.BINARY_CROSS_ENTROPY, none,
                training(OptimizerKind.ADAM, 0.05, 2, 20).withSchedule(LearningRateSchedule.cosine(20, 0)), 30);
        add(configs, "tanh-mse-l2-sgd-full-200-steps", new int[] {6}, Activation.TANH, CostCase.MSE_LINEAR, l2,
                training(OptimizerKind.SGD, 0.3, 0, 1), 200);
        add(configs, "relu-ce-sgd-b3-rate-1", new int[] {4}, Activation.RELU, CostCase.CROSS_ENTROPY, none,
                training(OptimizerKind.SGD, 1, 3, 22), 25);
        Network wide = ExportFixtures.network(new int[] {4}, Activation.TANH, CostCase.MSE_LINEAR, none, 23);
        configs.add(new Config("tanh-mse-momentum-b500-data-beside", wide,
                ExportFixtures.data(CostCase.MSE_LINEAR, CodeExport.INLINE_ROW_LIMIT + 1, 23),
                training(OptimizerKind.MOMENTUM, 0.05, 500, 23), 6));
        return configs;
    }

    private static void add(List<Config> configs, String name, int[] hidden, Activation activation, CostCase cost,
            Regularization regularization, TrainingConfig training, int steps) {
        long seed = configs.size() + 100;
        configs.add(new Config(name, ExportFixtures.network(hidden, activation, cost, regularization, seed),
                ExportFixtures.data(cost, 12, seed), training, steps));
    }

    private static TrainingConfig training(OptimizerKind kind, double learningRate, int batch, long seed) {
        return new TrainingConfig(OptimizerConfig.defaults(kind), learningRate, batch, seed);
    }

    @Test
    void everyConfigurationInBothFlavoursEndsWithTheLabsNumbers() throws IOException, InterruptedException {
        List<Config> configs = configs();
        assertTrue(configs.size() >= 20, configs.size() + " configurations");
        Map<String, Config> byPath = new HashMap<>();
        Map<String, Double> labCost = new HashMap<>();
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), resourcePath("/export/run_scripts.py")));
        for (Config config : configs) {
            Network trained = config.start.copy();
            Trainer trainer = new Trainer(trained, config.data, config.training);
            trainer.run(config.steps);
            for (Framework framework : Framework.values()) {
                Path path = write(config, framework, config.name + "-" + framework.id() + ".py");
                byPath.put(path.toString(), config);
                labCost.put(path.toString(), trainer.trainingCost());
                command.add(path.toString());
            }
        }
        long started = System.nanoTime();
        Run run = run(command);
        System.out.println("[ExportedScriptsIT] " + byPath.size() + " scripts in one python3: "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertEquals(0, run.code, run.stderr);
        int results = 0;
        for (String line : run.stdout.split("\n")) {
            JsonObject result = Json.parse(line).asObject();
            String path = result.getString("path", "");
            String out = result.getString("stdout", "");
            String where = path + "\n" + out + result.getString("stderr", "");
            Config config = byPath.get(path);
            assertEquals(0, result.getInt("code", -1), where);
            String[] lines = out.split("\n");
            assertEquals(config.steps + 2, lines.length, where);
            for (int s = 1; s <= config.steps; s++) {
                assertTrue(lines[s - 1].startsWith("step " + s + ": J = "), where);
            }
            assertEquals("check: J and all " + config.start.shape().parameterCount()
                    + " weights and biases equal the lab's to 1e-09 (relative)", lines[lines.length - 2], where);
            String last = lines[lines.length - 1];
            assertTrue(last.startsWith("final J = "), where);
            double finalCost = Double.parseDouble(last.substring("final J = ".length()));
            double expected = labCost.get(path);
            assertEquals(expected, finalCost, 1e-9 * Math.abs(expected), where);
            results++;
        }
        assertEquals(byPath.size(), results);
    }

    @Test
    void aMiniBatchScriptRunsOnItsOwn() throws IOException, InterruptedException {
        Config config = configs().get(2);
        for (Framework framework : Framework.values()) {
            Path path = write(config, framework, "alone-" + framework.id() + ".py");
            Run run = run(List.of(PYTHON.toString(), path.toString()));
            assertEquals(0, run.code, run.stdout + run.stderr);
            String[] lines = run.stdout.split("\n");
            assertTrue(lines[lines.length - 1].startsWith("final J = "), run.stdout);
            assertEquals("", run.stderr);
        }
    }

    @Test
    void aChangedExpectedValueExitsWithStatus1NamingIt() throws IOException, InterruptedException {
        Config worked = configs().get(0);
        for (Framework framework : Framework.values()) {
            String script = CodeExport.write(TEMPLATE, framework, worked.start, worked.data, worked.training,
                    worked.steps, "unused.csv").text();
            // EXPECTED_WEIGHTS holds W[0] (rows 0 and 1) then W[1]: its 6th number is W[1][0][1]
            double[] weights = ExportFixtures.numbers(script, "EXPECTED_WEIGHTS");
            String original = ModelJson.number(weights[5]);
            String changed = ModelJson.number(weights[5] * (1 + 1e-7));
            int block = script.indexOf("\nEXPECTED_WEIGHTS = [");
            int at = script.indexOf(original, block);
            Path path = FOLDER.resolve("changed-" + framework.id() + ".py");
            Files.writeString(path, script.substring(0, at) + changed + script.substring(at + original.length()));
            Run run = run(List.of(PYTHON.toString(), path.toString()));
            assertEquals(1, run.code, run.stdout + run.stderr);
            Matcher mismatch = Pattern.compile("MISMATCH: (\\S+) is (\\S+) here, but (\\S+) in the lab\n")
                    .matcher(run.stderr);
            assertTrue(mismatch.matches(), run.stderr);
            assertEquals("W[1][0][1]", mismatch.group(1));
            assertEquals(weights[5], Double.parseDouble(mismatch.group(2)), 1e-9 * Math.abs(weights[5]), run.stderr);
            assertEquals(Double.parseDouble(changed), Double.parseDouble(mismatch.group(3)), run.stderr);
            String[] lines = run.stdout.split("\n");
            assertTrue(lines[lines.length - 1].startsWith("final J = "), run.stdout);
        }
    }

    private static Path write(Config config, Framework framework, String name) throws IOException {
        ExportedScript script = CodeExport.write(TEMPLATE, framework, config.start, config.data, config.training,
                config.steps, config.name + ".csv");
        Path path = FOLDER.resolve(name);
        Files.writeString(path, script.text());
        if (script.needsDataFile()) {
            Files.writeString(FOLDER.resolve(script.dataFileName()), DataCsv.write(config.data));
        }
        return path;
    }

    private record Run(int code, String stdout, String stderr) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("export-run", ".out");
        Path err = Files.createTempFile("export-run", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("python3 did not finish in 10 minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExportedScriptsIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String resourcePath(String name) {
        try {
            return Path.of(ExportedScriptsIT.class.getResource(name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
