package org.backproplab.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Shape;
import org.backproplab.viz.NumberFormat;

/**
 * Hints for a question: the chain rule's factors one at a time, first the formula in the notation of
 * {@link Names}, then the value of each factor (never the product asked for). Numbers to 4 significant digits.
 */
final class Hints {
    private static final int DIGITS = 4;

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
                String n = Names.neuron(shape, l, j);
                StringBuilder sum = new StringBuilder("z_" + n + " = " + Names.bias(shape, l, j));
                StringBuilder values = new StringBuilder(Names.bias(shape, l, j) + " = " + num(bias(l, j)));
                for (int i = 0; i < shape.size(l - 1); i++) {
                    String w = Names.weight(shape, l, j, i);
                    String from = Names.neuron(shape, l - 1, i);
                    sum.append(" + ").append(w).append("·a_").append(from);
                    values.append(", ").append(w).append(" = ").append(num(weight(l, j, i))).append(", a_")
                            .append(from).append(" = ").append(num(key.a(l - 1, i, r)));
                }
                hints.add(sum + ": the bias plus each weight times the activation it comes from.");
                hints.add(values + ".");
            }
            case A -> {
                String n = Names.neuron(shape, l, j);
                hints.add("a_" + n + " = f(z_" + n + ") with f = " + formula(shape.activation(l)) + ".");
                hints.add("z_" + n + " = " + num(key.z(l, j, r)) + ".");
            }
            case COST -> {
                hints.add("J = " + costFormula(problem.network().loss()) + ", averaged over the "
                        + problem.count() + (problem.count() == 1 ? " example." : " examples."));
                for (int e = 0; e < problem.count(); e++) {
                    StringBuilder values = new StringBuilder(problem.count() > 1 ? "Example " + (e + 1) + ": " : "");
                    for (int k = 0; k < shape.outputSize(); k++) {
                        String n = Names.neuron(shape, last, k);
                        values.append(k == 0 ? "" : ", ").append("a_").append(n).append(" = ")
                                .append(num(key.a(last, k, e))).append(", t_").append(n).append(" = ")
                                .append(num(problem.target(e, k)));
                    }
                    hints.add(values + ".");
                }
            }
            case DELTA -> deltaHints(hints, l, j, r, batchNote);
            case GRADIENT -> {
                String n = Names.neuron(shape, l, j);
                String p = Names.parameter(shape, l, j, q.from());
                if (q.from() >= 0) {
                    String from = Names.neuron(shape, l - 1, q.from());
                    hints.add("∂J/∂" + p + " = ∂J/∂z_" + n + " · ∂z_" + n + "/∂" + p + " = δ_" + n + " · a_" + from
                            + ": δ of the neuron the weight leads into times the activation it comes from.");
                    hints.add("δ_" + n + " and a_" + from + ", example by example: " + perExample(l, j, l - 1, q.from()) + ".");
                } else {
                    hints.add("∂J/∂" + p + " = ∂J/∂z_" + n + " · ∂z_" + n + "/∂" + p + " = δ_" + n + " · 1.");
                    hints.add("δ_" + n + " = " + num(key.delta(l, j, Question.BATCH))
                            + (problem.count() > 1 ? " (the mean over the batch)." : "."));
                }
                if (!batchNote.isEmpty()) {
                    hints.add(batchNote);
                }
            }
            case NEW_WEIGHT -> {
                String p = Names.parameter(shape, l, j, q.from());
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
        String n = Names.neuron(shape, l, j);
        int last = shape.layerCount() - 1;
        int e = r < 0 ? 0 : r;
        String example = r < 0 && problem.count() > 1 ? " (example 1)" : "";
        if (l == last) {
            Loss loss = problem.network().loss();
            Activation f = shape.outputActivation();
            if (loss == Loss.MSE && f.isElementwise()) {
                hints.add("δ_" + n + " = ∂J/∂a_" + n + " · ∂a_" + n + "/∂z_" + n + " = (a_" + n + " − t_" + n + ") · f′(z_"
                        + n + ").");
                hints.add("∂J/∂a_" + n + " = a_" + n + " − t_" + n + " = " + num(key.a(l, j, e)) + " − "
                        + num(problem.target(e, j)) + example + ".");
                hints.add("f′(z_" + n + ") = " + derivative(f) + " = " + num(f.derivative(key.z(l, j, e), key.a(l, j, e)))
                        + example + ".");
            } else if (loss == Loss.MSE) {
                hints.add("Through the softmax: δ_k = a_k·((a_k − t_k) − Σₘ (aₘ − tₘ)·aₘ).");
                hints.add("a_" + n + " = " + num(key.a(l, j, e)) + ", t_" + n + " = " + num(problem.target(e, j))
                        + example + ".");
            } else {
                hints.add("With " + (loss == Loss.CROSS_ENTROPY ? "softmax and cross-entropy" : "sigmoid and binary "
                        + "cross-entropy") + " f′ cancels: δ_" + n + " = a_" + n + " − t_" + n + ".");
                hints.add("a_" + n + " = " + num(key.a(l, j, e)) + ", t_" + n + " = " + num(problem.target(e, j))
                        + example + ".");
            }
        } else {
            Activation f = shape.activation(l);
            StringBuilder sum = new StringBuilder();
            StringBuilder values = new StringBuilder();
            for (int k = 0; k < shape.size(l + 1); k++) {
                String w = Names.weight(shape, l + 1, k, j);
                String to = Names.neuron(shape, l + 1, k);
                sum.append(k == 0 ? "" : " + ").append(w).append("·δ_").append(to);
                values.append(k == 0 ? "" : ", ").append(w).append(" = ").append(num(weight(l + 1, k, j)))
                        .append(", δ_").append(to).append(" = ").append(num(key.delta(l + 1, k, e)));
            }
            hints.add("δ_" + n + " = ∂J/∂a_" + n + " · f′(z_" + n + ") with ∂J/∂a_" + n + " = " + sum
                    + ": every path from " + n + " to the cost.");
            hints.add(values + example + ".");
            hints.add("f′(z_" + n + ") = " + derivative(f) + " = " + num(f.derivative(key.z(l, j, e), key.a(l, j, e)))
                    + example + ".");
        }
        if (r < 0 && !batchNote.isEmpty()) {
            hints.add(batchNote);
        }
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

    static String costFormula(Loss loss) {
        return switch (loss) {
            case MSE -> "½·Σ_k (a_k − t_k)² per example";
            case BINARY_CROSS_ENTROPY -> "−Σ_k [t_k·log a_k + (1 − t_k)·log(1 − a_k)] per example";
            case CROSS_ENTROPY -> "−Σ_k t_k·log a_k per example";
        };
    }

    static String num(double value) {
        return NumberFormat.format(value, DIGITS);
    }
}
