package org.backproplab.ui.lessons;

import org.backproplab.ui.host.LabHost;
import org.backproplab.ui.dom.Dom;
import org.backproplab.ui.dom.Guard;

import org.backproplab.state.AppState;
import org.backproplab.state.course.Lesson;
import org.backproplab.state.course.Lessons;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The guided lessons ({@link Lessons}): a small card with "lesson 3 of 7", the title, the text and one
 * thing to do, and Back / Next / Close. Opening a lesson (by a button or a link) sets its whole lab and fresh
 * weights from its seed through {@link LabHost#change} (so the address holds {@code lesson=<id>}) and outlines the part of the page it is about. Close keeps the lab
 * as it is and clears the lesson. An address with {@code lesson=<id>} opens the card at that lesson.
 */
public final class LessonGuide {
    /** Lessons whose task is to step through the four phases: the phase stepper is on for them. */
    private static final String[] PHASE_LESSONS = {"cost", "backpropagation", "gradient-descent"};
    private static final String HIGHLIGHT = "bls-highlight";
    /** The microscope's slice drawing, there once the microscope's bundle has built the panel. */
    private static final String SLICE_STAGE = "[data-role=\"microscope\"] .blm-stage";
    private static final String COLLAPSED = "bls-lesson-collapsed";

    private final LabHost view;
    private final HTMLElement labRoot;
    private final HTMLButtonElement openButton;
    private final HTMLElement card;
    private final HTMLElement count;
    private final HTMLElement title;
    private final HTMLElement text;
    private final HTMLElement task;
    private final HTMLButtonElement backButton;
    private final HTMLButtonElement nextButton;
    /** Folds the card to its title line and back, so a phone shows more of what the lesson is about. */
    private final HTMLButtonElement collapseButton;
    private HTMLElement[] highlighted = new HTMLElement[0];
    /** The lesson outlines the slice, which is not there yet (the panel is outlined meanwhile). */
    private boolean sliceAwaited;
    private String shownLesson = "";

    public LessonGuide(HTMLElement labRoot, LabHost view, Guard guard) {
        this.labRoot = labRoot;
        this.view = view;
        openButton = (HTMLButtonElement) Dom.role(labRoot, "lessons-button");
        card = Dom.element("section", "bls-lesson", labRoot);
        card.setAttribute("data-role", "lesson-card");
        card.setAttribute("aria-label", "Guided lesson");
        card.setHidden(true);
        collapseButton = button("▾", "lesson-collapse", card);
        collapseButton.getClassList().add("bls-lesson-collapse");
        count = Dom.element("p", "bls-lesson-count", card);
        count.setAttribute("data-role", "lesson-count");
        title = Dom.element("h2", "bls-lesson-title", card);
        title.setAttribute("tabindex", "-1");
        title.setAttribute("data-role", "lesson-title");
        text = Dom.element("p", "bls-lesson-text", card);
        HTMLElement taskLine = Dom.element("p", "bls-lesson-task", card);
        Dom.span("bls-lesson-try", "Try it: ", taskLine);
        task = Dom.span("", "", taskLine);
        HTMLElement buttons = Dom.element("div", "bls-lesson-buttons", card);
        backButton = button("◀ Back", "lesson-back", buttons);
        nextButton = button("Next ▶", "lesson-next", buttons);
        HTMLButtonElement close = button("Close", "lesson-close", buttons);
        close.setTitle("Leave the lessons; the lab stays as it is");

        guard.listen(openButton, "click", "opening the lessons", (Event e) -> {
            if (card.isHidden()) {
                open(Math.max(0, Lessons.indexOf(view.state().lesson())));
            } else {
                close();
            }
        });
        setCollapsed(false);
        guard.listen(collapseButton, "click", "folding the lesson card",
                (Event e) -> setCollapsed(!card.getClassList().contains(COLLAPSED)));
        guard.listen(backButton, "click", "going to the previous lesson", (Event e) -> open(index() - 1));
        guard.listen(nextButton, "click", "going to the next lesson", (Event e) -> open(index() + 1));
        guard.listen(close, "click", "closing the lessons", (Event e) -> close());
        guard.listen(card, "keydown", "a key in the lesson", (KeyboardEvent e) -> {
            if ("Escape".equals(e.getKey())) {
                e.stopPropagation();
                close();
            }
        });
    }

    private static HTMLButtonElement button(String label, String role, HTMLElement parent) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", "bl-button", parent);
        button.setType("button");
        button.setTextContent(label);
        button.setAttribute("data-role", role);
        return button;
    }

    private void setCollapsed(boolean collapsed) {
        Dom.setClass(card, COLLAPSED, collapsed);
        collapseButton.setTextContent(collapsed ? "▴" : "▾");
        collapseButton.setAttribute("aria-expanded", collapsed ? "false" : "true");
        String label = collapsed ? "Show the whole lesson" : "Fold the lesson to one line";
        collapseButton.setAttribute("aria-label", label);
        collapseButton.setTitle(label);
    }

    private int index() {
        return Lessons.indexOf(shownLesson);
    }

    /** Opens lesson {@code index} (0-based): its whole lab with fresh weights, its card, its highlight. */
    void open(int index) {
        if (index < 0 || index >= Lessons.count()) {
            return;
        }
        Lesson lesson = Lessons.get(index);
        view.setPlaying(false);
        view.setStepping(false);
        // as Lessons.start: the lesson's settings, then its seed's weights
        view.change(Lessons.opening(lesson));
        restart(lesson);
        show(index);
        title.focus();
    }

    /** The lesson's weights from its seed (whatever training came before), stepping by phase where it does. */
    private void restart(Lesson lesson) {
        view.lab().reset();
        view.updateDivergence();
        if (stepsByPhase(lesson)) {
            view.setStepping(true);
        }
    }

    /** Leaves the lessons: the lab stays as it is, the lesson is cleared. */
    void close() {
        hide();
        view.change(view.state().withLesson(""));
        openButton.focus();
    }

    /** Follows the lesson in the settings (an address with lesson=…, or the back button); cheap when unchanged. */
    public void sync(AppState state) {
        String lesson = state.lesson();
        if (lesson.equals(shownLesson)) {
            if (sliceAwaited && labRoot.querySelector(SLICE_STAGE) != null) {
                // the microscope's bundle has arrived since the lesson opened it: outline its slice, not the panel
                highlight(Lesson.SLICE);
            }
            return;
        }
        int index = Lessons.indexOf(lesson);
        if (index < 0) {
            hide();
        } else {
            view.setPlaying(false);
            view.setStepping(false);
            restart(Lessons.get(index));
            show(index);
        }
    }

    private static boolean stepsByPhase(Lesson lesson) {
        for (String id : PHASE_LESSONS) {
            if (id.equals(lesson.id())) {
                return true;
            }
        }
        return false;
    }

    private void show(int index) {
        Lesson lesson = Lessons.get(index);
        shownLesson = lesson.id();
        count.setTextContent("Lesson " + (index + 1) + " of " + Lessons.count());
        title.setTextContent(lesson.title());
        text.setTextContent(lesson.text());
        task.setTextContent(lesson.task());
        backButton.setDisabled(index == 0);
        nextButton.setDisabled(index == Lessons.count() - 1);
        card.setHidden(false);
        card.setAttribute("data-lesson", lesson.id());
        openButton.setAttribute("aria-expanded", "true");
        highlight(lesson.highlight());
    }

    private void hide() {
        shownLesson = "";
        card.setHidden(true);
        openButton.setAttribute("aria-expanded", "false");
        highlight(null);
    }

    /** Outlines the part of the page the lesson is about; null removes the outline. */
    private void highlight(String area) {
        sliceAwaited = false;
        for (HTMLElement element : highlighted) {
            element.getClassList().remove(HIGHLIGHT);
        }
        highlighted = area == null ? new HTMLElement[0] : targets(area);
        for (HTMLElement element : highlighted) {
            element.getClassList().add(HIGHLIGHT);
        }
        if (highlighted.length > 0) {
            revealAboveCard(highlighted[0], card);
        }
    }

    /**
     * On a phone the card is pinned to the bottom of the screen: scroll the highlighted part to the top so
     * that both are in view. (On wide screens the card sits over the controls and nothing scrolls.) Two frames
     * later: the lesson's lab (the stepper, the microscope) is laid out by the next frame, not yet now.
     */
    @JSBody(params = {"element", "card"}, script = "requestAnimationFrame(function() { requestAnimationFrame("
            + "function() { if (getComputedStyle(card).position === 'fixed' && element.scrollIntoView) {"
            + " element.scrollIntoView({block: 'start'}); } }); });")
    private static native void revealAboveCard(HTMLElement element, HTMLElement card);

    private HTMLElement[] targets(String area) {
        switch (area) {
            case Lesson.ALPHA: {
                HTMLElement field = labRoot.querySelector("[data-role=\"lr\"]");
                HTMLElement slider = labRoot.querySelector("[data-role=\"lr-slider\"]");
                if (field != null && slider != null) {
                    return new HTMLElement[] {(HTMLElement) field.getParentNode(), (HTMLElement) slider.getParentNode()};
                }
                return panel("network");
            }
            case Lesson.SLICE: {
                // The slice's drawing, the part to watch: the whole microscope is taller than a phone's screen.
                HTMLElement slice = labRoot.querySelector(SLICE_STAGE);
                sliceAwaited = slice == null;
                if (slice != null) {
                    return new HTMLElement[] {slice};
                }
                for (String role : new String[] {"microscope-panel", "microscope", "slice-panel", "slice"}) {
                    HTMLElement found = labRoot.querySelector("[data-role=\"" + role + "\"]");
                    if (found != null) {
                        return new HTMLElement[] {found};
                    }
                }
                return panel("network");
            }
            case Lesson.STEPPER:
                return new HTMLElement[] {Dom.role(labRoot, "phase-bar")};
            default:
                return panel(area);
        }
    }

    private HTMLElement[] panel(String area) {
        HTMLElement found = labRoot.querySelector("[data-role=\"" + area + "-panel\"]");
        return found == null ? new HTMLElement[0] : new HTMLElement[] {found};
    }
}
