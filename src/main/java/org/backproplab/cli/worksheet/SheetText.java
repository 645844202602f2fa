package org.backproplab.cli.worksheet;

import org.backproplab.cli.Main;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.exercise.AnswerKey;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.core.NumberFormat;

/**
 * What a worksheet and its answer key say, as {@link Block}s for the Markdown and HTML writers. The sheet prints
 * its numbers exactly (two decimals); the key rounds to {@value #KEY_DIGITS} significant digits, one more than an
 * answer must match. Every neuron, z, δ, target, weight and bias is named in {@link Notation}, as the worked example
 * and {@code explain} name them; a neuron's activation is its own symbol (h₂⁽¹⁾, ŷ).
 */
final class SheetText {
    static final int KEY_DIGITS = 4;
    private static final Notation N = Notation.UNICODE;

    private SheetText() {
    }

    static List<Block> sheet(Sheet sheet, int total) {
        Problem problem = sheet.problem();
        Shape shape = problem.shape();
        int last = shape.layerCount() - 1;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "Worksheet " + sheet.number() + " of " + total + ": one step of backpropagation by hand"));
        blocks.add(new Block.Paragraph("Template " + sheet.template().id() + ", seed " + sheet.seed()
                + ". Name: ____________________"));
        blocks.add(new Block.Heading(2, "The network"));
        blocks.add(new Block.Paragraph(networkSentence(problem)));
        for (int l = 1; l <= last; l++) {
            List<String> header = new ArrayList<>(List.of(l == last ? "into the outputs" : "into hidden layer " + l));
            for (int i = 0; i < shape.size(l - 1); i++) {
                header.add("from " + N.neuron(shape, l - 1, i));
            }
            header.add("bias");
            List<List<String>> rows = new ArrayList<>();
            for (int j = 0; j < shape.size(l); j++) {
                List<String> row = new ArrayList<>(List.of(N.neuron(shape, l, j)));
                for (int i = 0; i < shape.size(l - 1); i++) {
                    row.add(N.weight(l - 1, j, i) + " = "
                            + Main.number(problem.parameters()[shape.weightIndex(l - 1, j, i)]));
                }
                row.add(N.bias(l - 1, j) + " = " + Main.number(problem.parameters()[shape.biasIndex(l - 1, j)]));
                rows.add(row);
            }
            blocks.add(new Block.Table(header, rows));
        }
        blocks.add(new Block.Heading(2, problem.count() == 1 ? "The example" : "The batch of " + problem.count()
                + " examples"));
        List<String> header = new ArrayList<>(List.of("example"));
        for (int i = 0; i < shape.inputSize(); i++) {
            header.add(N.input(shape.inputSize(), i));
        }
        for (int k = 0; k < shape.outputSize(); k++) {
            header.add(N.target(shape.outputSize(), k));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < problem.count(); r++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r + 1)));
            for (int i = 0; i < shape.inputSize(); i++) {
                row.add(Main.number(problem.input(r, i)));
            }
            for (int k = 0; k < shape.outputSize(); k++) {
                row.add(Main.number(problem.target(r, k)));
            }
            rows.add(row);
        }
        blocks.add(new Block.Table(header, rows));
        blocks.add(new Block.Paragraph("Learning rate α = " + Main.number(problem.learningRate()) + "."
                + (problem.count() > 1 ? " J, every δ and every gradient are the mean over the " + problem.count()
                        + " examples." : "")));
        blocks.add(new Block.Heading(2, "Questions"));
        Question chosen = sheet.chosen();
        int chosenIndex = chosen.parameterIndex(shape);
        List<String> questions = new ArrayList<>();
        questions.add("Forward pass: z and a of every neuron of " + list(shape, 1, last) + (problem.count() > 1
                ? ", for each example." : "."));
        questions.add("The cost J" + (problem.count() > 1 ? " of the batch." : "."));
        questions.add("The output layer's δ = ∂J/∂z: " + deltaList(shape, last) + ".");
        questions.add("The hidden layer's δ: " + deltaList(shape, 1) + ".");
        questions.add("∂J/∂" + N.parameter(shape, chosenIndex) + " (from " + N.fromNeuron(shape, chosenIndex) + " to "
                + N.toNeuron(shape, chosenIndex) + ") by the chain rule, " + chainFactors(shape, chosen) + ".");
        questions.add("Every weight and bias after one gradient-descent step, w ← w − α·∂J/∂w.");
        questions.add("J after the step (the forward pass again, with the new weights). Did J go up or down?");
        blocks.add(new Block.Items(questions));
        if (sheet.link() != null) {
            blocks.add(new Block.Link("Check your answers in the lab (\"Your turn\" mode, this sheet's network, examples and α):",
                    sheet.link()));
        } else {
            blocks.add(new Block.Paragraph(WorksheetLink.reason(problem)));
        }
        return blocks;
    }

    static List<Block> key(Sheet sheet) {
        Problem problem = sheet.problem();
        AnswerKey key = sheet.exercise().key();
        Shape shape = problem.shape();
        int last = shape.layerCount() - 1;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "Worksheet " + sheet.number() + " (" + sheet.template().id() + ", seed "
                + sheet.seed() + ")"));
        List<String> header = new ArrayList<>(List.of("neuron"));
        for (int r = 0; r < problem.count(); r++) {
            header.add("z" + (problem.count() > 1 ? ", example " + (r + 1) : ""));
            header.add("a" + (problem.count() > 1 ? ", example " + (r + 1) : ""));
        }
        header.add(problem.count() > 1 ? "δ (batch mean)" : "δ");
        List<List<String>> neurons = new ArrayList<>();
        for (int l = 1; l <= last; l++) {
            for (int j = 0; j < shape.size(l); j++) {
                List<String> row = new ArrayList<>(List.of(N.neuron(shape, l, j)));
                for (int r = 0; r < problem.count(); r++) {
                    row.add(key(key.z(l, j, r)));
                    row.add(key(key.a(l, j, r)));
                }
                row.add(key(key.delta(l, j, Question.BATCH)));
                neurons.add(row);
            }
        }
        blocks.add(new Block.Table(header, neurons));
        blocks.add(new Block.Paragraph("J = " + key(key.cost()) + "."));
        Question chosen = sheet.chosen();
        StringBuilder chain = new StringBuilder("∂J/∂" + N.parameter(shape, chosen.parameterIndex(shape)) + " = ");
        if (problem.count() > 1) {
            chain.append("mean of ").append(chainFactors(shape, chosen)).append(" = (");
            for (int r = 0; r < problem.count(); r++) {
                chain.append(r == 0 ? "" : " + ").append(key(key.delta(chosen.layer(), chosen.neuron(), r))).append(" · ")
                        .append(key(key.a(chosen.layer() - 1, chosen.from(), r)));
            }
            chain.append(")/").append(problem.count());
        } else {
            chain.append(chainFactors(shape, chosen)).append(" = ")
                    .append(key(key.delta(chosen.layer(), chosen.neuron(), 0))).append(" · ")
                    .append(key(key.a(chosen.layer() - 1, chosen.from(), 0)));
        }
        chain.append(" = ").append(key(key.gradient(chosen.parameterIndex(shape)))).append('.');
        blocks.add(new Block.Paragraph(chain.toString()));
        List<List<String>> parameters = new ArrayList<>();
        for (int p : sheetOrder(shape)) {
            parameters.add(List.of(N.parameter(shape, p), Main.number(key.parameter(p)), key(key.gradient(p)),
                    key(key.updated(p))));
        }
        blocks.add(new Block.Table(List.of("parameter", "before", "∂J/∂w (∂J/∂b)", "after the step"), parameters));
        String direction = key.direction() < 0 ? "down" : key.direction() > 0 ? "up" : "neither up nor down";
        blocks.add(new Block.Paragraph("J after the step = " + key(key.costAfter()) + ": J went " + direction
                + " (by " + key(Math.abs(key.costAfter() - key.cost())) + ")."));
        return blocks;
    }

    /** Flat parameter indices in the sheet's order: into each neuron its weights, then its bias. */
    static int[] sheetOrder(Shape shape) {
        int[] order = new int[shape.parameterCount()];
        int n = 0;
        for (int l = 1; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l); j++) {
                for (int i = 0; i < shape.size(l - 1); i++) {
                    order[n++] = shape.weightIndex(l - 1, j, i);
                }
                order[n++] = shape.biasIndex(l - 1, j);
            }
        }
        return order;
    }

    private static String networkSentence(Problem problem) {
        Shape shape = problem.shape();
        int last = shape.layerCount() - 1;
        StringBuilder text = new StringBuilder("Inputs " + list(shape, 0, 0));
        for (int l = 1; l <= last; l++) {
            Activation f = shape.activation(l);
            text.append(l < last ? "; hidden layer " : shape.outputSize() == 1 ? "; output " : "; outputs ").append(list(shape, l, l)).append(" (")
                    .append(f.id()).append(": a = ").append(formula(f)).append(')');
        }
        String y = N.outputSymbol();
        text.append(". Each neuron computes z = Σ w·a + b over the activations a of the layer before it, then its own "
                + "activation f(z). Cost, with outputs " + y + "_k and targets y_k: ");
        text.append(switch (problem.network().loss()) {
            case MSE -> "J = ½·Σ_k (" + y + "_k − y_k)² per example (mse)";
            case CROSS_ENTROPY -> "J = −Σ_k y_k·ln " + y + "_k per example (cross-entropy)";
            case BINARY_CROSS_ENTROPY -> "J = −Σ_k [y_k·ln " + y + "_k + (1 − y_k)·ln(1 − " + y + "_k)] per example";
        });
        return text.append(problem.count() > 1 ? ", averaged over the batch." : ".").toString();
    }

    private static String formula(Activation f) {
        return switch (f) {
            case SIGMOID -> "1/(1 + e^−z), f′ = a·(1 − a)";
            case TANH -> "tanh z, f′ = 1 − a²";
            case RELU -> "max(0, z), f′ = 1 if z > 0, else 0";
            case SOFTMAX -> "e^z_k / Σ_m e^z_m";
            case LINEAR -> "z, f′ = 1";
            case LEAKY_RELU -> "z if z > 0, else 0.01·z";
        };
    }

    /** The neurons of layers from..to, comma-separated. */
    private static String list(Shape shape, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int l = from; l <= to; l++) {
            for (int j = 0; j < shape.size(l); j++) {
                text.append(text.length() == 0 ? "" : ", ").append(N.neuron(shape, l, j));
            }
        }
        return text.toString();
    }

    private static String deltaList(Shape shape, int layer) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < shape.size(layer); j++) {
            text.append(j == 0 ? "" : ", ").append(N.delta(layer, j));
        }
        return text.toString();
    }

    /** The chain rule's factors of the question's weight, as the worked example writes them: "δ₁⁽²⁾ · h₂⁽¹⁾". */
    private static String chainFactors(Shape shape, Question weight) {
        return N.delta(weight.layer(), weight.neuron()) + " · " + N.neuron(shape, weight.layer() - 1, weight.from());
    }

    static String key(double value) {
        return NumberFormat.format(value, KEY_DIGITS);
    }
}
