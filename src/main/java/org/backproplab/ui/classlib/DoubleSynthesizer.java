package org.backproplab.ui.classlib;

import org.teavm.jso.JSBody;

/**
 * Replaces TeaVM's own class of this name in the browser bundle (see DoubleAnalyzer here): instead of two
 * generated tables of 660 entries, the browser's own correctly rounded decimal reading, Number(text).
 * Only Double.parseDouble reaches it; the JVM never loads it. The contract TeaVM 0.16 relies on
 * (TDouble.parseDouble): the value is mantissa × 10^(exp − 18), mantissa read as an unsigned long of at
 * most 19 digits.
 */
public final class DoubleSynthesizer {
    private DoubleSynthesizer() {
    }

    public static double synthesizeDouble(long mantissa, int exp, boolean negative) {
        double magnitude = 0;
        if (mantissa != 0) {
            // Unsigned: all digits but the last from (mantissa >>> 1) / 5, then the last one.
            long leading = (mantissa >>> 1) / 5;
            int last = (int) (mantissa - leading * 10);
            magnitude = readNumber(leading + "" + last + "e" + (exp - 18));
        }
        return negative ? -magnitude : magnitude;
    }

    @JSBody(params = "text", script = "return Number(text);")
    private static native double readNumber(String text);
}
