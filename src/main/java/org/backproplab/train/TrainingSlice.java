package org.backproplab.train;

import org.backproplab.core.Shape;

/**
 * How many examples one slice of a batch holds, when a step or a Hessian-vector product over many examples is
 * spread over animation frames: about {@value #MULTIPLY_ADDS} multiply-adds, which the browser does in well
 * under a millisecond, so a frame's budget is checked often enough to hold. Backpropagation costs about three
 * multiply-adds per parameter and example (forward W·a, backward Wᵀδ and δ·aᵀ); a Hessian-vector product about
 * twice that. Small networks get slices larger than any batch, so their steps are never split.
 */
public final class TrainingSlice {
    /** The work of one slice, in multiply-adds. */
    public static final int MULTIPLY_ADDS = 1 << 17;

    private TrainingSlice() {
    }

    /** Examples per slice of backpropagation on {@code shape}: at least 1. */
    public static int examples(Shape shape) {
        return Math.max(1, MULTIPLY_ADDS / (3 * shape.parameterCount()));
    }

    /** Examples per slice of forward passes alone (measuring J): about a third of backpropagation's work. */
    public static int forwardExamples(Shape shape) {
        return Math.max(1, MULTIPLY_ADDS / shape.parameterCount());
    }

    /** Examples per slice of a Hessian-vector product on {@code shape}: at least 1. */
    public static int hessianExamples(Shape shape) {
        return Math.max(1, MULTIPLY_ADDS / (6 * shape.parameterCount()));
    }
}
