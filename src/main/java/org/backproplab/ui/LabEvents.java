package org.backproplab.ui;

import org.backproplab.state.course.CourseEvents;
import org.backproplab.state.course.LessonProgress;
import org.backproplab.state.course.Lessons;
import org.backproplab.ui.lab.LabView;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Sends a lab's {@link CourseEvents} to its page: a {@code backprop-lab} CustomEvent on the lab's element (script
 * embeds; it bubbles), and, when the lab's page sits in a frame and an origin was given (the link's {@code origin=}
 * or {@code mount}'s {@code options.origin}), a postMessage to the parent window for that origin only. The lesson shown is looked at once per animation frame, as
 * the lesson card follows it.
 */
final class LabEvents {
    private final LabHandle handle;
    private final LabView view;
    private final String origin;
    private final LessonProgress lessons = new LessonProgress();

    private LabEvents(LabHandle handle, LabView view, String origin) {
        this.handle = handle;
        this.view = view;
        this.origin = origin;
    }

    /** Starts sending the lab's events; {@code origin} is a checked origin ({@link CourseEvents#origin}) or null. */
    static LabEvents attach(LabHandle handle, LabView view, String origin) {
        LabEvents events = new LabEvents(handle, view, origin);
        view.phaseBar().quiz().setEvents(events::send);
        lessons(events);
        return events;
    }

    private static void lessons(LabEvents events) {
        events.lessons.observe(events.view.state().lesson());
        Window.requestAnimationFrame(time -> events.lookAtLessons());
    }

    private void lookAtLessons() {
        if (handle.destroyed()) {
            return;
        }
        Window.requestAnimationFrame(time -> lookAtLessons());
        String finished = lessons.observe(view.state().lesson());
        if (finished != null) {
            send(CourseEvents.lessonCompleted(finished, lessons.finishedCount(), Lessons.count()));
        }
    }

    /** Lessons finished in this lab so far. */
    LessonProgress progress() {
        return lessons;
    }

    private void send(String json) {
        dispatch(view.root(), json, origin);
    }

    @JSBody(params = {"root", "json", "origin"}, script = "root.dispatchEvent(new CustomEvent('backprop-lab', "
            + "{detail: JSON.parse(json), bubbles: true}));"
            + "if (origin && window.parent && window.parent !== window) { window.parent.postMessage(JSON.parse(json), origin); }")
    private static native void dispatch(HTMLElement root, String json, String origin);
}
