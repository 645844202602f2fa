package org.backproplab.viz;

import org.backproplab.core.Feature;
import org.backproplab.core.NumberFormat;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;

/**
 * What the network diagram says in words: its layer sizes for scripts ("2-4-2-1"), its description for a
 * screen reader, and the tooltips of a neuron and of a weight, every name in the one {@link Notation}
 * (x₁, h₂⁽¹⁾, ŷ, w₁,₂⁽²⁾, b₁⁽²⁾).
 */
public final class NetworkText {
    private static final Notation NAMES = Notation.UNICODE;

    private NetworkText() {
    }

    /** "2-4-2-1": the layer sizes, inputs first. */
    public static String sizes(Shape shape) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < shape.layerCount(); l++) {
            if (l > 0) {
                text.append('-');
            }
            text.append(shape.size(l));
        }
        return text.toString();
    }

    /** The diagram for a screen reader: inputs, hidden layers with their activation, outputs, how to read it. */
    public static String description(Shape shape) {
        StringBuilder text = new StringBuilder("Network diagram: ");
        int inputs = shape.size(0);
        text.append(inputs).append(inputs == 1 ? " input (" : " inputs (");
        for (int i = 0; i < inputs; i++) {
            text.append(i == 0 ? "" : ", ").append(inputName(shape, i));
        }
        text.append(')');
        int hidden = shape.layerCount() - 2;
        text.append(hidden == 1 ? ", 1 hidden layer of " : ", " + hidden + " hidden layers of ");
        for (int l = 1; l <= hidden; l++) {
            text.append(l == 1 ? "" : l == hidden ? " and " : ", ").append(shape.size(l));
        }
        text.append(hidden == 1 && shape.size(1) == 1 ? " neuron (" : " neurons (")
                .append(shape.activation(1).id()).append("), ")
                .append(shape.outputSize()).append(shape.outputSize() == 1 ? " output (" : " outputs (")
                .append(shape.outputActivation().id()).append("). ")
                .append("Lines are weights: blue positive, orange negative, thicker for larger size. ")
                .append(shape.inputSize() == 2
                        ? "Each neuron shows its output over the input plane."
                        : "Each neuron shows its output as a curve against x.");
        return text.toString();
    }

    /**
     * The label beside input neuron {@code i}: x₁, x₂, or x; with feature inputs the feature it holds
     * (x₁², x₁x₂, sin x₂), as the captions and tooltips write it.
     */
    public static String inputName(Shape shape, int i) {
        return NAMES.neuron(shape, 0, i);
    }

    /** "input x₁", "h₂⁽¹⁾, neuron 2 of hidden layer 1", "the output ŷ", "output ŷ₃". */
    public static String neuronName(Shape shape, int layer, int neuron) {
        if (layer == 0) {
            return "input " + inputName(shape, neuron);
        }
        if (layer == shape.layerCount() - 1) {
            return NAMES.words(shape, layer, neuron);
        }
        return NAMES.neuron(shape, layer, neuron) + ", neuron " + (neuron + 1) + " of hidden layer " + layer;
    }

    /** What an input stands for, under its name. */
    public static String inputTooltip(Shape shape, int neuron) {
        return neuronName(shape, 0, neuron) + "\n" + inputMeaning(shape, neuron);
    }

    private static String inputMeaning(Shape shape, int neuron) {
        Feature feature = shape.features().hasTokens() ? shape.features().feature(neuron) : null;
        if (feature == Feature.X1 || feature == null && neuron == 0 && shape.inputSize() == 2) {
            return "the point's horizontal coordinate";
        }
        if (feature == Feature.X2 || feature == null && shape.inputSize() == 2) {
            return "the point's vertical coordinate";
        }
        if (feature == Feature.X || feature == null) {
            return "the value the network gets";
        }
        return "computed from x\u2081 and x\u2082";
    }

    /**
     * A hidden or output neuron: name, activation and bias, then {@code phaseLines} (what the stepper shows,
     * each line after a line break) or, outside the stepper (null), ∂J/∂b of the last step.
     */
    public static String neuronTooltip(Shape shape, int layer, int neuron, double bias, String phaseLines,
            double biasGradient, boolean stepped) {
        String heading = neuronName(shape, layer, neuron);
        if (layer == shape.layerCount() - 1 && shape.outputSize() > 1) {
            heading += " (probability of class " + neuron + ")";
        }
        return heading + " \u00b7 " + shape.activation(layer).id() + "\nbias " + NAMES.bias(layer - 1, neuron) + " = "
                + NumberFormat.display(bias, 3) + (phaseLines != null ? phaseLines
                        : "\n" + gradientLine(NAMES.bias(layer - 1, neuron), biasGradient, stepped));
    }

    /**
     * Weight {@code index}: its value and the neurons it joins, then {@code phaseLines} or (null) ∂J/∂w of the
     * last step and how to select it.
     */
    public static String weightTooltip(Shape shape, int index, double weight, String phaseLines, double gradient,
            boolean stepped) {
        int l = NetworkLayout.weightLayer(shape, index);
        String name = NAMES.parameter(shape, index);
        String text = "weight " + name + " = " + NumberFormat.display(weight, 3) + "\nfrom "
                + neuronName(shape, l, NetworkLayout.weightFrom(shape, index)) + "\nto "
                + neuronName(shape, l + 1, NetworkLayout.weightTo(shape, index));
        return phaseLines != null ? text + phaseLines
                : text + "\n" + gradientLine(name, gradient, stepped)
                        + "\nclick to select this weight and type a new value (shift-click: a second one)";
    }

    /** "∂J/∂w₁,₂⁽²⁾ = 0.012 (last step)", or that there is none before the first step (the gradient is zero then). */
    public static String gradientLine(String parameter, double value, boolean stepped) {
        String name = "\u2202J/\u2202" + parameter;
        return stepped ? name + " = " + NumberFormat.display(value, 3) + " (last step)" : name + ": after the first step";
    }
}
