package org.backproplab.state.course;

/**
 * Which guided lessons a student has finished, from the lesson the lab shows ({@link AppState#lesson()}, "" for
 * none), looked at again and again: a lesson is finished when the student goes on from it to the next one
 * (Next), and the last lesson when it is closed after being shown. Jumping back, or closing an earlier
 * lesson, finishes nothing. Nothing reads the course ({@link Lessons}, whose index takes a while to build) until a
 * lesson is shown: a lab that never opens the lessons never builds it.
 */
public final class LessonProgress {
    /** Per lesson, whether it is finished; made when a lesson is first shown. */
    private boolean[] finished;
    private String shown = "";
    private int finishedCount;

    /** Notes the lesson shown now; returns the id of the lesson this finished, or null. */
    public String observe(String lesson) {
        String now = lesson == null ? "" : lesson;
        if (now.equals(shown)) {
            return null;
        }
        if (finished == null) {
            finished = new boolean[Lessons.count()];
        }
        int before = Lessons.indexOf(shown);
        int after = Lessons.indexOf(now);
        shown = now;
        boolean wentOn = before >= 0 && after == before + 1;
        boolean closedLast = before == Lessons.count() - 1 && now.isEmpty();
        if ((wentOn || closedLast) && !finished[before]) {
            finished[before] = true;
            finishedCount++;
            return Lessons.get(before).id();
        }
        return null;
    }

    /** Lessons finished so far. */
    public int finishedCount() {
        return finishedCount;
    }

    /** Whether every lesson has been finished. */
    public boolean allFinished() {
        return finishedCount == Lessons.count();
    }
}
