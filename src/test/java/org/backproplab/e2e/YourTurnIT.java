package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Diagnosis;
import org.backproplab.exercise.Exercise;
import org.backproplab.exercise.Mistake;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * "Your turn" on the real page: before each phase the lab asks one quantity, and the values it expects are
 * those of the exercise engine run here in the test JVM on the weights and batch read from the page (a second,
 * JVM computation of the same iteration). A full iteration answered right through the answer field, then every
 * typical mistake answered on purpose. Screenshots target/screenshots/your-turn-*.
 */
@ExtendWith(BrowserExtension.class)
class YourTurnIT {
    /** A 2-2-1 sigmoid network with mse, a batch of 4, α = 0.5, in "Your turn" mode. */
    private static final String LAB = "data=gauss&points=20&hidden=2&act=sigmoid&lr=0.5&batch=4&seed=3&speed=1&quiz=1";
    private static final Shape SHAPE = Shape.of(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);

    private static void open(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#" + LAB));
        browser.waitFor("return !!document.querySelector('#lab [data-role=\"phase-next\"]');");
    }

    static Question openQuestion(Browser browser) {
        String json = Lab.string(browser, "BackpropLab.main.exercise()");
        if (json == null) {
            return null;
        }
        JsonObject q = Json.parse(json).asObject();
        QuestionKind kind = null;
        for (QuestionKind k : QuestionKind.values()) {
            if (k.id().equals(q.get("kind").asString())) {
                kind = k;
            }
        }
        return new Question(kind, q.get("layer").asInt(), q.get("neuron").asInt(), q.get("from").asInt(),
                q.get("example").asInt());
    }

    /** The iteration on screen as the engine sees it: the page's weights (before the update) and batch. */
    static Exercise exerciseOnScreen(Browser browser) {
        JsonObject batch = Json.parse(Lab.string(browser, "BackpropLab.main.exerciseBatch()")).asObject();
        JsonArray inputs = batch.get("inputs").asArray();
        JsonArray targets = batch.get("targets").asArray();
        int n = inputs.size();
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            x[2 * r] = inputs.get(r).asArray().get(0).asDouble();
            x[2 * r + 1] = inputs.get(r).asArray().get(1).asDouble();
            y[r] = targets.get(r).asArray().get(0).asDouble();
        }
        JsonArray weights = Json.parse(String.valueOf(browser.script(
                "return JSON.stringify(Array.from(BackpropLab.main.parameters()));"))).asArray();
        double[] parameters = new double[weights.size()];
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] = weights.get(k).asDouble();
        }
        Network network = new Network(SHAPE, Loss.MSE, Regularization.NONE);
        network.setParameters(parameters);
        return new Exercise(new Problem(network, new Dataset(2, 1, x, y), 0.5));
    }

    private static String typed(double value, QuestionKind kind) {
        if (kind == QuestionKind.DIRECTION) {
            return value > 0 ? "up" : "down";
        }
        return Double.toString(value);
    }

    private static long phase(Browser browser) {
        return (long) Lab.number(browser, "BackpropLab.main.phase()");
    }

    @Test
    void aFullIterationAnsweredRightRevealsEachPhaseAfterItsQuestion(Browser browser) {
        browser.emulateScreen(1280, 900, 1);
        open(browser);
        assertEquals("true", Lab.role(browser, "quiz-toggle").getAttribute("aria-pressed"));
        Lab.click(browser, "phase-next");
        assertEquals(1, phase(browser));
        Question first = openQuestion(browser);
        assertNotNull(first, "the forward pass waits for its question");
        assertTrue(Lab.string(browser, "BackpropLab.main.phaseCaption()").contains("Your turn first"));
        assertEquals("", Lab.text(browser, "phase-values"), "the forward pass's numbers stay hidden");
        browser.screenshot("your-turn-question");
        assertEquals("lab-answer", String.valueOf(browser.script("return document.activeElement.dataset.role === 'quiz-answer'"
                + " ? 'lab-answer' : document.activeElement.outerHTML;")), "the answer field has the focus");
        Lab.click(browser, "quiz-hint");
        assertEquals(1, browser.driver().findElements(org.openqa.selenium.By.cssSelector("#lab [data-role=quiz-hints] li")).size());
        assertEquals(List.of(), Axe.violations(browser), "axe with a question, a hint and the answer field open");
        Exercise exercise = exerciseOnScreen(browser);
        double[] updated = exercise.key().updated();
        int[] expectedPhase = {1, 2, 3, 4};
        for (int p = 0; p < 4; p++) {
            if (p > 0) {
                Lab.click(browser, "phase-next");
                assertEquals(expectedPhase[p - 1], phase(browser), "▶ first asks, then reveals");
            }
            Question q = openQuestion(browser);
            assertNotNull(q, "phase " + expectedPhase[p] + " has a question");
            double expected = exercise.expected(q);
            Lab.type(browser, "quiz-answer", typed(expected, q.kind()), Keys.ENTER);
            browser.waitFor("return BackpropLab.main.exercise() === null;");
            assertTrue(Lab.text(browser, "quiz-feedback").startsWith("Right"), Lab.text(browser, "quiz-feedback"));
            assertEquals(expectedPhase[p], phase(browser), "a right answer reveals its phase");
        }
        assertEquals("Score 4 of 4 · streak 4", Lab.text(browser, "quiz-score"));
        for (int k = 0; k < updated.length; k++) {
            assertEquals(updated[k], Lab.number(browser, "BackpropLab.main.parameter(" + k + ")"), 1e-12,
                    "the step the lab took is the engine's, weight " + k);
        }
        assertFalse(Lab.text(browser, "phase-values").isEmpty(), "gradient descent's numbers are shown");
        browser.screenshot("your-turn-revealed");
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void everyTypicalMistakeAnsweredOnPurposeIsNamed(Browser browser) {
        browser.emulateScreen(1280, 900, 1);
        open(browser);
        Set<Mistake> named = EnumSet.noneOf(Mistake.class);
        boolean typedOne = false;
        for (int iteration = 0; iteration < 12 && named.size() < Mistake.values().length; iteration++) {
            for (int p = 0; p < 4; p++) {
                Lab.click(browser, "phase-next");
                Question q = openQuestion(browser);
                assertNotNull(q);
                Exercise exercise = exerciseOnScreen(browser);
                for (Diagnosis.MistakenValue wrong : exercise.mistakenValues(q)) {
                    Answer verdict = exercise.check(q, wrong.value());
                    String json;
                    if (!typedOne) {
                        Lab.type(browser, "quiz-answer", typed(wrong.value(), q.kind()), Keys.ENTER);
                        typedOne = true;
                        json = null;
                    } else {
                        json = Lab.string(browser, "BackpropLab.main.answer(" + wrong.value() + ")");
                    }
                    String feedback = Lab.text(browser, "quiz-feedback");
                    assertTrue(feedback.startsWith("Not quite"), feedback);
                    if (verdict.mistake() != null) {
                        assertEquals(wrong.mistake(), verdict.mistake());
                        assertTrue(feedback.contains(wrong.mistake().explanation()), q + ": " + feedback);
                        if (json != null) {
                            JsonObject answer = Json.parse(json).asObject();
                            assertFalse(answer.get("correct").asBoolean());
                            assertEquals(wrong.mistake().id(), answer.get("mistake").asString());
                            assertEquals(exercise.expected(q), answer.get("expected").asDouble(), 0.0);
                        }
                        named.add(wrong.mistake());
                    } else {
                        assertTrue(verdict.candidates().contains(wrong.mistake()), "ambiguous, not guessed: " + q);
                        for (Mistake candidate : verdict.candidates()) {
                            assertTrue(feedback.contains(candidate.explanation()), feedback);
                        }
                        if (json != null) {
                            assertEquals("ambiguous", Json.parse(json).asObject().get("mistake").asString());
                        }
                    }
                    assertNotNull(openQuestion(browser), "a wrong answer keeps the question open");
                }
                JsonValue right = Json.parse(Lab.string(browser,
                        "BackpropLab.main.answer(" + exercise.expected(q) + ")"));
                assertTrue(right.asObject().get("correct").asBoolean(), q.toString());
            }
        }
        assertEquals(EnumSet.allOf(Mistake.class), named, "every typical mistake was made and named");
        assertEquals("{\"error\": \"“abc” is not an answer: type a number such as 0.25 or -1.5e-3 (for the "
                + "direction: up or down).\"}", answerWhenOpen(browser, "'abc'"));
        Lab.assertNoConsoleErrors(browser);
    }

    private static String answerWhenOpen(Browser browser, String argument) {
        Lab.click(browser, "phase-next");
        assertNotNull(openQuestion(browser));
        return Lab.string(browser, "BackpropLab.main.answer(" + argument + ")");
    }

    /** Whether the microscope shows "opens after your answer" instead of its numbers (and scripts get NaN). */
    private static boolean microscopeWaits(Browser browser) {
        boolean note = (Boolean) browser.script("var note = document.querySelector('#lab [data-role=\"microscope-after-answer\"]');"
                + "return !!note && note.offsetParent !== null;");
        boolean numbers = (Boolean) browser.script("var body = document.querySelector('#lab .blm-body');"
                + "return !!body && body.offsetParent !== null;");
        // NaN crosses WebDriver as null, so the page says which of the two it has
        boolean hidden = (Boolean) browser.script("return isNaN(BackpropLab.main.selectedGradient())"
                + " && isNaN(BackpropLab.main.selectedNextWeight());");
        boolean shown = (Boolean) browser.script("return isFinite(BackpropLab.main.selectedGradient())"
                + " && isFinite(BackpropLab.main.selectedNextWeight());");
        assertEquals(note, !numbers, "either the note or the numbers");
        assertTrue(note ? hidden : shown, "scripts get ∂J/∂w and the new weight only when the panel shows them");
        return note;
    }

    @Test
    void theMicroscopeKeepsItsNumbersWhileAQuestionWaits(Browser browser) {
        browser.emulateScreen(1280, 900, 1);
        Lab.open(browser, Lab.url("/index.html#" + LAB + "&w1=6"));
        browser.waitFor("return !!document.querySelector('#lab [data-role=\"phase-next\"]');");
        Lab.frames(browser, 2);
        assertFalse(microscopeWaits(browser), "no question yet: the microscope shows ∂J/∂w");
        for (int p = 0; p < 4; p++) {
            Lab.click(browser, "phase-next");
            Question q = openQuestion(browser);
            assertNotNull(q);
            Lab.frames(browser, 2);
            assertTrue(microscopeWaits(browser), q + " waits: the microscope's numbers are hidden");
            assertEquals(org.backproplab.state.text.MicroscopeText.AFTER_YOUR_ANSWER,
                    Lab.text(browser, "microscope-after-answer"));
            if (q.kind() == QuestionKind.NEW_WEIGHT) {
                browser.screenshot("your-turn-microscope-waits");
            }
            Exercise exercise = exerciseOnScreen(browser);
            String verdict = Lab.string(browser, "BackpropLab.main.answer(" + (q.kind() == QuestionKind.DIRECTION
                    ? "'" + typed(exercise.expected(q), q.kind()) + "'" : Double.toString(exercise.expected(q))) + ")");
            assertTrue(Json.parse(verdict).asObject().get("correct").asBoolean(), verdict);
            Lab.frames(browser, 2);
            assertFalse(microscopeWaits(browser), q + " answered: the microscope opens again");
        }
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void withTheModeOffNothingIsAsked(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#" + LAB.replace("quiz=1", "quiz=0")));
        Lab.click(browser, "phase-next");
        assertEquals(1, phase(browser));
        assertNull(Lab.string(browser, "BackpropLab.main.exercise()"));
        assertNull(Lab.string(browser, "BackpropLab.main.answer(1)"));
        assertFalse(Lab.text(browser, "phase-values").isEmpty());
        Lab.click(browser, "quiz-toggle");
        assertEquals("true", Lab.role(browser, "quiz-toggle").getAttribute("aria-pressed"));
        assertTrue(Lab.string(browser, "BackpropLab.main.state()").contains("quiz=1"));
        Lab.type(browser, "quiz-code", "  Ada ", Keys.ENTER);
        long seed = org.backproplab.exercise.StudentCode.seed("ada");
        assertTrue(Lab.string(browser, "BackpropLab.main.state()").contains("seed=" + seed + "&"),
                Lab.string(browser, "BackpropLab.main.state()"));
        assertEquals("New data and weights from code “Ada”. Press ▶ for the first question.",
                Lab.text(browser, "quiz-feedback"));
        assertFalse((Boolean) browser.script("return BackpropLab.main.stepping();"), "a new code starts a fresh iteration");
    }
}
