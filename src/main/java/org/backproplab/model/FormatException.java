package org.backproplab.model;

/**
 * A model or data file that cannot be used, with a message that names the broken fact and where it is
 * (a JSON path such as {@code weights[0][1][0]}, or a line and column). The message is meant for the person
 * who wrote the file: show it as is.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }
}
