package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    static final String WORKED_MODEL = """
            {"description": "Mazur's worked example", "layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"],
             "loss": "mse",
             "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
             "biases": [[0.35, 0.35], [0.60, 0.60]]}
            """;
    static final String WORKED_DATA = "i1,i2,o1,o2\n0.05,0.10,0.01,0.99\n";

    @TempDir
    Path dir;

    String file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }

    String workedModel() throws IOException {
        return file("worked.json", WORKED_MODEL);
    }

    String workedData() throws IOException {
        return file("worked.csv", WORKED_DATA);
    }

    static double weight(JsonObject model, int l, int j, int i) {
        return model.get("weights").asArray().get(l).asArray().get(j).asArray().get(i).asDouble();
    }

    // ---- usage ----

    @Test
    void noCommandPrintsUsageOnStderrWithExitCode2() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Usage: java -jar backprop-lab.jar <command>"));
    }

    @Test
    void helpPrintsUsageMentioningTheBundledExample() {
        CliRun run = CliRun.of("--help").assertOk();
        assertTrue(run.out().contains("gradients") && run.out().contains("serve"));
        assertTrue(run.out().contains("worked-2-2-2.json") && run.out().contains("worked-2-2-2.csv"));
        assertEquals("", run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"gradients", "train", "explain", "serve"}) {
            CliRun run = CliRun.of(command, "--help").assertOk();
            assertTrue(run.out().startsWith("Usage: java -jar backprop-lab.jar " + command), run.out());
        }
        // --help wins over otherwise bad options
        CliRun.of("train", "--lr", "-1", "--help").assertOk();
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        CliRun.of("fly").assertBadInput("unknown command \"fly\"");
        CliRun.of("gradients", "--modle", "m.json").assertBadInput("unknown option --modle for gradients; allowed: --model, --data");
        CliRun.of("gradients", "--model").assertBadInput("--model needs a value");
        CliRun.of("gradients", "--model", "a", "--model", "b").assertBadInput("--model is given twice");
        CliRun.of("gradients", "m.json").assertBadInput("unexpected argument \"m.json\"");
        CliRun.of("gradients", "--data", "d.csv").assertBadInput("gradients needs --model");
    }

    // ---- gradients ----

    @Test
    void gradientsOfTheWorkedExampleMatchTheArticle() throws IOException {
        CliRun run = CliRun.of("gradients", "--model", workedModel(), "--data", workedData()).assertOk();
        JsonObject result = Json.parse(run.out()).asObject();
        assertEquals(0.298371109, result.get("cost").asDouble(), 1e-9);
        JsonObject gradients = result.get("gradients").asObject();
        // ∂E/∂w5 = 0.082167041 (article); w5 is W[1][0][0]
        assertEquals(0.082167041, weight(gradients, 1, 0, 0), 1e-9);
        // ∂E/∂w1 = δ_h1 · i1 = 0.000438568 (article)
        assertEquals(0.000438568, weight(gradients, 0, 0, 0), 1e-9);
        JsonArray biases = gradients.get("biases").asArray();
        assertEquals(2, biases.size());
        assertEquals(2, biases.get(1).asArray().size());
        assertEquals("", run.err());
    }

    @Test
    void gradientsMatchFiniteDifferencesOfTheCostTheCommandPrints() throws IOException {
        // tanh hidden, softmax output, cross-entropy, l2: every part of J has a gradient to get right
        String model = """
                {"layers": [2, 3, 2], "activations": ["tanh", "softmax"], "loss": "cross_entropy",
                 "regularization": {"type": "l2", "lambda": 0.01},
                 "weights": [[[0.3, -0.2], [0.5, 0.1], [-0.4, 0.6]], [[0.2, -0.5, 0.3], [-0.1, 0.4, 0.7]]],
                 "biases": [[0.1, -0.1, 0.05], [0.0, 0.2]]}""";
        String data = file("three.csv", "x1,x2,c1,c2\n0.5,-1,1,0\n-0.3,0.8,0,1\n1.2,0.4,1,0\n");
        JsonObject gradients = Json.parse(CliRun.of("gradients", "--model", file("m.json", model), "--data", data)
                .assertOk().out()).asObject().get("gradients").asObject();
        double h = 1e-6;
        for (String kind : new String[] {"weights", "biases"}) {
            JsonArray blocks = Json.parse(model).asObject().get(kind).asArray();
            for (int l = 0; l < blocks.size(); l++) {
                for (int j = 0; j < blocks.get(l).asArray().size(); j++) {
                    JsonValuePath p = new JsonValuePath(kind, l, j);
                    int columns = kind.equals("weights") ? blocks.get(l).asArray().get(j).asArray().size() : 1;
                    for (int i = 0; i < columns; i++) {
                        double plus = costWith(model, p, i, +h, data);
                        double minus = costWith(model, p, i, -h, data);
                        double numeric = (plus - minus) / (2 * h);
                        double printed = p.get(gradients, i);
                        assertEquals(numeric, printed, 1e-7, kind + "[" + l + "][" + j + "][" + i + "]");
                    }
                }
            }
        }
    }

    /** Where a parameter sits in the model JSON: weights[l][j][i] or biases[l][j]. */
    record JsonValuePath(String kind, int l, int j) {
        double get(JsonObject json, int i) {
            JsonArray row = json.get(kind).asArray().get(l).asArray();
            return kind.equals("weights") ? row.get(j).asArray().get(i).asDouble() : row.get(j).asDouble();
        }

        void add(JsonObject json, int i, double delta) {
            JsonArray row = json.get(kind).asArray().get(l).asArray();
            if (kind.equals("weights")) {
                JsonArray weights = row.get(j).asArray();
                weights.set(i, weights.get(i).asDouble() + delta);
            } else {
                row.set(j, row.get(j).asDouble() + delta);
            }
        }
    }

    double costWith(String model, JsonValuePath path, int i, double delta, String data) throws IOException {
        JsonObject json = Json.parse(model).asObject();
        path.add(json, i, delta);
        String out = CliRun.of("gradients", "--model", file("shifted.json", json.toString()), "--data", data)
                .assertOk().out();
        return Json.parse(out).asObject().get("cost").asDouble();
    }

    // ---- train ----

    @Test
    void oneSgdStepMovesW5ToTheArticleValueAndKeepsOtherFields() throws IOException {
        CliRun run = CliRun.of("train", "--model", workedModel(), "--data", workedData(), "--optimizer", "sgd",
                "--lr", "0.5", "--steps", "1").assertOk();
        JsonObject model = Json.parse(run.out()).asObject();
        assertEquals(0.35891648, weight(model, 1, 0, 0), 1e-8);
        assertEquals(0.408666186, weight(model, 1, 0, 1), 1e-9);
        assertEquals(0.511301270, weight(model, 1, 1, 0), 1e-9);
        assertEquals(0.561370121, weight(model, 1, 1, 1), 1e-9);
        assertEquals(0.149780716, weight(model, 0, 0, 0), 1e-9);
        assertEquals("Mazur's worked example", model.getString("description", null));
        assertEquals(Json.parse("[2, 2, 2]"), model.get("layers"));
        assertTrue(run.err().startsWith("trained 1 steps with sgd"), run.err());
    }

    @Test
    void trainingLowersTheCostWithEveryOptimizer() throws IOException {
        String model = workedModel();
        String data = workedData();
        for (String optimizer : new String[] {"sgd", "momentum", "nesterov", "rmsprop", "adam"}) {
            CliRun run = CliRun.of("train", "--model", model, "--data", data, "--optimizer", optimizer, "--lr", "0.05",
                    "--steps", "200", "--batch", "1", "--seed", "3").assertOk();
            String trained = file("trained-" + optimizer + ".json", run.out());
            double before = Json.parse(CliRun.of("gradients", "--model", model, "--data", data).out()).asObject()
                    .get("cost").asDouble();
            double after = Json.parse(CliRun.of("gradients", "--model", trained, "--data", data).out()).asObject()
                    .get("cost").asDouble();
            assertTrue(after < before, optimizer + ": " + before + " -> " + after);
        }
    }

    @Test
    void zeroStepsGiveTheSameParametersAndAModelWithoutWeightsGetsThem() throws IOException, FormatException {
        String same = CliRun.of("train", "--model", workedModel(), "--data", workedData(),
                "--optimizer", "adam", "--lr", "0.1", "--steps", "0").assertOk().out();
        assertArrayEquals(ModelJson.parse(WORKED_MODEL).network().parameters(),
                ModelJson.parse(same).network().parameters());
        String seeded = file("seeded.json", "{\"layers\": [2, 2, 2], \"activations\": [\"tanh\", \"sigmoid\"], "
                + "\"loss\": \"mse\", \"seed\": 4}");
        JsonObject trained = Json.parse(CliRun.of("train", "--model", seeded, "--data", workedData(), "--optimizer",
                "momentum", "--momentum", "0.5", "--lr", "0.1", "--steps", "3").assertOk().out()).asObject();
        assertEquals(4, trained.getInt("seed", 0));
        assertEquals(2, trained.get("weights").asArray().size());
    }

    @Test
    void trainRejectsBadOptionsWithExitCode2AndNothingOnStdout() throws IOException {
        String m = workedModel();
        String d = workedData();
        String[] base = {"train", "--model", m, "--data", d};
        bad(base, "--optimizer: unknown optimizer \"adagrad\"; allowed: sgd, momentum, nesterov, rmsprop, adam",
                "--optimizer", "adagrad", "--lr", "0.1", "--steps", "1");
        bad(base, "--lr must be a number > 0 and <= 10, but is 0", "--optimizer", "sgd", "--lr", "0", "--steps", "1");
        bad(base, "--lr must be a number > 0 and <= 10, but is 11", "--optimizer", "sgd", "--lr", "11", "--steps", "1");
        bad(base, "--lr must be a number > 0 and <= 10, but is fast", "--optimizer", "sgd", "--lr", "fast", "--steps", "1");
        bad(base, "--lr must be a number > 0 and <= 10, but is NaN", "--optimizer", "sgd", "--lr", "NaN", "--steps", "1");
        bad(base, "--steps must be an integer from 0 to 10000000, but is -1", "--optimizer", "sgd", "--lr", "0.1", "--steps", "-1");
        bad(base, "--steps must be an integer from 0 to 10000000, but is 10000001", "--optimizer", "sgd", "--lr", "0.1",
                "--steps", "10000001");
        bad(base, "--steps must be an integer from 0 to 10000000, but is 1.5", "--optimizer", "sgd", "--lr", "0.1", "--steps", "1.5");
        bad(base, "--momentum must be a number >= 0 and < 1, but is 1", "--optimizer", "momentum", "--lr", "0.1",
                "--steps", "1", "--momentum", "1");
        bad(base, "--momentum applies only to --optimizer momentum or nesterov, not adam", "--optimizer", "adam",
                "--lr", "0.1", "--steps", "1", "--momentum", "0.5");
        bad(base, "--batch must be full or an integer >= 1, but is 0", "--optimizer", "sgd", "--lr", "0.1", "--steps", "1",
                "--batch", "0");
        bad(base, "--batch must be full or an integer >= 1, but is half", "--optimizer", "sgd", "--lr", "0.1", "--steps",
                "1", "--batch", "half");
        bad(base, "--seed must be an integer, but is 1.5", "--optimizer", "sgd", "--lr", "0.1", "--steps", "1", "--seed", "1.5");
        bad(base, "train needs --lr", "--optimizer", "sgd", "--steps", "1");
    }

    void bad(String[] base, String expected, String... more) {
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        CliRun.of(args).assertBadInput(expected);
    }

    @Test
    void divergingTrainingFailsWithExitCode1AndNoOutput() throws IOException {
        String model = file("linear.json", "{\"layers\": [1, 1], \"activations\": [\"linear\"], \"loss\": \"mse\", "
                + "\"weights\": [[[1]]], \"biases\": [[0]]}");
        String data = file("big.csv", "x,y\n1000,1\n");
        CliRun run = CliRun.of("train", "--model", model, "--data", data, "--optimizer", "sgd", "--lr", "10",
                "--steps", "1000");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("training diverged at step"), run.err());
    }

    // ---- bad files: every command reports them the same way ----

    @Test
    void fileProblemsAreBadInputNamingTheFile() throws IOException {
        String d = workedData();
        String missing = dir.resolve("nope.json").toString();
        CliRun.of("gradients", "--model", missing, "--data", d).assertBadInput("cannot read model file " + missing + ": no such file");
        String malformed = file("bad.json", "{\n\"layers\": [2, 2, 2],,\n}");
        CliRun.of("gradients", "--model", malformed, "--data", d).assertBadInput(malformed + ": malformed JSON at line 2, column 21");
        String mismatch = file("mismatch.json", WORKED_MODEL.replace("[0.25, 0.30]]", "[0.25, 0.30, 0.1]]"));
        CliRun.of("gradients", "--model", mismatch, "--data", d)
                .assertBadInput("weights[0][1] has 3 entries but layer 0 has 2 neurons");
        String columns = file("columns.csv", "a,b,c,d\n1,2,3,4\n1,2,3\n");
        CliRun.of("explain", "--model", workedModel(), "--data", columns, "--lr", "0.5")
                .assertBadInput(columns + ": line 3 has 3 columns but the model needs 4: 2 inputs + 2 targets");
        String text = file("text.csv", "a,b,c,d\n1,abc,3,4\n");
        CliRun.of("train", "--model", workedModel(), "--data", text, "--optimizer", "sgd", "--lr", "0.5", "--steps", "1")
                .assertBadInput("line 2, column 2: \"abc\" is not a number");
        CliRun.of("gradients", "--model", "example:nothing.json", "--data", d).assertBadInput("no bundled example");
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        String model = file("bom.json", "\uFEFF" + WORKED_MODEL);
        String data = file("bom.csv", "\uFEFF" + WORKED_DATA.replace("\n", "\r\n"));
        CliRun.of("gradients", "--model", model, "--data", data).assertOk();
    }

    // ---- serve: option checks only (the server itself is StaticSiteServerTest's) ----

    @Test
    void serveRejectsBadPorts() {
        CliRun.of("serve", "--port", "70000").assertBadInput("--port must be an integer from 0 to 65535, but is 70000");
        CliRun.of("serve", "--port", "-1").assertBadInput("--port must be an integer from 0 to 65535, but is -1");
        CliRun.of("serve", "--port", "http").assertBadInput("--port must be an integer from 0 to 65535, but is http");
    }

    @Test
    void bundledExamplesAreReadable() {
        CliRun run = CliRun.of("gradients", "--model", "example:worked-2-2-2.json", "--data", "example:worked-2-2-2.csv")
                .assertOk();
        assertFalse(run.out().isEmpty());
    }
}
