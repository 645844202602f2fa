package org.backproplab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
    static final String WORKED = """
            {"layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
             "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
             "biases": [[0.35, 0.35], [0.60, 0.60]]}
            """;

    /** The worked example with one field replaced (or removed, when replacement is null). */
    static String workedWith(String field, String replacement) {
        JsonObject json = Json.parse(WORKED).asObject();
        if (replacement == null) {
            json.remove(field);
        } else {
            json.set(field, Json.parse(replacement));
        }
        return json.toString();
    }

    static String messageOf(String text) {
        return assertThrows(FormatException.class, () -> ModelJson.parse(text)).getMessage();
    }

    @Test
    void readsTheWorkedExampleWithWeightsInTheDocumentedNesting() throws FormatException {
        ModelFile file = ModelJson.parse(WORKED);
        Network network = file.network();
        assertEquals(Shape.of(new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID), network.shape());
        assertEquals(Loss.MSE, network.loss());
        assertEquals(Regularization.NONE, network.regularization());
        // W[l][j][i]: from neuron i of layer l to neuron j of layer l+1 (w2 = i2 -> h1, w7 = h1 -> o2)
        assertEquals(0.20, network.weight(0, 0, 1));
        assertEquals(0.25, network.weight(0, 1, 0));
        assertEquals(0.50, network.weight(1, 1, 0));
        assertEquals(0.35, network.bias(0, 1));
        assertEquals(0.60, network.bias(1, 0));
        assertTrue(file.parametersGiven());
        assertEquals(1, file.seed());
        assertEquals(Initializer.XAVIER, file.init());
    }

    @Test
    void shippedExampleFileParsesToTheWorkedExample() throws IOException, FormatException {
        try (InputStream in = ModelJsonTest.class.getResourceAsStream("/examples/worked-2-2-2.json")) {
            ModelFile file = ModelJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertArrayEquals(ModelJson.parse(WORKED).network().parameters(), file.network().parameters());
        }
    }

    @Test
    void readsRegularizationSeedAndInit() throws FormatException {
        ModelFile file = ModelJson.parse("""
                {"layers": [3, 4, 1], "activations": ["tanh", "sigmoid"], "loss": "binary_cross_entropy",
                 "regularization": {"type": "l2", "lambda": 0.001}, "seed": 42, "init": "he"}""");
        assertEquals(new Regularization(Regularization.Type.L2, 0.001), file.network().regularization());
        assertEquals(42, file.seed());
        assertEquals(Initializer.HE, file.init());
        assertFalse(file.parametersGiven());
    }

    @Test
    void missingWeightsAreInitialisedFromTheSeed() throws FormatException {
        ModelFile file = ModelJson.parse("""
                {"layers": [2, 3, 1], "activations": ["relu", "linear"], "loss": "mse", "seed": 7, "init": "uniform"}""");
        Network expected = Network.initialized(file.shape(), Loss.MSE, Regularization.NONE, Initializer.UNIFORM, 7);
        assertArrayEquals(expected.parameters(), file.network().parameters());
        ModelFile defaults = ModelJson.parse("""
                {"layers": [2, 3, 1], "activations": ["relu", "linear"], "loss": "mse"}""");
        Network expectedDefaults = Network.initialized(defaults.shape(), Loss.MSE, Regularization.NONE,
                Initializer.XAVIER, 1);
        assertArrayEquals(expectedDefaults.parameters(), defaults.network().parameters());
    }

    @Test
    void networkIsACopy() throws FormatException {
        ModelFile file = ModelJson.parse(WORKED);
        file.network().setWeight(0, 0, 0, 99);
        assertEquals(0.15, file.network().weight(0, 0, 0));
    }

    @Test
    void writeKeepsEveryOtherFieldAndReplacesTheParameters() throws FormatException {
        String text = """
                {"title": "my net", "layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
                 "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
                 "biases": [[0.35, 0.35], [0.60, 0.60]], "extra": {"nested": [1, "two", null, true]}, "seed": 5}""";
        ModelFile file = ModelJson.parse(text);
        Network trained = file.network();
        trained.setWeight(1, 0, 0, 0.35891648);
        trained.setBias(0, 1, -2.0);
        String written = ModelJson.write(file, trained);
        JsonObject json = Json.parse(written).asObject();
        assertEquals(List.of("title", "layers", "activations", "loss", "weights", "biases", "extra", "seed"), json.names());
        assertEquals("my net", json.getString("title", null));
        assertEquals(Json.parse("{\"nested\": [1, \"two\", null, true]}"), json.get("extra"));
        assertEquals(5, json.getInt("seed", 0));
        assertEquals(0.35891648, json.get("weights").asArray().get(1).asArray().get(0).asArray().get(0).asDouble());
        assertEquals(-2.0, json.get("biases").asArray().get(0).asArray().get(1).asDouble());
        assertArrayEquals(trained.parameters(), ModelJson.parse(written).network().parameters());
    }

    @Test
    void writeAppendsParametersWhenTheFileHadNone() throws FormatException {
        ModelFile file = ModelJson.parse("{\"layers\": [1, 1], \"activations\": [\"linear\"], \"loss\": \"mse\"}");
        JsonObject json = Json.parse(ModelJson.write(file, file.network())).asObject();
        assertEquals(List.of("layers", "activations", "loss", "weights", "biases"), json.names());
    }

    @Test
    void writeRejectsANetworkOfAnotherShape() throws FormatException {
        ModelFile file = ModelJson.parse(WORKED);
        Network other = new Network(Shape.of(new int[] {2, 3, 2}, Activation.SIGMOID, Activation.SIGMOID), Loss.MSE,
                Regularization.NONE);
        assertThrows(IllegalArgumentException.class, () -> ModelJson.write(file, other));
    }

    @Test
    void numbersAreShortestRoundTripWithIntegralValuesWithoutPointZero() {
        assertEquals("1", ModelJson.number(1.0));
        assertEquals("0", ModelJson.number(0.0));
        assertEquals("-0", ModelJson.number(-0.0));
        assertEquals("0.1", ModelJson.number(0.1));
        assertEquals("0.30000000000000004", ModelJson.number(0.1 + 0.2));
        assertEquals("1.0E-5", ModelJson.number(1e-5));
        assertEquals("1.0E20", ModelJson.number(1e20));
        assertThrows(IllegalArgumentException.class, () -> ModelJson.number(Double.NaN));
    }

    @Test
    void roundTripIsBitIdenticalForAwkwardValues() throws FormatException {
        double[] values = {-0.0, 0.0, 1.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 0.1 + 0.2, Math.PI};
        ModelFile file = ModelJson.parse("{\"layers\": [1, 4], \"activations\": [\"linear\"], \"loss\": \"mse\"}");
        Network network = file.network();
        for (int p = 0; p < 8; p++) {
            network.parameters()[p] = values[p];
        }
        double[] back = ModelJson.parse(ModelJson.write(file, network)).network().parameters();
        for (int p = 0; p < 8; p++) {
            assertEquals(Double.doubleToRawLongBits(values[p]), Double.doubleToRawLongBits(back[p]), "value " + values[p]);
        }
    }

    @Test
    void ofWritesAModelTheParserReadsBack() throws FormatException {
        Network network = Network.initialized(Shape.of(new int[] {2, 5, 3}, Activation.TANH, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, new Regularization(Regularization.Type.L1, 0.01), Initializer.HE, 9);
        ModelFile back = ModelJson.parse(ModelJson.write(ModelFile.of(network, 9, Initializer.HE), network));
        assertEquals(network.shape(), back.shape());
        assertEquals(network.loss(), back.network().loss());
        assertEquals(network.regularization(), back.network().regularization());
        assertArrayEquals(network.parameters(), back.network().parameters());
        assertEquals(9, back.seed());
        assertEquals(Initializer.HE, back.init());
    }

    // ---- error messages ----

    @Test
    void malformedJsonGivesLineAndColumn() {
        String message = messageOf("{\n  \"layers\": [2, 2,, 2]\n}");
        assertTrue(message.startsWith("malformed JSON at line 2, column 19"), message);
    }

    @Test
    void emptyTextIsMalformed() {
        assertTrue(messageOf("").startsWith("malformed JSON at line 1"), messageOf(""));
    }

    @Test
    void deepNestingIsRejectedBeforeParsing() {
        String message = messageOf("[".repeat(100_000));
        assertTrue(message.contains("nested deeper than 64"), message);
    }

    @Test
    void rootMustBeAnObject() {
        assertTrue(messageOf("[1, 2]").startsWith("a model file must be a JSON object"), messageOf("[1, 2]"));
    }

    @Test
    void layersMissingOrMistyped() {
        assertTrue(messageOf(workedWith("layers", null)).startsWith("layers is missing"));
        assertEquals("layers must be an array of integers, but is the string \"2-2-2\"",
                messageOf(workedWith("layers", "\"2-2-2\"")));
        assertEquals("layers must be an array of integers, but layers[1] is 2.5",
                messageOf(workedWith("layers", "[2, 2.5, 2]")));
        assertEquals("layers must be an array of integers, but layers[0] is the string \"2\"",
                messageOf(workedWith("layers", "[\"2\", 2, 2]")));
        assertEquals("layers[1] is 0, but a layer has 1 to 1024 neurons", messageOf(workedWith("layers", "[2, 0, 2]")));
        assertEquals("layers[1] is 1025, but a layer has 1 to 1024 neurons",
                messageOf(workedWith("layers", "[2, 1025, 2]")));
        assertTrue(messageOf(workedWith("layers", "[2]")).startsWith("layers has 1 entries, but a network needs 2 to 64"));
    }

    @Test
    void appLimitsHiddenLayersAndTheirWidth() throws FormatException {
        String wide = "{\"layers\": [2, 33, 1], \"activations\": [\"tanh\", \"sigmoid\"], \"loss\": \"mse\"}";
        ModelJson.parse(wide);
        FormatException e = assertThrows(FormatException.class, () -> ModelJson.parse(wide, ModelLimits.APP));
        assertEquals("layers[1] has 33 neurons, but the app allows at most 32 per hidden layer", e.getMessage());
        String deep = "{\"layers\": [2, 3, 3, 3, 3, 3, 3, 3, 1], \"activations\": [\"tanh\", \"tanh\", \"tanh\", \"tanh\","
                + " \"tanh\", \"tanh\", \"tanh\", \"sigmoid\"], \"loss\": \"mse\"}";
        ModelJson.parse(deep);
        e = assertThrows(FormatException.class, () -> ModelJson.parse(deep, ModelLimits.APP));
        assertEquals("layers has 7 hidden layers, but the app allows at most 6", e.getMessage());
    }

    @Test
    void tooManyParametersAreRejected() {
        String huge = "{\"layers\": [1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024], "
                + "\"activations\": [\"relu\", \"relu\", \"relu\", \"relu\", \"relu\", \"relu\", \"relu\", \"relu\", "
                + "\"relu\", \"relu\", \"linear\"], \"loss\": \"mse\"}";
        assertEquals("the network has 11545600 weights and biases, but a model file allows at most 10000000",
                messageOf(huge));
    }

    @Test
    void activationsCountNamesAndSoftmaxPlace() {
        assertEquals("activations has 1 entries, but the network has 2 layers after the input (layers has 3 entries)",
                messageOf(workedWith("activations", "[\"sigmoid\"]")));
        assertEquals("activations[1]: unknown activation \"swish\"; allowed: linear, sigmoid, tanh, relu, leaky_relu, softmax",
                messageOf(workedWith("activations", "[\"sigmoid\", \"swish\"]")));
        assertTrue(messageOf(workedWith("activations", "[\"sigmoid\", 3]")).startsWith("activations[1] must be a name"));
        assertEquals("activations[0] is softmax, but softmax is allowed only on the output layer (activations[1])",
                messageOf(workedWith("activations", "[\"softmax\", \"softmax\"]")));
        assertTrue(messageOf(workedWith("activations", null)).startsWith("activations is missing"));
    }

    @Test
    void lossNamesAndCompatibility() {
        assertEquals("loss: unknown loss \"hinge\"; allowed: mse, binary_cross_entropy, cross_entropy",
                messageOf(workedWith("loss", "\"hinge\"")));
        assertEquals("loss cross_entropy needs a softmax output layer, but the output layer is sigmoid",
                messageOf(workedWith("loss", "\"cross_entropy\"")));
        String tanhOutput = workedWith("activations", "[\"sigmoid\", \"tanh\"]");
        JsonObject json = Json.parse(tanhOutput).asObject().set("loss", "binary_cross_entropy");
        assertEquals("loss binary_cross_entropy needs a sigmoid output layer, but the output layer is tanh",
                messageOf(json.toString()));
        assertTrue(messageOf(workedWith("loss", null)).startsWith("loss is missing"));
    }

    @Test
    void regularizationTypeAndLambda() {
        assertEquals("regularization.type: unknown regularization \"l3\"; allowed: none, l1, l2",
                messageOf(workedWith("regularization", "{\"type\": \"l3\", \"lambda\": 1}")));
        assertEquals("regularization.lambda must be >= 0, but is -0.5",
                messageOf(workedWith("regularization", "{\"type\": \"l2\", \"lambda\": -0.5}")));
        assertEquals("regularization.lambda must be a finite number, but is the string \"NaN\"",
                messageOf(workedWith("regularization", "{\"type\": \"l2\", \"lambda\": \"NaN\"}")));
        assertTrue(messageOf(workedWith("regularization", "{\"type\": \"l1\"}")).startsWith("regularization.lambda is missing"));
        assertTrue(messageOf(workedWith("regularization", "\"l2\"")).startsWith("regularization must be an object"));
    }

    @Test
    void seedAndInit() {
        assertTrue(messageOf(workedWith("seed", "1.5")).startsWith("seed must be an integer"), messageOf(workedWith("seed", "1.5")));
        assertTrue(messageOf(workedWith("seed", "1e30")).startsWith("seed must be an integer"));
        assertEquals("init: unknown init \"zeros\"; allowed: uniform, xavier, he", messageOf(workedWith("init", "\"zeros\"")));
    }

    @Test
    void weightsAndBiasesComeTogether() {
        assertEquals("weights is given but biases is missing: give both or neither", messageOf(workedWith("biases", null)));
        assertEquals("biases is given but weights is missing: give both or neither", messageOf(workedWith("weights", null)));
    }

    @Test
    void weightShapeMismatches() {
        assertEquals("weights has 1 matrices, but the network has 2 layers after the input",
                messageOf(workedWith("weights", "[[[0.15, 0.20], [0.25, 0.30]]]")));
        String fourNeurons = Json.parse(workedWith("layers", "[2, 2, 4]")).asObject()
                .set("weights", Json.parse("[[[1, 2], [3, 4]], [[1, 2], [3, 4], [5, 6]]]")).toString();
        assertEquals("weights[1] has 3 rows but layer 2 has 4 neurons", messageOf(fourNeurons));
        assertEquals("weights[0][1] has 3 entries but layer 0 has 2 neurons",
                messageOf(workedWith("weights", "[[[0.15, 0.20], [0.25, 0.30, 0.1]], [[0.40, 0.45], [0.50, 0.55]]]")));
        assertTrue(messageOf(workedWith("weights", "[[[0.15, 0.20], 7], [[0.40, 0.45], [0.50, 0.55]]]"))
                .startsWith("weights[0][1] must be an array of 2 numbers"));
    }

    @Test
    void biasShapeMismatches() {
        assertEquals("biases[0] has 3 entries but layer 1 has 2 neurons",
                messageOf(workedWith("biases", "[[0.35, 0.35, 0.35], [0.60, 0.60]]")));
        assertEquals("biases has 3 entries, but the network has 2 layers after the input",
                messageOf(workedWith("biases", "[[0.35, 0.35], [0.60, 0.60], [1]]")));
    }

    @Test
    void nonFiniteAndNonNumericParametersNameTheirPath() {
        assertEquals("weights[0][1][0] must be a finite number, but is the string \"NaN\"",
                messageOf(workedWith("weights", "[[[0.15, 0.20], [\"NaN\", 0.30]], [[0.40, 0.45], [0.50, 0.55]]]")));
        assertEquals("weights[0][1][0] must be a finite number, but 1e999 is too large for a double",
                messageOf(workedWith("weights", "[[[0.15, 0.20], [1e999, 0.30]], [[0.40, 0.45], [0.50, 0.55]]]")));
        assertEquals("biases[1][1] must be a finite number, but -1e400 is too large for a double",
                messageOf(workedWith("biases", "[[0.35, 0.35], [0.60, -1e400]]")));
        assertEquals("biases[1][0] must be a finite number, but is null",
                messageOf(workedWith("biases", "[[0.35, 0.35], [null, 0.60]]")));
    }
}
