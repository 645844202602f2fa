package org.backproplab.state.course;

import org.backproplab.state.course.CourseEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.util.List;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Mistake;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.junit.jupiter.api.Test;

class CourseEventsTest {
    @Test
    void messagesAreJsonObjectsWithTheirDocumentedFields() {
        JsonObject answer = Json.parse(CourseEvents.answer(Question.parameter(QuestionKind.GRADIENT, 2, 0, 1),
                new Answer(false, 0.25, Mistake.NO_DERIVATIVE, List.of()), 3, 5, 0)).asObject();
        assertEquals("backprop-lab", answer.get("source").asString());
        assertEquals("answer", answer.get("type").asString());
        assertEquals("gradient", answer.get("question").asObject().get("kind").asString());
        assertEquals(1, answer.get("question").asObject().get("from").asInt());
        assertFalse(answer.get("correct").asBoolean());
        assertEquals(0.25, answer.get("expected").asDouble());
        assertEquals("no_derivative", answer.get("mistake").asString());
        assertEquals(3, answer.get("right").asInt());
        assertEquals(5, answer.get("asked").asInt());
        assertEquals(0, answer.get("streak").asInt());

        JsonObject score = Json.parse(CourseEvents.score(3, 4, 2)).asObject();
        assertEquals("exercise-score", score.get("type").asString());
        assertEquals(0.75, score.get("score").asDouble());
        assertEquals(0, Json.parse(CourseEvents.score(0, 0, 0)).asObject().get("score").asDouble());

        JsonObject lesson = Json.parse(CourseEvents.lessonCompleted("cost", 2, 7)).asObject();
        assertEquals("lesson-completed", lesson.get("type").asString());
        assertEquals("cost", lesson.get("lesson").asString());
        assertFalse(lesson.get("all").asBoolean());
        assertTrue(Json.parse(CourseEvents.lessonCompleted("repeat", 7, 7)).asObject().get("all").asBoolean());
    }

    @Test
    void anOriginIsOneHttpOriginWrittenAsTheBrowserWritesIt() {
        assertEquals("https://course.example", CourseEvents.origin("https://Course.Example/"));
        assertEquals("http://localhost:8080", CourseEvents.origin("http://localhost:8080"));
        for (String bad : new String[] {"*", "", "course.example", "https://", "https://a.example/path",
            "https://a.example?x", "javascript:alert(1)", "https://a.example:", "https://a.example:123456",
            "ftp://a.example", "https://a b.example", "https://user@a.example"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CourseEvents.origin(bad), bad);
            assertTrue(e.getMessage().startsWith("origin= must be " + CourseEvents.ORIGIN_ALLOWED), e.getMessage());
            assertTrue(e.getMessage().endsWith("so no messages are sent to the host page"));
        }
        assertThrows(IllegalArgumentException.class, () -> CourseEvents.origin("https://" + "a".repeat(300)));
    }

    @Test
    void anOriginGivenToMountIsCheckedAlikeAndItsMessageNamesTheOption() {
        assertEquals("https://course.example", CourseEvents.origin("https://Course.Example/", "the origin option"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CourseEvents.origin("*", "the origin option"));
        assertEquals("the origin option must be " + CourseEvents.ORIGIN_ALLOWED + ", but is \"*\", so no messages are sent"
                + " to the host page", bad.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> CourseEvents.origin("https://" + "a".repeat(300), "the origin option"));
        assertTrue(tooLong.getMessage().startsWith("the origin option is 308 characters long (at most "
                + CourseEvents.MAX_ORIGIN_LENGTH + ")"), tooLong.getMessage());
    }

    @Test
    void theOriginIsReadFromThePageQuery() {
        assertEquals("https://c.example", CourseEvents.originInQuery("?embed=1&origin=https://c.example&views=cost"));
        assertNull(CourseEvents.originInQuery("?embed=1"));
        assertNull(CourseEvents.originInQuery(""));
    }

    @Test
    void aLessonIsFinishedByGoingOnFromItAndTheLastOneByClosingIt() {
        LessonProgress progress = new LessonProgress();
        Lesson[] lessons = Lessons.all();
        assertNull(progress.observe(lessons[0].id()));
        assertNull(progress.observe(lessons[0].id()));
        assertNull(progress.observe(""), "closing an early lesson finishes nothing");
        assertNull(progress.observe(lessons[1].id()));
        assertNull(progress.observe(lessons[0].id()), "going back finishes nothing");
        assertEquals(lessons[0].id(), progress.observe(lessons[1].id()));
        for (int k = 2; k < lessons.length; k++) {
            assertEquals(lessons[k - 1].id(), progress.observe(lessons[k].id()));
        }
        assertFalse(progress.allFinished());
        assertEquals(lessons[lessons.length - 1].id(), progress.observe(""));
        assertTrue(progress.allFinished());
        assertEquals(lessons.length, progress.finishedCount());
        assertNull(progress.observe(lessons[lessons.length - 1].id()));
        assertNull(progress.observe(""), "a lesson is finished once");
    }
}
