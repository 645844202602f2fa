package org.backproplab.state;

import org.backproplab.model.DataCsv;

/**
 * Strict reading and compact writing of numbers typed by people or carried in URLs. Unlike
 * {@link Double#parseDouble}, reading accepts only plain decimal notation — an optional sign, digits with
 * an optional point, an optional exponent — so "NaN", "Infinity", "0x1p3", "1d" and "" are all rejected.
 */
public final class NumberText {
    private NumberText() {
    }

    /** Whether {@code text} (already trimmed) is a plain decimal number such as -0.5, 3, 1e-5 or .25. */
    public static boolean isDecimal(String text) {
        return DataCsv.isDecimal(text);
    }

    /**
     * The finite number written in {@code text} (surrounding spaces allowed), or an exception whose message
     * says that {@code what} must be a number and quotes what was given.
     */
    public static double parse(String text, String what) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty; type a number");
        }
        if (!isDecimal(trimmed)) {
            throw new IllegalArgumentException(what + " must be a number, but is \"" + shorten(trimmed) + "\"");
        }
        double value = Double.parseDouble(trimmed);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is too large: \"" + shorten(trimmed) + "\"");
        }
        return value;
    }

    /** The whole number written in {@code text}, or an exception naming {@code what}. */
    public static long parseWhole(String text, String what) {
        double value = parse(text, what);
        if (value != Math.floor(value) || Math.abs(value) > 9.0e15) {
            throw new IllegalArgumentException(what + " must be a whole number, but is \"" + shorten(text.trim()) + "\"");
        }
        return (long) value;
    }

    /**
     * Whole number n with a comma between groups of three digits: 1200 → "1,200", −5000 → "-5,000". A
     * double, so that counts read every frame need no long (a BigInt in the browser); below 2³¹ the digits
     * come from an int. Beyond a long's range, or not finite, n is written as Double.toString writes it.
     */
    public static String grouped(double n) {
        double magnitude = Math.abs(n);
        if (!(magnitude < 0x1p63)) {
            return String.valueOf(n);
        }
        String digits = magnitude < 2147483648.0 ? Integer.toString((int) magnitude) : Long.toString((long) magnitude);
        StringBuilder text = new StringBuilder();
        if (n < 0) {
            text.append('-');
        }
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(k));
        }
        return text.toString();
    }

    /** The shortest text that reads back as exactly {@code value}: "3" rather than "3.0". */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** At most 40 characters of {@code text}, for quoting user input in messages. */
    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * Whether {@code a} and {@code b} are the same apart from the case of ASCII letters: what names typed
     * by hand ("Full", "Cost") are compared with. Not String.equalsIgnoreCase, which would bring Character's
     * Unicode lower-case table into the browser bundle.
     */
    public static boolean sameIgnoringCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int k = 0; k < a.length(); k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            char lower = (char) (x | 0x20);
            boolean letter = lower >= 'a' && lower <= 'z';
            if (x != y && !(letter && lower == (y | 0x20))) {
                return false;
            }
        }
        return true;
    }
}
