package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.exercise.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A worksheet's link (java -jar backprop-lab.jar worksheet --format json) opens the lab on the sheet's network AND
 * its examples in "Your turn" mode, for every template: the lab's weights are the sheet's, J is the sheet's J, and
 * each question of the first iteration, answered with the sheet's JSON answer key (z worked out here from the
 * sheet's model and data), is right, with the lab's expected value equal to the key's. After the step the lab's
 * weights and J are the key's "updated" and "cost_after".
 */
@ExtendWith(BrowserExtension.class)
class WorksheetLinkIT {
    /** Relative agreement of the browser's numbers with the JVM's (Math.exp and tanh may differ in the last bits). */
    private static final double CLOSE = 1e-12;

    static String worksheet(String template, long seed, int count, String format, String site)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        Process cli = new ProcessBuilder(java, "-jar", jar, "worksheet", "--template", template, "--seed",
                Long.toString(seed), "--count", Integer.toString(count), "--format", format, "--site", site)
                .redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        cli.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, cli.exitValue(), out);
        return out;
    }

    @Test
    void everyTemplatesLinkOpensItsNetworkAndExamplesAndAsksAboutTheSheetsNumbers(Browser browser) throws Exception {
        browser.emulateScreen(1280, 900, 1);
        List<String> covered = new ArrayList<>();
        for (Template template : Template.values()) {
            JsonArray sheets = Json.parse(worksheet(template.id(), 7, 4, "json", Lab.url("/index.html"))).asObject()
                    .get("sheets").asArray();
            boolean[] batchSeen = new boolean[3];
            for (int s = 0; s < sheets.size(); s++) {
                JsonObject sheet = sheets.get(s).asObject();
                int count = sheet.get("data").asArray().size();
                if (batchSeen[count]) {
                    continue; // one sheet with one example and one with a batch of two is enough
                }
                batchSeen[count] = true;
                String where = template.id() + " seed " + sheet.get("seed").asLong() + " (" + count + " example"
                        + (count == 1 ? ")" : "s)");
                checkSheet(browser, sheet, where);
                covered.add(where);
                if (template == Template.SIGMOID_2_2_2 && count == 2) {
                    browser.screenshot("worksheet-link-2-2-2");
                }
            }
        }
        assertTrue(covered.size() >= Template.values().length + 2, "sheets of one and of two examples: " + covered);
        System.out.println("WorksheetLinkIT: " + covered);
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void theExamplesAreRetypedInThePageAndABadOneIsRefusedWithNothingChanged(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=examples&hidden=&loss=mse"));
        org.openqa.selenium.WebElement field = Lab.role(browser, "formula");
        assertTrue(field.isDisplayed(), "the examples field shows for an examples lab");
        assertTrue(!browser.driver().findElement(org.openqa.selenium.By.cssSelector("#lab .blv-class-picker")).isDisplayed(),
                "no \"add points\" for written-out examples");
        assertEquals("0.05,0.1,0.01,0.99", field.getAttribute("value"));
        Lab.type(browser, "formula", "0.5,-0.25,0.8|-1,0.75,0.1", org.openqa.selenium.Keys.ENTER);
        Lab.frames(browser, 2);
        org.backproplab.core.Shape shape = org.backproplab.state.StateCodec.decode(
                "data=examples&hidden=&loss=mse&ex=0.5,-0.25,0.8|-1,0.75,0.1",
                org.backproplab.state.AppState.defaults()).state().shape();
        double[] w = Lab.parameters(browser);
        assertEquals(3, w.length, "one target: one sigmoid output, two weights and a bias");
        // by hand: J = 1/(2N) Σ (σ(w₁x₁ + w₂x₂ + b) − y)² over the two typed examples
        double[][] examples = {{0.5, -0.25, 0.8}, {-1, 0.75, 0.1}};
        double sum = 0;
        for (double[] e : examples) {
            double z = w[shape.weightIndex(0, 0, 0)] * e[0] + w[shape.weightIndex(0, 0, 1)] * e[1] + w[shape.biasIndex(0, 0)];
            double a = 1 / (1 + Math.exp(-z));
            sum += (a - e[2]) * (a - e[2]);
        }
        double cost = sum / 4;
        assertClose(cost, Lab.number(browser, "BackpropLab.main.cost()"), "J over the typed examples");
        assertTrue(browser.driver().getCurrentUrl().contains("ex=0.5,-0.25,0.8%7C-1,0.75,0.1")
                || browser.driver().getCurrentUrl().contains("ex=0.5,-0.25,0.8|-1,0.75,0.1"), browser.driver().getCurrentUrl());

        Lab.type(browser, "formula", "0.5,-0.25,1.5", org.openqa.selenium.Keys.ENTER);
        String message = Lab.text(browser, "formula-message");
        browser.screenshot("examples-field-refused");
        assertTrue(message.contains("1.5") && message.contains("0 to 1") && message.contains("Kept 0.5,-0.25,0.8|-1,0.75,0.1"),
                message);
        assertEquals(cost, Lab.number(browser, "BackpropLab.main.cost()"), 0.0, "nothing applied");
        assertEquals(3, (int) Lab.number(browser, "BackpropLab.main.parameterCount()"));
        Lab.type(browser, "hidden", "2", org.openqa.selenium.Keys.ENTER);
        Lab.frames(browser, 2);
        assertEquals(9, (int) Lab.number(browser, "BackpropLab.main.parameterCount()"), "a hidden layer of 2");
        assertTrue(!browser.driver().findElement(org.openqa.selenium.By.cssSelector("#lab .blv-class-picker")).isDisplayed(),
                "a new network shape does not bring \"add points\" back");
        Lab.assertNoConsoleErrors(browser);
    }

    private static void checkSheet(Browser browser, JsonObject sheet, String where) {
        Lab.open(browser, sheet.get("link").asString());
        JsonObject model = sheet.get("model").asObject();
        JsonObject answers = sheet.get("answers").asObject();
        double[] weights = flat(model);
        assertEquals(weights.length, (int) Lab.number(browser, "BackpropLab.main.parameterCount()"), where);
        for (int k = 0; k < weights.length; k++) {
            assertEquals(weights[k], Lab.number(browser, "BackpropLab.main.parameter(" + k + ")"), 0.0, where + " w" + k);
        }
        assertEquals(sheet.get("lr").asDouble(), Lab.number(browser, "BackpropLab.main.learningRate()"), 0.0, where);
        double cost = answers.get("cost").asDouble();
        assertClose(cost, Lab.number(browser, "BackpropLab.main.cost()"), where + ": the lab's J is the sheet's J");
        assertEquals("true", Lab.role(browser, "quiz-toggle").getAttribute("aria-pressed"), where);
        for (String row : new String[] {"noise-row", "train-row", "points-row", "csv-row"}) {
            assertTrue(!Lab.role(browser, row).isDisplayed(), where + ": " + row + " means nothing for written-out examples");
        }
        for (int phase = 1; phase <= 4; phase++) {
            Lab.click(browser, "phase-next");
            Question question = YourTurnIT.openQuestion(browser);
            assertNotNull(question, where + ": phase " + phase + " waits for its question");
            Object given;
            double key;
            if (question.kind() == QuestionKind.DIRECTION) {
                double change = answers.get("cost_after").asDouble() - cost;
                given = change > 0 ? "up" : "down";
                key = Math.signum(change);
            } else {
                key = keyValue(question, sheet);
                given = key;
            }
            JsonObject verdict = Json.parse(String.valueOf(browser.script(
                    "return BackpropLab.main.answer(arguments[0]);", given))).asObject();
            assertTrue(verdict.get("correct").asBoolean(), where + ": " + question.toJson() + " answered " + given
                    + " → " + verdict);
            if (question.kind() != QuestionKind.DIRECTION) {
                assertClose(key, verdict.get("expected").asDouble(), where + ": the lab expects the key's "
                        + question.toJson());
            }
            assertNull(YourTurnIT.openQuestion(browser), where + ": a right answer closes the question");
        }
        double[] updated = flat(answers.get("updated").asObject(), model);
        for (int k = 0; k < updated.length; k++) {
            assertClose(updated[k], Lab.number(browser, "BackpropLab.main.parameter(" + k + ")"),
                    where + ": weight " + k + " after the step");
        }
    }

    /** The key's value for a question: z from the sheet's model and data, the rest from its JSON answers. */
    private static double keyValue(Question q, JsonObject sheet) {
        JsonObject answers = sheet.get("answers").asObject();
        return switch (q.kind()) {
            case Z, A -> forward(sheet.get("model").asObject(), sheet.get("data").asArray().get(q.example()).asArray(),
                    q.layer(), q.neuron(), q.kind() == QuestionKind.Z);
            case COST -> answers.get("cost").asDouble();
            case DELTA -> answers.get("deltas").asArray().get(q.layer() - 1).asArray().get(q.neuron()).asDouble();
            case GRADIENT -> parameter(answers.get("gradients").asObject(), q);
            case NEW_WEIGHT -> parameter(answers.get("updated").asObject(), q);
            case DIRECTION -> throw new IllegalArgumentException("direction has no number");
        };
    }

    private static double parameter(JsonObject nested, Question q) {
        return q.from() < 0 ? nested.get("biases").asArray().get(q.layer() - 1).asArray().get(q.neuron()).asDouble()
                : nested.get("weights").asArray().get(q.layer() - 1).asArray().get(q.neuron()).asArray().get(q.from())
                        .asDouble();
    }

    /** z (or a) of neuron {@code neuron} of {@code layer} for one example row [x₁, x₂, y…], worked out directly. */
    private static double forward(JsonObject model, JsonArray row, int layer, int neuron, boolean wantZ) {
        JsonArray sizes = model.get("layers").asArray();
        double[] a = {row.get(0).asDouble(), row.get(1).asDouble()};
        for (int l = 1; l <= layer; l++) {
            JsonArray w = model.get("weights").asArray().get(l - 1).asArray();
            JsonArray b = model.get("biases").asArray().get(l - 1).asArray();
            double[] z = new double[sizes.get(l).asInt()];
            for (int j = 0; j < z.length; j++) {
                z[j] = b.get(j).asDouble();
                for (int i = 0; i < a.length; i++) {
                    z[j] += w.get(j).asArray().get(i).asDouble() * a[i];
                }
            }
            if (l == layer && wantZ) {
                return z[neuron];
            }
            String f = model.get("activations").asArray().get(l - 1).asString();
            double[] next = new double[z.length];
            double sum = 0;
            for (int j = 0; j < z.length; j++) {
                next[j] = switch (f) {
                    case "sigmoid" -> 1 / (1 + Math.exp(-z[j]));
                    case "tanh" -> Math.tanh(z[j]);
                    case "relu" -> Math.max(0, z[j]);
                    case "softmax" -> Math.exp(z[j]);
                    default -> throw new IllegalArgumentException(f);
                };
                sum += next[j];
            }
            if (f.equals("softmax")) {
                for (int j = 0; j < z.length; j++) {
                    next[j] /= sum;
                }
            }
            a = next;
        }
        return a[neuron];
    }

    private static double[] flat(JsonObject model) {
        return flat(model, model);
    }

    /** W and B of {@code nested} in the lab's order: layer by layer, its weights row by row, then its biases. */
    private static double[] flat(JsonObject nested, JsonObject model) {
        JsonArray sizes = model.get("layers").asArray();
        List<Double> values = new ArrayList<>();
        for (int l = 1; l < sizes.size(); l++) {
            for (int j = 0; j < sizes.get(l).asInt(); j++) {
                for (int i = 0; i < sizes.get(l - 1).asInt(); i++) {
                    values.add(nested.get("weights").asArray().get(l - 1).asArray().get(j).asArray().get(i).asDouble());
                }
            }
            for (int j = 0; j < sizes.get(l).asInt(); j++) {
                values.add(nested.get("biases").asArray().get(l - 1).asArray().get(j).asDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, CLOSE * Math.max(1, Math.abs(expected)), what);
    }
}
