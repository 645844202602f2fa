package org.backproplab.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.core.NumberFormat;

/**
 * Hints for a question: the chain rule's factors one at a time, first the formula in {@link Notation} (the
 * activation of a neuron is its own symbol, h₂⁽¹⁾ or ŷ; z₂⁽¹⁾, δ₂⁽¹⁾, w₁,₂⁽²⁾, b₁⁽²⁾, target y), then the value of
 * each factor (never the product asked for). Numbers to 4 significant digits.
 */
final class Hints {
    private static final int DIGITS = 4;
    private static final Notation N = Notation.UNICODE;

    private final Problem problem;
    private final AnswerKey key;
    private final Shape shape;

    Hints(Problem problem, AnswerKey key) {
        this.problem = problem;
        this.key = key;
        this.shape = problem.shape();
    }

    List<String> of(Question q) {
        List<String> hints = new ArrayList<>();
        int l = q.layer();
        int j = q.neuron();
        int r = q.example();
        int last = shape.layerCount() - 1;
        String batchNote = problem.count() > 1
                ? "Work it out for each of the " + problem.count() + " examples, then take the mean (1/N)."
                : "";
        switch (q.kind()) {
            case Z -> {
                // z = Σ w·a + b, written as the worked example writes it
                StringBuilder sum = new StringBuilder(N.preActivation(l, j) + " = ");
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < shape.size(l - 1); i++) {
                    String w = N.weight(l - 1, j, i);
                    String from = N.neuron(shape, l - 1, i);
                    sum.append(w).append('·').append(from).append(" + ");
                    values.append(w).append(" = ").append(num(weight(l, j, i))).append(", ").append(from)
                            .append(" = ").append(num(key.a(l - 1, i, r))).append(", ");
                }
                sum.append(N.bias(l - 1, j));
                values.append(N.bias(l - 1, j)).append(" = ").append(num(bias(l, j)));
                hints.add(sum + ": each weight times the activation it comes from, plus the bias.");
                hints.add(values + ".");
            }
            case A -> {
                hints.add(N.neuron(shape, l, j) + " = f(" + N.preActivation(l, j) + ") with f = "
                        + formula(shape.activation(l)) + ".");
                hints.add(N.preActivation(l, j) + " = " + num(key.z(l, j, r)) + ".");
            }
            case COST -> {
                hints.add("J = " + costFormula(problem.network().loss()) + ", averaged over the "
                        + problem.count() + (problem.count() == 1 ? " example." : " examples."));
                for (int e = 0; e < problem.count(); e++) {
                    StringBuilder values = new StringBuilder(problem.count() > 1 ? "Example " + (e + 1) + ": " : "");
                    for (int k = 0; k < shape.outputSize(); k++) {
                        values.append(k == 0 ? "" : ", ").append(N.neuron(shape, last, k)).append(" = ")
                                .append(num(key.a(last, k, e))).append(", ").append(N.target(shape.outputSize(), k))
                                .append(" = ").append(num(problem.target(e, k)));
                    }
                    hints.add(values + ".");
                }
            }
            case DELTA -> deltaHints(hints, l, j, r, batchNote);
            case GRADIENT -> {
                String z = N.preActivation(l, j);
                String delta = N.delta(l, j);
                String p = parameter(l, j, q.from());
                if (q.from() >= 0) {
                    String from = N.neuron(shape, l - 1, q.from());
                    hints.add("∂J/∂" + p + " = ∂J/∂" + z + " · ∂" + z + "/∂" + p + " = " + delta + " · " + from
                            + ": δ of the neuron the weight leads into times the activation it comes from.");
                    hints.add(delta + " and " + from + ", example by example: " + perExample(l, j, l - 1, q.from()) + ".");
                } else {
                    hints.add("∂J/∂" + p + " = ∂J/∂" + z + " · ∂" + z + "/∂" + p + " = " + delta + " · 1.");
                    hints.add(delta + " = " + num(key.delta(l, j, Question.BATCH))
                            + (problem.count() > 1 ? " (the mean over the batch)." : "."));
                }
                if (!batchNote.isEmpty()) {
                    hints.add(batchNote);
                }
            }
            case NEW_WEIGHT -> {
                String p = parameter(l, j, q.from());
                int index = q.parameterIndex(shape);
                hints.add(p + " ← " + p + " − α·∂J/∂" + p + ": a step against the gradient.");
                hints.add(p + " = " + num(key.parameter(index)) + ", α = " + num(problem.learningRate())
                        + ", ∂J/∂" + p + " = " + num(key.gradient(index)) + ".");
            }
            case DIRECTION -> {
                hints.add("Update every weight and bias, then run the forward pass again and compute J.");
                hints.add("J before the step = " + num(key.cost()) + ". A small enough α always lowers J.");
            }
        }
        return hints;
    }

    private void deltaHints(List<String> hints, int l, int j, int r, String batchNote) {
        String n = N.neuron(shape, l, j);
        String z = N.preActivation(l, j);
        String delta = N.delta(l, j);
        int last = shape.layerCount() - 1;
        int e = r < 0 ? 0 : r;
        String example = r < 0 && problem.count() > 1 ? " (example 1)" : "";
        if (l == last) {
            String y = N.target(shape.outputSize(), j);
            Loss loss = problem.network().loss();
            Activation f = shape.outputActivation();
            if (loss == Loss.MSE && f.isElementwise()) {
                hints.add(delta + " = ∂J/∂" + n + " · ∂" + n + "/∂" + z + " = (" + n + " − " + y + ") · f′(" + z + ").");
                hints.add("∂J/∂" + n + " = " + n + " − " + y + " = " + num(key.a(l, j, e)) + " − "
                        + num(problem.target(e, j)) + example + ".");
                hints.add("f′(" + z + ") = " + derivative(f) + " = " + num(f.derivative(key.z(l, j, e), key.a(l, j, e)))
                        + example + ".");
            } else if (loss == Loss.MSE) {
                String yHat = N.outputSymbol();
                hints.add("Through the softmax: δ_k = " + yHat + "_k·((" + yHat + "_k − y_k) − Σ_m (" + yHat
                        + "_m − y_m)·" + yHat + "_m).");
                hints.add(n + " = " + num(key.a(l, j, e)) + ", " + y + " = " + num(problem.target(e, j)) + example + ".");
            } else {
                hints.add("With " + (loss == Loss.CROSS_ENTROPY ? "softmax and cross-entropy" : "sigmoid and binary "
                        + "cross-entropy") + " f′ cancels: " + delta + " = " + n + " − " + y + ".");
                hints.add(n + " = " + num(key.a(l, j, e)) + ", " + y + " = " + num(problem.target(e, j)) + example + ".");
            }
        } else {
            Activation f = shape.activation(l);
            StringBuilder sum = new StringBuilder();
            StringBuilder values = new StringBuilder();
            for (int k = 0; k < shape.size(l + 1); k++) {
                String w = N.weight(l, k, j);
                String next = N.delta(l + 1, k);
                sum.append(k == 0 ? "" : " + ").append(w).append('·').append(next);
                values.append(k == 0 ? "" : ", ").append(w).append(" = ").append(num(weight(l + 1, k, j)))
                        .append(", ").append(next).append(" = ").append(num(key.delta(l + 1, k, e)));
            }
            hints.add(delta + " = ∂J/∂" + n + " · f′(" + z + ") with ∂J/∂" + n + " = " + sum
                    + ": every path from " + n + " to the cost.");
            hints.add(values + example + ".");
            hints.add("f′(" + z + ") = " + derivative(f) + " = " + num(f.derivative(key.z(l, j, e), key.a(l, j, e)))
                    + example + ".");
        }
        if (r < 0 && !batchNote.isEmpty()) {
            hints.add(batchNote);
        }
    }

    /** The weight into neuron j of layer l from neuron {@code from} of layer l − 1, or (from = −1) its bias. */
    private static String parameter(int l, int j, int from) {
        return from >= 0 ? N.weight(l - 1, j, from) : N.bias(l - 1, j);
    }

    private String perExample(int l, int j, int fromLayer, int from) {
        StringBuilder text = new StringBuilder();
        for (int e = 0; e < problem.count(); e++) {
            text.append(e == 0 ? "" : "; ").append(num(key.delta(l, j, e))).append(" and ")
                    .append(num(key.a(fromLayer, from, e)));
        }
        return text.toString();
    }

    private double weight(int l, int j, int i) {
        return key.parameter(shape.weightIndex(l - 1, j, i));
    }

    private double bias(int l, int j) {
        return key.parameter(shape.biasIndex(l - 1, j));
    }

    static String formula(Activation f) {
        return switch (f) {
            case SIGMOID -> "sigmoid, 1/(1 + e^−z)";
            case TANH -> "tanh z";
            case RELU -> "relu, max(0, z)";
            case LEAKY_RELU -> "leaky relu, z if z > 0, else 0.01·z";
            case LINEAR -> "linear, z itself";
            case SOFTMAX -> "softmax, e^z_k / Σₘ e^zₘ over the layer";
        };
    }

    static String derivative(Activation f) {
        return switch (f) {
            case SIGMOID -> "a·(1 − a)";
            case TANH -> "1 − a²";
            case RELU -> "1 if z > 0, else 0";
            case LEAKY_RELU -> "1 if z > 0, else 0.01";
            case LINEAR -> "1";
            case SOFTMAX -> "the softmax Jacobian";
        };
    }

    /** The cost of one example over its outputs ŷ_k and targets y_k. */
    static String costFormula(Loss loss) {
        String y = N.outputSymbol();
        return switch (loss) {
            case MSE -> "½·Σ_k (" + y + "_k − y_k)² per example";
            case BINARY_CROSS_ENTROPY -> "−Σ_k [y_k·log " + y + "_k + (1 − y_k)·log(1 − " + y + "_k)] per example";
            case CROSS_ENTROPY -> "−Σ_k y_k·log " + y + "_k per example";
        };
    }

    static String num(double value) {
        return NumberFormat.format(value, DIGITS);
    }
}
