package org.backproplab.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Rng;
import org.backproplab.core.Shape;

/**
 * The exercise engine: the questions of one iteration of a {@link Problem} in the article's order — a neuron's z
 * and a, J of the batch, an output δ, a hidden δ, one ∂J/∂w, the new weight w − α·∂J/∂w, whether J goes up or
 * down — with the check of an answer, its {@link Diagnosis}, and hints. Which neurons and weight are asked about
 * comes from a seed (the same seed, the same questions). Immutable once built.
 */
public final class Exercise {
    private final Problem problem;
    private final AnswerKey key;
    private final Diagnosis diagnosis;
    private final Hints hints;

    public Exercise(Problem problem) {
        this.problem = problem;
        this.key = new AnswerKey(problem);
        this.diagnosis = new Diagnosis(problem, key);
        this.hints = new Hints(problem, key);
    }

    public Problem problem() {
        return problem;
    }

    public AnswerKey key() {
        return key;
    }

    /**
     * One iteration's questions, in order: z and a of a hidden neuron, z and a of an output neuron (example
     * chosen from the batch), J, the batch's δ of an output neuron and of a hidden neuron (the output's δ when the
     * network has no hidden layer), ∂J/∂w of one weight, that weight after the step, and the direction of J.
     */
    public List<Question> questions(long seed) {
        Rng rng = new Rng(seed);
        Shape shape = problem.shape();
        int last = shape.layerCount() - 1;
        int example = rng.nextInt(problem.count());
        int hiddenLayer = last > 1 ? 1 + rng.nextInt(last - 1) : last;
        int hidden = rng.nextInt(shape.size(hiddenLayer));
        int output = rng.nextInt(shape.outputSize());
        List<Question> questions = new ArrayList<>();
        if (last > 1) {
            questions.add(Question.neuron(QuestionKind.Z, hiddenLayer, hidden, example));
            questions.add(Question.neuron(QuestionKind.A, hiddenLayer, hidden, example));
        }
        questions.add(Question.neuron(QuestionKind.Z, last, output, example));
        questions.add(Question.neuron(QuestionKind.A, last, output, example));
        questions.add(Question.cost());
        questions.add(Question.neuron(QuestionKind.DELTA, last, output, Question.BATCH));
        if (last > 1) {
            questions.add(Question.neuron(QuestionKind.DELTA, hiddenLayer, hidden, Question.BATCH));
        }
        int layer = 1 + rng.nextInt(last);
        int neuron = rng.nextInt(shape.size(layer));
        int from = rng.nextInt(shape.size(layer - 1));
        questions.add(Question.parameter(QuestionKind.GRADIENT, layer, neuron, from));
        questions.add(Question.parameter(QuestionKind.NEW_WEIGHT, layer, neuron, from));
        questions.add(Question.direction());
        return questions;
    }

    /**
     * The right value of {@code question}.
     *
     * @throws IllegalArgumentException naming what does not fit when the question does not fit the problem
     */
    public double expected(Question question) {
        return diagnosis.expected(question);
    }

    /** The verdict on an answer; see {@link Diagnosis#check}. */
    public Answer check(Question question, double answer) {
        return diagnosis.check(question, answer);
    }

    /** What each typical mistake gives for {@code question} (those that differ from the right value). */
    public List<Diagnosis.MistakenValue> mistakenValues(Question question) {
        return diagnosis.mistakenValues(question);
    }

    /** The hints, the chain rule's factors one at a time. */
    public List<String> hints(Question question) {
        diagnosis.expected(question);
        return hints.of(question);
    }
}
