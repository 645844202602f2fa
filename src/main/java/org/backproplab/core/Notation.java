package org.backproplab.core;

/**
 * The one notation for neurons, weights and biases, used by every panel, the lessons, the gradient check,
 * the worked example, the command line and the exports. Layers are numbered as in {@link Shape}: 0 the
 * inputs, 1 … L−1 the hidden layers, L the outputs. For neuron j of layer l (both counted from 1 in the
 * names):
 * <ul>
 *   <li>inputs x₁, x₂, … (x when there is one input);</li>
 *   <li>hidden activations h<sub>j</sub><sup>(l)</sup>, e.g. h₂⁽¹⁾ = neuron 2 of hidden layer 1;</li>
 *   <li>outputs ŷ₁, ŷ₂, … (ŷ when there is one output), targets y₁, y₂, … (y);</li>
 *   <li>pre-activations z<sub>j</sub><sup>(l)</sup> and deltas δ<sub>j</sub><sup>(l)</sup> = ∂J/∂z, for
 *       hidden and output neurons alike: z = Σ w·a + b;</li>
 *   <li>weights w<sub>j,i</sub><sup>(l)</sup> from neuron i of layer l−1 to neuron j of layer l, and biases
 *       b<sub>j</sub><sup>(l)</sup> of neuron j of layer l: the superscript is the layer the parameter feeds,
 *       the same as its neuron's z and δ, so z₁⁽²⁾ = Σᵢ w₁,ᵢ⁽²⁾·h_i⁽¹⁾ + b₁⁽²⁾. The index order (to, from)
 *       is the model file's: w<sub>j,i</sub><sup>(l)</sup> is {@code weights[l−1][j−1][i−1]}.</li>
 * </ul>
 * Only x, ŷ and y drop their index, and only when their layer has one neuron; z, δ, w and b always carry
 * theirs. {@link #UNICODE} writes the names for the screen and handouts; {@link #ASCII} writes the same
 * names for CSV headers and plain terminals (x1, h2^(1), yhat1, y1, z2^(1), delta2^(1), w1,2^(3), b2^(1)).
 */
public final class Notation {
    /** Subscripts and the layer superscript as characters: h₂⁽¹⁾, w₁,₂⁽³⁾, ŷ₁. */
    public static final Notation UNICODE = new Notation(false);
    /** The same names in plain ASCII: h2^(1), w1,2^(3), yhat1. */
    public static final Notation ASCII = new Notation(true);

    private static final char[] SUBSCRIPT_DIGITS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089"
            .toCharArray();
    private static final char[] SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
            .toCharArray();

    private final boolean ascii;

    private Notation(boolean ascii) {
        this.ascii = ascii;
    }

    /** "x₁" (x when {@code inputCount} is 1): input {@code i}, counted from 0. */
    public String input(int inputCount, int i) {
        return inputCount == 1 ? "x" : "x" + subscript(i + 1);
    }

    /** "ŷ₁" (ŷ when {@code outputCount} is 1): the network's output {@code k}, counted from 0. */
    public String output(int outputCount, int k) {
        String yHat = ascii ? "yhat" : "\u0177";
        return outputCount == 1 ? yHat : yHat + subscript(k + 1);
    }

    /** "y₁" (y when {@code outputCount} is 1): the target of output {@code k}, counted from 0. */
    public String target(int outputCount, int k) {
        return outputCount == 1 ? "y" : "y" + subscript(k + 1);
    }

    /** The output symbol without an index, as a formula over outputs writes it: ŷ (yhat). */
    public String outputSymbol() {
        return ascii ? "yhat" : "\u0177";
    }

    /**
     * What neuron {@code j} (from 0) of layer {@code layer} passes on, its activation: x₁ for an input (its
     * feature, x₁² say, when the network has feature inputs), h₂⁽¹⁾ for a hidden neuron, ŷ₁ for an output.
     */
    public String neuron(Shape shape, int layer, int j) {
        checkNeuron(shape, layer, j);
        if (layer == 0) {
            // With feature inputs an input neuron holds its feature (x₁², x₁x₂, …), not the data's own x₁.
            return shape.features().isIdentity() ? input(shape.inputSize(), j)
                    : ascii ? shape.features().feature(j).id() : shape.features().symbol(j);
        }
        if (layer == shape.layerCount() - 1) {
            return output(shape.outputSize(), j);
        }
        return "h" + subscript(j + 1) + superscript(layer);
    }

    /** z₂⁽¹⁾: the weighted input of neuron {@code j} (from 0) of layer {@code layer} ≥ 1. */
    public String preActivation(int layer, int j) {
        return "z" + subscript(j + 1) + superscript(layer);
    }

    /** δ₂⁽¹⁾ = ∂J/∂z₂⁽¹⁾ of neuron {@code j} (from 0) of layer {@code layer} ≥ 1. */
    public String delta(int layer, int j) {
        return (ascii ? "delta" : "\u03b4") + subscript(j + 1) + superscript(layer);
    }

    /**
     * The weight {@code W[l][j][i]} of {@link Shape#weightIndex}, from neuron i of layer l to neuron j of
     * layer l+1 (all from 0): w<sub>j+1,i+1</sub><sup>(l+1)</sup>, e.g. W[1][0][1] is w₁,₂⁽²⁾.
     */
    public String weight(int l, int j, int i) {
        return "w" + subscript(j + 1) + "," + subscript(i + 1) + superscript(l + 1);
    }

    /** The bias {@code B[l][j]} of {@link Shape#biasIndex}, of neuron j of layer l+1: b<sub>j+1</sub><sup>(l+1)</sup>. */
    public String bias(int l, int j) {
        return "b" + subscript(j + 1) + superscript(l + 1);
    }

    /** The weight or bias at flat index {@code index}: "w₁,₂⁽²⁾" or "b₂⁽¹⁾". */
    public String parameter(Shape shape, int index) {
        Place place = Place.of(shape, index);
        return place.isWeight() ? weight(place.layer, place.to, place.from) : bias(place.layer, place.to);
    }

    /** Where parameter {@code index} starts: its input neuron's symbol ("h₂⁽¹⁾"), or "bias" for a bias. */
    public String fromNeuron(Shape shape, int index) {
        Place place = Place.of(shape, index);
        return place.isWeight() ? neuron(shape, place.layer, place.from) : "bias";
    }

    /** The neuron parameter {@code index} feeds: "ŷ", "h₁⁽²⁾". */
    public String toNeuron(Shape shape, int index) {
        Place place = Place.of(shape, index);
        return neuron(shape, place.layer + 1, place.to);
    }

    /** {@link #fromNeuron} in {@link #words}: "x₂", "hidden layer 1, neuron 2", "bias". */
    public String fromWords(Shape shape, int index) {
        Place place = Place.of(shape, index);
        return place.isWeight() ? words(shape, place.layer, place.from) : "bias";
    }

    /** {@link #toNeuron} in {@link #words}: "hidden layer 2, neuron 1", "the output ŷ". */
    public String toWords(Shape shape, int index) {
        Place place = Place.of(shape, index);
        return words(shape, place.layer + 1, place.to);
    }

    /** What parameter {@code index} connects: "h₂⁽¹⁾ → ŷ" for a weight, "bias of ŷ" for a bias. */
    public String connection(Shape shape, int index) {
        String to = toNeuron(shape, index);
        return shape.isWeight(index) ? fromNeuron(shape, index) + (ascii ? " -> " : " \u2192 ") + to : "bias of " + to;
    }

    /** The parameter with what it connects: "w₁,₂⁽²⁾ from h₂⁽¹⁾ to ŷ" or "b₂⁽¹⁾ of h₂⁽¹⁾". */
    public String described(Shape shape, int index) {
        String to = toNeuron(shape, index);
        return shape.isWeight(index) ? parameter(shape, index) + " from " + fromNeuron(shape, index) + " to " + to
                : parameter(shape, index) + " of " + to;
    }

    /**
     * Neuron {@code j} (from 0) of layer {@code layer} as a screen reader should say it, with the symbol's
     * numbers: "x₁" (an input is its symbol), "hidden layer 1, neuron 2", "output ŷ₁" ("the output ŷ" when
     * there is one).
     */
    public String words(Shape shape, int layer, int j) {
        checkNeuron(shape, layer, j);
        if (layer == 0) {
            return neuron(shape, layer, j);
        }
        if (layer == shape.layerCount() - 1) {
            return (shape.outputSize() == 1 ? "the output " : "output ") + neuron(shape, layer, j);
        }
        return "hidden layer " + layer + ", neuron " + (j + 1);
    }

    /**
     * How to read the names, in one sentence for a legend: "h₂⁽¹⁾ is neuron 2 of hidden layer 1; w₁,₂⁽²⁾ is
     * the weight from neuron 2 of layer 1 to neuron 1 of layer 2, b₁⁽²⁾ the bias of that neuron."
     */
    public String key() {
        return "h" + subscript(2) + superscript(1) + " is neuron 2 of hidden layer 1; " + weight(1, 0, 1)
                + " is the weight from neuron 2 of layer 1 to neuron 1 of layer 2, " + bias(1, 0)
                + " the bias of that neuron.";
    }

    /** Where parameter {@code index} sits in a model file: "weights[1][0][1]" or "biases[0][1]" (from 0). */
    public static String modelFileEntry(Shape shape, int index) {
        Place place = Place.of(shape, index);
        return place.isWeight() ? "weights[" + place.layer + "][" + place.to + "][" + place.from + "]"
                : "biases[" + place.layer + "][" + place.to + "]";
    }

    private String subscript(int number) {
        if (ascii) {
            return Integer.toString(number);
        }
        String digits = Integer.toString(number);
        StringBuilder text = new StringBuilder(digits.length());
        for (int k = 0; k < digits.length(); k++) {
            text.append(SUBSCRIPT_DIGITS[digits.charAt(k) - '0']);
        }
        return text.toString();
    }

    private String superscript(int layer) {
        if (ascii) {
            return "^(" + layer + ")";
        }
        String digits = Integer.toString(layer);
        StringBuilder text = new StringBuilder(digits.length() + 2).append('\u207d');
        for (int k = 0; k < digits.length(); k++) {
            text.append(SUPERSCRIPT_DIGITS[digits.charAt(k) - '0']);
        }
        return text.append('\u207e').toString();
    }

    private static void checkNeuron(Shape shape, int layer, int j) {
        if (layer < 0 || layer >= shape.layerCount()) {
            throw new IndexOutOfBoundsException("layer " + layer + " does not exist; the layers are 0 to "
                    + (shape.layerCount() - 1));
        }
        if (j < 0 || j >= shape.size(layer)) {
            throw new IndexOutOfBoundsException("neuron " + j + " of layer " + layer + " does not exist; it has "
                    + shape.size(layer) + " (0 to " + (shape.size(layer) - 1) + ")");
        }
    }

    /** A flat index as W[layer][to][from] (from ≥ 0) or B[layer][to] (from = −1). */
    private record Place(int layer, int to, int from) {
        static Place of(Shape shape, int index) {
            if (index >= 0) {
                for (int l = 0; l < shape.layerCount() - 1; l++) {
                    int weights = shape.weightOffset(l);
                    int biases = shape.biasOffset(l);
                    if (index < biases) {
                        return new Place(l, (index - weights) / shape.size(l), (index - weights) % shape.size(l));
                    }
                    if (index < biases + shape.size(l + 1)) {
                        return new Place(l, index - biases, -1);
                    }
                }
            }
            throw new IndexOutOfBoundsException("parameter " + index + " does not exist; there are "
                    + shape.parameterCount());
        }

        boolean isWeight() {
            return from >= 0;
        }
    }
}
