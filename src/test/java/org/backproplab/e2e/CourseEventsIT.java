package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import org.backproplab.exercise.Exercise;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.state.course.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What a course page receives (web/examples/score-collector.html): postMessage events from an iframe told the
 * page's origin, CustomEvents from a lab mounted by script, nothing posted without an origin, and a
 * lesson-completed event when a student goes on from a lesson.
 */
@ExtendWith(BrowserExtension.class)
class CourseEventsIT {
    private static void openCollector(Browser browser) {
        browser.open("about:blank");
        browser.open(Lab.url("/examples/score-collector.html"));
        browser.waitFor("return !!window.mountedLab && !!document.querySelector('[data-role=scored-frame]').src;");
    }

    private static JsonArray received(Browser browser, String name) {
        return Json.parse((String) browser.script("return JSON.stringify(window." + name + ");")).asArray();
    }

    /** In the frame: ▶ to the first question, typed right (the engine's value); returns what the verdict must be. */
    private static JsonObject answerFirstQuestionInFrame(Browser browser) {
        browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("[data-role=scored-frame]")));
        try {
            browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main)"
                    + " && !!document.querySelector('#lab [data-role=\"phase-next\"]');");
            Lab.click(browser, "phase-next");
            Question q = YourTurnIT.openQuestion(browser);
            assertNotNull(q);
            Exercise exercise = YourTurnIT.exerciseOnScreen(browser);
            assertTrue(q.kind() == QuestionKind.Z || q.kind() == QuestionKind.A, "the forward pass asks z or a");
            // typed, as a student does: Enter must work in a frame sandboxed without allow-forms
            Lab.type(browser, "quiz-answer", Double.toString(exercise.expected(q)), Keys.ENTER);
            browser.waitFor("return BackpropLab.main.exercise() === null;");
            return Json.parse("{\"correct\": true, \"expected\": " + exercise.expected(q) + "}").asObject();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void anIframeToldThePagesOriginPostsEachAnswerAndTheScore(Browser browser) {
        openCollector(browser);
        JsonObject verdict = answerFirstQuestionInFrame(browser);
        assertTrue(verdict.get("correct").asBoolean());
        browser.waitFor("return window.received.length >= 2;");
        JsonArray messages = received(browser, "received");
        assertEquals(2, messages.size(), messages.toString());
        JsonObject answer = messages.get(0).asObject();
        assertEquals("backprop-lab", answer.get("source").asString());
        assertEquals("answer", answer.get("type").asString());
        assertTrue(answer.get("correct").asBoolean());
        assertEquals(verdict.get("expected").asDouble(), answer.get("expected").asDouble(), 0.0);
        assertTrue(answer.get("mistake").isNull());
        String kind = answer.get("question").asObject().get("kind").asString();
        assertTrue(kind.equals("z") || kind.equals("a"), kind);
        JsonObject score = messages.get(1).asObject();
        assertEquals("exercise-score", score.get("type").asString());
        assertEquals(1, score.get("right").asInt());
        assertEquals(1, score.get("asked").asInt());
        assertEquals(1.0, score.get("score").asDouble(), 0.0);
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void withoutAnOriginNothingIsPosted(Browser browser) {
        openCollector(browser);
        browser.script("const f = document.querySelector('[data-role=scored-frame]');"
                + "f.src = f.src.replace(/origin=[^&#]*&?/, '');");
        browser.waitFor("return document.querySelector('[data-role=scored-frame]').src.indexOf('origin=') < 0;");
        JsonObject verdict = answerFirstQuestionInFrame(browser);
        assertTrue(verdict.get("correct").asBoolean());
        Lab.frames(browser, 10);
        assertEquals(0, received(browser, "received").size(), "no origin, no postMessage");
    }

    @Test
    void aLabMountedByScriptSendsEventsOnItsElement(Browser browser) {
        openCollector(browser);
        browser.driver().findElement(By.cssSelector("#mounted-lab [data-role='phase-next']")).click();
        browser.waitFor("return window.mountedLab.exercise() !== null;");
        JsonObject verdict = Json.parse(Lab.string(browser, "window.mountedLab.answer(12345)")).asObject();
        assertFalse(verdict.get("correct").asBoolean());
        browser.waitFor("return window.mountedEvents.length >= 2;");
        JsonArray events = received(browser, "mountedEvents");
        JsonObject answer = events.get(0).asObject();
        assertEquals("answer", answer.get("type").asString());
        assertFalse(answer.get("correct").asBoolean());
        assertEquals(verdict.get("expected").asDouble(), answer.get("expected").asDouble(), 0.0);
        assertEquals(0, events.get(1).asObject().get("right").asInt());
        assertEquals(0, received(browser, "received").size(), "the mounted lab posts nothing to other windows");
        // Show me on the next question: the score changes without an answer, and is sent
        browser.driver().findElement(By.cssSelector("#mounted-lab [data-role='quiz-show']")).click();
        browser.driver().findElement(By.cssSelector("#mounted-lab [data-role='phase-next']")).click();
        browser.waitFor("return window.mountedLab.exercise() !== null;");
        browser.driver().findElement(By.cssSelector("#mounted-lab [data-role='quiz-show']")).click();
        browser.waitFor("return window.mountedEvents.length >= 4;");
        JsonArray all = received(browser, "mountedEvents");
        assertEquals(4, all.size(), all.toString());
        JsonObject afterShowMe = all.get(3).asObject();
        assertEquals("exercise-score", afterShowMe.get("type").asString());
        assertEquals(0, afterShowMe.get("right").asInt());
        assertEquals(2, afterShowMe.get("asked").asInt());
    }

    @Test
    void goingOnFromALessonCompletesIt(Browser browser) {
        String first = Lessons.get(0).id();
        Lab.open(browser, Lab.url("/index.html#lesson=" + first));
        browser.script("window.labEvents = []; document.getElementById('lab').addEventListener('backprop-lab',"
                + " e => window.labEvents.push(e.detail));");
        browser.waitFor("return !!document.querySelector('#lab [data-role=\"lesson-next\"]');");
        Lab.click(browser, "lesson-next");
        browser.waitFor("return window.labEvents.length >= 1;");
        JsonObject event = received(browser, "labEvents").get(0).asObject();
        assertEquals("lesson-completed", event.get("type").asString());
        assertEquals(first, event.get("lesson").asString());
        assertEquals(1, event.get("completed").asInt());
        assertEquals(Lessons.count(), event.get("total").asInt());
        assertFalse(event.get("all").asBoolean());
    }
}
