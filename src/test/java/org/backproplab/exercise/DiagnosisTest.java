package org.backproplab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each typical mistake made on purpose on the article's 2-2-2 network (the mistaken number worked out in
 * {@link TwoTwoTwo}'s plain formulas), and the diagnosis must name it; mistakes that give the same number are
 * reported as ambiguous.
 */
class DiagnosisTest {
    private static final TwoTwoTwo ONE = TwoTwoTwo.mazur();
    private static final TwoTwoTwo TWO = TwoTwoTwo.mazurBatchOfTwo();
    private static final Exercise ARTICLE = new Exercise(ONE.problem());
    private static final Exercise BATCH = new Exercise(TWO.problem());

    private static final Question Z_O1 = Question.neuron(QuestionKind.Z, 2, 0, 0);
    private static final Question A_H1 = Question.neuron(QuestionKind.A, 1, 0, 0);
    private static final Question DELTA_O1 = Question.neuron(QuestionKind.DELTA, 2, 0, Question.BATCH);
    private static final Question DELTA_H1 = Question.neuron(QuestionKind.DELTA, 1, 0, Question.BATCH);
    private static final Question GRADIENT_W5 = Question.parameter(QuestionKind.GRADIENT, 2, 0, 0);
    private static final Question NEW_W5 = Question.parameter(QuestionKind.NEW_WEIGHT, 2, 0, 0);

    private static void diagnosed(Exercise exercise, Question question, double answer, Mistake mistake) {
        Answer verdict = exercise.check(question, answer);
        assertFalse(verdict.correct(), question + " answered " + answer);
        assertEquals(mistake, verdict.mistake(), question + " answered " + answer + ": " + verdict.toJson());
    }

    @Test
    void expectedValuesAreTheArticlesHandWorkedNumbers() {
        assertEquals(1.105905967, ARTICLE.expected(Z_O1), 1e-9);
        assertEquals(0.593269992, ARTICLE.expected(A_H1), 1e-9);
        assertEquals(0.298371109, ARTICLE.expected(Question.cost()), 1e-9);
        assertEquals(0.138498562, ARTICLE.expected(DELTA_O1), 1e-9);
        assertEquals(0.082167041, ARTICLE.expected(GRADIENT_W5), 1e-9);
        assertEquals(0.35891648, ARTICLE.expected(NEW_W5), 1e-8);
        assertEquals(0.000438568, ARTICLE.expected(Question.parameter(QuestionKind.GRADIENT, 1, 0, 0)), 1e-9);
        assertEquals(0.149780716, ARTICLE.expected(Question.parameter(QuestionKind.NEW_WEIGHT, 1, 0, 0)), 1e-9);
        assertEquals(-1, ARTICLE.expected(Question.direction()));
    }

    @Test
    void answersWithinThreeSignificantDigitsAreRight() {
        Answer right = ARTICLE.check(GRADIENT_W5, 0.0822);
        assertTrue(right.correct());
        assertNull(right.mistake());
        assertTrue(ARTICLE.check(Question.cost(), 0.298).correct());
        assertFalse(ARTICLE.check(Question.cost(), 0.296).correct());
        assertTrue(ARTICLE.check(Question.parameter(QuestionKind.GRADIENT, 1, 0, 0), 0.0004).correct(),
                "0.000438568 is 0.0004 within the absolute 5e-4 near 0");
        assertTrue(ARTICLE.check(Question.direction(), -1).correct());
        assertFalse(ARTICLE.check(Question.direction(), 1).correct());
    }

    @Test
    void aWrongAnswerNoMistakeExplainsHasNoDiagnosis() {
        Answer verdict = ARTICLE.check(GRADIENT_W5, 0.5);
        assertFalse(verdict.correct());
        assertNull(verdict.mistake());
        assertTrue(verdict.candidates().isEmpty());
        assertEquals("{\"correct\": false, \"expected\": 0.08216704056423078, \"mistake\": null}", verdict.toJson());
    }

    @Test
    void aUsedForZIsDiagnosed() {
        diagnosed(ARTICLE, Z_O1, ONE.o(0, 0), Mistake.A_FOR_Z);
    }

    @Test
    void zUsedForAIsDiagnosedInTheForwardPassAndInF() {
        diagnosed(ARTICLE, A_H1, ONE.zh(0, 0), Mistake.Z_FOR_A);
        double fromZ = ONE.w1[0][0] * ONE.zh(0, 0) + ONE.w1[0][1] * ONE.zh(0, 1) + ONE.b1[0];
        diagnosed(ARTICLE, Z_O1, fromZ, Mistake.Z_FOR_A);
        double zo = ONE.zo(0, 0);
        diagnosed(ARTICLE, DELTA_O1, (ONE.o(0, 0) - ONE.t[0][0]) * zo * (1 - zo), Mistake.Z_FOR_A);
    }

    @Test
    void theWrongLayersActivationIsDiagnosed() {
        double fromInputs = ONE.w1[0][0] * ONE.x[0][0] + ONE.w1[0][1] * ONE.x[0][1] + ONE.b1[0];
        diagnosed(ARTICLE, Z_O1, fromInputs, Mistake.WRONG_LAYER);
        diagnosed(ARTICLE, GRADIENT_W5, ONE.deltaO(0, 0) * ONE.o(0, 0), Mistake.WRONG_LAYER);
    }

    @Test
    void aMissingTermIsDiagnosed() {
        double withoutO2 = ONE.w1[0][0] * ONE.deltaO(0, 0) * ONE.h(0, 0) * (1 - ONE.h(0, 0));
        diagnosed(ARTICLE, DELTA_H1, withoutO2, Mistake.MISSING_TERM);
        diagnosed(ARTICLE, Z_O1, ONE.zo(0, 0) - ONE.w1[0][1] * ONE.h(0, 1), Mistake.MISSING_TERM);
    }

    @Test
    void aMissingDerivativeIsDiagnosedWhereverItWasLeftOut() {
        diagnosed(ARTICLE, DELTA_O1, ONE.o(0, 0) - ONE.t[0][0], Mistake.NO_DERIVATIVE);
        double sum = ONE.w1[0][0] * ONE.deltaO(0, 0) + ONE.w1[1][0] * ONE.deltaO(0, 1);
        diagnosed(ARTICLE, DELTA_H1, sum, Mistake.NO_DERIVATIVE);
        // δ_o1 without f′, carried on into ∂J/∂w5 and the new w5
        double gradient = (ONE.o(0, 0) - ONE.t[0][0]) * ONE.h(0, 0);
        diagnosed(ARTICLE, GRADIENT_W5, gradient, Mistake.NO_DERIVATIVE);
        diagnosed(ARTICLE, NEW_W5, ONE.w1[0][0] - ONE.alpha * gradient, Mistake.NO_DERIVATIVE);
    }

    @Test
    void theTargetInPlaceOfTheOutputIsDiagnosed() {
        double t = ONE.t[0][1];
        Question deltaO2 = Question.neuron(QuestionKind.DELTA, 2, 1, Question.BATCH);
        diagnosed(ARTICLE, deltaO2, (ONE.o(0, 1) - t) * t * (1 - t), Mistake.TARGET_FOR_OUTPUT);
    }

    @Test
    void aFlippedUpdateIsDiagnosed() {
        diagnosed(ARTICLE, NEW_W5, ONE.w1[0][0] + ONE.alpha * ONE.gradW1(0, 0), Mistake.SIGN_FLIPPED);
    }

    @Test
    void aSumInsteadOfTheBatchMeanIsDiagnosed() {
        diagnosed(BATCH, Question.cost(), TWO.exampleCost(0) + TWO.exampleCost(1), Mistake.NO_BATCH_MEAN);
        double sum = TWO.deltaO(0, 0) * TWO.h(0, 0) + TWO.deltaO(1, 0) * TWO.h(1, 0);
        diagnosed(BATCH, GRADIENT_W5, sum, Mistake.NO_BATCH_MEAN);
        diagnosed(BATCH, DELTA_H1, TWO.deltaH(0, 0) + TWO.deltaH(1, 0), Mistake.NO_BATCH_MEAN);
        assertEquals(TWO.cost(), BATCH.expected(Question.cost()), 1e-15);
        assertEquals(TWO.meanDeltaH(0), BATCH.expected(DELTA_H1), 1e-15);
    }

    @Test
    void mistakesThatGiveTheSameNumberAreAmbiguousNotGuessed() {
        // With the target t_o1 set to z_o1, f′ taken at z and f′ taken at the target are the same number.
        double zo = ONE.zo(0, 0);
        TwoTwoTwo coinciding = ONE.withTargets(new double[][] {{zo, 0.99}});
        Exercise exercise = new Exercise(coinciding.problem());
        double answer = (coinciding.o(0, 0) - zo) * zo * (1 - zo);
        Answer verdict = exercise.check(DELTA_O1, answer);
        assertFalse(verdict.correct());
        assertNull(verdict.mistake());
        assertTrue(verdict.ambiguous());
        assertEquals(List.of(Mistake.Z_FOR_A, Mistake.TARGET_FOR_OUTPUT), verdict.candidates());
        assertTrue(verdict.toJson().endsWith("\"mistake\": \"ambiguous\", \"candidates\": [\"z_for_a\", "
                + "\"target_for_output\"]}"), verdict.toJson());
    }

    @Test
    void aMistakeThatChangesNothingIsNoDiagnosis() {
        // Inputs are their own z: z used for the inputs' a gives the right ∂J/∂w1, which is then simply right.
        Question w1 = Question.parameter(QuestionKind.GRADIENT, 1, 0, 0);
        assertTrue(ARTICLE.mistakenValues(w1).stream().noneMatch(v -> v.mistake() == Mistake.Z_FOR_A
                && v.value() == ARTICLE.expected(w1)));
        assertTrue(ARTICLE.check(w1, ONE.deltaH(0, 0) * ONE.x[0][0]).correct());
    }
}
