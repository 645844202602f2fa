package org.backproplab.state.phases;

import org.backproplab.state.NumberText;
import java.util.List;
import org.backproplab.core.Notation;
import org.backproplab.core.Shape;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Mistake;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.core.NumberFormat;

/** The sentences of "Your turn": the question, what it is computed from, the verdict, the score. */
public final class YourTurnText {
    /** Digits of the numbers shown (one more than the 3 an answer needs). */
    private static final int DIGITS = 4;
    /** What an answer may be, for the message about one that is not. */
    public static final String ALLOWED = "a number such as 0.25 or -1.5e-3 (for the direction: up or down)";
    private static final Notation N = Notation.UNICODE;

    private YourTurnText() {
    }

    /** The question as a sentence, e.g. "What is z₁⁽¹⁾ for example 2 of the batch?". */
    public static String question(Question q, Problem problem) {
        Shape shape = problem.shape();
        int n = problem.count();
        String batch = n == 1 ? "for the batch's one example" : "as the mean over the batch's " + n + " examples";
        return switch (q.kind()) {
            case Z -> "What is " + N.preActivation(q.layer(), q.neuron()) + ", the weighted input of "
                    + N.neuron(shape, q.layer(), q.neuron()) + ", for example " + (q.example() + 1) + " of the batch?";
            case A -> "What is " + N.neuron(shape, q.layer(), q.neuron()) + " = f(" + N.preActivation(q.layer(), q.neuron())
                    + ") for example " + (q.example() + 1) + " of the batch?";
            case COST -> "What is the cost J of the batch (" + n + (n == 1 ? " example" : " examples, their mean") + ")?";
            case DELTA -> "What is " + N.delta(q.layer(), q.neuron()) + " = ∂J/∂" + N.preActivation(q.layer(), q.neuron())
                    + " " + batch + "?";
            case GRADIENT -> "What is ∂J/∂" + parameter(q, shape) + " for the batch?";
            case NEW_WEIGHT -> "What is " + parameter(q, shape) + " after the step, " + parameter(q, shape) + " − α·∂J/∂"
                    + parameter(q, shape) + " with α = " + NumberText.format(problem.learningRate()) + "?";
            case DIRECTION -> "Does the cost J of this batch go up or down after the step? Type up or down.";
        };
    }

    /** What the question is computed from, beyond the network on screen: the example's inputs and targets. */
    public static String given(Question q, Problem problem) {
        if (q.example() < 0) {
            return "";
        }
        Shape shape = problem.shape();
        StringBuilder text = new StringBuilder("Example " + (q.example() + 1) + ": ");
        for (int i = 0; i < shape.inputSize(); i++) {
            text.append(i == 0 ? "" : ", ").append(N.input(shape.inputSize(), i)).append(" = ")
                    .append(number(problem.input(q.example(), i)));
        }
        for (int k = 0; k < shape.outputSize(); k++) {
            text.append(", ").append(N.target(shape.outputSize(), k)).append(" = ")
                    .append(number(problem.target(q.example(), k)));
        }
        return text.append('.').toString();
    }

    /** The verdict on an answer: right, or wrong with the slip it matches (or all of them when several do). */
    public static String verdict(Answer answer, QuestionKind kind) {
        if (answer.correct()) {
            return kind == QuestionKind.DIRECTION ? "Right: J goes " + direction(answer.expected()) + "."
                    : "Right: " + number(answer.expected()) + ".";
        }
        if (answer.mistake() != null) {
            return "Not quite: your answer is what you get when " + answer.mistake().explanation() + ".";
        }
        if (answer.ambiguous()) {
            StringBuilder text = new StringBuilder("Not quite: your answer is what you get when ");
            List<Mistake> candidates = answer.candidates();
            for (int c = 0; c < candidates.size(); c++) {
                text.append(c == 0 ? "" : ", or when ").append(candidates.get(c).explanation());
            }
            return text.append(" (these give the same number here).").toString();
        }
        return kind == QuestionKind.DIRECTION ? "Not quite: look at J before and after the step."
                : "Not quite. An answer counts within 3 significant digits; a hint shows the next factor.";
    }

    /** What "Show me" says. */
    public static String shown(double expected, QuestionKind kind) {
        return kind == QuestionKind.DIRECTION ? "J goes " + direction(expected) + ". This one counts as missed."
                : "The answer is " + number(expected) + ". This one counts as missed.";
    }

    /** The stepper's caption while a phase waits for its question. */
    public static String veiled() {
        return "Your turn first: answer the question below (or press Show me) to see this phase's numbers.";
    }

    /** "Score 3 of 4 · streak 2". */
    public static String score(int right, int asked, int streak) {
        return "Score " + right + " of " + asked + " · streak " + streak;
    }

    /** Why no questions are asked, listing what to change. */
    static String unsupported(List<String> changes) {
        StringBuilder text = new StringBuilder("“Your turn” asks about plain gradient descent on a small batch: set ");
        for (int c = 0; c < changes.size(); c++) {
            text.append(c == 0 ? "" : c == changes.size() - 1 ? " and " : ", ").append(changes.get(c));
        }
        return text.append(" to get questions.").toString();
    }

    /**
     * The value of a typed answer: a number (a comma or a dot for decimals, − or - for minus), or for the
     * direction "up" (+1) or "down" (−1); NaN when the text is neither.
     */
    public static double parse(String text, QuestionKind kind) {
        String t = text == null ? "" : text.trim().replace('−', '-').replace(',', '.');
        if (kind == QuestionKind.DIRECTION) {
            if (NumberText.sameIgnoringCase(t, "up")) {
                return 1;
            }
            if (NumberText.sameIgnoringCase(t, "down")) {
                return -1;
            }
        }
        if (t.isEmpty() || t.length() > 40) {
            return Double.NaN;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The message for a typed answer {@link #parse} cannot read. */
    public static String unreadable(String text) {
        return "“" + NumberText.shorten(text == null ? "" : text.trim()) + "” is not an answer: type " + ALLOWED + ".";
    }

    /** The problem's batch as JSON: {"inputs": [[x…], …], "targets": [[y…], …]}, exactly (shortest round-trip text). */
    public static String batchJson(Problem problem) {
        Shape shape = problem.shape();
        StringBuilder inputs = new StringBuilder("[");
        StringBuilder targets = new StringBuilder("[");
        for (int r = 0; r < problem.count(); r++) {
            inputs.append(r == 0 ? "[" : ", [");
            targets.append(r == 0 ? "[" : ", [");
            for (int i = 0; i < shape.inputSize(); i++) {
                inputs.append(i == 0 ? "" : ", ").append(NumberText.format(problem.input(r, i)));
            }
            for (int k = 0; k < shape.outputSize(); k++) {
                targets.append(k == 0 ? "" : ", ").append(NumberText.format(problem.target(r, k)));
            }
            inputs.append(']');
            targets.append(']');
        }
        return "{\"inputs\": " + inputs + "], \"targets\": " + targets + "]}";
    }

    private static String parameter(Question q, Shape shape) {
        return q.from() >= 0 ? N.weight(q.layer() - 1, q.neuron(), q.from()) : N.bias(q.layer() - 1, q.neuron());
    }

    private static String direction(double sign) {
        return sign > 0 ? "up" : sign < 0 ? "down" : "neither up nor down";
    }

    private static String number(double value) {
        return NumberFormat.format(value, DIGITS);
    }
}
