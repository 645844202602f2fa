package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on Mazur's 2-2-2 example: the numbers in the Markdown are read back and compared with the
 * article's hand-worked values (printed there to 9 digits) rounded to the handout's 4 significant digits.
 * The article's w1…w8 are w₁,₁⁽¹⁾, w₁,₂⁽¹⁾, w₂,₁⁽¹⁾, w₂,₂⁽¹⁾ into the hidden layer and w₁,₁⁽²⁾ … w₂,₂⁽²⁾ into the outputs.
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

    /** {@code value} rounded half-up to 4 significant digits, by BigDecimal: what the handout should print. */
    static double fourDigits(double value) {
        return new BigDecimal(Double.toString(value)).round(new MathContext(4, RoundingMode.HALF_UP)).doubleValue();
    }

    @Test
    void reproducesTheArticlesForwardPassAndTotalError() {
        String md = explainWorkedExample();
        assertEquals(0.3775, lastCellBefore(md, "`h₁⁽¹⁾`", 1), 0.0); // net_h1
        assertEquals(fourDigits(0.593269992), lastCell(md, "`h₁⁽¹⁾`"), 0.0); // out_h1
        assertEquals(fourDigits(0.596884378), lastCell(md, "`h₂⁽¹⁾`"), 0.0);
        assertEquals(fourDigits(1.105905967), lastCellBefore(md, "`ŷ₁`", 1), 0.0); // net_o1
        assertEquals(fourDigits(0.75136507), lastCell(md, "`ŷ₁`"), 0.0);
        assertEquals(fourDigits(0.772928465), lastCell(md, "`ŷ₂`"), 0.0);
        assertEquals(fourDigits(0.298371109), bold(md, "J"), 0.0); // E_total
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
        assertTrue(md.contains("= 0.7414 · 0.1868 = 0.1385`"), md);
        assertEquals(fourDigits(0.138498562), bulletResult(md, "δ₁⁽²⁾"), 0.0);
        assertEquals(fourDigits(0.082167041), bulletResult(md, "∂J/∂w₁,₁⁽²⁾"), 0.0); // ∂E/∂w5
        // ∂E_total/∂out_h1 = 0.036350306, · out_h1(1 − out_h1) = 0.241300709 → ∂E/∂w1 = 0.000438568
        assertTrue(md.contains("= 0.03635 · 0.2413 ="), md);
        // the two factors of δ₁⁽¹⁾, against the same network worked out here in full
        double[] factors = lastProduct(md, "δ₁⁽¹⁾");
        assertEquals(2, factors.length, "δ₁⁽¹⁾ = ∂J/∂h₁⁽¹⁾ · h₁⁽¹⁾(1 − h₁⁽¹⁾)");
        Mazur hand = new Mazur();
        assertEquals(fourDigits(hand.errorAtOutH1), factors[0], 0.0);
        assertEquals(fourDigits(hand.outH1 * (1 - hand.outH1)), factors[1], 0.0);
        assertEquals(fourDigits(0.000438568), bulletResult(md, "∂J/∂w₁,₁⁽¹⁾"), 0.0);
        for (Object[] weight : ARTICLE_UPDATED_WEIGHTS) {
            assertEquals(fourDigits((double) weight[1]), lastCell(md, (String) weight[0]), 0.0, (String) weight[0]);
        }
    }

    /** The article's w1 … w8 after the step, by their rows in the update table. */
    static final Object[][] ARTICLE_UPDATED_WEIGHTS = {
        {"w₁,₁⁽¹⁾ (x₁→h₁⁽¹⁾)", 0.149780716}, {"w₁,₂⁽¹⁾ (x₂→h₁⁽¹⁾)", 0.19956143},
        {"w₂,₁⁽¹⁾ (x₁→h₂⁽¹⁾)", 0.24975114}, {"w₂,₂⁽¹⁾ (x₂→h₂⁽¹⁾)", 0.29950229},
        {"w₁,₁⁽²⁾ (h₁⁽¹⁾→ŷ₁)", 0.35891648}, {"w₁,₂⁽²⁾ (h₂⁽¹⁾→ŷ₁)", 0.408666186},
        {"w₂,₁⁽²⁾ (h₁⁽¹⁾→ŷ₂)", 0.511301270}, {"w₂,₂⁽²⁾ (h₂⁽¹⁾→ŷ₂)", 0.561370121},
    };

    /** The rows of the update table, in the order w1 … w8, b of h1, h2, o1, o2 of the article's network. */
    static final String[] PARAMETER_ROWS = {"w₁,₁⁽¹⁾ (x₁→h₁⁽¹⁾)", "w₁,₂⁽¹⁾ (x₂→h₁⁽¹⁾)", "w₂,₁⁽¹⁾ (x₁→h₂⁽¹⁾)",
        "w₂,₂⁽¹⁾ (x₂→h₂⁽¹⁾)", "w₁,₁⁽²⁾ (h₁⁽¹⁾→ŷ₁)", "w₁,₂⁽²⁾ (h₂⁽¹⁾→ŷ₁)", "w₂,₁⁽²⁾ (h₁⁽¹⁾→ŷ₂)",
        "w₂,₂⁽²⁾ (h₂⁽¹⁾→ŷ₂)", "b₁⁽¹⁾ ", "b₂⁽¹⁾ ", "b₁⁽²⁾ ", "b₂⁽²⁾ "};

    /** J of the article's network written out by hand: sigmoid everywhere, E = ½Σ(target − out)². */
    static double articleCost(double[] p) {
        double h1 = sigmoid(p[0] * 0.05 + p[1] * 0.10 + p[8]);
        double h2 = sigmoid(p[2] * 0.05 + p[3] * 0.10 + p[9]);
        double o1 = sigmoid(p[4] * h1 + p[5] * h2 + p[10]);
        double o2 = sigmoid(p[6] * h1 + p[7] * h2 + p[11]);
        return 0.5 * (0.01 - o1) * (0.01 - o1) + 0.5 * (0.99 - o2) * (0.99 - o2);
    }

    @Test
    void costAfterTheStepIsTheForwardPassWithTheNewParameters() {
        String md = explainWorkedExample();
        // the exact new parameters, as `train` prints them in full
        JsonObject trained = Json.parse(CliRun.of("train", "--model", "example:worked-2-2-2.json", "--data",
                "example:worked-2-2-2.csv", "--lr", "0.5", "--optimizer", "sgd", "--steps", "1").assertOk().out())
                .asObject();
        double[] exact = new double[12];
        JsonArray weights = trained.get("weights").asArray();
        JsonArray biases = trained.get("biases").asArray();
        for (int l = 0, k = 0; l < 2; l++) {
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    exact[k++] = weights.get(l).asArray().get(j).asArray().get(i).asDouble();
                }
                exact[8 + 2 * l + j] = biases.get(l).asArray().get(j).asDouble();
            }
        }
        double[] printed = new double[12];
        for (int k = 0; k < 12; k++) {
            printed[k] = lastCell(md, PARAMETER_ROWS[k]);
            assertEquals(fourDigits(exact[k]), printed[k], 0.0, PARAMETER_ROWS[k] + " is the exact value rounded");
        }
        double after = bold(md, "J after the step");
        assertEquals(fourDigits(articleCost(exact)), after, 0.0, "J after the step, from the exact parameters");
        // redone by hand from the rounded parameters, J agrees to the rounding of the 4th digit
        assertEquals(articleCost(printed), after, 1e-4);
        assertTrue(after < 0.298371109);
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
        // two hidden layers (names x₁, h_k⁽¹⁾, h_k⁽²⁾, ŷ_k), relu and tanh, softmax + mse, l1: all the other formulas
        Path model = dir.resolve("deep.json");
        Files.writeString(model, """
                {"layers": [2, 3, 2, 2], "activations": ["relu", "tanh", "softmax"], "loss": "mse",
                 "regularization": {"type": "l1", "lambda": 0.01}, "seed": 3, "init": "he"}""");
        Path data = dir.resolve("three.csv");
        Files.writeString(data, "a,b,c,d\n0.5,-1,1,0\n-0.3,0.8,0,1\n1.2,0.4,1,0\n");
        String md = CliRun.of("explain", "--model", model.toString(), "--data", data.toString(), "--lr", "0.3")
                .assertOk().out();
        assertTrue(md.contains("`h₁⁽¹⁾`") && md.contains("`h₂⁽²⁾`") && md.contains("`ŷ₂`") && md.contains("`x₁`"), md);
        JsonObject result = Json.parse(CliRun.of("gradients", "--model", model.toString(), "--data", data.toString())
                .assertOk().out()).asObject();
        assertEquals(fourDigits(result.get("cost").asDouble()), bold(md, "J"), 0.0);
        JsonArray weights = result.get("gradients").asObject().get("weights").asArray();
        String[] subscripts = {"₁", "₂", "₃"};
        String[] superscripts = {"⁽¹⁾", "⁽²⁾", "⁽³⁾"};
        int[] sizes = {2, 3, 2, 2};
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int i = 0; i < sizes[l]; i++) {
                    String row = "w" + subscripts[j] + "," + subscripts[i] + superscripts[l] + " (";
                    double gradient = weights.get(l).asArray().get(j).asArray().get(i).asDouble();
                    assertEquals(fourDigits(-0.3 * gradient), lastCellBefore(md, row, 1), 0.0, row);
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
