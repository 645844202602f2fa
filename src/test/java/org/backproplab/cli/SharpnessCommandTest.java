package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.core.HessianReference;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sharpness}: λ_max and its eigenvector against an independent finite-difference Hessian (Jacobi). */
class SharpnessCommandTest {
    /** tanh hidden, softmax + cross-entropy, l2: 17 parameters. */
    static final String MODEL = """
            {"layers": [2, 3, 2], "activations": ["tanh", "softmax"], "loss": "cross_entropy",
             "regularization": {"type": "l2", "lambda": 0.01},
             "weights": [[[0.9, -1.2], [1.5, 0.4], [-1.1, 1.6]], [[1.2, -1.5, 0.8], [-0.6, 1.4, 1.7]]],
             "biases": [[0.1, -0.3, 0.25], [0.0, 0.2]]}""";
    static final String DATA = "x1,x2,c1,c2\n0.5,-1,1,0\n-0.3,0.8,0,1\n1.2,0.4,1,0\n-1.5,-0.7,0,1\n";

    @TempDir
    Path dir;

    String file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }

    /** The flat parameter layout of a {"weights": W, "biases": B} object, as in the model file. */
    static double[] flatten(JsonObject nested, Shape shape) {
        double[] flat = new double[shape.parameterCount()];
        JsonArray weights = nested.get("weights").asArray();
        JsonArray biases = nested.get("biases").asArray();
        for (int l = 0; l + 1 < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    flat[shape.weightIndex(l, j, i)] = weights.get(l).asArray().get(j).asArray().get(i).asDouble();
                }
                flat[shape.biasIndex(l, j)] = biases.get(l).asArray().get(j).asDouble();
            }
        }
        return flat;
    }

    @Test
    void sharpnessAndEigenvectorMatchTheFiniteDifferenceHessianAndTheLimitsFollow() throws IOException, FormatException {
        CliRun run = CliRun.of("sharpness", "--model", file("m.json", MODEL), "--data", file("d.csv", DATA)).assertOk();
        assertEquals("", run.err());
        JsonObject result = Json.parse(run.out()).asObject();
        Network network = ModelJson.parse(MODEL).network();
        Dataset data = DataCsv.parse(DATA, 2, 2);
        double[][] hessian = HessianReference.hessian(network, data.inputsView(), data.targetsView(), data.count());
        double expected = HessianReference.max(HessianReference.eigenvalues(hessian));
        double sharpness = result.get("sharpness").asDouble();
        assertEquals(expected, sharpness, 1e-6 * expected);

        double[] x = flatten(result.get("eigenvector").asObject(), network.shape());
        assertEquals(1, HessianReference.norm(x), 1e-9);
        double[] hx = HessianReference.times(hessian, x);
        for (int p = 0; p < x.length; p++) {
            assertEquals(expected * x[p], hx[p], 1e-6 * expected, network.shape().parameterName(p));
        }

        JsonObject rates = result.get("stable_rate").asObject();
        assertEquals(2 / expected, rates.get("sgd").asDouble(), 1e-6 * 2 / expected);
        assertEquals(2 * 1.9 / expected, rates.get("momentum").asDouble(), 1e-6 * 3.8 / expected);
        assertEquals(2 * 1.9 / (2.8 * expected), rates.get("nesterov").asDouble(), 1e-6 * 3.8 / (2.8 * expected));
        assertTrue(result.get("converged").asBoolean());
        assertTrue(result.get("hessian_vector_products").asInt() <= network.shape().parameterCount());
    }

    @Test
    void momentumOptionSetsTheMomentumAndNesterovLimits() throws IOException {
        String model = file("m.json", MODEL);
        String data = file("d.csv", DATA);
        JsonObject rates = Json.parse(CliRun.of("sharpness", "--model", model, "--data", data, "--momentum", "0.5")
                .assertOk().out()).asObject().get("stable_rate").asObject();
        double sgd = rates.get("sgd").asDouble();
        assertEquals(1.5 * sgd, rates.get("momentum").asDouble(), 1e-12 * sgd);
        assertEquals(1.5 * sgd / 2, rates.get("nesterov").asDouble(), 1e-12 * sgd);
    }

    @Test
    void theWorkedExampleHasTheSameNumbersEveryRun() {
        String first = CliRun.of("sharpness", "--model", "example:worked-2-2-2.json", "--data",
                "example:worked-2-2-2.csv").assertOk().out();
        String second = CliRun.of("sharpness", "--model", "example:worked-2-2-2.json", "--data",
                "example:worked-2-2-2.csv").assertOk().out();
        assertEquals(first, second);
        assertTrue(first.startsWith("{\n  \"sharpness\": "), first);
    }

    @Test
    void noDirectionCurvingUpGivesSharpnessZeroAndNoLimit() throws IOException {
        // A relu output that is off on every example: J does not depend on the weights near here, H = 0.
        String model = file("dead.json", """
                {"layers": [1, 1], "activations": ["relu"], "loss": "mse", "weights": [[[-1]]], "biases": [[-5]]}""");
        JsonObject result = Json.parse(CliRun.of("sharpness", "--model", model, "--data",
                file("one.csv", "x,y\n1,2\n2,3\n")).assertOk().out()).asObject();
        assertEquals(0, result.get("sharpness").asDouble());
        assertTrue(result.get("stable_rate").asObject().get("sgd").isNull());
        assertTrue(result.get("stable_rate").asObject().get("nesterov").isNull());
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCode2() throws IOException {
        String model = file("m.json", MODEL);
        String data = file("d.csv", DATA);
        CliRun.of("sharpness", "--model", model, "--data", data, "--momentum", "1")
                .assertBadInput("--momentum must be a number >= 0 and < 1, but is 1");
        CliRun.of("sharpness", "--model", model, "--data", data, "--momentum", "fast")
                .assertBadInput("--momentum must be a number >= 0 and < 1, but is fast");
        CliRun.of("sharpness", "--model", model).assertBadInput("sharpness needs --data");
        CliRun.of("sharpness", "--model", model, "--data", data, "--lr", "1")
                .assertBadInput("unknown option --lr for sharpness; allowed: --model, --data, --momentum");
        CliRun.of("sharpness", "--model", dir.resolve("missing.json").toString(), "--data", data)
                .assertBadInput("no such file");
        CliRun.of("sharpness", "--model", model, "--data", file("bad.csv", "x1,x2,c1,c2\n1,2,3\n"))
                .assertBadInput("bad.csv");
        CliRun bad = CliRun.of("sharpness", "--model", model, "--data", data, "--momentum", "-0.1");
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void helpAndTheCommandListMentionSharpness() {
        CliRun help = CliRun.of("sharpness", "--help").assertOk();
        assertTrue(help.out().startsWith("Usage: java -jar backprop-lab.jar sharpness"));
        assertTrue(help.out().contains("2 (1 + MU) / ((1 + 2 MU) L)"));
        assertTrue(CliRun.of("--help").assertOk().out().contains("sharpness  the Hessian's largest eigenvalue"));
    }
}
