package org.backproplab.optim;

/** The length check that every optimizer does before touching any array. */
abstract class AbstractOptimizer implements Optimizer {
    final int size;

    AbstractOptimizer(int parameterCount) {
        if (parameterCount < 0) {
            throw new IllegalArgumentException("an optimizer needs a parameter count >= 0, but got " + parameterCount);
        }
        this.size = parameterCount;
    }

    @Override
    public int parameterCount() {
        return size;
    }

    /** Throws (allocating only then) unless both arrays hold exactly {@link #size} values. */
    final void checkLengths(double[] parameters, double[] gradient) {
        if (parameters.length != size || gradient.length != size) {
            throw new IllegalArgumentException(kind().id() + " was created for " + size + " parameters, but got "
                    + parameters.length + " parameters and " + gradient.length + " gradient values");
        }
    }
}
