package org.backproplab.cli;

import java.io.PrintStream;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.optim.OptimizerConfig;
import org.backproplab.train.Sharpness;
import org.backproplab.train.SharpnessMeter;
import org.backproplab.train.StableRate;

/**
 * {@code sharpness}: λ_max of the Hessian of J over the whole data file (regularization included) at the model's
 * weights, its eigenvector, and the stable-step limits of gradient descent, momentum and Nesterov.
 */
final class SharpnessCommand {
    static final String USAGE = """
            Usage: java -jar backprop-lab.jar sharpness --model M.json --data D.csv [--momentum MU]

            Prints {"sharpness": L, "eigenvector": {"weights": W, "biases": B},
                    "stable_rate": {"sgd": R, "momentum": R, "nesterov": R},
                    "converged": true, "hessian_vector_products": K, "residual": E}
            for the whole data file as one batch. L (lambda_max) is the largest eigenvalue of the Hessian
            of the cost J (mean over the examples plus the regularization penalty) with respect to every
            weight and bias; the eigenvector (unit length, largest entry positive) is the direction in
            which J curves up most, nested exactly like "weights" and "biases" in the model file. A step
            of gradient descent is stable along it only while the learning rate is below 2/L:
              sgd       2 / L
              momentum  2 (1 + MU) / L
              nesterov  2 (1 + MU) / ((1 + 2 MU) L)
            RMSProp and Adam have no single limit (each weight's step is rescaled by its own gradients).
            A limit is null when L <= 0: no direction curves up, so no rate is unstable in this picture.
            Computed by exact Hessian-vector products (the R-operator) inside the Lanczos method.

              --model M.json  the model file (example:worked-2-2-2.json for the bundled example)
              --data D.csv    the data file: inputs then targets per line, after a header line
              --momentum MU   the momentum of the momentum and nesterov limits, >= 0 and < 1 (default 0.9)

            Exit code 1 (with the JSON still printed, "converged": false) if the estimate did not converge
            within %d Hessian-vector products, or the Hessian overflowed.
            """.formatted(SharpnessMeter.DEFAULT_MAX_PRODUCTS);

    /** The seed of Lanczos' start vector: fixed, so the same files always print the same numbers. */
    static final long SEED = 1;

    private SharpnessCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        if (options.help()) {
            out.print(USAGE);
            return Main.OK;
        }
        double momentum = options.has("momentum") ? options.numberAtLeastBelow("momentum", 0, 1)
                : OptimizerConfig.DEFAULT_MOMENTUM;
        ModelFile model = Inputs.model(options);
        Dataset data = Inputs.data(options, model);
        Network network = model.network();
        Shape shape = network.shape();
        Sharpness sharpness = SharpnessMeter.of(network, data, SEED);
        double value = sharpness.value();
        StringBuilder json = new StringBuilder("{\n  \"sharpness\": ").append(finiteOrNull(value))
                .append(",\n  \"eigenvector\": {\n    \"weights\": ");
        double[] eigenvector = sharpness.eigenvector();
        ModelJson.appendWeights(json, shape, eigenvector, "    ");
        json.append(",\n    \"biases\": ");
        ModelJson.appendBiases(json, shape, eigenvector, "    ");
        json.append("\n  },\n  \"stable_rate\": {\n    \"sgd\": ").append(finiteOrNull(StableRate.gradientDescent(value)))
                .append(",\n    \"momentum\": ").append(finiteOrNull(StableRate.heavyBall(value, momentum)))
                .append(",\n    \"nesterov\": ").append(finiteOrNull(StableRate.nesterov(value, momentum)))
                .append("\n  },\n  \"converged\": ").append(sharpness.converged())
                .append(",\n  \"hessian_vector_products\": ").append(sharpness.products())
                .append(",\n  \"residual\": ").append(finiteOrNull(sharpness.residual()))
                .append("\n}\n");
        out.print(json);
        if (Double.isNaN(value)) {
            err.println("error: the Hessian of this model overflowed (a Hessian-vector product is not a finite"
                    + " number), so it has no sharpness to report");
            return Main.FAILED;
        }
        if (!sharpness.converged()) {
            err.println("error: the sharpness did not converge within " + sharpness.products()
                    + " Hessian-vector products (residual " + Main.number(sharpness.residual())
                    + "); the value printed is the best estimate");
            return Main.FAILED;
        }
        return Main.OK;
    }

    /** JSON has no ∞ or NaN: those print as null. */
    private static String finiteOrNull(double value) {
        return Double.isFinite(value) ? Main.number(value) : "null";
    }
}
