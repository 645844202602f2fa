package org.backproplab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NumberFormatTest {
    @Test
    void formatsTheExamplesOfTheBrief() {
        assertEquals("0.0123", NumberFormat.format(0.0123, 3));
        assertEquals("1.23e-5", NumberFormat.format(0.0000123, 3));
        assertEquals("12300", NumberFormat.format(12300, 3));
    }

    @Test
    void displayWritesATrueMinusSign() {
        assertEquals("\u22120.25", NumberFormat.display(-0.25, 3));
        assertEquals("1.5", NumberFormat.display(1.5, 3));
        assertEquals("\u2014", NumberFormat.display(Double.NaN, 3));
    }

    @Test
    void roundsAndDropsTrailingZeros() {
        assertEquals("0.3", NumberFormat.format(0.1 + 0.2, 3));
        assertEquals("10", NumberFormat.format(9.999, 3));
        assertEquals("1e6", NumberFormat.format(999999.7, 3));
        assertEquals("3.14", NumberFormat.format(Math.PI, 3));
        assertEquals("3.1415926536", NumberFormat.format(Math.PI, 11));
        assertEquals("2.5", NumberFormat.format(2.5, 4));
        assertEquals("0.5", NumberFormat.format(0.45, 1));
        assertEquals("123457", NumberFormat.format(123456.7, 6));
        assertEquals("1.23e8", NumberFormat.format(123456789, 3));
        assertEquals("0.0001", NumberFormat.format(0.0001, 2));
        assertEquals("1e-5", NumberFormat.format(0.00001, 2));
        assertEquals("100000", NumberFormat.format(99999.9, 3));
    }

    @Test
    void handlesZeroNegativesAndTheExtremes() {
        assertEquals("0", NumberFormat.format(0, 3));
        assertEquals("0", NumberFormat.format(-0.0, 3));
        assertEquals("-2.5", NumberFormat.format(-2.5, 3));
        assertEquals("-1.23e-5", NumberFormat.format(-0.0000123, 3));
        assertEquals("1e-300", NumberFormat.format(1e-300, 3));
        assertEquals("1e300", NumberFormat.format(1e300, 3));
        assertEquals("-1e300", NumberFormat.format(-1e300, 5));
        assertEquals("1.8e308", NumberFormat.format(Double.MAX_VALUE, 2));
        assertEquals("4.9e-324", NumberFormat.format(Double.MIN_VALUE, 2));
        assertEquals("2.2251e-308", NumberFormat.format(Double.MIN_NORMAL, 5));
    }

    @Test
    void neverPrintsNaNOrInfinity() {
        assertEquals("\u2014", NumberFormat.format(Double.NaN, 3));
        assertEquals("\u2014", NumberFormat.format(Double.POSITIVE_INFINITY, 3));
        assertEquals("\u2014", NumberFormat.format(Double.NEGATIVE_INFINITY, 3));
    }

    @Test
    void digitCountsOutsideTheRangeAreClamped() {
        assertEquals("3", NumberFormat.format(Math.PI, 0));
        assertEquals("3", NumberFormat.format(Math.PI, -4));
        assertEquals(NumberFormat.format(Math.PI, 12), NumberFormat.format(Math.PI, 40));
    }

    @Test
    void mantissasBeyondAnIntKeepEveryDigit() {
        // 10 to 12 significant digits: the mantissa is ≥ 2³¹, past where an int holds it
        assertEquals("1.23456789012e11", NumberFormat.format(123456789012.0, 12));
        assertEquals("0.00123456789012", NumberFormat.format(0.00123456789012, 12));
        assertEquals("-98765.4321098", NumberFormat.format(-98765.4321098, 12));
        assertEquals("2.147483648e9", NumberFormat.format(2147483648.0, 12));
        assertEquals("1e12", NumberFormat.format(999999999999.9, 12));
        java.util.Random random = new java.util.Random(8);
        for (int n = 0; n < 5000; n++) {
            // a whole number of 10 to 12 digits is exact at 12 significant digits
            long whole = 1_000_000_000L + (long) (random.nextDouble() * 998_999_999_999L);
            assertEquals(whole, Double.parseDouble(NumberFormat.format(whole, 12)), "for " + whole);
            double small = whole / 1e14; // 1e-5 .. 1e-2: plain notation with leading zeros
            assertEquals(small, Double.parseDouble(NumberFormat.format(small, 12)), "for " + small);
        }
    }

    /**
     * Parsing the text back gives the value rounded to the digits: within half a unit of the last digit
     * (plus a sliver for near-ties), and the text carries no more significant digits than asked for.
     * The reference unit comes from BigDecimal, independent of the formatter's scaling.
     */
    @Property(tries = 3000)
    void roundTripsToTheStatedSignificantDigits(@ForAll @DoubleRange(min = -300, max = 300) double exponent,
            @ForAll @DoubleRange(min = 1, max = 10) double mantissa, @ForAll boolean negative,
            @ForAll @IntRange(min = 1, max = 12) int digits) {
        double value = (negative ? -1 : 1) * mantissa * Math.pow(10, Math.floor(exponent));
        if (!Double.isFinite(value) || value == 0) {
            return;
        }
        String text = NumberFormat.format(value, digits);
        double parsed = Double.parseDouble(text);
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_UP));
        // the place value of the last kept digit
        BigDecimal unit = BigDecimal.ONE.movePointLeft(rounded.scale());
        BigDecimal error = new BigDecimal(parsed).subtract(exact).abs();
        BigDecimal allowed = unit.multiply(new BigDecimal("0.501"));
        // parsed is the double nearest the decimal text, so allow its own rounding too
        BigDecimal parseSlack = new BigDecimal(Math.ulp(parsed));
        assertTrue(error.compareTo(allowed.add(parseSlack)) <= 0,
                value + " at " + digits + " digits printed as " + text);
        assertTrue(significantDigits(text) <= digits, text + " has more than " + digits + " digits");
    }

    private static int significantDigits(String text) {
        String mantissa = text.replace("-", "");
        int e = mantissa.indexOf('e');
        if (e >= 0) {
            mantissa = mantissa.substring(0, e);
        }
        String digits = mantissa.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, digits.length());
    }
}
