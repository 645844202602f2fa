package org.backproplab.exercise;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.core.Shape;

/**
 * One way of getting an iteration wrong, as {@link HandPass} recomputes it: which f′ is left out or taken at the
 * wrong value, whether z stands in for the output a, which term of a Σ w·δ is dropped, whether the batch is
 * summed instead of averaged, which activation multiplies δ in ∂J/∂w, and the sign of the update. Each carries
 * the {@link Mistake} it is named by; {@link #RIGHT} is none.
 */
record Variant(Mistake mistake, Slope output, Slope hidden, boolean outputFromZ, int skipLayer, int skipTerm,
        boolean summed, GradientFactor factor, boolean signFlipped) {

    /** How f′(z) enters δ. */
    enum Slope {
        /** f′(z), from z and a. */
        RIGHT,
        /** Left out (taken as 1). */
        LEFT_OUT,
        /** The formula in a (a·(1 − a), 1 − a²) with z put in place of a. */
        FROM_Z,
        /** The formula in a with the target put in place of a (output layer only). */
        FROM_TARGET
    }

    /** What δ is multiplied by in ∂J/∂w = δ·(the activation the weight starts from). */
    enum GradientFactor {
        /** a of the neuron the weight comes from. */
        FROM_A,
        /** z of the neuron the weight comes from. */
        FROM_Z,
        /** a of the neuron the weight leads into (the wrong layer). */
        OWN_A
    }

    static final Variant RIGHT = new Variant(null, Slope.RIGHT, Slope.RIGHT, false, -1, -1, false,
            GradientFactor.FROM_A, false);

    private Variant with(Mistake named, Slope out, Slope hid) {
        return new Variant(named, out, hid, outputFromZ, skipLayer, skipTerm, summed, factor, signFlipped);
    }

    /** Every single mistake {@link Diagnosis} tries on a network of {@code shape}. */
    static List<Variant> all(Shape shape) {
        List<Variant> variants = new ArrayList<>();
        for (Mistake m : new Mistake[] {Mistake.NO_DERIVATIVE, Mistake.Z_FOR_A}) {
            Slope slope = m == Mistake.NO_DERIVATIVE ? Slope.LEFT_OUT : Slope.FROM_Z;
            variants.add(RIGHT.with(m, slope, Slope.RIGHT));
            variants.add(RIGHT.with(m, Slope.RIGHT, slope));
            variants.add(RIGHT.with(m, slope, slope));
        }
        variants.add(new Variant(Mistake.Z_FOR_A, Slope.RIGHT, Slope.RIGHT, true, -1, -1, false,
                GradientFactor.FROM_A, false));
        variants.add(new Variant(Mistake.Z_FOR_A, Slope.RIGHT, Slope.RIGHT, false, -1, -1, false,
                GradientFactor.FROM_Z, false));
        variants.add(new Variant(Mistake.NO_BATCH_MEAN, Slope.RIGHT, Slope.RIGHT, false, -1, -1, true,
                GradientFactor.FROM_A, false));
        variants.add(new Variant(Mistake.SIGN_FLIPPED, Slope.RIGHT, Slope.RIGHT, false, -1, -1, false,
                GradientFactor.FROM_A, true));
        variants.add(RIGHT.with(Mistake.TARGET_FOR_OUTPUT, Slope.FROM_TARGET, Slope.RIGHT));
        for (int l = 1; l < shape.layerCount() - 1; l++) {
            if (shape.size(l + 1) >= 2) {
                for (int k = 0; k < shape.size(l + 1); k++) {
                    variants.add(new Variant(Mistake.MISSING_TERM, Slope.RIGHT, Slope.RIGHT, false, l, k, false,
                            GradientFactor.FROM_A, false));
                }
            }
        }
        variants.add(new Variant(Mistake.WRONG_LAYER, Slope.RIGHT, Slope.RIGHT, false, -1, -1, false,
                GradientFactor.OWN_A, false));
        return variants;
    }
}
