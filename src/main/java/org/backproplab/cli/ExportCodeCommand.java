package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.export.CodeExport;
import org.backproplab.export.ExportedScript;
import org.backproplab.export.Framework;
import org.backproplab.export.TrainingDivergedException;
import org.backproplab.model.ModelFile;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.TrainingConfig;

/**
 * {@code export-code}: prints a PyTorch or NumPy script that trains the model on the data file as
 * {@code train} would and checks it ends with the lab's numbers (see export.CodeExport).
 */
final class ExportCodeCommand {
    static final List<String> OPTIONS = List.of("framework", "model", "data", "optimizer", "lr", "momentum", "steps",
            "batch", "seed");

    static final String USAGE = """
            Usage: java -jar backprop-lab.jar export-code --framework pytorch|numpy --model M.json --data D.csv
                       [--optimizer NAME] [--lr RATE] [--momentum MU] [--steps K] [--batch full|N] [--seed S]

            Prints one Python script (Python >= 3.9 with PyTorch >= 1.13, or NumPy >= 1.21) that trains the
            model on the data exactly as `train` does with the same options: the data, the weights in full
            double precision, the cost, the optimizer and the order of the mini-batches. It prints J at every
            step and `final J = ...` last, and checks that J and every weight and bias equal the values this
            program computed (written into the script) to 1e-9 relative; if not, it names the first that
            differs and exits with status 1. Save it and run:  python3 script.py
            Data of more than 2000 rows is not written into the script: it reads the data file, by its name,
            from the script's folder.

              --framework NAME  pytorch (torch.nn.Linear, autograd, torch.optim) or numpy (every formula
                                written out)
              --model M.json    the model file (example:worked-2-2-2.json for the bundled example)
              --data D.csv      the data file: inputs then targets per line, after a header line
              --optimizer NAME  sgd (default), momentum, nesterov, rmsprop or adam (PyTorch's default
                                hyperparameters: beta1 0.9, beta2 0.999, alpha 0.99, epsilon 1e-8)
              --lr RATE         the learning rate, a number > 0 and <= 10 (default 0.03)
              --momentum MU     momentum and nesterov only: a number >= 0 and < 1 (default 0.9)
              --steps K         the number of steps, an integer from 0 to 100000 (default 100)
              --batch full|N    examples per step: full (default) or an integer >= 1; mini-batches
                                take the examples in a random order per epoch
              --seed S          the seed of that order, an integer (default 1)
            """;

    private ExportCodeCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        if (options.help()) {
            out.print(USAGE);
            return Main.OK;
        }
        Framework framework;
        try {
            framework = Framework.fromId(options.required("framework"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--framework: " + e.getMessage());
        }
        TrainingConfig defaults = TrainingConfig.defaults();
        OptimizerKind kind = defaults.optimizer().kind();
        if (options.has("optimizer")) {
            try {
                kind = OptimizerKind.fromId(options.required("optimizer"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--optimizer: " + e.getMessage());
            }
        }
        OptimizerConfig optimizer = OptimizerConfig.defaults(kind);
        if (options.has("momentum")) {
            if (kind != OptimizerKind.MOMENTUM && kind != OptimizerKind.NESTEROV) {
                throw new UsageException("--momentum applies only to --optimizer momentum or nesterov, not " + kind.id());
            }
            optimizer = optimizer.withMomentum(options.numberAtLeastBelow("momentum", 0, 1));
        }
        double learningRate = options.has("lr")
                ? options.numberAboveAtMost("lr", 0, TrainingConfig.MAX_LEARNING_RATE) : defaults.learningRate();
        int steps = options.has("steps") ? (int) options.integer("steps", 0, CodeExport.MAX_STEPS)
                : CodeExport.DEFAULT_STEPS;
        int batchSize = batchSize(options);
        long seed = options.has("seed") ? options.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE) : defaults.seed();
        ModelFile model = Inputs.model(options);
        Dataset data = Inputs.data(options, model);
        String dataName = options.required("data");
        if (dataName.startsWith(Inputs.EXAMPLE_PREFIX)) {
            dataName = dataName.substring(Inputs.EXAMPLE_PREFIX.length());
        }
        Path fileName = Path.of(dataName).getFileName();
        ExportedScript script;
        try {
            script = CodeExport.write(template(), framework, model.network(), data,
                    new TrainingConfig(optimizer, learningRate, batchSize, seed), steps,
                    fileName == null ? "" : fileName.toString());
        } catch (TrainingDivergedException e) {
            err.println("error: " + e.getMessage());
            return Main.FAILED;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.print(script.text());
        if (script.needsDataFile()) {
            err.println("note: the data has " + data.count() + " rows, more than " + CodeExport.INLINE_ROW_LIMIT
                    + ": the script reads " + script.dataFileName() + " from its own folder; save it beside the script");
        }
        return Main.OK;
    }

    private static int batchSize(Options options) throws UsageException {
        if (!options.has("batch") || options.required("batch").equals("full")) {
            return TrainingConfig.FULL_BATCH;
        }
        String text = options.required("batch");
        int batchSize;
        try {
            batchSize = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            batchSize = -1;
        }
        if (batchSize < 1) {
            throw new UsageException("--batch must be full or an integer >= 1, but is " + text);
        }
        return batchSize;
    }

    /** The script template bundled in the jar (the same file the site serves to the browser). */
    static String template() {
        try (InputStream in = ExportCodeCommand.class.getResourceAsStream("/" + CodeExport.TEMPLATE_PATH)) {
            if (in == null) {
                throw new IllegalStateException(CodeExport.TEMPLATE_PATH + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CodeExport.TEMPLATE_PATH + " from the jar: " + e.getMessage());
        }
    }
}
