package org.backproplab.ui.classlib;

import org.teavm.jso.JSBody;

/**
 * Java's double ↔ text in the browser bundle (BrowserDoubleText puts calls of these methods in the place of
 * TeaVM's own; the JVM never loads this class), done by the browser's own correctly rounded conversions:
 * TeaVM's find the shortest digits with two generated tables of 660 longs each, and its reader matches
 * "Infinity" and "NaN" with String.regionMatches, which brings Character's lower-case table along.
 * BundleSizeIT prints and reads doubles in the browser and on the JVM and compares.
 */
public final class BrowserDouble {
    private BrowserDouble() {
    }

    /** Double.parseDouble(text). */
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

    /**
     * Double.toString(d): the fewest digits that read back as d (toExponential() with no argument; when
     * that is one digit, two if they still read back as d, as Java prints Double.MIN_VALUE "4.9E-324"),
     * plain from 10^-3 up to 10^7 ("0.001", "100.0"), else "d.dddE±n" ("1.0E-4", "1.5E7").
     */
    @JSBody(params = "d", script = "if (d !== d) return 'NaN';"
            + "if (d === Infinity || d === -Infinity) return d > 0 ? 'Infinity' : '-Infinity';"
            + "var sign = d < 0 || 1 / d < 0 ? '-' : '', a = Math.abs(d);"
            + "if (a === 0) return sign + '0.0';"
            + "var s = a.toExponential();"
            + "if (s.indexOf('.') < 0) { var two = a.toExponential(1); if (Number(two) === a) s = two; }"
            + "var e = s.indexOf('e'), n = Number(s.substring(e + 1)),"
            + " digits = s.substring(0, e).replace('.', '').replace(/0+$/, '') || '0';"
            + "if (a >= 1e-3 && a < 1e7) {"
            + " if (n < 0) return sign + '0.' + '0'.repeat(-n - 1) + digits;"
            + " if (digits.length <= n + 1) return sign + digits + '0'.repeat(n + 1 - digits.length) + '.0';"
            + " return sign + digits.substring(0, n + 1) + '.' + digits.substring(n + 1); }"
            + "return sign + digits.charAt(0) + '.' + (digits.substring(1) || '0') + 'E' + n;")
    private static native String javaText(double d);

    /** Double.toString(d) (a Java method: TeaVM turns JSBody calls into JavaScript only in our own classes). */
    public static String text(double d) {
        return javaText(d);
    }
}
