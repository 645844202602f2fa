package org.backproplab.exercise;

import org.backproplab.core.Shape;

/**
 * One question about a {@link Problem}. {@code layer} and {@code neuron} name a neuron (layer 0 = the inputs);
 * for a weight they name the neuron the weight leads into, and {@code from} the neuron of the layer before it
 * comes from, or −1 for that neuron's bias. {@code example} is the example r (0-based) or −1 for the whole
 * batch. What does not apply is −1: layer and neuron of J and of the direction, from of everything but
 * weights. Immutable; {@link #validate} says whether it fits a problem.
 */
public record Question(QuestionKind kind, int layer, int neuron, int from, int example) {
    /** The batch, as {@link #example}. */
    public static final int BATCH = -1;
    /** A bias, as {@link #from}; and "does not apply" elsewhere. */
    public static final int NONE = -1;

    public Question {
        if (kind == null) {
            throw new IllegalArgumentException("a question needs a kind");
        }
    }

    public static Question neuron(QuestionKind kind, int layer, int neuron, int example) {
        return new Question(kind, layer, neuron, NONE, example);
    }

    public static Question cost() {
        return new Question(QuestionKind.COST, NONE, NONE, NONE, BATCH);
    }

    public static Question direction() {
        return new Question(QuestionKind.DIRECTION, NONE, NONE, NONE, BATCH);
    }

    /** ∂J/∂w or the new w of the weight into neuron {@code neuron} of {@code layer} from {@code from} (−1: bias). */
    public static Question parameter(QuestionKind kind, int layer, int neuron, int from) {
        return new Question(kind, layer, neuron, from, BATCH);
    }

    /** Whether the question is about a weight or bias (gradient, new_weight). */
    public boolean isAboutParameter() {
        return kind == QuestionKind.GRADIENT || kind == QuestionKind.NEW_WEIGHT;
    }

    /** The flat index of the weight or bias asked about, in the shape's layout. */
    public int parameterIndex(Shape shape) {
        return from >= 0 ? shape.weightIndex(layer - 1, neuron, from) : shape.biasIndex(layer - 1, neuron);
    }

    /**
     * Why this question does not fit a network of {@code shape} with {@code count} examples, or "" when it does.
     */
    public String validate(Shape shape, int count) {
        int last = shape.layerCount() - 1;
        switch (kind) {
            case COST, DIRECTION -> {
                return layer == NONE && neuron == NONE && from == NONE && example == BATCH ? ""
                        : kind.id() + " is asked of the whole batch: layer, neuron, from and example must be -1";
            }
            case Z, A, DELTA -> {
                if (layer < 1 || layer > last) {
                    return kind.id() + " needs a layer from 1 to " + last + ", but the layer is " + layer;
                }
                if (neuron < 0 || neuron >= shape.size(layer)) {
                    return "layer " + layer + " has neurons 0 to " + (shape.size(layer) - 1) + ", but the neuron is " + neuron;
                }
                if (from != NONE) {
                    return kind.id() + " is about a neuron: from must be -1, but is " + from;
                }
                int lowest = kind == QuestionKind.DELTA ? BATCH : 0;
                if (example < lowest || example >= count) {
                    return kind.id() + " needs an example from " + lowest + " to " + (count - 1) + ", but the example is "
                            + example;
                }
                return "";
            }
            default -> {
                if (layer < 1 || layer > last) {
                    return kind.id() + " needs the layer the weight leads into, 1 to " + last + ", but it is " + layer;
                }
                if (neuron < 0 || neuron >= shape.size(layer)) {
                    return "layer " + layer + " has neurons 0 to " + (shape.size(layer) - 1) + ", but the neuron is " + neuron;
                }
                if (from < NONE || from >= shape.size(layer - 1)) {
                    return "from must be -1 (the bias) or a neuron of layer " + (layer - 1) + ", 0 to "
                            + (shape.size(layer - 1) - 1) + ", but is " + from;
                }
                return example == BATCH ? "" : kind.id() + " is asked of the whole batch: example must be -1";
            }
        }
    }

    /** {"kind": …, "layer": l, "neuron": j, "from": i, "example": r}. */
    public String toJson() {
        return "{\"kind\": \"" + kind.id() + "\", \"layer\": " + layer + ", \"neuron\": " + neuron + ", \"from\": "
                + from + ", \"example\": " + example + "}";
    }
}
