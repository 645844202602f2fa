package org.backproplab.ui.classlib;

import org.teavm.jso.JSBody;

/**
 * Double.parseDouble in the browser bundle (BrowserDoubleParsing puts a call to {@link #parse} in its
 * place; the JVM never loads this class): Java's grammar checked, then the browser's own correctly rounded
 * Number(text). TeaVM's own version reads the digits itself and matches "Infinity" and "NaN" with
 * String.regionMatches, which brings Character's lower-case table along. BundleSizeIT reads texts in the
 * browser and on the JVM and compares.
 */
public final class BrowserDouble {
    private BrowserDouble() {
    }

    public static double parse(String text) {
        String number = javaDecimal(text);
        if (number == null) {
            throw new NumberFormatException("For input string: \"" + text + "\"");
        }
        return readNumber(number);
    }

    /**
     * {@code text} without the leading and trailing characters up to ' ' and without a final f, F, d or D,
     * if it is a decimal Double.parseDouble accepts (sign, digits with at most one point and at least one
     * digit, optional exponent; or NaN or Infinity); otherwise null.
     */
    @JSBody(params = "text", script = "var t = text.replace(/^[\\x00-\\x20]+|[\\x00-\\x20]+$/g, '');"
            + "return /^[+-]?(NaN|Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[fFdD]?)$/.test(t)"
            + " ? t.replace(/[fFdD]$/, '') : null;")
    private static native String javaDecimal(String text);

    @JSBody(params = "text", script = "return Number(text);")
    private static native double readNumber(String text);
}
