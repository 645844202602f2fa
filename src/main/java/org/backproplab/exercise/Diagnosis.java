package org.backproplab.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Shape;

/**
 * Checks answers to the questions of one {@link Problem}: right within {@link Tolerance}, and for a wrong answer
 * the {@link Mistake} that reproduces it. Every typical mistake is worked through the whole iteration by a
 * {@link HandPass}, so a mistake made early is still recognised in a later answer (δ without f′ gives a wrong
 * ∂J/∂w and a wrong new weight too). A mistaken value that agrees with the right one within the tolerance is
 * no diagnosis (nothing tells them apart); when different mistakes match the answer, the verdict is ambiguous.
 */
public final class Diagnosis {
    private final Problem problem;
    private final AnswerKey key;
    private final Shape shape;
    private final List<Variant> variants;
    private final List<HandPass> passes = new ArrayList<>();

    public Diagnosis(Problem problem, AnswerKey key) {
        this.problem = problem;
        this.key = key;
        this.shape = problem.shape();
        this.variants = Variant.all(shape);
        for (Variant variant : variants) {
            passes.add(new HandPass(problem, variant));
        }
    }

    /** A mistake and the value it gives. */
    public record MistakenValue(Mistake mistake, double value) {
    }

    /** The right value of a question (for direction: +1 up, −1 down, 0 unchanged). */
    public double expected(Question question) {
        requireValid(question);
        return switch (question.kind()) {
            case Z -> key.z(question.layer(), question.neuron(), question.example());
            case A -> key.a(question.layer(), question.neuron(), question.example());
            case COST -> key.cost();
            case DELTA -> key.delta(question.layer(), question.neuron(), question.example());
            case GRADIENT -> key.gradient(question.parameterIndex(shape));
            case NEW_WEIGHT -> key.updated(question.parameterIndex(shape));
            case DIRECTION -> key.direction();
        };
    }

    /**
     * Every value a typical mistake gives for {@code question}, in {@link Mistake} order, leaving out those that
     * agree with the right value within the tolerance and those that are not finite.
     */
    public List<MistakenValue> mistakenValues(Question question) {
        double expected = expected(question);
        List<MistakenValue> values = new ArrayList<>();
        int l = question.layer();
        int j = question.neuron();
        int r = question.example();
        switch (question.kind()) {
            case Z -> {
                values.add(new MistakenValue(Mistake.A_FOR_Z, key.a(l, j, r)));
                if (l >= 2) {
                    values.add(new MistakenValue(Mistake.Z_FOR_A, zFrom(l, j, r, l - 1, false)));
                    if (shape.size(l - 2) == shape.size(l - 1)) {
                        values.add(new MistakenValue(Mistake.WRONG_LAYER, zFrom(l, j, r, l - 2, true)));
                    }
                }
                if (shape.size(l - 1) >= 2) {
                    for (int i = 0; i < shape.size(l - 1); i++) {
                        double term = problem.parameters()[shape.weightIndex(l - 1, j, i)] * key.a(l - 1, i, r);
                        values.add(new MistakenValue(Mistake.MISSING_TERM, key.z(l, j, r) - term));
                    }
                }
            }
            case A -> values.add(new MistakenValue(Mistake.Z_FOR_A, key.z(l, j, r)));
            case DIRECTION -> {
                // up or down: nothing to recompute
            }
            default -> {
                for (int v = 0; v < variants.size(); v++) {
                    values.add(new MistakenValue(variants.get(v).mistake(), value(passes.get(v), question)));
                }
            }
        }
        List<MistakenValue> distinct = new ArrayList<>();
        for (Mistake mistake : Mistake.values()) {
            for (MistakenValue value : values) {
                if (value.mistake() == mistake && Double.isFinite(value.value())
                        && !Tolerance.matches(value.value(), expected)) {
                    distinct.add(value);
                }
            }
        }
        return distinct;
    }

    /** The verdict on {@code answer}: right, or wrong with the mistake that explains it (if one does). */
    public Answer check(Question question, double answer) {
        double expected = expected(question);
        if (question.kind() == QuestionKind.DIRECTION) {
            boolean right = Double.isFinite(answer) && Math.signum(answer) == expected;
            return new Answer(right, expected, null, List.of());
        }
        if (Tolerance.matches(answer, expected)) {
            return new Answer(true, expected, null, List.of());
        }
        List<Mistake> matching = new ArrayList<>();
        for (MistakenValue value : mistakenValues(question)) {
            if (Tolerance.matches(answer, value.value()) && !matching.contains(value.mistake())) {
                matching.add(value.mistake());
            }
        }
        if (matching.size() == 1) {
            return new Answer(false, expected, matching.get(0), List.of());
        }
        return new Answer(false, expected, null, matching);
    }

    /** The question's value in a pass worked with one mistake. */
    private double value(HandPass pass, Question question) {
        return switch (question.kind()) {
            case COST -> pass.cost();
            case DELTA -> pass.delta(question.layer(), question.neuron(), question.example());
            case GRADIENT -> pass.gradient(question.parameterIndex(shape));
            case NEW_WEIGHT -> pass.updated(question.parameterIndex(shape));
            default -> throw new IllegalStateException(question.kind().id() + " is not recomputed by a pass");
        };
    }

    /** z of neuron j in layer l computed from layer {@code source}'s a (or z), with layer l's weights. */
    private double zFrom(int l, int j, int r, int source, boolean activation) {
        double[] w = problem.parameters();
        double sum = w[shape.biasIndex(l - 1, j)];
        for (int i = 0; i < shape.size(l - 1); i++) {
            sum += w[shape.weightIndex(l - 1, j, i)] * (activation ? key.a(source, i, r) : key.z(source, i, r));
        }
        return sum;
    }

    private void requireValid(Question question) {
        String problemText = question.validate(shape, problem.count());
        if (!problemText.isEmpty()) {
            throw new IllegalArgumentException(problemText);
        }
    }
}
