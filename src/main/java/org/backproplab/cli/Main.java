package org.backproplab.cli;

import org.backproplab.cli.worksheet.WorksheetCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.model.Explanation;
import org.backproplab.model.MessageText;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.train.Trainer;
import org.backproplab.train.TrainingConfig;

/**
 * {@code java -jar backprop-lab.jar <command> [options]}: dispatches to gradients, train, explain, sharpness,
 * worksheet and serve.
 *
 * <p>Exit codes: 0 success; 1 a failure that is not the input's fault (training diverged to NaN or ∞, the
 * server could not start); 2 bad usage or bad input, with the message on stderr and nothing on stdout.
 * Numbers are printed as the shortest text that reads back as the same double (Java's Double.toString)
 * with a trailing ".0" dropped, exactly as in model files: 1.0 prints as 1, 0.0 as 0.
 */
public final class Main {
    public static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    static final String JAR = "java -jar backprop-lab.jar";

    /** explain's largest model: past a thousand weights and biases a handout is unreadable anyway. */
    static final int EXPLAIN_MAX_PARAMETERS = 1_000;

    static final String USAGE = """
            Backprop Lab: backpropagation and gradient descent, step by step.

            Usage: java -jar backprop-lab.jar <command> [options]

            Commands:
              gradients  the cost J and every dJ/dw, dJ/db of a model on a data file, as JSON
              train      K optimizer steps on a data file; prints the updated model JSON
              explain    one gradient-descent step worked by hand, as Markdown for a handout
              sharpness  the Hessian's largest eigenvalue and the stable learning rates, as JSON
              worksheet  printable backprop-by-hand worksheets with answer keys (Markdown, HTML, JSON)
              serve      serve the Backprop Lab web app on http://127.0.0.1:P/
              export-code  a PyTorch or NumPy script that trains the model as `train` does and checks it

            Run `java -jar backprop-lab.jar <command> --help` for a command's options.

            Files:
              model JSON  {"layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
                           "weights": W, "biases": B, "regularization": {"type": "l2", "lambda": 0.001},
                           "seed": 42, "init": "xavier"}
                          W[l][j][i] = weight from neuron i of layer l to neuron j of layer l+1,
                          B[l][j] = bias of neuron j of layer l+1. Activations: linear, sigmoid, tanh,
                          relu, leaky_relu, softmax (output only). Losses: mse, binary_cross_entropy,
                          cross_entropy. Without weights and biases the network is initialised from
                          seed (default 1) with init (uniform, xavier, he; default xavier).
                          Optional "features": ["x1sq", "x2sq"] computes the input layer from each
                          data row (x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2; x for one column).
              data CSV    a header line, then per example the input columns followed by the target
                          columns, e.g. "x1,x2,y1,y2". Lines starting with # are comments.
              limits      regular files only (no pipes or devices); a model file at most %d MB and
                          %d weights and biases, a data file at most %d MB and %d examples.

            Bundled example (the classic 2-2-2 sigmoid network worked by hand in Matt Mazur's
            "A Step by Step Backpropagation Example"): pass example:worked-2-2-2.json and
            example:worked-2-2-2.csv as file names, or extract them with
              unzip -p backprop-lab.jar examples/worked-2-2-2.json > worked-2-2-2.json
              unzip -p backprop-lab.jar examples/worked-2-2-2.csv > worked-2-2-2.csv
            e.g.  java -jar backprop-lab.jar explain --model example:worked-2-2-2.json \\
                      --data example:worked-2-2-2.csv --lr 0.5

            Output: numbers in full double precision, the shortest text that reads back as the same
            double; whole numbers without ".0" (1.0 prints as 1), as in model files.
            Exit codes: 0 success; 1 training diverged or the server could not start;
            2 bad usage or bad input (message on stderr, nothing on stdout).
            """.formatted(Inputs.MAX_MODEL_BYTES >> 20, ModelLimits.COMMAND_LINE_PARAMETERS,
            Inputs.MAX_DATA_BYTES >> 20, Dataset.MAX_EXAMPLES);

    static final String GRADIENTS_USAGE = """
            Usage: java -jar backprop-lab.jar gradients --model M.json --data D.csv

            Prints {"cost": J, "gradients": {"weights": dJ/dW, "biases": dJ/dB}} with the whole data file
            as one batch: J is the mean cost over the examples plus the regularization penalty, and the
            gradients are nested exactly like "weights" and "biases" in the model file.

              --model M.json  the model file (example:worked-2-2-2.json for the bundled example)
              --data D.csv    the data file: inputs then targets per line, after a header line
            """;

    static final String TRAIN_USAGE = """
            Usage: java -jar backprop-lab.jar train --model M.json --data D.csv
                       --optimizer sgd|momentum|nesterov|rmsprop|adam --lr RATE --steps K
                       [--momentum MU] [--batch full|N] [--seed S]

            Runs K optimizer steps and prints the updated model JSON: every field of the input file is
            kept, "weights" and "biases" are replaced (added when the file had none). A one-line summary
            goes to stderr.

              --model M.json   the model file (example:worked-2-2-2.json for the bundled example)
              --data D.csv     the data file: inputs then targets per line, after a header line
              --optimizer NAME sgd, momentum, nesterov, rmsprop or adam (PyTorch's default
                               hyperparameters: beta1 0.9, beta2 0.999, alpha 0.99, epsilon 1e-8)
              --lr RATE        the learning rate, a number > 0 and <= 10
              --steps K        the number of steps, an integer from 0 to 10000000
              --momentum MU    momentum and nesterov only: a number >= 0 and < 1 (default 0.9)
              --batch full|N   examples per step: full (default) or an integer >= 1; mini-batches
                               take the examples in a random order per epoch
              --seed S         the seed of that order, an integer (default 1)
            """;

    static final String EXPLAIN_USAGE = """
            Usage: java -jar backprop-lab.jar explain --model M.json --data D.csv [--example I] --lr RATE

            Prints Markdown an instructor can hand out: the batch, the forward pass (z and a of every
            neuron, with the numbers in each formula), the cost, the backward pass (delta of every neuron),
            every dJ/dw as the chain-rule product delta * a, the gradient-descent update of every weight
            and bias (old, -lr * dJ/dw, new) and the cost after the step.

              --model M.json  the model file (example:worked-2-2-2.json for the bundled example)
              --data D.csv    the data file (example:worked-2-2-2.csv)
              --example I     use only example I (1 = the first data line); default: all examples as one batch
              --lr RATE       the learning rate of the step, a number > 0 and <= 10

            Models of at most %d weights and biases (a handout of more is unreadable; gradients prints
            any model's J and gradients as JSON).

            e.g.  java -jar backprop-lab.jar explain --model example:worked-2-2-2.json \\
                      --data example:worked-2-2-2.csv --lr 0.5
            reproduces the article: total error 0.298371109, w5 -> 0.35891648.
            """.formatted(EXPLAIN_MAX_PARAMETERS);

    static final String SERVE_USAGE = """
            Usage: java -jar backprop-lab.jar serve [--port P]

            Serves the Backprop Lab web app bundled in this jar on http://127.0.0.1:P/ (this computer only)
            until stopped with Ctrl-C.

              --port P  the port, an integer from 1 to 65535 (default 8080), or 0 for any free port
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command; returns the exit code. On exit code 2 nothing has been written to {@code out}.
     * {@code serve} blocks until the thread is interrupted.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return BAD_INPUT;
        }
        String command = args[0];
        try {
            switch (command) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    return OK;
                }
                case "gradients" -> {
                    return gradients(Options.parse(command, args, 1, List.of("model", "data")), out);
                }
                case "train" -> {
                    return train(Options.parse(command, args, 1,
                            List.of("model", "data", "optimizer", "lr", "steps", "momentum", "batch", "seed")), out, err);
                }
                case "explain" -> {
                    return explain(Options.parse(command, args, 1, List.of("model", "data", "example", "lr")), out);
                }
                case "sharpness" -> {
                    return SharpnessCommand.run(Options.parse(command, args, 1, List.of("model", "data", "momentum")),
                            out, err);
                }
                case "worksheet" -> {
                    return WorksheetCommand.run(Options.parse(command, args, 1,
                            List.of("template", "seed", "count", "lr", "format", "site")), out);
                }
                case "export-code" -> {
                    return ExportCodeCommand.run(Options.parse(command, args, 1, ExportCodeCommand.OPTIONS), out, err);
                }
                case "serve" -> {
                    return ServeCommand.run(Options.parse(command, args, 1, List.of("port")), out, err);
                }
                default -> throw new UsageException("unknown command \"" + MessageText.cut(command)
                        + "\"; commands: gradients, train, explain, sharpness, worksheet, export-code, serve (see " + JAR + " --help)");
            }
        } catch (UsageException e) {
            err.println("error: " + MessageText.line(e.getMessage()));
            return BAD_INPUT;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not the input's fault; still one line, no stack trace.
            err.println("error: internal error (please report it): " + MessageText.line(e.toString()));
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory; the model or data is too large for this Java heap (java -Xmx…)");
            return FAILED;
        }
    }

    private static int gradients(Options options, PrintStream out) throws UsageException {
        if (options.help()) {
            out.print(GRADIENTS_USAGE);
            return OK;
        }
        ModelFile model = Inputs.model(options);
        Dataset data = Inputs.data(options, model);
        Network network = model.network();
        Shape shape = network.shape();
        double[] gradient = new double[shape.parameterCount()];
        double cost = Overflow.checkedCostAndGradient(network, data, null, gradient);
        StringBuilder json = new StringBuilder("{\n  \"cost\": ").append(number(cost))
                .append(",\n  \"gradients\": {\n    \"weights\": ");
        ModelJson.appendWeights(json, shape, gradient, "    ");
        json.append(",\n    \"biases\": ");
        ModelJson.appendBiases(json, shape, gradient, "    ");
        json.append("\n  }\n}\n");
        out.print(json);
        return OK;
    }

    private static int train(Options options, PrintStream out, PrintStream err) throws UsageException {
        if (options.help()) {
            out.print(TRAIN_USAGE);
            return OK;
        }
        OptimizerKind kind;
        try {
            kind = OptimizerKind.fromId(MessageText.cut(options.required("optimizer")));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--optimizer: " + e.getMessage());
        }
        double learningRate = options.numberAboveAtMost("lr", 0, TrainingConfig.MAX_LEARNING_RATE);
        int steps = (int) options.integer("steps", 0, 10_000_000);
        OptimizerConfig optimizer = OptimizerConfig.defaults(kind);
        if (options.has("momentum")) {
            if (kind != OptimizerKind.MOMENTUM && kind != OptimizerKind.NESTEROV) {
                throw new UsageException("--momentum applies only to --optimizer momentum or nesterov, not "
                        + kind.id());
            }
            optimizer = optimizer.withMomentum(options.numberAtLeastBelow("momentum", 0, 1));
        }
        int batchSize = TrainingConfig.FULL_BATCH;
        if (options.has("batch") && !options.required("batch").equals("full")) {
            String text = options.required("batch");
            try {
                batchSize = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                batchSize = -1;
            }
            if (batchSize < 1) {
                throw new UsageException("--batch must be full or an integer >= 1, but is " + MessageText.cut(text));
            }
        }
        long seed = options.has("seed") ? options.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE) : 1;
        ModelFile model = Inputs.model(options);
        Dataset data = Inputs.data(options, model);
        Network network = model.network();
        Trainer trainer = new Trainer(network, data, new TrainingConfig(optimizer, learningRate, batchSize, seed));
        double before = trainer.trainingCost();
        Overflow.check(before, new double[0], " before training");
        for (int s = 1; s <= steps; s++) {
            double cost = trainer.step();
            if (!Double.isFinite(cost) || !allFinite(network.parameters())) {
                err.println("error: training diverged at step " + s + " of " + steps + " (the batch cost is " + cost
                        + " or a parameter is no longer finite); try a smaller --lr");
                return FAILED;
            }
        }
        double after = trainer.trainingCost();
        if (!Double.isFinite(after)) {
            err.println("error: training diverged: the cost after " + steps + " steps is " + after
                    + "; try a smaller --lr");
            return FAILED;
        }
        out.print(ModelJson.write(model, network));
        err.println("trained " + steps + " steps with " + kind.id() + ", learning rate " + number(learningRate)
                + ", batch " + (trainer.config().isFullBatch(data.count()) ? "full" : String.valueOf(batchSize))
                + ": cost on all " + data.count() + " examples " + number(before) + " -> " + number(after));
        return OK;
    }

    private static int explain(Options options, PrintStream out) throws UsageException {
        if (options.help()) {
            out.print(EXPLAIN_USAGE);
            return OK;
        }
        double learningRate = options.numberAboveAtMost("lr", 0, TrainingConfig.MAX_LEARNING_RATE);
        ModelFile model = Inputs.model(options);
        int parameters = model.shape().parameterCount();
        if (parameters > EXPLAIN_MAX_PARAMETERS) {
            throw new UsageException("explain writes out every weight and bias by hand, so it takes models of at most "
                    + EXPLAIN_MAX_PARAMETERS + ", but " + MessageText.cut(options.required("model")) + " has "
                    + parameters + " (gradients prints any model's J and gradients as JSON)");
        }
        Dataset data = Inputs.data(options, model);
        int example = 0;
        if (options.has("example")) {
            try {
                example = (int) options.integer("example", 1, data.count());
            } catch (UsageException e) {
                throw new UsageException(e.getMessage() + " (the data file has " + data.count()
                        + (data.count() == 1 ? " example)" : " examples)"));
            }
        }
        checkStep(model.network(), data, example, learningRate);
        out.print(Explanation.commandLine(model.network(), data, example, learningRate,
                options.required("model"), options.required("data")));
        return OK;
    }

    /** Throws when J, a gradient, a stepped weight or J after the step is not finite: nothing to explain. */
    private static void checkStep(Network network, Dataset data, int example, double learningRate)
            throws UsageException {
        int[] rows = example > 0 ? new int[] {example - 1} : null;
        double[] gradient = new double[network.shape().parameterCount()];
        Overflow.checkedCostAndGradient(network, data, rows, gradient);
        double[] parameters = network.parameters();
        for (int p = 0; p < parameters.length; p++) {
            parameters[p] -= learningRate * gradient[p];
        }
        double after = new Backprop(network.shape()).cost(network, data.inputsView(), data.targetsView(), rows, 0,
                rows == null ? data.count() : 1);
        if (!Double.isFinite(after) || !allFinite(parameters)) {
            throw new UsageException("the step overflows: J after it is " + after
                    + "; try a smaller --lr, or scale the weights, biases and inputs down");
        }
    }

    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /** A double as printed everywhere by the CLI: shortest round-trip text, no trailing ".0". */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return ModelJson.number(value);
    }
}
