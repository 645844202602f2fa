package org.backproplab.state.text;

import org.backproplab.state.NumberText;
import org.backproplab.state.Sentence;

/**
 * What the lab says about a CSV file of points the user loads: while it is read, why it was refused (the
 * data then stays as it was), and how many points it brought.
 */
public final class CsvMessages {
    private CsvMessages() {
    }

    /** "Reading points.csv…". */
    public static String reading(String file) {
        return "Reading " + file + "…";
    }

    /** A refusal before reading ({@code problem} names the file itself), e.g. a file too large. */
    public static String refused(String problem) {
        return Sentence.capitalized(problem) + ". The data is unchanged.";
    }

    /** The browser could not read the file. */
    public static String unreadable(String file, String reason) {
        return file + " could not be read: " + reason + ". The data is unchanged.";
    }

    /** The file was read but its content is refused. */
    public static String rejected(String file, String problem) {
        return file + ": " + problem + ". The data is unchanged.";
    }

    /** The points were loaded and split into {@code train} and {@code test}. */
    public static String loaded(String file, int points, int train, int test) {
        return "Loaded " + NumberText.grouped(points) + " points from " + file + " (" + NumberText.grouped(train)
                + " to train on, " + NumberText.grouped(test) + " to test). Changing a Data setting brings back the "
                + "generated points.";
    }
}
