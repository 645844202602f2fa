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
    /** The settings of web/examples/score-collector.js's labs: a small network in "Your turn" mode. */
    private static final String LAB = "v=1&data=gauss&points=20&hidden=2&act=sigmoid&lr=0.5&batch=4&seed=3&speed=1&quiz=1";
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

    /**
     * A course page inside a frame (as in a learning platform) mounts labs: the one given {@code options.origin} posts
     * its events to the window around the page; one without it, or with an origin that is not one, posts nothing,
     * and the bad one says why in its notice.
     */
    @Test
    void aLabMountedInAFramedPagePostsToTheWindowAroundOnlyForTheOriginItWasGiven(Browser browser) {
        openCollector(browser);
        String origin = Lab.string(browser, "location.origin");
        browser.script("document.querySelector('[data-role=scored-frame]').src = '../index.html#data=xor';");
        browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("[data-role=scored-frame]")));
        try {
            browser.waitFor("return location.search === '' && !!(window.BackpropLab && window.BackpropLab.main);");
            browser.script("const state = arguments[0];"
                    + "const lab = (id, origin) => {"
                    + "  const div = document.createElement('div'); div.id = id; document.body.appendChild(div);"
                    + "  const options = {state: state, views: 'network', controls: 'phases'};"
                    + "  if (origin !== undefined) options.origin = origin;"
                    + "  window[id] = BackpropLab.mount(div, options);"
                    + "};"
                    + "lab('silent'); lab('refused', '*'); lab('told', arguments[1]);", LAB, origin);
            String notice = Lab.string(browser, "document.querySelector('#refused [data-role=notice]').textContent");
            assertTrue(notice.contains("The origin option must be") && notice.contains("\"*\""), notice);
            for (String lab : new String[] {"silent", "refused"}) {
                answerWrongInFrame(browser, lab);
            }
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        Lab.frames(browser, 10);
        assertEquals(0, received(browser, "received").size(), "no options.origin (or a bad one): nothing posted");
        browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("[data-role=scored-frame]")));
        try {
            answerWrongInFrame(browser, "told");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.waitFor("return window.received.length >= 2;");
        Lab.frames(browser, 10);
        JsonArray messages = received(browser, "received");
        assertEquals(2, messages.size(), messages.toString());
        assertEquals("answer", messages.get(0).asObject().get("type").asString());
        assertFalse(messages.get(0).asObject().get("correct").asBoolean());
        assertEquals("exercise-score", messages.get(1).asObject().get("type").asString());
        Lab.assertNoConsoleErrors(browser);
    }

    /** In the frame: ▶ in the lab mounted as window[id] until it asks, then an answer that is surely wrong. */
    private static void answerWrongInFrame(Browser browser, String id) {
        browser.script("document.querySelector('#' + arguments[0] + ' [data-role=phase-next]').click();", id);
        browser.waitFor("return window." + id + ".exercise() !== null;");
        assertFalse(Json.parse(Lab.string(browser, "window." + id + ".answer(12345)")).asObject().get("correct").asBoolean());
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
