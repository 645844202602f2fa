package org.backproplab.model;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import org.backproplab.core.Activation;
import org.backproplab.core.Feature;
import org.backproplab.core.Features;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;

/**
 * Reads and writes the model JSON:
 * <pre>
 * {"layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"], "loss": "mse",
 *  "weights": W, "biases": B, "regularization": {"type": "l2", "lambda": 0.001}, "seed": 42, "init": "xavier",
 *  "features": ["x1", "x2"]}
 * </pre>
 * W[l][j][i] is the weight from neuron i of layer l to neuron j of layer l+1 and B[l][j] the bias of neuron j
 * of layer l+1. Required: layers, activations (one per layer after the input), loss. Optional: regularization
 * (none when absent), weights and biases (both or neither; when absent the network is initialised from seed,
 * default 1, with init, default xavier), features (the input layer computed from each data row, one token per
 * input neuron, e.g. ["x1sq", "x2sq"]; when absent, the data columns themselves: x1, x2 for two, x for one).
 * Other fields are kept but not read.
 *
 * <p>Parsing either returns a complete {@link ModelFile} or throws a {@link FormatException}; it never throws
 * anything else, whatever the text. Numbers are written as the shortest text that reads back as the same
 * double (Java's {@code Double.toString}, with a trailing ".0" dropped: 1.0 is written 1).
 */
public final class ModelJson {
    /** Deeper nesting than this is rejected before parsing (a model file needs depth 3). */
    static final int MAX_NESTING = 64;

    private ModelJson() {
    }

    /** Parses a model file with the format's own limits ({@link ModelLimits#FILE}). */
    public static ModelFile parse(String text) throws FormatException {
        return parse(text, ModelLimits.FILE);
    }

    /** Parses a model file, rejecting networks beyond {@code limits} (e.g. {@link ModelLimits#APP}). */
    public static ModelFile parse(String text, ModelLimits limits) throws FormatException {
        if (text == null) {
            throw new FormatException("the model file is empty");
        }
        checkNesting(text);
        JsonValue root;
        try {
            root = Json.parse(text);
        } catch (ParseException e) {
            throw new FormatException("malformed JSON at line " + e.getLocation().line + ", column "
                    + e.getLocation().column + ": " + withoutLocation(e));
        }
        if (!root.isObject()) {
            throw new FormatException("a model file must be a JSON object such as {\"layers\": [2, 2, 1], ...}, but is "
                    + describe(root));
        }
        try {
            return read(root.asObject(), limits);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // A rule the checks above missed, stated by core itself.
            throw new FormatException(e.getMessage() == null ? "the model is not valid" : e.getMessage());
        }
    }

    private static ModelFile read(JsonObject json, ModelLimits limits) throws FormatException {
        int[] sizes = readLayers(json, limits);
        Activation[] activations = readActivations(json, sizes.length);
        Loss loss = readLoss(json, activations[activations.length - 1]);
        Regularization regularization = readRegularization(json);
        long seed = readSeed(json);
        Initializer init = readInit(json);
        Shape shape = new Shape(readFeatures(json, sizes[0]), sizes, activations);
        Network network = new Network(shape, loss, regularization);
        JsonValue weights = json.get("weights");
        JsonValue biases = json.get("biases");
        if (weights == null && biases == null) {
            network.initialize(init, seed);
        } else if (weights == null) {
            throw new FormatException("biases is given but weights is missing: give both or neither");
        } else if (biases == null) {
            throw new FormatException("weights is given but biases is missing: give both or neither");
        } else {
            double[] parameters = new double[shape.parameterCount()];
            readWeights(weights, shape, parameters);
            readBiases(biases, shape, parameters);
            network.setParameters(parameters);
        }
        return new ModelFile(network, seed, init, weights != null, new JsonObject(json));
    }

    private static int[] readLayers(JsonObject json, ModelLimits limits) throws FormatException {
        JsonValue value = json.get("layers");
        if (value == null) {
            throw new FormatException("layers is missing: it must be an array of integers, neurons per layer with "
                    + "the inputs first, e.g. \"layers\": [2, 3, 1]");
        }
        if (!value.isArray()) {
            throw new FormatException("layers must be an array of integers, but is " + describe(value));
        }
        JsonArray array = value.asArray();
        if (array.size() < 2 || array.size() > Shape.MAX_LAYERS) {
            throw new FormatException("layers has " + array.size() + " entries, but a network needs 2 to "
                    + Shape.MAX_LAYERS + " layers (inputs, hidden layers, outputs)");
        }
        int[] sizes = new int[array.size()];
        for (int l = 0; l < sizes.length; l++) {
            JsonValue entry = array.get(l);
            if (!isInteger(entry)) {
                throw new FormatException("layers must be an array of integers, but layers[" + l + "] is "
                        + describe(entry));
            }
            double size = entry.asDouble();
            if (size < 1 || size > Shape.MAX_NEURONS) {
                throw new FormatException("layers[" + l + "] is " + entry + ", but a layer has 1 to "
                        + Shape.MAX_NEURONS + " neurons");
            }
            sizes[l] = (int) size;
        }
        int hidden = sizes.length - 2;
        if (hidden > limits.maxHiddenLayers()) {
            throw new FormatException("layers has " + hidden + " hidden layers, but " + limits.description()
                    + " allows at most " + limits.maxHiddenLayers());
        }
        long parameters = 0;
        for (int l = 0; l < sizes.length; l++) {
            if (l > 0 && l < sizes.length - 1 && sizes[l] > limits.maxNeuronsPerHiddenLayer()) {
                throw new FormatException("layers[" + l + "] has " + sizes[l] + " neurons, but " + limits.description()
                        + " allows at most " + limits.maxNeuronsPerHiddenLayer() + " per hidden layer");
            }
            if (l > 0) {
                parameters += (long) sizes[l - 1] * sizes[l] + sizes[l];
            }
        }
        if (parameters > limits.maxParameters()) {
            throw new FormatException("the network has " + parameters + " weights and biases, but "
                    + limits.description() + " allows at most " + limits.maxParameters());
        }
        return sizes;
    }

    private static Features readFeatures(JsonObject json, int inputNeurons) throws FormatException {
        JsonValue value = json.get("features");
        if (value == null) {
            return Features.identity(inputNeurons);
        }
        String expected = "an array of input names such as [\"x1\", \"x2\", \"x1sq\"] (allowed: "
                + Feature.allowedIds(2) + "; for curves " + Feature.allowedIds(1) + ")";
        if (!value.isArray()) {
            throw new FormatException("features must be " + expected + ", but is " + describe(value));
        }
        JsonArray array = value.asArray();
        if (array.size() != inputNeurons) {
            throw new FormatException("features lists " + array.size() + " inputs, but layers[0] is " + inputNeurons
                    + ": the input layer has one neuron per feature");
        }
        Feature[] list = new Feature[array.size()];
        for (int k = 0; k < list.length; k++) {
            JsonValue entry = array.get(k);
            if (!entry.isString()) {
                throw new FormatException("features[" + k + "] must be an input name (allowed: " + Feature.allowedIds(2)
                        + "; for curves " + Feature.allowedIds(1) + "), but is " + describe(entry));
            }
            try {
                list[k] = Feature.fromId(entry.asString());
            } catch (IllegalArgumentException e) {
                throw new FormatException("features[" + k + "]: " + e.getMessage());
            }
        }
        try {
            return Features.of(list);
        } catch (IllegalArgumentException e) {
            throw new FormatException("features: " + e.getMessage());
        }
    }

    private static Activation[] readActivations(JsonObject json, int layers) throws FormatException {
        JsonValue value = json.get("activations");
        String expected = "an array of " + (layers - 1) + " names, one per layer after the input (allowed: "
                + Activation.allowedIds() + ")";
        if (value == null) {
            throw new FormatException("activations is missing: it must be " + expected);
        }
        if (!value.isArray()) {
            throw new FormatException("activations must be " + expected + ", but is " + describe(value));
        }
        JsonArray array = value.asArray();
        if (array.size() != layers - 1) {
            throw new FormatException("activations has " + array.size() + " entries, but the network has "
                    + (layers - 1) + " layers after the input (layers has " + layers + " entries)");
        }
        Activation[] activations = new Activation[array.size()];
        for (int l = 0; l < activations.length; l++) {
            JsonValue entry = array.get(l);
            if (!entry.isString()) {
                throw new FormatException("activations[" + l + "] must be a name (allowed: " + Activation.allowedIds()
                        + "), but is " + describe(entry));
            }
            try {
                activations[l] = Activation.fromId(MessageText.cut(entry.asString()));
            } catch (IllegalArgumentException e) {
                throw new FormatException("activations[" + l + "]: " + e.getMessage());
            }
            if (activations[l] == Activation.SOFTMAX && l != activations.length - 1) {
                throw new FormatException("activations[" + l + "] is softmax, but softmax is allowed only on the "
                        + "output layer (activations[" + (activations.length - 1) + "])");
            }
        }
        return activations;
    }

    private static Loss readLoss(JsonObject json, Activation output) throws FormatException {
        JsonValue value = json.get("loss");
        if (value == null) {
            throw new FormatException("loss is missing: it must be one of mse, binary_cross_entropy, cross_entropy");
        }
        if (!value.isString()) {
            throw new FormatException("loss must be one of mse, binary_cross_entropy, cross_entropy, but is "
                    + describe(value));
        }
        Loss loss;
        try {
            loss = Loss.fromId(MessageText.cut(value.asString()));
        } catch (IllegalArgumentException e) {
            throw new FormatException("loss: " + e.getMessage());
        }
        String problem = loss.incompatibility(output);
        if (problem != null) {
            throw new FormatException(problem);
        }
        return loss;
    }

    private static Regularization readRegularization(JsonObject json) throws FormatException {
        JsonValue value = json.get("regularization");
        if (value == null) {
            return Regularization.NONE;
        }
        if (!value.isObject()) {
            throw new FormatException("regularization must be an object such as {\"type\": \"l2\", \"lambda\": 0.001}, "
                    + "but is " + describe(value));
        }
        JsonObject object = value.asObject();
        JsonValue typeValue = object.get("type");
        if (typeValue == null || !typeValue.isString()) {
            throw new FormatException("regularization.type must be one of none, l1, l2, but is "
                    + (typeValue == null ? "missing" : describe(typeValue)));
        }
        Regularization.Type type;
        try {
            type = Regularization.Type.fromId(MessageText.cut(typeValue.asString()));
        } catch (IllegalArgumentException e) {
            throw new FormatException("regularization.type: " + e.getMessage());
        }
        JsonValue lambdaValue = object.get("lambda");
        if (lambdaValue == null) {
            if (type == Regularization.Type.NONE) {
                return Regularization.NONE;
            }
            throw new FormatException("regularization.lambda is missing: " + type.id()
                    + " regularization needs a strength lambda >= 0, e.g. 0.001");
        }
        double lambda = finiteNumber(lambdaValue, "regularization.lambda");
        if (lambda < 0) {
            throw new FormatException("regularization.lambda must be >= 0, but is " + lambdaValue);
        }
        return new Regularization(type, lambda);
    }

    private static long readSeed(JsonObject json) throws FormatException {
        JsonValue value = json.get("seed");
        if (value == null) {
            return 1;
        }
        if (isInteger(value)) {
            try {
                return Long.parseLong(value.toString());
            } catch (NumberFormatException e) {
                double seed = value.asDouble();
                if (Math.abs(seed) <= 9007199254740992.0) { // 2^53: every integer up to here is exact
                    return (long) seed;
                }
            }
        }
        throw new FormatException("seed must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                + ", but is " + describe(value));
    }

    private static Initializer readInit(JsonObject json) throws FormatException {
        JsonValue value = json.get("init");
        if (value == null) {
            return Initializer.XAVIER;
        }
        if (!value.isString()) {
            throw new FormatException("init must be one of uniform, xavier, he, but is " + describe(value));
        }
        try {
            return Initializer.fromId(MessageText.cut(value.asString()));
        } catch (IllegalArgumentException e) {
            throw new FormatException("init: " + e.getMessage());
        }
    }

    private static void readWeights(JsonValue value, Shape shape, double[] parameters) throws FormatException {
        int matrices = shape.layerCount() - 1;
        if (!value.isArray()) {
            throw new FormatException("weights must be an array of " + matrices
                    + " matrices (one per layer after the input), but is " + describe(value));
        }
        JsonArray array = value.asArray();
        if (array.size() != matrices) {
            throw new FormatException("weights has " + array.size() + " matrices, but the network has " + matrices
                    + " layers after the input");
        }
        for (int l = 0; l < matrices; l++) {
            String path = "weights[" + l + "]";
            int rows = shape.size(l + 1);
            int columns = shape.size(l);
            JsonValue matrix = array.get(l);
            if (!matrix.isArray()) {
                throw new FormatException(path + " must be an array of " + rows + " rows (one per neuron of layer "
                        + (l + 1) + "), but is " + describe(matrix));
            }
            if (matrix.asArray().size() != rows) {
                throw new FormatException(path + " has " + matrix.asArray().size() + " rows but layer " + (l + 1)
                        + " has " + rows + " neurons");
            }
            for (int j = 0; j < rows; j++) {
                String rowPath = path + "[" + j + "]";
                JsonValue row = matrix.asArray().get(j);
                if (!row.isArray()) {
                    throw new FormatException(rowPath + " must be an array of " + columns
                            + " numbers (one per neuron of layer " + l + "), but is " + describe(row));
                }
                if (row.asArray().size() != columns) {
                    throw new FormatException(rowPath + " has " + row.asArray().size() + " entries but layer " + l
                            + " has " + columns + " neurons");
                }
                for (int i = 0; i < columns; i++) {
                    parameters[shape.weightIndex(l, j, i)] = finiteNumber(row.asArray().get(i), rowPath + "[" + i + "]");
                }
            }
        }
    }

    private static void readBiases(JsonValue value, Shape shape, double[] parameters) throws FormatException {
        int vectors = shape.layerCount() - 1;
        if (!value.isArray()) {
            throw new FormatException("biases must be an array of " + vectors
                    + " arrays (one per layer after the input), but is " + describe(value));
        }
        JsonArray array = value.asArray();
        if (array.size() != vectors) {
            throw new FormatException("biases has " + array.size() + " entries, but the network has " + vectors
                    + " layers after the input");
        }
        for (int l = 0; l < vectors; l++) {
            String path = "biases[" + l + "]";
            int neurons = shape.size(l + 1);
            JsonValue vector = array.get(l);
            if (!vector.isArray()) {
                throw new FormatException(path + " must be an array of " + neurons + " numbers (one per neuron of layer "
                        + (l + 1) + "), but is " + describe(vector));
            }
            if (vector.asArray().size() != neurons) {
                throw new FormatException(path + " has " + vector.asArray().size() + " entries but layer " + (l + 1)
                        + " has " + neurons + " neurons");
            }
            for (int j = 0; j < neurons; j++) {
                parameters[shape.biasIndex(l, j)] = finiteNumber(vector.asArray().get(j), path + "[" + j + "]");
            }
        }
    }

    /**
     * The model file {@code original} with its weights and biases replaced by {@code trained}'s; every other
     * field is kept, in its place (weights and biases are appended when the original had none).
     *
     * @throws IllegalArgumentException if {@code trained} has a different shape than the file
     */
    public static String write(ModelFile original, Network trained) {
        if (!trained.shape().equals(original.shape())) {
            throw new IllegalArgumentException("the network is " + trained.shape() + " but the model file describes "
                    + original.shape());
        }
        JsonObject source = original.source();
        Shape shape = trained.shape();
        double[] parameters = trained.parameters();
        StringBuilder text = new StringBuilder("{\n");
        boolean first = true;
        for (String name : source.names()) {
            if (!first) {
                text.append(",\n");
            }
            first = false;
            text.append("  ").append(Json.value(name)).append(": ");
            if (name.equals("weights")) {
                appendWeights(text, shape, parameters, "  ");
            } else if (name.equals("biases")) {
                appendBiases(text, shape, parameters, "  ");
            } else {
                text.append(source.get(name));
            }
        }
        for (String name : new String[] {"weights", "biases"}) {
            if (source.get(name) == null) {
                text.append(first ? "" : ",\n").append("  \"").append(name).append("\": ");
                first = false;
                if (name.equals("weights")) {
                    appendWeights(text, shape, parameters, "  ");
                } else {
                    appendBiases(text, shape, parameters, "  ");
                }
            }
        }
        return text.append("\n}\n").toString();
    }

    /**
     * Appends W (nested as in the model file, one row per line) read from the flat array {@code values} laid
     * out by {@code shape} — the parameters themselves, or a gradient.
     */
    public static void appendWeights(StringBuilder text, Shape shape, double[] values, String indent) {
        text.append("[\n");
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            text.append(indent).append("  [\n");
            for (int j = 0; j < shape.size(l + 1); j++) {
                text.append(indent).append("    [");
                for (int i = 0; i < shape.size(l); i++) {
                    text.append(i == 0 ? "" : ", ").append(number(values[shape.weightIndex(l, j, i)]));
                }
                text.append(j == shape.size(l + 1) - 1 ? "]\n" : "],\n");
            }
            text.append(indent).append(l == shape.layerCount() - 2 ? "  ]\n" : "  ],\n");
        }
        text.append(indent).append("]");
    }

    /** Appends B (one array per layer after the input, one per line) read from the flat {@code values}. */
    public static void appendBiases(StringBuilder text, Shape shape, double[] values, String indent) {
        text.append("[\n");
        for (int l = 0; l < shape.layerCount() - 1; l++) {
            text.append(indent).append("  [");
            for (int j = 0; j < shape.size(l + 1); j++) {
                text.append(j == 0 ? "" : ", ").append(number(values[shape.biasIndex(l, j)]));
            }
            text.append(l == shape.layerCount() - 2 ? "]\n" : "],\n");
        }
        text.append(indent).append("]");
    }

    /**
     * The JSON text of a finite double: the shortest that reads back as the same value ({@code Double.toString})
     * with a trailing ".0" dropped, so 1.0 is "1", 0.0 is "0", −0.0 is "-0" and 1e-5 is "1.0E-5".
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value + "; only finite numbers can be written");
        }
        return Json.value(value).toString();
    }

    private static double finiteNumber(JsonValue value, String path) throws FormatException {
        if (!value.isNumber()) {
            throw new FormatException(path + " must be a finite number, but is " + describe(value));
        }
        double number = value.asDouble();
        if (!Double.isFinite(number)) {
            throw new FormatException(path + " must be a finite number, but " + value + " is too large for a double");
        }
        return number;
    }

    /** A JSON number whose value is a whole number (2, 2.0 and 2e0 are; 2.5 and 1e999 are not). */
    private static boolean isInteger(JsonValue value) {
        if (!value.isNumber()) {
            return false;
        }
        double number = value.asDouble();
        return Double.isFinite(number) && number == Math.floor(number);
    }

    /** A short description of a JSON value for messages: the value itself, or its kind when long. */
    static String describe(JsonValue value) {
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isString()) {
            String text = value.toString();
            return "the string " + (text.length() > 42 ? text.substring(0, 40) + "…\"" : text);
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String withoutLocation(ParseException e) {
        String message = e.getMessage();
        String suffix = " at " + e.getLocation();
        return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
    }

    /**
     * Rejects brackets nested deeper than {@link #MAX_NESTING} before the recursive parser sees them, so
     * that no file can exhaust the stack.
     */
    private static void checkNesting(String text) throws FormatException {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (c == '\\') {
                    k++;
                    column++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
                if (depth > MAX_NESTING) {
                    throw new FormatException("malformed model file at line " + line + ", column " + column
                            + ": arrays and objects nested deeper than " + MAX_NESTING + " levels");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }
}
