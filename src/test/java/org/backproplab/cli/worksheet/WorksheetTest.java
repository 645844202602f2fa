package org.backproplab.cli.worksheet;

import org.backproplab.cli.CliRun;
import org.backproplab.cli.worksheet.QrSvg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.core.Backprop;
import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.state.ExamplesText;
import org.backproplab.state.LabSession;
import org.backproplab.state.phases.PhaseStepper;
import org.backproplab.state.phases.PhaseView;
import org.backproplab.core.Shape;
import org.backproplab.exercise.Template;
import org.backproplab.model.ModelJson;
import org.backproplab.state.AppState;
import org.backproplab.state.ShareLink;
import org.backproplab.core.NumberFormat;
import org.junit.jupiter.api.Test;

/**
 * The worksheet command: for every template and 50 seeds the JSON answers are the core's backprop on the numbers
 * the sheet shows (checked again by finite differences and a fresh evaluation after the step), the Markdown and
 * HTML carry the same key, the HTML's QR code scans to its link, the link opens the sheet's network, and bad
 * options are refused with one line.
 */
class WorksheetTest {
    private static final int SEEDS = 50;

    private static JsonArray sheets(String template, int seed, int count, String... more) {
        List<String> args = new ArrayList<>(List.of("worksheet", "--template", template, "--seed", String.valueOf(seed),
                "--count", String.valueOf(count), "--format", "json"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new)).assertOk();
        return Json.parse(run.out()).asObject().get("sheets").asArray();
    }

    @Test
    void answersAreTheCoresBackpropOnTheSheetsNumbersForEveryTemplateAndFiftySeeds() throws Exception {
        for (Template template : Template.values()) {
            JsonArray sheets = sheets(template.id(), 100, SEEDS);
            assertEquals(SEEDS, sheets.size());
            for (int s = 0; s < SEEDS; s++) {
                JsonObject sheet = sheets.get(s).asObject();
                assertEquals(template.id(), sheet.get("template").asString());
                assertEquals(100 + s, sheet.get("seed").asLong());
                assertEquals(0.5, sheet.get("lr").asDouble());
                checkSheet(sheet);
            }
        }
    }

    @Test
    void anotherLearningRateIsUsedForTheStep() throws Exception {
        JsonObject sheet = sheets("2-3-1-tanh-mse", 7, 1, "--lr", "0.1").get(0).asObject();
        assertEquals(0.1, sheet.get("lr").asDouble());
        checkSheet(sheet);
    }

    private static void checkSheet(JsonObject sheet) throws Exception {
        Network network = ModelJson.parse(sheet.get("model").toString()).network();
        Shape shape = network.shape();
        double lr = sheet.get("lr").asDouble();
        JsonArray data = sheet.get("data").asArray();
        int n = data.size();
        assertTrue(n == 1 || n == 2, "one example or a batch of two");
        double[] inputs = new double[n * shape.inputSize()];
        double[] targets = new double[n * shape.outputSize()];
        for (int r = 0; r < n; r++) {
            JsonArray row = data.get(r).asArray();
            assertEquals(shape.inputSize() + shape.outputSize(), row.size());
            for (int i = 0; i < shape.inputSize(); i++) {
                inputs[r * shape.inputSize() + i] = shortNumber(row.get(i));
            }
            for (int k = 0; k < shape.outputSize(); k++) {
                targets[r * shape.outputSize() + k] = shortNumber(row.get(shape.inputSize() + k));
            }
        }
        for (double p : network.parameters()) {
            assertShort(p);
        }
        JsonObject answers = sheet.get("answers").asObject();
        Backprop backprop = new Backprop(shape);
        double[] gradient = new double[shape.parameterCount()];
        double cost = backprop.costAndGradient(network, inputs, targets, null, 0, n, gradient);
        assertEquals(cost, answers.get("cost").asDouble(), 0);
        double[] printedGradient = flat(shape, answers.get("gradients").asObject());
        assertArrayEquals(gradient, printedGradient, 0);
        // finite differences of J, independent of the backward pass
        double[] parameters = network.parameters().clone();
        for (int p = 0; p < parameters.length; p++) {
            Network probe = network.copy();
            double[] moved = parameters.clone();
            moved[p] += 1e-6;
            probe.setParameters(moved);
            double up = backprop.cost(probe, inputs, targets, null, 0, n);
            moved[p] -= 2e-6;
            probe.setParameters(moved);
            double down = backprop.cost(probe, inputs, targets, null, 0, n);
            assertEquals((up - down) / 2e-6, printedGradient[p], 1e-7);
        }
        // δ of a layer is ∂J/∂b of its neurons (∂z/∂b = 1), averaged over the batch
        JsonArray deltas = answers.get("deltas").asArray();
        assertEquals(shape.layerCount() - 1, deltas.size());
        for (int l = 1; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l); j++) {
                assertEquals(gradient[shape.biasIndex(l - 1, j)], deltas.get(l - 1).asArray().get(j).asDouble(), 1e-15);
            }
        }
        double[] updated = flat(shape, answers.get("updated").asObject());
        for (int p = 0; p < parameters.length; p++) {
            assertEquals(parameters[p] - lr * gradient[p], updated[p], 0);
        }
        Network after = network.copy();
        after.setParameters(updated);
        assertEquals(new Backprop(shape).cost(after, inputs, targets, null, 0, n), answers.get("cost_after").asDouble(), 0);
    }

    private static double shortNumber(JsonValue value) {
        double number = value.asDouble();
        assertShort(number);
        return number;
    }

    private static void assertShort(double value) {
        assertEquals(Math.round(value * 100) / 100.0, value, 0, value + " has more than two decimals");
        assertTrue(Math.abs(value) <= 1, value + " is not a short number");
    }

    /** W and B nested as in the model file, flattened in the shape's order. */
    private static double[] flat(Shape shape, JsonObject nested) {
        double[] values = new double[shape.parameterCount()];
        JsonArray weights = nested.get("weights").asArray();
        JsonArray biases = nested.get("biases").asArray();
        for (int l = 0; l + 1 < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l + 1); j++) {
                for (int i = 0; i < shape.size(l); i++) {
                    values[shape.weightIndex(l, j, i)] = weights.get(l).asArray().get(j).asArray().get(i).asDouble();
                }
                values[shape.biasIndex(l, j)] = biases.get(l).asArray().get(j).asDouble();
            }
        }
        return values;
    }

    @Test
    void markdownShowsEverySheetThenOneAnswerKeyWithTheJsonsNumbers() {
        String md = CliRun.of("worksheet", "--template", "2-2-2-sigmoid-mse", "--seed", "40", "--count", "3").assertOk().out();
        JsonArray json = sheets("2-2-2-sigmoid-mse", 40, 3);
        int key = md.indexOf("# Answer key");
        assertTrue(key > 0);
        for (int s = 1; s <= 3; s++) {
            int sheet = md.indexOf("# Worksheet " + s + " of 3");
            assertTrue(sheet >= 0 && sheet < key, "sheet " + s);
            JsonObject answers = json.get(s - 1).asObject().get("answers").asObject();
            int keyOfSheet = md.indexOf("## Worksheet " + s + " (2-2-2-sigmoid-mse, seed " + (39 + s) + ")");
            assertTrue(keyOfSheet > key, "key of sheet " + s);
            String cost = "J = " + NumberFormat.format(answers.get("cost").asDouble(), 4) + ".";
            String after = "J after the step = " + NumberFormat.format(answers.get("cost_after").asDouble(), 4);
            assertTrue(md.indexOf(cost, keyOfSheet) > 0 && md.indexOf(after, keyOfSheet) > 0, cost + " / " + after);
        }
        assertTrue(md.contains("| h₁⁽¹⁾ | w₁,₁⁽¹⁾ = "), "the sheet prints the weights by name and value");
        assertEquals(3, md.split("Check your answers in the lab", -1).length - 1, "every 2-2-2 sheet has its link");
        assertFalse(md.contains("there is no lab link"));
    }

    @Test
    void htmlPrintsOneSheetPerPageWithAQrCodeThatScansToALinkOpeningTheSheetsNetwork() throws Exception {
        for (String template : new String[] {"2-2-1-sigmoid-mse", "2-2-2-sigmoid-mse", "2-3-1-tanh-mse",
            "2-3-3-relu-softmax-ce"}) {
            String html = CliRun.of("worksheet", "--template", template, "--seed", "9", "--count", "2", "--format", "html",
                    "--site", "https://example.org/lab/index.html").assertOk().out();
            JsonArray json = sheets(template, 9, 2);
            assertTrue(html.contains("section.sheet { break-after: page; page-break-after: always; }"));
            assertTrue(html.contains("section.key { break-before: page; page-break-before: always; }"),
                    "each key on a page of its own (WorksheetPrintIT prints and counts them)");
            assertEquals(3, html.split("<section class=\"key\">").length, "one key section per sheet");
            String[] sections = html.split("<section class=\"sheet\">");
            assertEquals(3, sections.length, "two sheets");
            for (int s = 1; s <= 2; s++) {
                String section = sections[s];
                Matcher href = Pattern.compile("<a href=\"([^\"]+)\">").matcher(section);
                assertTrue(href.find(), "sheet " + s + " has a link");
                String link = href.group(1).replace("&amp;", "&");
                assertTrue(link.startsWith("https://example.org/lab/index.html#v=1&"), link);
                assertTrue(link.contains("&quiz=1&"), link);
                assertEquals(link, scan(section), "the QR code holds the link");
                ShareLink.Decoded opened = ShareLink.decode(link.substring(link.indexOf('#')), AppState.defaults());
                assertTrue(opened.notices().isEmpty(), opened.notices().toString());
                assertTrue(opened.state().quiz());
                JsonObject sheet = json.get(s - 1).asObject();
                Network network = ModelJson.parse(sheet.get("model").toString()).network();
                assertArrayEquals(network.shape().sizes(), opened.state().layerSizes());
                assertEquals(network.shape().activation(1), opened.state().activation());
                assertEquals(network.shape().outputActivation(), opened.state().outputActivation());
                assertEquals(network.loss(), opened.state().loss());
                assertEquals(sheet.get("lr").asDouble(), opened.state().learningRate());
                assertArrayEquals(network.parameters(), opened.weights(), 0, "the link carries the sheet's weights");
                assertEquals(DatasetKind.EXAMPLES, opened.state().dataset());
                assertEquals(0, opened.state().batchSize(), "one full batch: the sheet's examples, in their order");
                Dataset examples = ExamplesText.parse(opened.state().formula());
                JsonArray rows = sheet.get("data").asArray();
                assertEquals(rows.size(), examples.count(), "the link carries the sheet's examples");
                for (int r = 0; r < rows.size(); r++) {
                    JsonArray row = rows.get(r).asArray();
                    assertEquals(examples.inputSize() + examples.targetSize(), row.size());
                    for (int c = 0; c < row.size(); c++) {
                        double value = c < 2 ? examples.input(r, c) : examples.target(r, c - 2);
                        assertEquals(row.get(c).asDouble(), value, 0.0, "example " + r + ", column " + c);
                    }
                }
            }
            assertTrue(html.indexOf("<h1>Answer key</h1>") > html.lastIndexOf("<section class=\"sheet\">"));
        }
    }

    /**
     * The link opened as the lab opens it (settings, then the weights), then one iteration stepped in phases: the
     * lab's batch, J, batch-mean δ, gradient, step and J after it are the sheet's JSON answer key — the lab
     * computes them with the trainer's backprop, not with the exercise engine that wrote the key.
     */
    @Test
    void theLinksLabStepsThroughTheSheetsOwnIterationForEveryTemplate() throws Exception {
        for (Template template : Template.values()) {
            JsonArray json = sheets(template.id(), 300, 6);
            for (int s = 0; s < json.size(); s++) {
                JsonObject sheet = json.get(s).asObject();
                String where = template.id() + " seed " + (300 + s);
                String link = sheet.get("link").asString();
                ShareLink.Decoded opened = ShareLink.decode(link.substring(link.indexOf('#')), AppState.defaults());
                assertTrue(opened.notices().isEmpty(), where + ": " + opened.notices());
                LabSession lab = new LabSession(opened.state());
                assertEquals("", lab.replaceParameters(opened.weights()));
                JsonObject answers = sheet.get("answers").asObject();
                Shape shape = lab.network().shape();
                double cost = answers.get("cost").asDouble();
                assertEquals(cost, lab.trainCost(), 1e-12 * Math.max(1, cost), where + ": J of the lab's data is the sheet's");
                PhaseStepper stepper = new PhaseStepper(lab);
                stepper.next();
                assertEquals(sheet.get("data").asArray().size(), stepper.batchCount(), where);
                for (int k = 0; k < stepper.batchCount(); k++) {
                    assertEquals(k, stepper.batchExample(k), where + ": the sheet's examples in their order");
                }
                stepper.next();
                stepper.next();
                PhaseView mean = stepper.view(PhaseView.BATCH_MEAN);
                assertEquals(cost, mean.cost(), 1e-12 * Math.max(1, cost), where);
                JsonArray deltas = answers.get("deltas").asArray();
                for (int l = 1; l < shape.layerCount(); l++) {
                    for (int j = 0; j < shape.size(l); j++) {
                        assertEquals(deltas.get(l - 1).asArray().get(j).asDouble(), mean.delta(l, j), 1e-12,
                                where + ": δ of layer " + l + " neuron " + j);
                    }
                }
                double[] gradients = flat(shape, answers.get("gradients").asObject());
                double[] updated = flat(shape, answers.get("updated").asObject());
                for (int p = 0; p < gradients.length; p++) {
                    assertEquals(gradients[p], mean.gradient(p), 1e-12, where + ": ∂J/∂ of parameter " + p);
                }
                stepper.next();
                stepper.finish();
                lab.afterExternalSteps();
                assertArrayEquals(updated, lab.network().parameters(), 1e-12, where + ": the step");
                double after = answers.get("cost_after").asDouble();
                assertEquals(after, lab.trainCost(), 1e-12 * Math.max(1, after), where + ": J after the step");
            }
        }
    }

    /** Reads the modules back from the SVG path and decodes them with ZXing. */
    private static String scan(String html) throws Exception {
        Matcher view = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(html);
        assertTrue(view.find());
        int size = Integer.parseInt(view.group(1)) - 2 * QrSvg.QUIET_ZONE;
        BitMatrix modules = new BitMatrix(size);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(html);
        int runs = 0;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1)) - QrSvg.QUIET_ZONE;
            int y = Integer.parseInt(run.group(2)) - QrSvg.QUIET_ZONE;
            modules.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
            runs++;
        }
        assertTrue(runs > 0);
        return new Decoder().decode(modules).getText();
    }

    @Test
    void badOptionsAreRefusedWithOneLineNamingWhatIsAllowed() {
        String[] base = {"worksheet", "--template", "2-2-1-sigmoid-mse", "--seed", "1"};
        bad(new String[] {"worksheet", "--template", "3-3-3", "--seed", "1"}, "error: --template: unknown template \"3-3-3\"; "
                + "allowed: 2-2-1-sigmoid-mse, 2-2-2-sigmoid-mse, 2-3-1-tanh-mse, 2-3-3-relu-softmax-ce");
        bad(new String[] {"worksheet", "--seed", "1"}, "error: worksheet needs --template (see worksheet --help)");
        bad(new String[] {"worksheet", "--template", "2-2-1-sigmoid-mse"}, "error: worksheet needs --seed");
        for (String seed : new String[] {"-1", "abc", "1000000000", "1.5"}) {
            bad(new String[] {"worksheet", "--template", "2-2-1-sigmoid-mse", "--seed", seed},
                    "error: --seed must be an integer from 0 to 999999999, but is " + seed);
        }
        for (String count : new String[] {"0", "101", "many"}) {
            bad(with(base, "--count", count), "error: --count must be an integer from 1 to 100, but is " + count);
        }
        bad(with(base, "--format", "pdf"), "error: --format must be markdown, html or json, but is pdf");
        bad(with(base, "--lr", "0"), "error: --lr must be a number > 0 and <= 10, but is 0");
        bad(with(base, "--lr", "11"), "error: --lr must be a number > 0 and <= 10, but is 11");
        bad(with(base, "--site", "my lab"), "error: --site must be the lab's address without spaces");
        bad(with(base, "--pages", "2"), "error: unknown option --pages for worksheet; allowed: --template, --seed, "
                + "--count, --lr, --format, --site, --help");
    }

    private static String[] with(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static void bad(String[] args, String expectedStart) {
        CliRun run = CliRun.of(args).assertBadInput(expectedStart);
        assertTrue(run.err().startsWith(expectedStart), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
    }

    @Test
    void helpDescribesTheCommandAndTheMainUsageListsIt() {
        CliRun help = CliRun.of("worksheet", "--help").assertOk();
        assertTrue(help.out().startsWith("Usage: java -jar backprop-lab.jar worksheet --template NAME --seed S"));
        for (Template template : Template.values()) {
            assertTrue(help.out().contains(template.id()), template.id());
        }
        assertNotNull(CliRun.of("--help").assertOk().out().lines()
                .filter(line -> line.startsWith("  worksheet  ")).findFirst().orElse(null));
    }
}
