package org.backproplab.state.course;

import org.backproplab.state.EmbedOptions;
import org.backproplab.state.NumberText;
import org.backproplab.state.StateCodec;
import org.backproplab.exercise.Answer;
import org.backproplab.exercise.Question;

/**
 * What a lab tells the course page it is embedded in (docs/embedding.md, "Events"): the messages, as JSON
 * objects with {"source": "backprop-lab", "type": …}, and the host origin they may be posted to. The origin is
 * never "*": without a valid {@code origin=} nothing is posted to the parent window.
 */
public final class CourseEvents {
    /** Every message's "source". */
    public static final String SOURCE = "backprop-lab";
    /** The longest origin read. */
    public static final int MAX_ORIGIN_LENGTH = 200;
    /** What an origin may be, for the message about one that is not. */
    public static final String ORIGIN_ALLOWED = "http:// or https://, a host name and an optional :port, nothing after it "
            + "(e.g. https://course.example)";

    private CourseEvents() {
    }

    /** {"source", "type": "answer", "question": {…}, "correct", "expected", "mistake", "right", "asked", "streak"}. */
    public static String answer(Question question, Answer answer, int right, int asked, int streak) {
        String verdict = answer.toJson();
        return head("answer") + ", \"question\": " + question.toJson() + ", " + verdict.substring(1, verdict.length() - 1)
                + ", \"right\": " + right + ", \"asked\": " + asked + ", \"streak\": " + streak + "}";
    }

    /** {"source", "type": "exercise-score", "right", "asked", "streak", "score": right/asked (0 when none asked)}. */
    public static String score(int right, int asked, int streak) {
        double score = asked == 0 ? 0 : (double) right / asked;
        return head("exercise-score") + ", \"right\": " + right + ", \"asked\": " + asked + ", \"streak\": " + streak
                + ", \"score\": " + NumberText.format(score) + "}";
    }

    /** {"source", "type": "lesson-completed", "lesson": id, "completed": k, "total": n, "all": k == n}. */
    public static String lessonCompleted(String lesson, int completed, int total) {
        return head("lesson-completed") + ", \"lesson\": \"" + lesson + "\", \"completed\": " + completed
                + ", \"total\": " + total + ", \"all\": " + (completed == total) + "}";
    }

    private static String head(String type) {
        return "{\"source\": \"" + SOURCE + "\", \"type\": \"" + type + "\"";
    }

    /** The value of {@code origin=} in a page's query (decoded), or null when the key is absent. */
    public static String originInQuery(String query) {
        if (query == null || query.length() > EmbedOptions.MAX_LENGTH) {
            return null;
        }
        String body = query.startsWith("?") ? query.substring(1) : query;
        String found = null;
        for (String pair : StateCodec.split(body, '&')) {
            if (pair.startsWith("origin=")) {
                found = pair.substring("origin=".length());
            }
        }
        return found;
    }

    /**
     * The origin a host page gave, as the browser writes origins (scheme and host in lower case, no trailing
     * slash).
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not a single http(s) origin
     */
    public static String origin(String text) {
        return origin(text, "origin=");
    }

    /**
     * As {@link #origin(String)}, for an origin given as {@code name} (the link key {@code origin=}, or
     * the origin option of {@code BackpropLab.mount}), which the message names.
     */
    public static String origin(String text, String name) {
        String t = text == null ? "" : text.trim();
        if (t.length() > MAX_ORIGIN_LENGTH) {
            throw new IllegalArgumentException(name + " is " + t.length() + " characters long (at most "
                    + MAX_ORIGIN_LENGTH + "), so no messages are sent to the host page");
        }
        String lower = lowerAscii(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
        int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        boolean ok = start > 0 && lower.length() > start;
        int colon = -1;
        for (int k = Math.max(start, 0); ok && k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c == ':' && colon < 0 && k > start) {
                colon = k;
            } else if (colon >= 0) {
                ok = c >= '0' && c <= '9' && k - colon <= 5;
            } else {
                ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
            }
        }
        if (ok && colon >= 0 && colon == lower.length() - 1) {
            ok = false;
        }
        if (!ok) {
            throw new IllegalArgumentException(name + " must be " + ORIGIN_ALLOWED + ", but is \""
                    + NumberText.shorten(t) + "\", so no messages are sent to the host page");
        }
        return lower;
    }

    private static String lowerAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
