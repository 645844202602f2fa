package org.backproplab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.Test;

/** The engine on every template and 50 seeds: its two computations agree, and each mistaken value is diagnosed. */
class ExerciseTest {
    private static final int SEEDS = 50;

    private static List<Exercise> everyTemplateAndSeed() {
        List<Exercise> exercises = new ArrayList<>();
        for (Template template : Template.values()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                exercises.add(new Exercise(template.problem(seed, Template.DEFAULT_LEARNING_RATE)));
            }
        }
        return exercises;
    }

    @Test
    void theHandPassAgreesWithTheCoreOnEveryNumber() {
        for (Exercise exercise : everyTemplateAndSeed()) {
            Problem problem = exercise.problem();
            Shape shape = problem.shape();
            AnswerKey key = exercise.key();
            HandPass hand = new HandPass(problem, Variant.RIGHT);
            for (int l = 1; l < shape.layerCount(); l++) {
                for (int j = 0; j < shape.size(l); j++) {
                    for (int r = 0; r < problem.count(); r++) {
                        assertEquals(key.z(l, j, r), hand.z(l, j, r), 1e-12);
                        assertEquals(key.a(l, j, r), hand.a(l, j, r), 1e-12);
                        assertEquals(key.delta(l, j, r), hand.delta(l, j, r), 1e-12);
                    }
                    assertEquals(key.delta(l, j, -1), hand.delta(l, j, -1), 1e-12);
                }
            }
            assertEquals(key.cost(), hand.cost(), 1e-12);
            for (int p = 0; p < shape.parameterCount(); p++) {
                assertEquals(key.gradient(p), hand.gradient(p), 1e-12);
                assertEquals(key.updated(p), hand.updated(p), 1e-12);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesAndTheCostAfterIsAFreshEvaluation() {
        for (Exercise exercise : everyTemplateAndSeed()) {
            Problem problem = exercise.problem();
            AnswerKey key = exercise.key();
            Network network = problem.network();
            Backprop backprop = new Backprop(network.shape());
            double[] inputs = problem.batch().inputsView();
            double[] targets = problem.batch().targetsView();
            for (int p = 0; p < network.parameters().length; p++) {
                double h = 1e-6;
                double[] plus = problem.parameters();
                double[] minus = problem.parameters();
                plus[p] += h;
                minus[p] -= h;
                network.setParameters(plus);
                double up = backprop.cost(network, inputs, targets, null, 0, problem.count());
                network.setParameters(minus);
                double down = backprop.cost(network, inputs, targets, null, 0, problem.count());
                assertEquals((up - down) / (2 * h), key.gradient(p), 1e-7, "parameter " + p);
                assertEquals(problem.parameters()[p] - problem.learningRate() * key.gradient(p), key.updated(p), 1e-15);
            }
            network.setParameters(key.updated());
            assertEquals(backprop.cost(network, inputs, targets, null, 0, problem.count()), key.costAfter(), 0);
        }
    }

    @Test
    void everyMistakenValueIsDiagnosedAsItsMistakeOrAsAmbiguousWithIt() {
        int named = 0;
        int ambiguous = 0;
        for (Exercise exercise : everyTemplateAndSeed()) {
            for (long seed = 0; seed < 3; seed++) {
                for (Question question : exercise.questions(seed)) {
                    for (Diagnosis.MistakenValue value : exercise.mistakenValues(question)) {
                        Answer verdict = exercise.check(question, value.value());
                        assertTrue(!verdict.correct(), question + " " + value);
                        if (verdict.mistake() != null) {
                            assertEquals(value.mistake(), verdict.mistake(), question + " " + value);
                            named++;
                        } else {
                            assertTrue(verdict.candidates().contains(value.mistake()) && verdict.ambiguous(),
                                    question + " " + value + " -> " + verdict.toJson());
                            ambiguous++;
                        }
                    }
                }
            }
        }
        assertTrue(named > 10 * ambiguous, named + " named, " + ambiguous + " ambiguous");
    }

    @Test
    void independentlyMadeMistakesAreDiagnosedOnEveryTemplate() {
        for (Exercise exercise : everyTemplateAndSeed()) {
            Problem problem = exercise.problem();
            Shape shape = problem.shape();
            int last = shape.layerCount() - 1;
            AnswerKey key = exercise.key();
            // w + α·∂J/∂w
            Question newWeight = Question.parameter(QuestionKind.NEW_WEIGHT, last, 0, 0);
            double w = problem.parameters()[shape.weightIndex(last - 1, 0, 0)];
            assertNamedOrAmbiguous(exercise, newWeight, w + problem.learningRate() * key.gradient(
                    shape.weightIndex(last - 1, 0, 0)), Mistake.SIGN_FLIPPED);
            // the hidden neuron's a given for its z
            Question z = Question.neuron(QuestionKind.Z, 1, 0, 0);
            assertNamedOrAmbiguous(exercise, z, key.a(1, 0, 0), Mistake.A_FOR_Z);
            // the sum of the examples' costs for J
            if (problem.count() == 2) {
                double sum = 0;
                for (int r = 0; r < 2; r++) {
                    for (int k = 0; k < shape.outputSize(); k++) {
                        double a = key.a(last, k, r);
                        double t = problem.target(r, k);
                        sum += switch (problem.network().loss()) {
                            case MSE -> 0.5 * (a - t) * (a - t);
                            case CROSS_ENTROPY -> -t * Math.log(a);
                            case BINARY_CROSS_ENTROPY -> throw new AssertionError("no template uses it");
                        };
                    }
                }
                assertNamedOrAmbiguous(exercise, Question.cost(), sum, Mistake.NO_BATCH_MEAN);
            }
        }
    }

    private static void assertNamedOrAmbiguous(Exercise exercise, Question question, double answer, Mistake mistake) {
        if (Tolerance.matches(answer, exercise.expected(question))) {
            return; // the mistake changes nothing here
        }
        Answer verdict = exercise.check(question, answer);
        assertTrue(verdict.mistake() == mistake || verdict.ambiguous() && verdict.candidates().contains(mistake),
                question + " answered " + answer + ": " + verdict.toJson());
    }

    @Test
    void questionsComeInTheArticlesOrderAndFitTheProblem() {
        Exercise exercise = new Exercise(Template.SIGMOID_2_2_2.problem(7, 0.5));
        List<QuestionKind> kinds = new ArrayList<>();
        for (Question question : exercise.questions(3)) {
            kinds.add(question.kind());
            assertEquals("", question.validate(exercise.problem().shape(), exercise.problem().count()));
        }
        assertEquals(List.of(QuestionKind.Z, QuestionKind.A, QuestionKind.Z, QuestionKind.A, QuestionKind.COST,
                QuestionKind.DELTA, QuestionKind.DELTA, QuestionKind.GRADIENT, QuestionKind.NEW_WEIGHT,
                QuestionKind.DIRECTION), kinds);
        assertEquals(exercise.questions(3), exercise.questions(3));
    }

    @Test
    void questionsAsJsonAndBadQuestionsRejectedWithTheReason() {
        assertEquals("{\"kind\": \"new_weight\", \"layer\": 2, \"neuron\": 0, \"from\": 1, \"example\": -1}",
                Question.parameter(QuestionKind.NEW_WEIGHT, 2, 0, 1).toJson());
        assertEquals("{\"kind\": \"cost\", \"layer\": -1, \"neuron\": -1, \"from\": -1, \"example\": -1}",
                Question.cost().toJson());
        Exercise exercise = new Exercise(TwoTwoTwo.mazur().problem());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exercise.check(Question.neuron(QuestionKind.Z, 3, 0, 0), 1));
        assertEquals("z needs a layer from 1 to 2, but the layer is 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> exercise.check(Question.neuron(QuestionKind.A, 1, 0, 1), 1));
        assertEquals("a needs an example from 0 to 0, but the example is 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> exercise.check(Question.parameter(QuestionKind.GRADIENT, 2, 0, 2), 1));
        assertEquals("from must be -1 (the bias) or a neuron of layer 1, 0 to 1, but is 2", e.getMessage());
    }

    @Test
    void hintsGiveTheFactorsButNotTheAnswer() {
        Exercise exercise = new Exercise(TwoTwoTwo.mazur().problem());
        List<String> hints = exercise.hints(Question.parameter(QuestionKind.GRADIENT, 2, 0, 0));
        String all = String.join("\n", hints);
        // Mazur's w5, from h1 to o1: the weight from neuron 1 of layer 1 to neuron 1 of layer 2
        assertTrue(hints.get(0).startsWith("∂J/∂w₁,₁⁽²⁾ = ∂J/∂z₁⁽²⁾ · ∂z₁⁽²⁾/∂w₁,₁⁽²⁾ = δ₁⁽²⁾ · h₁⁽¹⁾"), hints.get(0));
        assertTrue(all.contains("0.1385") && all.contains("0.5933"), all);
        assertTrue(!all.contains("0.08217"), all);
        List<String> delta = exercise.hints(Question.neuron(QuestionKind.DELTA, 2, 0, -1));
        assertEquals(3, delta.size());
        assertTrue(delta.get(1).contains("0.7514 − 0.01") && delta.get(2).contains("a·(1 − a) = 0.1868"),
                String.join("\n", delta));
        for (Question question : exercise.questions(1)) {
            assertTrue(!exercise.hints(question).isEmpty(), question.toString());
        }
    }

    @Test
    void templatesUseShortNumbersAndTheSameSeedGivesTheSameSheet() {
        for (Template template : Template.values()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Problem problem = template.problem(seed, 0.5);
                for (double p : problem.parameters()) {
                    assertShort(p);
                    assertTrue(Math.abs(p) >= 0.01 && Math.abs(p) <= 0.9, "parameter " + p);
                }
                for (int r = 0; r < problem.count(); r++) {
                    for (int i = 0; i < 2; i++) {
                        assertShort(problem.input(r, i));
                    }
                    for (int k = 0; k < template.shape().outputSize(); k++) {
                        assertShort(problem.target(r, k));
                    }
                }
                Problem again = template.problem(seed, 0.5);
                assertEquals(java.util.Arrays.toString(problem.parameters()), java.util.Arrays.toString(again.parameters()));
            }
        }
        assertNotEquals(java.util.Arrays.toString(Template.TANH_2_3_1.problem(1, 0.5).parameters()),
                java.util.Arrays.toString(Template.TANH_2_3_1.problem(2, 0.5).parameters()));
    }

    /** At most two decimals: the double is exactly the one its two-decimal text reads as. */
    private static void assertShort(double value) {
        double hundredths = Math.round(value * 100) / 100.0;
        assertEquals(hundredths, value, 0, value + " is not a two-decimal number");
    }

    @Test
    void reluSheetsKeepEveryHiddenNeuronClearOfItsKink() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Exercise exercise = new Exercise(Template.RELU_SOFTMAX_2_3_3.problem(seed, 0.5));
            for (int r = 0; r < exercise.problem().count(); r++) {
                boolean anyOn = false;
                for (int j = 0; j < 3; j++) {
                    double z = exercise.key().z(1, j, r);
                    assertTrue(Math.abs(z) >= 0.005, "seed " + seed + " z " + z);
                    anyOn |= z > 0;
                }
                assertTrue(anyOn, "seed " + seed);
            }
        }
    }

    @Test
    void aStudentsCodeSeedsTheNumbersIgnoringCaseAndSpaces() {
        assertEquals(StudentCode.seed("Ada Lovelace"), StudentCode.seed("  ada lovelace "));
        assertNotEquals(StudentCode.seed("ada"), StudentCode.seed("alan"));
        // FNV-1a of "a" is 0xE40C292C = 3826002220, reduced to the seed range
        assertEquals(3826002220L % 1_000_000_000L, StudentCode.seed("a"));
        assertEquals(0x811C9DC5L % 1_000_000_000L, StudentCode.seed(""));
        assertEquals(java.util.Arrays.toString(Template.SIGMOID_2_2_1.forStudent("Ada", 0.5).parameters()),
                java.util.Arrays.toString(Template.SIGMOID_2_2_1.forStudent("ada", 0.5).parameters()));
        for (String code : new String[] {"x", "student-17", "Ünïcode", "a very long code ".repeat(50)}) {
            long seed = StudentCode.seed(code);
            assertTrue(seed >= 0 && seed <= StudentCode.MAX_SEED);
        }
    }
}
