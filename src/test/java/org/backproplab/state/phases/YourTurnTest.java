package org.backproplab.state.phases;

import org.backproplab.state.AppState;
import org.backproplab.state.phases.YourTurn;
import org.backproplab.state.phases.YourTurnText;
import org.backproplab.state.phases.Phase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Mistake;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * "Your turn" on the article's 2-2-2 network (Mazur: i = (0.05, 0.10), t = (0.01, 0.99), w1..w8 = 0.15 … 0.55,
 * biases 0.35 and 0.60, α = 0.5), each expected value worked here by the formulas, not by the engine.
 */
class YourTurnTest {
    private static final double[][] W0 = {{0.15, 0.20}, {0.25, 0.30}};
    private static final double[] B0 = {0.35, 0.35};
    private static final double[][] W1 = {{0.40, 0.45}, {0.50, 0.55}};
    private static final double[] B1 = {0.60, 0.60};
    private static final double[] X = {0.05, 0.10};
    private static final double[] T = {0.01, 0.99};
    private static final double ALPHA = 0.5;

    private static YourTurn started(long iteration) {
        Network network = new Network(Shape.of(new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID), Loss.MSE,
                Regularization.NONE);
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                network.setWeight(0, j, i, W0[j][i]);
                network.setWeight(1, j, i, W1[j][i]);
            }
            network.setBias(0, j, B0[j]);
            network.setBias(1, j, B1[j]);
        }
        YourTurn turn = new YourTurn();
        turn.startIteration(iteration, network, new Dataset(2, 2, X.clone(), T.clone()), ALPHA, "");
        return turn;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The article's numbers for any question about this one-example network, by the formulas. */
    private static double byHand(Question q) {
        double[] zh = new double[2];
        double[] ah = new double[2];
        double[] zo = new double[2];
        double[] ao = new double[2];
        for (int j = 0; j < 2; j++) {
            zh[j] = W0[j][0] * X[0] + W0[j][1] * X[1] + B0[j];
            ah[j] = sigmoid(zh[j]);
        }
        for (int k = 0; k < 2; k++) {
            zo[k] = W1[k][0] * ah[0] + W1[k][1] * ah[1] + B1[k];
            ao[k] = sigmoid(zo[k]);
        }
        double cost = 0.5 * ((ao[0] - T[0]) * (ao[0] - T[0]) + (ao[1] - T[1]) * (ao[1] - T[1]));
        double[] dOut = new double[2];
        for (int k = 0; k < 2; k++) {
            dOut[k] = (ao[k] - T[k]) * ao[k] * (1 - ao[k]);
        }
        double[] dHid = new double[2];
        for (int j = 0; j < 2; j++) {
            dHid[j] = (W1[0][j] * dOut[0] + W1[1][j] * dOut[1]) * ah[j] * (1 - ah[j]);
        }
        int l = q.layer();
        int j = q.neuron();
        return switch (q.kind()) {
            case Z -> l == 1 ? zh[j] : zo[j];
            case A -> l == 1 ? ah[j] : ao[j];
            case COST -> cost;
            case DELTA -> l == 1 ? dHid[j] : dOut[j];
            case GRADIENT -> gradient(q, ah, dOut, dHid);
            case NEW_WEIGHT -> (q.from() < 0 ? (l == 1 ? B0[j] : B1[j]) : (l == 1 ? W0[j][q.from()] : W1[j][q.from()]))
                    - ALPHA * gradient(q, ah, dOut, dHid);
            case DIRECTION -> -1; // the article's J falls from 0.298371109 to 0.291027924
        };
    }

    private static double gradient(Question q, double[] ah, double[] dOut, double[] dHid) {
        double delta = q.layer() == 1 ? dHid[q.neuron()] : dOut[q.neuron()];
        if (q.from() < 0) {
            return delta;
        }
        return delta * (q.layer() == 1 ? X[q.from()] : ah[q.from()]);
    }

    @Test
    void theArticlesIterationIsAskedPhaseByPhaseAndEachRightAnswerReleasesItsPhase() {
        for (long iteration = 1; iteration <= 6; iteration++) {
            YourTurn turn = started(iteration);
            int asked = 0;
            for (Phase phase : Phase.values()) {
                assertFalse(turn.mayReveal(phase), phase + " must wait for its question");
                assertTrue(turn.ask(phase));
                Question q = turn.open();
                assertEquals(phase, YourTurn.phaseOf(q.kind()));
                Answer answer = turn.answer(byHand(q));
                asked++;
                assertTrue(answer.correct(), q + " answered with the hand-worked value");
                assertTrue(turn.mayReveal(phase));
                assertNull(turn.open());
                assertEquals(asked, turn.right());
                assertEquals(asked, turn.streak());
            }
        }
    }

    @Test
    void theArticlesPublishedNumbersAreWhatTheOutputQuestionsExpect() {
        // Mazur's post: out_o1 = 0.75136507, E_total = 0.298371109, w5⁺ = 0.35891648
        YourTurn turn = started(1);
        turn.ask(Phase.COST);
        assertTrue(turn.answer(0.298371109).correct());
        assertEquals(0.298371109, byHand(Question.cost()), 1e-9);
        assertEquals(0.35891648, byHand(Question.parameter(QuestionKind.NEW_WEIGHT, 2, 0, 0)), 1e-8);
    }

    @Test
    void aWrongAnswerNamesItsMistakeAndBreaksTheStreakButKeepsTheQuestionOpen() {
        YourTurn turn = started(1);
        turn.ask(Phase.FORWARD);
        assertTrue(turn.answer(byHand(turn.open())).correct());
        turn.ask(Phase.COST);
        turn.answer(byHand(turn.open()));
        assertTrue(turn.ask(Phase.BACKPROPAGATION));
        Question q = turn.open();
        assertEquals(QuestionKind.DELTA, q.kind());
        // δ of an output neuron without f′(z): (a − t) alone
        double noDerivative = q.layer() == 2 ? sigmoidOut(q.neuron()) - T[q.neuron()] : Double.NaN;
        if (q.layer() == 2) {
            Answer wrong = turn.answer(noDerivative);
            assertFalse(wrong.correct());
            assertEquals(Mistake.NO_DERIVATIVE, wrong.mistake());
            assertTrue(YourTurnText.verdict(wrong, q.kind()).contains(Mistake.NO_DERIVATIVE.explanation()));
        } else {
            assertFalse(turn.answer(byHand(q) + 1).correct());
        }
        assertEquals(0, turn.streak());
        assertEquals(2, turn.right());
        assertEquals(3, turn.asked());
        assertNotNull(turn.open(), "a wrong answer keeps the question open");
        assertFalse(turn.mayReveal(Phase.BACKPROPAGATION));
        assertTrue(turn.answer(byHand(q)).correct(), "the right answer after a wrong one still releases the phase");
        assertEquals(2, turn.right(), "only the first try scores");
        assertTrue(turn.mayReveal(Phase.BACKPROPAGATION));
    }

    private static double sigmoidOut(int k) {
        double a0 = sigmoid(W0[0][0] * X[0] + W0[0][1] * X[1] + B0[0]);
        double a1 = sigmoid(W0[1][0] * X[0] + W0[1][1] * X[1] + B0[1]);
        return sigmoid(W1[k][0] * a0 + W1[k][1] * a1 + B1[k]);
    }

    @Test
    void showMeRevealsTheValueAndCountsAsMissed() {
        YourTurn turn = started(2);
        turn.ask(Phase.COST);
        assertEquals(byHand(Question.cost()), turn.giveUp(), 1e-12);
        assertTrue(turn.mayReveal(Phase.COST));
        assertEquals(1, turn.asked());
        assertEquals(0, turn.right());
    }

    @Test
    void hintsComeOneAtATimeUntilThereAreNoMore() {
        YourTurn turn = started(1);
        turn.ask(Phase.BACKPROPAGATION);
        int total = turn.exercise().hints(turn.open()).size();
        assertTrue(total >= 2);
        for (int k = 1; k <= total; k++) {
            assertEquals(k, turn.nextHint().size());
        }
        assertFalse(turn.hasMoreHints());
        assertEquals(total, turn.nextHint().size());
    }

    @Test
    void answeringWithNoOpenQuestionIsRefusedWithAReason() {
        YourTurn turn = started(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> turn.answer(1));
        assertEquals("no question is open, so there is nothing to answer", e.getMessage());
    }

    @Test
    void settingsOutsidePlainGradientDescentOnASmallBatchSayWhatToChange() {
        AppState plain = AppState.defaults();
        assertEquals("", YourTurn.unsupported(plain, 10));
        assertEquals("“Your turn” asks about plain gradient descent on a small batch: set the optimizer to plain "
                + "gradient descent (SGD) and the batch size to 1 to 10 (this batch has 200 examples) to get questions.",
                YourTurn.unsupported(plain.withOptimizer(OptimizerKind.ADAM), 200));
        YourTurn turn = new YourTurn();
        turn.startIteration(1, null, null, 0.5, "why");
        assertFalse(turn.hasIteration());
        assertTrue(turn.mayReveal(Phase.FORWARD));
        assertFalse(turn.ask(Phase.FORWARD));
        assertEquals("why", turn.unavailable());
    }

    @Test
    void typedAnswersAreReadAsNumbersOrDirections() {
        assertEquals(-0.25, YourTurnText.parse(" −0,25 ", QuestionKind.DELTA));
        assertEquals(1.5e-3, YourTurnText.parse("1.5e-3", QuestionKind.Z));
        assertEquals(1, YourTurnText.parse("Up", QuestionKind.DIRECTION));
        assertEquals(-1, YourTurnText.parse("down", QuestionKind.DIRECTION));
        for (String bad : new String[] {"", "abc", "NaN", "Infinity", "1e999", "0x10", "1..2", "up"}) {
            assertTrue(Double.isNaN(YourTurnText.parse(bad, QuestionKind.Z)), bad);
        }
        assertEquals("“abc” is not an answer: type " + YourTurnText.ALLOWED + ".", YourTurnText.unreadable("abc"));
    }

    @Test
    void scoreLineAndVerdictsReadAsSentences() {
        assertEquals("Score 3 of 4 · streak 2", YourTurnText.score(3, 4, 2));
        YourTurn turn = started(1);
        turn.ask(Phase.COST);
        Answer right = turn.answer(0.2984);
        assertEquals("Right: 0.2984.", YourTurnText.verdict(right, QuestionKind.COST));
        assertEquals("What is the cost J of the batch (1 example)?", YourTurnText.question(Question.cost(),
                turn.exercise().problem()));
        org.backproplab.exercise.Problem problem = turn.exercise().problem();
        assertEquals("What is z₂⁽¹⁾, the weighted input of h₂⁽¹⁾, for example 1 of the batch?",
                YourTurnText.question(Question.neuron(QuestionKind.Z, 1, 1, 0), problem));
        assertEquals("What is ŷ₁ = f(z₁⁽²⁾) for example 1 of the batch?",
                YourTurnText.question(Question.neuron(QuestionKind.A, 2, 0, 0), problem));
        assertEquals("What is δ₁⁽²⁾ = ∂J/∂z₁⁽²⁾ for the batch's one example?",
                YourTurnText.question(Question.neuron(QuestionKind.DELTA, 2, 0, Question.BATCH), problem));
        assertEquals("What is ∂J/∂w₁,₂⁽²⁾ for the batch?",
                YourTurnText.question(Question.parameter(QuestionKind.GRADIENT, 2, 0, 1), problem));
        assertEquals("What is b₁⁽¹⁾ after the step, b₁⁽¹⁾ − α·∂J/∂b₁⁽¹⁾ with α = 0.5?",
                YourTurnText.question(Question.parameter(QuestionKind.NEW_WEIGHT, 1, 0, -1), problem));
        assertEquals("Example 1: x₁ = 0.05, x₂ = 0.1, y₁ = 0.01, y₂ = 0.99.",
                YourTurnText.given(Question.neuron(QuestionKind.Z, 1, 1, 0), problem));
        assertEquals("", YourTurnText.given(Question.cost(), problem));
        assertEquals("Not quite: your answer is what you get when f′(z) was left out of δ.",
                YourTurnText.verdict(new Answer(false, 1, Mistake.NO_DERIVATIVE, java.util.List.of()), QuestionKind.DELTA));
        assertEquals("Not quite: your answer is what you get when z was used where a belongs, or when a was used where z "
                + "belongs (these give the same number here).", YourTurnText.verdict(new Answer(false, 1, null,
                java.util.List.of(Mistake.Z_FOR_A, Mistake.A_FOR_Z)), QuestionKind.Z));
        assertEquals("Right: J goes down.", YourTurnText.verdict(new Answer(true, -1, null, java.util.List.of()),
                QuestionKind.DIRECTION));
        assertEquals("The answer is 0.2984. This one counts as missed.", YourTurnText.shown(0.298371109, QuestionKind.COST));
    }
}
