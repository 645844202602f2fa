package org.backproplab.exercise;

import java.util.List;

/**
 * The verdict on one answer: right or not, the expected value, and for a wrong answer the mistake that
 * reproduces it — null when none does, or, when several different mistakes give the same number,
 * {@link #ambiguous()} with all of them as candidates (never a guess). Immutable.
 */
public record Answer(boolean correct, double expected, Mistake mistake, List<Mistake> candidates) {
    public Answer {
        candidates = List.copyOf(candidates);
        if (mistake != null && !candidates.isEmpty()) {
            throw new IllegalArgumentException("an answer names one mistake or lists candidates, not both");
        }
    }

    /** Whether more than one mistake reproduces the answer. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }

    /**
     * {"correct": bool, "expected": value, "mistake": null | "name" | "ambiguous"}, with "candidates": ["name", …]
     * when ambiguous. A non-finite expected value (a cost that overflowed) is written as null.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"correct\": ").append(correct).append(", \"expected\": ")
                .append(Double.isFinite(expected) ? number(expected) : "null").append(", \"mistake\": ");
        if (mistake != null) {
            json.append('"').append(mistake.id()).append('"');
        } else if (ambiguous()) {
            json.append("\"ambiguous\", \"candidates\": [");
            for (int c = 0; c < candidates.size(); c++) {
                json.append(c == 0 ? "\"" : ", \"").append(candidates.get(c).id()).append('"');
            }
            json.append(']');
        } else {
            json.append("null");
        }
        return json.append('}').toString();
    }

    /** Shortest text that reads back as the same double, without a trailing ".0". */
    static String number(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
