package org.backproplab.cli;

/** Bad command-line input (options, files, their contents): the message goes to stderr and the exit code is 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
