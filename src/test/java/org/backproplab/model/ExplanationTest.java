package org.backproplab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The browser's entry point to the worked example, on the bundled 2-2-2 files: the numbers Mazur's article
 * works out by hand ("A Step by Step Backpropagation Example", printed there to 9 digits) appear in the text,
 * rounded to the handout's 4 significant digits.
 */
class ExplanationTest {
    static String resource(String name) throws IOException {
        try (InputStream in = ExplanationTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String workedExample() throws Exception {
        ModelFile model = ModelJson.parse(resource("worked-2-2-2.json"));
        Dataset data = DataCsv.parse(resource("worked-2-2-2.csv"), 2, 2);
        return Explanation.markdown(model.network(), data, -1, 0.5, "worked-2-2-2.json", "the bundled 2-2-2 example");
    }

    /** {@code value} rounded half-up to 4 significant digits, by BigDecimal: what the handout should print. */
    static double fourDigits(double value) {
        return new BigDecimal(Double.toString(value)).round(new MathContext(4, RoundingMode.HALF_UP)).doubleValue();
    }

    /** The number after "label = " up to the closing "**". */
    static double bold(String markdown, String label) {
        int start = markdown.indexOf("**" + label + " = ");
        assertTrue(start >= 0, label + " missing in\n" + markdown);
        int from = start + label.length() + 5;
        return Double.parseDouble(markdown.substring(from, markdown.indexOf("**", from)));
    }

    /** The last cell of the table row starting with "| " + first. */
    static double lastCell(String markdown, String first) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| " + first)) {
                String cells = line.substring(0, line.length() - 1).trim();
                return Double.parseDouble(cells.substring(cells.lastIndexOf('|') + 1).trim());
            }
        }
        throw new AssertionError("no row " + first + " in\n" + markdown);
    }

    @Test
    void theClassicExampleHasTheArticlesNumbers() throws Exception {
        String md = workedExample();
        assertEquals(fourDigits(0.298371109), bold(md, "J"), 0.0); // E_total
        assertEquals(fourDigits(0.35891648), lastCell(md, "w₁,₁⁽²⁾ (h₁⁽¹⁾→ŷ₁)"), 0.0); // the article's w5
        assertEquals(fourDigits(0.408666186), lastCell(md, "w₁,₂⁽²⁾ (h₂⁽¹⁾→ŷ₁)"), 0.0); // w6
        assertEquals(fourDigits(0.149780716), lastCell(md, "w₁,₁⁽¹⁾ (x₁→h₁⁽¹⁾)"), 0.0); // w1
        assertEquals(fourDigits(0.75136507), lastCell(md, "`ŷ₁`"), 0.0); // out_o1
        assertTrue(md.contains("The batch is the only example in the bundled 2-2-2 example."), md);
        assertFalse(md.contains("--example") || md.contains("train --optimizer"), "no command-line wording in the browser");
        assertTrue(md.contains("This is one step of plain gradient descent (SGD) with α = 0.5."));
    }

    @Test
    void oneChosenExampleOfABatch() throws Exception {
        ModelFile model = ModelJson.parse(resource("worked-2-2-2.json"));
        Dataset data = DataCsv.parse("i1,i2,o1,o2\n0.5,-0.2,1,0\n0.05,0.10,0.01,0.99\n", 2, 2);
        Network network = model.network();
        double[] before = network.parameters().clone();
        String md = Explanation.markdown(network, data, 1, 0.5, "m", "the lab's batch");
        assertTrue(md.contains("The batch is example 2 of the 2 in the lab's batch, worked out alone."), md);
        assertEquals(fourDigits(0.298371109), bold(md, "J"), 0.0, "example 2 alone is the article's example");
        assertEquals(fourDigits(0.35891648), lastCell(md, "w₁,₁⁽²⁾ (h₁⁽¹⁾→ŷ₁)"), 0.0);
        assertTrue(java.util.Arrays.equals(before, network.parameters()), "the network is not changed");
        String all = Explanation.markdown(network, data, -1, 0.5, "m", "the lab's batch");
        assertTrue(all.contains("The batch is all 2 examples in the lab's batch, so J and every gradient are means"));
        assertThrows(IllegalArgumentException.class, () -> Explanation.markdown(network, data, 2, 0.5, "m", "d"));
        assertThrows(IllegalArgumentException.class, () -> Explanation.markdown(network, data, -2, 0.5, "m", "d"));
    }

    @Test
    void numbersAreRoundedToFourSignificantDigits() {
        assertEquals("1", Explanation.number(1.0));
        assertEquals("-0.5", Explanation.number(-0.5));
        assertEquals("0.5933", Explanation.number(0.5932699921071872));
        assertEquals("1.106", Explanation.number(1.10590596705977));
        assertEquals("-0.0002193", Explanation.number(-0.000219284));
        assertEquals("1.235e-5", Explanation.number(1.23456e-5));
        assertEquals("NaN", Explanation.number(Double.NaN));
        assertEquals("-Infinity", Explanation.number(Double.NEGATIVE_INFINITY));
        Random random = new Random(4);
        for (int n = 0; n < 10_000; n++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16) - 8);
            assertEquals(fourDigits(value), Double.parseDouble(Explanation.number(value)), 0.0, "" + value);
        }
    }
}
