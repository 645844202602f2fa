package org.backproplab.viz;

/**
 * A small number formatter for axis labels and read-outs, without {@code String.format} (which would
 * pull TeaVM's whole formatter into the browser bundle) and without BigDecimal.
 *
 * <p>{@link #format} rounds to a number of significant digits and drops trailing zeros: plain notation
 * for 10⁻⁴ ≤ |v| &lt; 10⁶ ("0.0123", "12300", "-2.5"), otherwise "d.ddde±x" with an unpadded exponent
 * and no "+" ("1.23e-5", "4.56e7"), which both Java's {@code Double.parseDouble} and JavaScript's
 * {@code Number} read back. Non-finite values become "—" (never "NaN" or "Infinity" on screen).
 */
public final class NumberFormat {
    /** What non-finite values are shown as: an em dash. */
    public static final String NOT_A_NUMBER = "\u2014";
    /**
     * The most significant digits honoured; more are treated as this many. Up to 12 digits the double
     * scaling stays far enough from a rounding tie to round correctly; for every digit of a double use
     * {@code Double.toString}.
     */
    public static final int MAX_DIGITS = 12;

    /**
     * 10^0 … 10^(MAX_DIGITS + 1), exact. The mantissas are whole numbers held in doubles (exact below 2⁵³,
     * and they stay below 10¹⁴), not longs: TeaVM makes a long a BigInt, and read-outs are formatted
     * every frame.
     */
    private static final double[] POWERS = new double[MAX_DIGITS + 2];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * 10;
        }
    }

    private NumberFormat() {
    }

    /**
     * {@code value} rounded to {@code significantDigits} (clamped to 1..{@value #MAX_DIGITS}) significant
     * digits; "0" for ±0; "—" for NaN and ±∞. Halves round away from zero (a value within about
     * 10^(digits − 16) of a half, relative to the last digit, may round either way).
     */
    public static String format(double value, int significantDigits) {
        if (!Double.isFinite(value)) {
            return NOT_A_NUMBER;
        }
        if (value == 0) {
            return "0";
        }
        int digits = significantDigits < 1 ? 1 : Math.min(significantDigits, MAX_DIGITS);
        double magnitude = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(magnitude));
        // mantissa = magnitude / 10^(exponent − digits + 1), an integer with exactly `digits` digits
        double mantissa = scaledRound(magnitude, digits - 1 - exponent);
        if (mantissa < POWERS[digits - 1]) {
            exponent--; // log10 rounded up across a power of ten
            mantissa = scaledRound(magnitude, digits - 1 - exponent);
        }
        if (mantissa >= POWERS[digits]) {
            exponent++; // log10 rounded down, or rounding carried (9.996 → 10.0)
            mantissa = scaledRound(magnitude, digits - 1 - exponent);
        }
        String text = wholeDigits(mantissa);
        int length = text.length();
        while (length > 1 && text.charAt(length - 1) == '0') {
            length--;
        }
        StringBuilder out = new StringBuilder(length + 8);
        if (value < 0) {
            out.append('-');
        }
        if (exponent >= 6 || exponent < -4) {
            out.append(text.charAt(0));
            if (length > 1) {
                out.append('.').append(text, 1, length);
            }
            out.append('e').append(exponent);
        } else if (exponent >= 0) {
            if (length <= exponent + 1) {
                out.append(text, 0, length);
                for (int k = length; k <= exponent; k++) {
                    out.append('0');
                }
            } else {
                out.append(text, 0, exponent + 1).append('.').append(text, exponent + 1, length);
            }
        } else {
            out.append("0.");
            for (int k = -1; k > exponent; k--) {
                out.append('0');
            }
            out.append(text, 0, length);
        }
        return out.toString();
    }

    /** {@link #format} with a true minus sign (U+2212) instead of a hyphen, as text on screen shows it. */
    public static String display(double value, int significantDigits) {
        return format(value, significantDigits).replace('-', '\u2212');
    }

    /**
     * Math.round(v · 10^power) for v &gt; 0 whose result has at most 14 digits, avoiding overflow and underflow,
     * as a whole double.
     */
    private static double scaledRound(double v, int power) {
        while (power > 200) {
            v *= 1e200;
            power -= 200;
        }
        while (power < -200) {
            v /= 1e200;
            power += 200;
        }
        // dividing by an exact power of ten (≤ 10^22) rounds once, multiplying by an inexact one twice
        double scaled = power >= 0 ? v * pow10(power) : v / pow10(-power);
        // Math.round is ⌊scaled + ½⌋ taken exactly; scaled − ⌊scaled⌋ is exact, scaled + 0.5 might not be
        double whole = Math.floor(scaled);
        return scaled - whole >= 0.5 ? whole + 1 : whole;
    }

    /** The decimal digits of a whole number 0 ≤ v &lt; 2⁶³: through an int below 2³¹ (up to 9 digits). */
    private static String wholeDigits(double v) {
        return v < 2147483648.0 ? Integer.toString((int) v) : Long.toString((long) v);
    }

    /** 10^k, exact for |k| ≤ 22 when k ≥ 0 (and correctly rounded for −22 ≤ k &lt; 0). */
    static double pow10(int k) {
        if (k >= 0 && k <= 22) {
            double p = 1;
            for (int n = 0; n < k; n++) {
                p *= 10;
            }
            return p;
        }
        if (k < 0 && k >= -22) {
            return 1 / pow10(-k);
        }
        return Math.pow(10, k);
    }
}
