package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void acceptsPlainDecimals() {
        for (String text : new String[] {"0", "-0.5", "+3", "1e-5", "2.5E+3", ".25", "7."}) {
            assertTrue(NumberText.isDecimal(text), text);
        }
    }

    @Test
    void rejectsWhatParseDoubleWouldAccept() {
        for (String text : new String[] {"", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "1e", ".", "-", "1 2", "1,5"}) {
            assertFalse(NumberText.isDecimal(text), text);
        }
    }

    @Test
    void parseNamesTheFieldAndQuotesTheInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberText.parse("abc", "λ"));
        assertEquals("λ must be a number, but is \"abc\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NumberText.parse("  ", "learning rate α"));
        assertEquals("learning rate α is empty; type a number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NumberText.parse("1e400", "λ"));
        assertEquals("λ is too large: \"1e400\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NumberText.parseWhole("2.5", "seed"));
        assertEquals("seed must be a whole number, but is \"2.5\"", e.getMessage());
    }

    @Property(tries = 1000)
    void formatReadsBackExactly(@ForAll double value) {
        if (Double.isFinite(value)) {
            assertEquals(value, NumberText.parse(NumberText.format(value), "x"));
        }
    }

    @Test
    void formatDropsTheTrailingPointZero() {
        assertEquals("3", NumberText.format(3.0));
        assertEquals("0.03", NumberText.format(0.03));
        assertEquals("1.0E-5", NumberText.format(1e-5));
    }

    @Test
    void sameIgnoringCaseComparesAsciiLettersWithoutCase() {
        assertTrue(NumberText.sameIgnoringCase("Full", "full"));
        assertTrue(NumberText.sameIgnoringCase("COST", "cost"));
        assertTrue(NumberText.sameIgnoringCase("lr", "lr"));
        assertFalse(NumberText.sameIgnoringCase("ful", "full"));
        assertFalse(NumberText.sameIgnoringCase("@", "`"));
        assertFalse(NumberText.sameIgnoringCase("[", "{"));
        assertFalse(NumberText.sameIgnoringCase("1", "!"));
    }

    @Property
    void sameIgnoringCaseAgreesWithEqualsIgnoreCaseOnAscii(@ForAll("asciiWords") String a, @ForAll("asciiWords") String b) {
        assertEquals(a.equalsIgnoreCase(b), NumberText.sameIgnoringCase(a, b), a + " / " + b);
        assertTrue(NumberText.sameIgnoringCase(a, a.toUpperCase(java.util.Locale.ROOT)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> asciiWords() {
        return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4);
    }

    @Test
    void groupedPutsACommaBetweenGroupsOfThreeDigits() {
        assertEquals("0", NumberText.grouped(0));
        assertEquals("999", NumberText.grouped(999));
        assertEquals("1,000", NumberText.grouped(1000));
        assertEquals("1,234,567", NumberText.grouped(1234567));
        assertEquals("-5,000", NumberText.grouped(-5000));
        assertEquals("2,147,483,647", NumberText.grouped(Integer.MAX_VALUE));
        assertEquals("2,147,483,648", NumberText.grouped(2147483648.0));
        assertEquals("1,000,000,000,000,000", NumberText.grouped(1e15));
        assertEquals("9,223,372,036,854,774,784", NumberText.grouped(0x1p63 - 1024));
        assertEquals("1.0E19", NumberText.grouped(1e19));
        assertEquals("Infinity", NumberText.grouped(Double.POSITIVE_INFINITY));
        assertEquals("NaN", NumberText.grouped(Double.NaN));
    }
}
