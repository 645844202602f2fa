package org.backproplab.ui.microscope;

import org.backproplab.ui.dom.MathMl;

import org.backproplab.core.Activation;
import org.backproplab.core.Notation;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.landscape.ChainRule;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * The microscope's formulas as MathML with live numbers: ∂J/∂w as the mean over the batch of δⱼ·aᵢ
 * (backpropagation), δⱼ of one example expanded one level by the chain rule, and the gradient-descent
 * update w − α·∂J/∂w. The formulas are rebuilt only when their shape changes (another parameter, layer
 * kind or cost); from frame to frame only the numbers are rewritten.
 */
final class ChainRuleMath {
    private final HTMLElement batch;
    private final HTMLElement example;
    private final HTMLElement activationNote;
    private final HTMLElement update;
    private String builtFor = "";

    // the batch
    private MathMl.Number sum;
    private MathMl.Number count;
    private MathMl.Number penalty;
    private MathMl.Number gradient;
    private MathMl.Number singleDelta;
    private MathMl.Number singleActivation;
    // the example
    private MathMl.Number upstream;
    private MathMl.Number slope;
    private MathMl.Number output;
    private MathMl.Number target;
    private MathMl.Number softmaxMean;
    private MathMl.Number delta;
    private MathMl.Number deltaAgain;
    private MathMl.Number activation;
    private MathMl.Number contribution;
    private MathMl.Number[] nextWeights = new MathMl.Number[0];
    private MathMl.Number[] nextDeltas = new MathMl.Number[0];
    /** f′ again, after the written-out sum. */
    private MathMl.Number slopeAgain;
    // the update
    private MathMl.Number weight;
    private MathMl.Number rate;
    private MathMl.Number updateGradient;
    private MathMl.Number newWeight;

    /** Most terms of Σₖ wₖⱼ δₖ written out one by one; more are shown as the sum alone. */
    static final int MAX_TERMS = 3;

    ChainRuleMath(HTMLElement batch, HTMLElement example, HTMLElement activationNote, HTMLElement update) {
        this.batch = batch;
        this.example = example;
        this.activationNote = activationNote;
        this.update = update;
    }

    /** Shows {@code rule} (measured) and the update with rate α; rebuilds the formulas when their shape changed. */
    void show(ChainRule rule, Shape shape, Regularization regularization, double learningRate, double nextWeight) {
        String key = rule.index() + "|" + rule.form() + "|" + rule.exampleCount() + "|" + rule.hasPenalty() + "|"
                + regularization.type() + "|" + shape;
        if (!key.equals(builtFor)) {
            builtFor = key;
            build(rule, shape, regularization);
        }
        if (rule.exampleCount() > 1) {
            sum.set(rule.sum());
            count.set(rule.exampleCount());
        } else {
            singleDelta.set(rule.delta());
            singleActivation.set(rule.activationIn());
        }
        if (penalty != null) {
            penalty.set(rule.penaltyGradient());
        }
        gradient.set(rule.gradient());
        delta.set(rule.delta());
        switch (rule.form()) {
            case HIDDEN -> {
                upstream.set(rule.upstream());
                slope.set(rule.activationSlope());
                for (int k = 0; k < nextWeights.length; k++) {
                    nextWeights[k].set(rule.nextWeight(k));
                    nextDeltas[k].set(rule.nextDelta(k));
                }
                if (slopeAgain != null) {
                    slopeAgain.set(rule.activationSlope());
                }
            }
            case OUTPUT -> {
                output.set(rule.output());
                target.set(rule.target());
                slope.set(rule.activationSlope());
            }
            case OUTPUT_LOGITS -> {
                output.set(rule.output());
                target.set(rule.target());
            }
            case OUTPUT_SOFTMAX -> {
                output.set(rule.output());
                upstream.set(rule.upstream());
                softmaxMean.set(rule.softmaxMean());
            }
            default -> throw new IllegalStateException("unknown form " + rule.form());
        }
        deltaAgain.set(rule.delta());
        activation.set(rule.activationIn());
        contribution.set(rule.contribution());
        weight.set(rule.weight());
        rate.set(learningRate);
        updateGradient.set(rule.gradient());
        newWeight.set(nextWeight);
    }

    private void build(ChainRule rule, Shape shape, Regularization regularization) {
        clear(batch);
        clear(example);
        clear(update);
        penalty = null;
        slopeAgain = null;
        nextWeights = new MathMl.Number[0];
        nextDeltas = new MathMl.Number[0];
        boolean bias = rule.isBias();
        // every symbol in the one notation (docs/notation.md): δ₁⁽²⁾, z₁⁽²⁾, h₂⁽¹⁾, w₁,₂⁽²⁾
        int toLayer = rule.layer() + 1;
        String to = Notation.UNICODE.neuron(shape, toLayer, rule.toNeuron());
        String from = bias ? "" : Notation.UNICODE.neuron(shape, rule.layer(), rule.fromNeuron());
        String deltaName = Notation.UNICODE.delta(toLayer, rule.toNeuron());
        String parameterName = bias ? Notation.UNICODE.bias(rule.layer(), rule.toNeuron())
                : Notation.UNICODE.weight(rule.layer(), rule.toNeuron(), rule.fromNeuron());

        // ∂J/∂w = (1/N) Σₙ δⱼ⁽ⁿ⁾ aᵢ⁽ⁿ⁾ (+ penalty′) = S / N (+ P) = g
        Element penaltySymbol = null;
        if (rule.hasPenalty()) {
            penalty = new MathMl.Number("penalty", true);
            penaltySymbol = regularization.type() == Regularization.Type.L1
                    ? MathMl.row(MathMl.mi("\u03bb"), MathMl.mo("\u2062"), MathMl.upright("sign"),
                            MathMl.parenthesized(MathMl.upright(parameterName)))
                    : MathMl.row(MathMl.mi("\u03bb"), MathMl.mo("\u2062"), MathMl.upright(parameterName));
        }
        gradient = new MathMl.Number("gradient", false);
        gradient.element().setAttribute("class", "blm-gradient");
        Element symbolic;
        Element numeric;
        if (rule.exampleCount() > 1) {
            sum = new MathMl.Number("sum", false);
            count = new MathMl.Number("count", false);
            Element n = MathMl.parenthesized(MathMl.mi("n"));
            Element product = bias ? MathMl.sup(MathMl.upright(deltaName), n)
                    : MathMl.row(MathMl.sup(MathMl.upright(deltaName), n), MathMl.mo("\u00b7"),
                            MathMl.sup(MathMl.upright(from), MathMl.parenthesized(MathMl.mi("n"))));
            symbolic = MathMl.row(MathMl.partial(MathMl.mi("J"), MathMl.upright(parameterName)), MathMl.mo("="),
                    MathMl.fraction(MathMl.mn("1"), MathMl.mi("N")),
                    MathMl.under(MathMl.mo("\u2211"), MathMl.row(MathMl.mi("n"), MathMl.mo("="), MathMl.mn("1")),
                            MathMl.mi("N")),
                    product);
            numeric = MathMl.row(MathMl.mo("="), MathMl.fraction(sum.element(), count.element()));
        } else {
            singleDelta = new MathMl.Number("single-delta", false);
            singleActivation = new MathMl.Number("single-activation", true);
            symbolic = MathMl.row(MathMl.partial(MathMl.mi("J"), MathMl.upright(parameterName)), MathMl.mo("="),
                    MathMl.upright(deltaName), MathMl.mo("\u00b7"),
                    bias ? MathMl.mn("1") : MathMl.upright(from));
            numeric = MathMl.row(MathMl.mo("="), singleDelta.element(), MathMl.mo("\u00b7"),
                    singleActivation.element());
        }
        if (penaltySymbol != null) {
            symbolic.appendChild(MathMl.mo("+"));
            symbolic.appendChild(penaltySymbol);
            numeric.appendChild(MathMl.mo("+"));
            numeric.appendChild(penalty.element());
        }
        numeric.appendChild(MathMl.mo("="));
        numeric.appendChild(gradient.element());
        batch.appendChild(MathMl.block(symbolic));
        batch.appendChild(MathMl.block(numeric));

        // δⱼ of the example, one level of the chain rule down
        delta = new MathMl.Number("delta", false);
        Element deltaSymbol = MathMl.upright(deltaName);
        Element z = MathMl.upright(Notation.UNICODE.preActivation(toLayer, rule.toNeuron()));
        Element fPrime = MathMl.row(MathMl.sup(MathMl.mi("f"), MathMl.mo("\u2032")), MathMl.parenthesized(z));
        Element yHat = MathMl.upright(Notation.UNICODE.output(shape.outputSize(), rule.toNeuron()));
        Element y = MathMl.upright(Notation.UNICODE.target(shape.outputSize(), rule.toNeuron()));
        upstream = null;
        slope = null;
        output = null;
        target = null;
        softmaxMean = null;
        switch (rule.form()) {
            case HIDDEN -> {
                upstream = new MathMl.Number("upstream", false);
                slope = new MathMl.Number("slope", true);
                Element k = MathMl.mi("k");
                // Σₖ wₖ,ⱼ⁽ˡ⁺¹⁾ δₖ⁽ˡ⁺¹⁾ over the neurons k of the next layer
                Element nextLayer = MathMl.mn("(" + (toLayer + 1) + ")");
                Element sumSymbol = MathMl.row(MathMl.below(MathMl.mo("\u2211"), k),
                        MathMl.subsup(MathMl.mi("w"), MathMl.row(MathMl.mi("k"), MathMl.mo(","),
                                MathMl.mn(Integer.toString(rule.toNeuron() + 1))), nextLayer),
                        MathMl.subsup(MathMl.mi("\u03b4"), MathMl.mi("k"), copy(nextLayer)));
                example.appendChild(MathMl.block(deltaSymbol, MathMl.mo("="),
                        MathMl.partial(MathMl.mi("J"), MathMl.upright(to)),
                        MathMl.mo("\u00b7"), fPrime, MathMl.mo("="),
                        MathMl.parenthesized(sumSymbol), MathMl.mo("\u00b7"), copy(fPrime)));
                if (rule.nextCount() <= MAX_TERMS) {
                    int terms = rule.nextCount();
                    nextWeights = new MathMl.Number[terms];
                    nextDeltas = new MathMl.Number[terms];
                    // the sum written out, still times f′: = (w₁·δ₁ + w₂·δ₂) · f′
                    slopeAgain = new MathMl.Number("slope-again", true);
                    Element row = MathMl.row(MathMl.mo("("));
                    for (int t = 0; t < terms; t++) {
                        nextWeights[t] = new MathMl.Number("next-weight-" + t, t > 0);
                        nextDeltas[t] = new MathMl.Number("next-delta-" + t, true);
                        if (t > 0) {
                            row.appendChild(MathMl.mo("+"));
                        }
                        row.appendChild(nextWeights[t].element());
                        row.appendChild(MathMl.mo("\u00b7"));
                        row.appendChild(nextDeltas[t].element());
                    }
                    row.appendChild(MathMl.mo(")"));
                    example.appendChild(MathMl.block(MathMl.mo("="), row, MathMl.mo("\u00b7"), slopeAgain.element()));
                }
                example.appendChild(MathMl.block(MathMl.mo("="), upstream.element(), MathMl.mo("\u00b7"),
                        slope.element(), MathMl.mo("="), delta.element()));
            }
            case OUTPUT -> {
                output = new MathMl.Number("output", false);
                target = new MathMl.Number("target", true);
                slope = new MathMl.Number("slope", true);
                example.appendChild(MathMl.block(deltaSymbol, MathMl.mo("="),
                        MathMl.partial(MathMl.mi("J"), copy(yHat)), MathMl.mo("\u00b7"), fPrime, MathMl.mo("="),
                        MathMl.parenthesized(yHat, MathMl.mo("\u2212"), y), MathMl.mo("\u00b7"), copy(fPrime)));
                example.appendChild(MathMl.block(MathMl.mo("="),
                        MathMl.parenthesized(output.element(), MathMl.mo("\u2212"), target.element()),
                        MathMl.mo("\u00b7"), slope.element(), MathMl.mo("="), delta.element()));
            }
            case OUTPUT_LOGITS -> {
                output = new MathMl.Number("output", false);
                target = new MathMl.Number("target", true);
                example.appendChild(MathMl.block(deltaSymbol, MathMl.mo("="), yHat, MathMl.mo("\u2212"), y,
                        MathMl.mo("="), output.element(), MathMl.mo("\u2212"), target.element(), MathMl.mo("="),
                        delta.element()));
            }
            case OUTPUT_SOFTMAX -> {
                output = new MathMl.Number("output", false);
                upstream = new MathMl.Number("upstream", false);
                softmaxMean = new MathMl.Number("softmax-mean", true);
                Element m = MathMl.mi("m");
                example.appendChild(MathMl.block(deltaSymbol, MathMl.mo("="), copy(yHat), MathMl.mo("\u00b7"),
                        MathMl.parenthesized(MathMl.parenthesized(copy(yHat), MathMl.mo("\u2212"), copy(y)),
                                MathMl.mo("\u2212"), MathMl.below(MathMl.mo("\u2211"), m),
                                MathMl.parenthesized(MathMl.sub(MathMl.mover(MathMl.mi("y"), MathMl.mo("^")), m),
                                        MathMl.mo("\u2212"), MathMl.sub(MathMl.mi("y"), MathMl.mi("m"))),
                                MathMl.sub(MathMl.mover(MathMl.mi("y"), MathMl.mo("^")), MathMl.mi("m")))));
                example.appendChild(MathMl.block(MathMl.mo("="), output.element(), MathMl.mo("\u00b7"),
                        MathMl.parenthesized(upstream.element(), MathMl.mo("\u2212"), softmaxMean.element()),
                        MathMl.mo("="), delta.element()));
            }
            default -> throw new IllegalStateException("unknown form " + rule.form());
        }
        // this example's share: δⱼ · aᵢ
        deltaAgain = new MathMl.Number("delta-share", false);
        activation = new MathMl.Number("activation", true);
        contribution = new MathMl.Number("contribution", false);
        example.appendChild(MathMl.block(MathMl.upright(deltaName), MathMl.mo("\u00b7"),
                bias ? MathMl.mn("1") : MathMl.upright(from), MathMl.mo("="),
                deltaAgain.element(), MathMl.mo("\u00b7"), activation.element(), MathMl.mo("="),
                contribution.element()));
        activationNote.setTextContent(activationNote(rule, shape));

        // new w = w − α·∂J/∂w
        weight = new MathMl.Number("update-weight", false);
        rate = new MathMl.Number("update-rate", false);
        updateGradient = new MathMl.Number("update-gradient", true);
        updateGradient.element().setAttribute("class", "blm-gradient");
        newWeight = new MathMl.Number("update-result", false);
        newWeight.element().setAttribute("class", "blm-step");
        update.appendChild(MathMl.block(MathMl.row(MathMl.upright("new"), MathMl.upright(parameterName)), MathMl.mo("="),
                MathMl.upright(parameterName), MathMl.mo("\u2212"), MathMl.mi("\u03b1"), MathMl.mo("\u00b7"),
                MathMl.partial(MathMl.mi("J"), MathMl.upright(parameterName))));
        update.appendChild(MathMl.block(MathMl.mo("="), weight.element(), MathMl.mo("\u2212"), rate.element(),
                MathMl.mo("\u00b7"), updateGradient.element(), MathMl.mo("="), newWeight.element()));
    }

    /** What f and f′ are for the neuron, in words, or why f′ does not appear. */
    private static String activationNote(ChainRule rule, Shape shape) {
        Activation f = shape.activation(rule.layer() + 1);
        return switch (rule.form()) {
            case OUTPUT_LOGITS -> "With a cross-entropy cost after a " + f.id()
                    + " output, f\u2032 cancels out: \u03b4 = \u0177 \u2212 y.";
            case OUTPUT_SOFTMAX -> "Softmax mixes all outputs, so \u03b4 goes through every \u0177\u2098.";
            default -> "f is " + f.id() + ", so f\u2032(z) = " + derivativeText(f) + ".";
        };
    }

    private static String derivativeText(Activation f) {
        return switch (f) {
            case LINEAR -> "1";
            case SIGMOID -> "a\u00b7(1 \u2212 a)";
            case TANH -> "1 \u2212 a\u00b2";
            case RELU -> "1 for z > 0, else 0";
            case LEAKY_RELU -> "1 for z > 0, else 0.01";
            default -> "its slope at z";
        };
    }

    private static Element copy(Element element) {
        return (Element) element.cloneNode(true);
    }

    private static void clear(HTMLElement element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }
}
