package org.backproplab.export;

/**
 * The lab's own run, whose results a script checks, left the finite numbers: there is nothing to compare.
 * Not the input's fault in form, only in size (usually the learning rate).
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TrainingDivergedException(String message) {
        super(message);
    }
}
