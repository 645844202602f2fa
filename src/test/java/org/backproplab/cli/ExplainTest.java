package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on Mazur's 2-2-2 example: the numbers in the Markdown are read back and compared with the
 * article's hand-worked values (to 9 digits, as the article prints them).
 */
class ExplainTest {
    @TempDir
    Path dir;

    static String explainWorkedExample(String... extra) {
        String[] args = new String[7 + extra.length];
        String[] base = {"explain", "--model", "example:worked-2-2-2.json", "--data", "example:worked-2-2-2.csv",
                "--lr", "0.5"};
        System.arraycopy(base, 0, args, 0, 7);
        System.arraycopy(extra, 0, args, 7, extra.length);
        CliRun run = CliRun.of(args).assertOk();
        assertEquals("", run.err());
        return run.out();
    }

    /** The last cell of the table row whose first cell starts with {@code firstCell}. */
    static double lastCell(String markdown, String firstCell) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| " + firstCell)) {
                String[] cells = line.split("\\|");
                return Double.parseDouble(cells[cells.length - 1].trim());
            }
        }
        throw new AssertionError("no table row starting with " + firstCell + " in\n" + markdown);
    }

    /** The number after the last "= " of the bullet line starting with {@code prefix}. */
    static double bulletResult(String markdown, String prefix) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("- `" + prefix)) {
                String formula = line.substring(3, line.length() - 1);
                return Double.parseDouble(formula.substring(formula.lastIndexOf("= ") + 2));
            }
        }
        throw new AssertionError("no line starting with - `" + prefix + " in\n" + markdown);
    }

    /** The factors of the last product "A · B · …" before the final "= result" of the bullet line. */
    static double[] lastProduct(String markdown, String prefix) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("- `" + prefix)) {
                String formula = line.substring(3, line.length() - 1);
                int result = formula.lastIndexOf(" = ");
                String product = formula.substring(formula.lastIndexOf(" = ", result - 1) + 3, result);
                String[] parts = product.split(" · ");
                double[] factors = new double[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    factors[k] = Double.parseDouble(parts[k].replace("(", "").replace(")", ""));
                }
                return factors;
            }
        }
        throw new AssertionError("no line starting with - `" + prefix + " in\n" + markdown);
    }

    /**
     * Mazur's 2-2-2 network by hand: inputs 0.05, 0.10, targets 0.01, 0.99, weights w1…w8 = 0.15, 0.20,
     * 0.25, 0.30, 0.40, 0.45, 0.50, 0.55, biases 0.35 (hidden) and 0.60 (output), sigmoid everywhere,
     * E = ½Σ(target − out)², so ∂E/∂out_h1 = w5·δ_o1 + w7·δ_o2 with δ_o = (out − target)·out·(1 − out).
     */
    static final class Mazur {
        final double outH1 = sigmoid(0.15 * 0.05 + 0.20 * 0.10 + 0.35);
        final double outH2 = sigmoid(0.25 * 0.05 + 0.30 * 0.10 + 0.35);
        final double outO1 = sigmoid(0.40 * outH1 + 0.45 * outH2 + 0.60);
        final double outO2 = sigmoid(0.50 * outH1 + 0.55 * outH2 + 0.60);
        final double deltaO1 = (outO1 - 0.01) * outO1 * (1 - outO1);
        final double deltaO2 = (outO2 - 0.99) * outO2 * (1 - outO2);
        final double errorAtOutH1 = 0.40 * deltaO1 + 0.50 * deltaO2;
    }

    static double bold(String markdown, String label) {
        int start = markdown.indexOf("**" + label + " = ");
        assertTrue(start >= 0, label + " missing");
        int from = start + label.length() + 5;
        return Double.parseDouble(markdown.substring(from, markdown.indexOf("**", from)));
    }

    @Test
    void reproducesTheArticlesForwardPassAndTotalError() {
        String md = explainWorkedExample();
        assertEquals(0.3775, lastCellBefore(md, "`h1`", 1), 1e-9); // net_h1
        assertEquals(0.593269992, lastCell(md, "`h1`"), 1e-9); // out_h1
        assertEquals(0.596884378, lastCell(md, "`h2`"), 1e-9);
        assertEquals(1.105905967, lastCellBefore(md, "`o1`", 1), 1e-9); // net_o1
        assertEquals(0.75136507, lastCell(md, "`o1`"), 1e-9);
        assertEquals(0.772928465, lastCell(md, "`o2`"), 1e-9);
        assertEquals(0.298371109, bold(md, "J"), 1e-9); // E_total
        assertTrue(md.contains("The batch is the data file's only example."));
    }

    /** A cell counted from the end of the first row starting with firstCell (0 = last). */
    static double lastCellBefore(String markdown, String firstCell, int fromEnd) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| " + firstCell)) {
                String[] cells = line.split("\\|");
                return Double.parseDouble(cells[cells.length - 1 - fromEnd].trim());
            }
        }
        throw new AssertionError(firstCell);
    }

    @Test
    void reproducesTheArticlesBackwardPassAndUpdatedWeights() {
        String md = explainWorkedExample();
        // ∂E/∂net_o1 = 0.74136507 · 0.186815602 = 0.138498562
        assertEquals(0.138498562, bulletResult(md, "δ_o1"), 1e-9);
        assertEquals(0.082167041, bulletResult(md, "∂J/∂w5"), 1e-9);
        // δ_h1 is printed as the chain-rule product ∂E_total/∂out_h1 · out_h1(1 − out_h1); the article rounds
        // them to 0.036350306 and 0.241300709, so compare with the same network worked out here in full
        double[] factors = lastProduct(md, "δ_h1");
        assertEquals(2, factors.length, "δ_h1 = ∂J/∂a_h1 · a_h1·(1 − a_h1)");
        Mazur hand = new Mazur();
        assertEquals(hand.errorAtOutH1, factors[0], 1e-15);
        assertEquals(hand.outH1 * (1 - hand.outH1), factors[1], 1e-15);
        assertEquals(0.036350306, factors[0], 1e-9);
        assertEquals(0.241300709, factors[1], 1e-9);
        assertEquals(hand.errorAtOutH1 * hand.outH1 * (1 - hand.outH1), bulletResult(md, "δ_h1"), 1e-15);
        assertEquals(0.000438568, bulletResult(md, "∂J/∂w1"), 1e-9);
        assertEquals(0.35891648, lastCell(md, "w5 (h1→o1)"), 1e-9);
        assertEquals(0.408666186, lastCell(md, "w6 (h2→o1)"), 1e-9);
        assertEquals(0.511301270, lastCell(md, "w7 (h1→o2)"), 1e-9);
        assertEquals(0.561370121, lastCell(md, "w8 (h2→o2)"), 1e-9);
        assertEquals(0.149780716, lastCell(md, "w1 (i1→h1)"), 1e-9);
        // the article prints these three with 8 decimals: equal to half a unit of its last digit
        assertEquals(0.19956143, lastCell(md, "w2 (i2→h1)"), 5e-9);
        assertEquals(0.24975114, lastCell(md, "w3 (i1→h2)"), 5e-9);
        assertEquals(0.29950229, lastCell(md, "w4 (i2→h2)"), 5e-9);
    }

    @Test
    void costAfterTheStepIsTheForwardPassWithTheNewParametersItPrints() {
        String md = explainWorkedExample();
        Map<String, Double> p = new HashMap<>();
        for (String name : new String[] {"w1 (i1→h1)", "w2 (i2→h1)", "w3 (i1→h2)", "w4 (i2→h2)", "w5 (h1→o1)",
                "w6 (h2→o1)", "w7 (h1→o2)", "w8 (h2→o2)", "b_h1", "b_h2", "b_o1", "b_o2"}) {
            p.put(name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')), lastCell(md, name));
        }
        // the article's network written out by hand: sigmoid everywhere, E = ½Σ(target − out)²
        double h1 = sigmoid(p.get("w1") * 0.05 + p.get("w2") * 0.10 + p.get("b_h1"));
        double h2 = sigmoid(p.get("w3") * 0.05 + p.get("w4") * 0.10 + p.get("b_h2"));
        double o1 = sigmoid(p.get("w5") * h1 + p.get("w6") * h2 + p.get("b_o1"));
        double o2 = sigmoid(p.get("w7") * h1 + p.get("w8") * h2 + p.get("b_o2"));
        double expected = 0.5 * (0.01 - o1) * (0.01 - o1) + 0.5 * (0.99 - o2) * (0.99 - o2);
        assertEquals(expected, bold(md, "J after the step"), 1e-12);
        assertTrue(bold(md, "J after the step") < 0.298371109);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void saysWhichExamplesFormTheBatch() throws IOException {
        Path data = dir.resolve("two.csv");
        Files.writeString(data, "i1,i2,o1,o2\n0.05,0.10,0.01,0.99\n0.5,-0.2,1,0\n");
        String[] base = {"explain", "--model", "example:worked-2-2-2.json", "--data", data.toString(), "--lr", "0.5"};
        String all = CliRun.of(base).assertOk().out();
        assertTrue(all.contains("The batch is all 2 examples of the data file (no `--example` given)"), all);
        assertTrue(all.contains("### Example 2"));
        String[] second = {base[0], base[1], base[2], base[3], base[4], base[5], base[6], "--example", "2"};
        String chosen = CliRun.of(second).assertOk().out();
        assertTrue(chosen.contains("The batch is example 2 of the 2 in the data file, chosen with `--example 2`."), chosen);
        assertTrue(chosen.contains("| 2 | 0.5 | -0.2 | 1 | 0 |"), chosen);
    }

    @Test
    void updatesOfABiggerBatchMatchTheGradientsCommand() throws IOException {
        // two hidden layers (names x, h1_k, h2_k, y), relu and tanh, softmax + mse, l1: all the other formulas
        Path model = dir.resolve("deep.json");
        Files.writeString(model, """
                {"layers": [2, 3, 2, 2], "activations": ["relu", "tanh", "softmax"], "loss": "mse",
                 "regularization": {"type": "l1", "lambda": 0.01}, "seed": 3, "init": "he"}""");
        Path data = dir.resolve("three.csv");
        Files.writeString(data, "a,b,c,d\n0.5,-1,1,0\n-0.3,0.8,0,1\n1.2,0.4,1,0\n");
        String md = CliRun.of("explain", "--model", model.toString(), "--data", data.toString(), "--lr", "0.3")
                .assertOk().out();
        assertTrue(md.contains("`h1_1`") && md.contains("`h2_2`") && md.contains("`y2`") && md.contains("`x1`"), md);
        JsonObject result = Json.parse(CliRun.of("gradients", "--model", model.toString(), "--data", data.toString())
                .assertOk().out()).asObject();
        assertEquals(result.get("cost").asDouble(), bold(md, "J"), 0.0);
        JsonArray weights = result.get("gradients").asObject().get("weights").asArray();
        int number = 1;
        int[] sizes = {2, 3, 2, 2};
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int i = 0; i < sizes[l]; i++) {
                    String row = "w" + number++ + " (";
                    double gradient = weights.get(l).asArray().get(j).asArray().get(i).asDouble();
                    assertEquals(-0.3 * gradient, lastCellBefore(md, row, 1), 0.0, row);
                }
            }
        }
    }

    @Test
    void badExampleNumbersAndMissingLearningRateAreBadInput() {
        String[] base = {"explain", "--model", "example:worked-2-2-2.json", "--data", "example:worked-2-2-2.csv"};
        CliRun.of(concat(base, "--lr", "0.5", "--example", "0")).assertBadInput("--example must be an integer from 1 to 1, but is 0");
        CliRun.of(concat(base, "--lr", "0.5", "--example", "2")).assertBadInput("--example must be an integer from 1 to 1, but is 2");
        CliRun.of(base).assertBadInput("explain needs --lr");
        CliRun.of(concat(base, "--lr", "-0.5")).assertBadInput("--lr must be a number > 0 and <= 10, but is -0.5");
    }

    static String[] concat(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
