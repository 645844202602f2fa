package org.backproplab.ui.classlib;

import org.teavm.jso.JSBody;

/**
 * Replaces TeaVM's own class of this name in the browser bundle (see BrowserNumberText). TeaVM's
 * version finds the shortest decimal digits of a double with two generated tables of 660
 * longs each, about 21 KB of JavaScript; the browser already knows the answer: Number.prototype
 * .toExponential() with no argument gives the shortest digits that read back as the same double (ECMAScript
 * Number::toString). Only Double.toString and StringBuilder.append(double) reach this class; the JVM never
 * loads it. The contract TeaVM 0.16 relies on (TAbstractStringBuilder.insert(int, double)): for a finite,
 * non-zero d, |d| = mantissa × 10^(exponent − 17) with 10^17 ≤ mantissa < 10^18; for ±0 both are 0; sign
 * is the sign bit. NaN and infinities never arrive here. BundleSizeIT checks the printed text in the
 * browser against the JVM's.
 */
public final class DoubleAnalyzer {
    public static final int DECIMAL_PRECISION = 18;
    public static final long DOUBLE_MAX_POS = 100000000000000000L;

    private DoubleAnalyzer() {
    }

    public static void analyze(double d, Result result) {
        result.sign = d < 0 || (d == 0 && 1 / d < 0);
        if (d == 0) {
            result.mantissa = 0;
            result.exponent = 0;
            return;
        }
        String text = shortestExponential(Math.abs(d));
        long mantissa = 0;
        int digits = 0;
        int k = 0;
        for (; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == 'e') {
                break;
            }
            if (c != '.') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
            }
        }
        for (; digits < DECIMAL_PRECISION; digits++) {
            mantissa *= 10;
        }
        boolean negativeExponent = text.charAt(k + 1) == '-';
        int exponent = 0;
        for (k += 2; k < text.length(); k++) {
            exponent = exponent * 10 + (text.charAt(k) - '0');
        }
        result.mantissa = mantissa;
        result.exponent = negativeExponent ? -exponent : exponent;
    }

    /**
     * "d.ddde±x" with the fewest digits that identify d (0.1 → "1e-1"); when one digit would do, the
     * two-digit decimal nearest d that still reads back as d, as Java prints it (Double.MIN_VALUE → "4.9e-324").
     */
    @JSBody(params = "d", script = "var s = d.toExponential(); if (s.indexOf('.') < 0) {"
            + " var two = d.toExponential(1); if (Number(two) === d) s = two; } return s;")
    private static native String shortestExponential(double d);

    public static class Result {
        public long mantissa;
        public int exponent;
        public boolean sign;
    }
}
