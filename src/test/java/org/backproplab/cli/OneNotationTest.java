package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import org.backproplab.core.Notation;
import org.backproplab.viz.NetworkText;
import org.backproplab.core.Shape;
import org.backproplab.exercise.Exercise;
import org.backproplab.exercise.Problem;
import org.backproplab.exercise.Question;
import org.backproplab.exercise.QuestionKind;
import org.backproplab.exercise.Template;
import org.backproplab.model.DataCsv;
import org.backproplab.state.AppState;
import org.backproplab.state.phases.GradientReport;
import org.backproplab.state.LabSession;
import org.backproplab.state.ModelTransfer;
import org.backproplab.state.course.Lesson;
import org.backproplab.state.course.Lessons;
import org.backproplab.state.phases.Phase;
import org.backproplab.state.phases.WorkedExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every producer of names in the pure code, the command line's {@code explain}, the exercise hints and the
 * worksheets name the same neuron and weight of a 2-3-2-1 network (and of a worksheet's 2-3-1 network) the same way. The expected names are written out here by hand from the
 * notation's definition (x₁ input 1; h<sub>j</sub><sup>(l)</sup> neuron j of hidden layer l; ŷ the one
 * output, y its target; w<sub>j,i</sub><sup>(l)</sup> from neuron i of layer l−1 to neuron j of layer l).
 */
class OneNotationTest {
    /** The weight from hidden neuron 2 of layer 1 to hidden neuron 1 of layer 2. */
    static final String HIDDEN_WEIGHT = "w₁,₂⁽²⁾";
    static final String FROM = "h₂⁽¹⁾";
    static final String TO = "h₁⁽²⁾";
    /** The weight from hidden neuron 2 of layer 2 to the output (layer 3). */
    static final String OUTPUT_WEIGHT = "w₁,₂⁽³⁾";
    static final String OUTPUT = "ŷ";
    static final String TARGET = "y";
    static final String INPUT = "x₁";

    /** Names of the old schemes: o1, y1, t_y1, i1, h1_2, "h2 (layer 1)", L1·n2, out 2, W[1][0][1]. */
    static final Pattern OLD_NAMES = Pattern.compile(
            "\\b[oyi]\\d\\b|\\bt_|\\bh\\d_\\d|\\(layer \\d\\)|L\\d·n\\d|\\bout \\d|\\b[WB]\\[\\d");

    /** z of hidden neuron 1 of layer 2, as the worked example writes it. */
    static final String HIDDEN_Z = "z₁⁽²⁾ = w₁,₁⁽²⁾·h₁⁽¹⁾ + " + HIDDEN_WEIGHT + "·" + FROM + " + w₁,₃⁽²⁾·h₃⁽¹⁾ + b₁⁽²⁾";

    /**
     * Names of the exercises' and worksheets' old scheme: i1, h1, o1; h1_2; w5 (weights numbered in file order);
     * b_h1; and the prefixed a_h1, z_o1, t_o1, δ_o1.
     */
    static final Pattern OLD_EXERCISE_NAMES = Pattern.compile(
            "\\b[iho]\\d\\b|\\bh\\d_\\d|\\bw\\d+\\b|\\b[abzt]_[a-z]+\\d|δ_[a-z]+\\d");

    @TempDir
    Path dir;

    @Test
    void everyProducerNamesTheSameNeuronsAndWeightsOfA2_3_2_1Network() throws IOException {
        LabSession lab = new LabSession(AppState.defaults().withHiddenLayers(new int[] {3, 2}).withPointCount(20));
        Shape shape = lab.network().shape();
        assertEquals("2-3-2-1", shape.toString().substring(0, 7));
        int hiddenWeight = shape.weightIndex(1, 0, 1);
        int outputWeight = shape.weightIndex(2, 0, 1);
        int inputWeight = shape.weightIndex(0, 0, 0);
        int outputBias = shape.biasIndex(2, 0);

        WorkedExample worked = WorkedExample.of(lab, null, 0);
        GradientReport report = worked.gradientCheck();
        String browser = worked.markdown("circle");
        String commandLine = explainOnTheCommandLine(worked);

        assertAll(
                // core
                () -> assertEquals(HIDDEN_WEIGHT, shape.parameterName(hiddenWeight)),
                () -> assertEquals(OUTPUT_WEIGHT, shape.parameterName(outputWeight)),
                // the gradient check (stepper dialog, phase texts)
                () -> assertEquals(HIDDEN_WEIGHT, report.parameterName(hiddenWeight)),
                () -> assertEquals(FROM + " → " + TO, report.connection(hiddenWeight)),
                () -> assertEquals("h₂⁽²⁾ → " + OUTPUT, Notation.UNICODE.connection(shape, outputWeight)),
                () -> assertEquals(INPUT + " → h₁⁽¹⁾", Notation.UNICODE.connection(shape, inputWeight)),
                () -> assertEquals("bias of " + OUTPUT, Notation.UNICODE.connection(shape, outputBias)),
                // the microscope
                () -> assertEquals(HIDDEN_WEIGHT + " from " + FROM + " to " + TO, Notation.UNICODE.described(shape, hiddenWeight)),
                () -> assertEquals(OUTPUT_WEIGHT + " from h₂⁽²⁾ to " + OUTPUT, Notation.UNICODE.described(shape, outputWeight)),
                () -> assertEquals(OUTPUT, Notation.UNICODE.neuron(shape, 3, 0)),
                () -> assertEquals(INPUT, Notation.UNICODE.neuron(shape, 0, 0)),
                () -> assertEquals(FROM, Notation.UNICODE.neuron(shape, 1, 1)),
                // the table view of the network
                () -> assertEquals(FROM, Notation.UNICODE.fromNeuron(shape, hiddenWeight)),
                () -> assertEquals(TO, Notation.UNICODE.toNeuron(shape, hiddenWeight)),
                () -> assertEquals(OUTPUT, Notation.UNICODE.toNeuron(shape, outputWeight)),
                () -> assertEquals(INPUT, Notation.UNICODE.fromNeuron(shape, inputWeight)),
                () -> assertEquals("the output " + OUTPUT, Notation.UNICODE.toWords(shape, outputWeight)),
                // the network diagram's tooltips
                () -> assertTrue(NetworkText.weightTooltip(shape, hiddenWeight, 0.5, null, 0, false)
                        .startsWith("weight " + HIDDEN_WEIGHT + " = 0.5\nfrom " + FROM + ", neuron 2 of hidden layer 1\nto "
                                + TO + ", neuron 1 of hidden layer 2\n∂J/∂" + HIDDEN_WEIGHT + ": ")),
                () -> assertEquals("the output " + OUTPUT, NetworkText.neuronName(shape, 3, 0)),
                () -> assertEquals("input " + INPUT, NetworkText.neuronName(shape, 0, 0)),
                // the key under the weight table
                () -> assertTrue(Notation.UNICODE.key().startsWith(FROM + " is neuron 2 of hidden layer 1; "
                        + HIDDEN_WEIGHT + " is the weight from neuron 2 of layer 1 to neuron 1 of layer 2")),
                // the worked example in the browser and on the command line
                () -> assertWorkedExampleNames(browser),
                () -> assertWorkedExampleNames(commandLine),
                // the exported data: the same names in ASCII
                () -> assertTrue(DataCsv.write(lab.trainData()).startsWith("x1,x2,y\n")));
    }

    private static void assertWorkedExampleNames(String md) {
        assertAll(
                () -> assertTrue(md.contains("| example | `" + INPUT + "` | `x₂` | `" + TARGET + "` |"), md),
                () -> assertTrue(md.contains("| `" + FROM + "` |"), md),
                () -> assertTrue(md.contains("| `" + OUTPUT + "` |"), md),
                () -> assertTrue(md.contains("- `z₁⁽²⁾ = w₁,₁⁽²⁾·h₁⁽¹⁾ + " + HIDDEN_WEIGHT + "·" + FROM + " + w₁,₃⁽²⁾·h₃⁽¹⁾ + b₁⁽²⁾ = "), md),
                () -> assertTrue(md.contains("- `∂J/∂" + HIDDEN_WEIGHT + " = δ₁⁽²⁾ · " + FROM + " = "), md),
                () -> assertTrue(md.contains("- `∂J/∂" + OUTPUT_WEIGHT + " = δ₁⁽³⁾ · h₂⁽²⁾ = "), md),
                () -> assertTrue(md.contains("| " + HIDDEN_WEIGHT + " (" + FROM + "→" + TO + ") | weights[1][0][1] |"), md),
                () -> assertTrue(md.contains("| " + OUTPUT_WEIGHT + " (h₂⁽²⁾→" + OUTPUT + ") | weights[2][0][1] |"), md),
                () -> assertTrue(md.contains("(" + OUTPUT + " - " + TARGET + ")"), md),
                () -> assertFalse(OLD_NAMES.matcher(md).find(), () -> "an old name: " + oldName(md)));
    }

    /** The same batch and weights through {@code explain}, from files as a teacher would write them. */
    private String explainOnTheCommandLine(WorkedExample worked) throws IOException {
        Path model = dir.resolve("lab.json");
        Files.writeString(model, ModelTransfer.modelJson(AppState.defaults(), worked.network()));
        Path data = dir.resolve("batch.csv");
        Files.writeString(data, DataCsv.write(worked.batch()));
        return CliRun.of("explain", "--model", model.toString(), "--data", data.toString(), "--example", "1", "--lr",
                Double.toString(worked.learningRate())).assertOk().out();
    }

    @Test
    void lessonsAndPhaseCaptionsCallTheOutputYHatAndTheTargetY() {
        List<String> texts = new ArrayList<>();
        for (Lesson lesson : Lessons.all()) {
            texts.add(lesson.text());
            texts.add(lesson.task());
        }
        for (Phase phase : Phase.values()) {
            texts.add(phase.caption());
        }
        for (String text : texts) {
            assertFalse(OLD_NAMES.matcher(text).find(), () -> "an old name in: " + text);
        }
        assertTrue(Lessons.get(0).text().contains("output " + OUTPUT) && Lessons.get(0).text().contains("target " + TARGET),
                Lessons.get(0).text());
        assertTrue(Phase.COST.caption().contains("output " + OUTPUT + " is against the target " + TARGET));
    }

    @Test
    void theOldNamePatternFindsEveryOldScheme() {
        for (String old : new String[] {"o1", "y1", "t_y1", "i1", "h1_2", "h2 (layer 1)", "L1·n2", "out 2", "W[1][0][1]"}) {
            assertTrue(OLD_NAMES.matcher("a " + old + " b").find(), old);
        }
        for (String name : new String[] {OUTPUT, TARGET, INPUT, FROM, HIDDEN_WEIGHT, "b₁⁽²⁾", "δ₁⁽²⁾", "z₁⁽²⁾"}) {
            assertFalse(OLD_NAMES.matcher("a " + name + " b").find(), name);
        }
    }

    @Test
    void exerciseHintsNameTheWeightsAndNeuronsOfA2_3_2_1NetworkAsTheWorkedExampleDoes() {
        LabSession lab = new LabSession(AppState.defaults().withHiddenLayers(new int[] {3, 2}).withPointCount(20));
        WorkedExample worked = WorkedExample.of(lab, null, 0);
        String browser = worked.markdown("circle");
        Exercise exercise = new Exercise(new Problem(worked.network(), worked.batch(), worked.learningRate()));

        List<String> z = exercise.hints(Question.neuron(QuestionKind.Z, 2, 0, 0));
        List<String> hiddenGradient = exercise.hints(Question.parameter(QuestionKind.GRADIENT, 2, 0, 1));
        List<String> outputGradient = exercise.hints(Question.parameter(QuestionKind.GRADIENT, 3, 0, 1));
        List<String> hiddenDelta = exercise.hints(Question.neuron(QuestionKind.DELTA, 2, 0, Question.BATCH));
        List<String> outputDelta = exercise.hints(Question.neuron(QuestionKind.DELTA, 3, 0, Question.BATCH));
        List<String> update = exercise.hints(Question.parameter(QuestionKind.NEW_WEIGHT, 2, 0, 1));
        List<String> cost = exercise.hints(Question.cost());
        List<String> activation = exercise.hints(Question.neuron(QuestionKind.A, 2, 0, 0));
        assertAll(
                () -> assertTrue(browser.contains("- `" + HIDDEN_Z + " = "), browser),
                () -> assertTrue(z.get(0).startsWith(HIDDEN_Z + ":"), z.get(0)),
                () -> assertTrue(browser.contains("- `∂J/∂" + HIDDEN_WEIGHT + " = δ₁⁽²⁾ · " + FROM + " = "), browser),
                () -> assertTrue(hiddenGradient.get(0).startsWith("∂J/∂" + HIDDEN_WEIGHT + " = ∂J/∂z₁⁽²⁾ · ∂z₁⁽²⁾/∂"
                        + HIDDEN_WEIGHT + " = δ₁⁽²⁾ · " + FROM + ":"), hiddenGradient.get(0)),
                () -> assertTrue(outputGradient.get(0).startsWith("∂J/∂" + OUTPUT_WEIGHT + " = ∂J/∂z₁⁽³⁾ · ∂z₁⁽³⁾/∂"
                        + OUTPUT_WEIGHT + " = δ₁⁽³⁾ · h₂⁽²⁾:"), outputGradient.get(0)),
                () -> assertTrue(hiddenDelta.get(0).startsWith("δ₁⁽²⁾ = ∂J/∂" + TO + " · f′(z₁⁽²⁾) with ∂J/∂" + TO
                        + " = w₁,₁⁽³⁾·δ₁⁽³⁾: every path from " + TO + " to the cost."), hiddenDelta.get(0)),
                () -> assertTrue(outputDelta.get(0).startsWith("δ₁⁽³⁾ = ∂J/∂" + OUTPUT + " · ∂" + OUTPUT + "/∂z₁⁽³⁾ = ("
                        + OUTPUT + " − " + TARGET + ") · f′(z₁⁽³⁾)."), outputDelta.get(0)),
                () -> assertTrue(update.get(0).startsWith(HIDDEN_WEIGHT + " ← " + HIDDEN_WEIGHT + " − α·∂J/∂"
                        + HIDDEN_WEIGHT + ":"), update.get(0)),
                () -> assertTrue(activation.get(0).startsWith(TO + " = f(z₁⁽²⁾) with f = "), activation.get(0)),
                () -> assertTrue(cost.get(1).contains(OUTPUT + " = ") && cost.get(1).contains(", " + TARGET + " = "),
                        cost.get(1)));
    }

    @Test
    void aWorksheetNamesItsNetworkAsExplainDoesOnTheSameModelAndExample() throws IOException {
        // Template 2-3-1-tanh-mse, seed 7: one example, so explain's batch is the sheet's.
        String markdown = CliRun.of("worksheet", "--template", "2-3-1-tanh-mse", "--seed", "7").assertOk().out();
        JsonObject sheet = Json.parse(CliRun.of("worksheet", "--template", "2-3-1-tanh-mse", "--seed", "7", "--format",
                "json").assertOk().out()).asObject().get("sheets").asArray().get(0).asObject();
        JsonArray data = sheet.get("data").asArray();
        assertEquals(1, data.size(), "seed 7 gives one example");
        Path model = dir.resolve("sheet.json");
        Files.writeString(model, sheet.get("model").toString());
        Path csv = dir.resolve("sheet.csv");
        JsonArray row = data.get(0).asArray();
        Files.writeString(csv, "x1,x2,y\n" + row.get(0) + "," + row.get(1) + "," + row.get(2) + "\n");
        String explain = CliRun.of("explain", "--model", model.toString(), "--data", csv.toString(), "--example", "1",
                "--lr", "0.5").assertOk().out();

        // Written out by hand: into each neuron its weights from x₁, x₂ (h₁⁽¹⁾ … h₃⁽¹⁾), then its bias.
        String[] parameters = {"w₁,₁⁽¹⁾", "w₁,₂⁽¹⁾", "b₁⁽¹⁾", "w₂,₁⁽¹⁾", "w₂,₂⁽¹⁾", "b₂⁽¹⁾", "w₃,₁⁽¹⁾", "w₃,₂⁽¹⁾",
            "b₃⁽¹⁾", "w₁,₁⁽²⁾", "w₁,₂⁽²⁾", "w₁,₃⁽²⁾", "b₁⁽²⁾"};
        String[] from = {"x₁", "x₂", null, "x₁", "x₂", null, "x₁", "x₂", null, "h₁⁽¹⁾", "h₂⁽¹⁾", "h₃⁽¹⁾", null};
        String[] to = {"h₁⁽¹⁾", "h₁⁽¹⁾", null, "h₂⁽¹⁾", "h₂⁽¹⁾", null, "h₃⁽¹⁾", "h₃⁽¹⁾", null, OUTPUT, OUTPUT, OUTPUT, null};
        String key = markdown.substring(markdown.indexOf("# Answer key"));
        int at = 0;
        for (int p = 0; p < parameters.length; p++) {
            int row0 = key.indexOf("\n| " + parameters[p] + " | ", at);
            assertTrue(row0 > at, parameters[p] + " in the key's parameter table, after the one before it:\n" + key);
            at = row0;
            String named = from[p] == null ? "| " + parameters[p] + " | biases[" : "| " + parameters[p] + " (" + from[p]
                    + "→" + to[p] + ") | weights[";
            assertTrue(explain.contains(named), named + " in explain:\n" + explain);
            assertTrue(markdown.contains(" | " + parameters[p] + " = "), parameters[p] + " on the sheet");
        }
        Matcher chain = Pattern.compile("∂J/∂(w\\S+) = (δ\\S+ · \\S+) = ").matcher(key);
        assertTrue(chain.find(), key);
        String asked = "∂J/∂" + chain.group(1) + " = " + chain.group(2) + " = ";
        String sheetText = markdown.substring(0, markdown.indexOf("# Answer key"));
        assertAll(
                () -> assertTrue(explain.contains("- `" + asked), asked + " in explain:\n" + explain),
                () -> assertTrue(sheetText.contains("∂J/∂" + chain.group(1) + " (from "), sheetText),
                () -> assertTrue(sheetText.contains("| example | x₁ | x₂ | " + TARGET + " |"), sheetText),
                () -> assertTrue(sheetText.contains("| into the outputs | from h₁⁽¹⁾ | from h₂⁽¹⁾ | from h₃⁽¹⁾ | bias |"),
                        sheetText),
                () -> assertTrue(sheetText.contains("| " + OUTPUT + " | w₁,₁⁽²⁾ = "), sheetText),
                () -> assertTrue(sheetText.contains("| h₂⁽¹⁾ | w₂,₁⁽¹⁾ = "), sheetText),
                () -> assertTrue(sheetText.contains("The output layer's δ = ∂J/∂z: δ₁⁽²⁾."), sheetText),
                () -> assertTrue(sheetText.contains("The hidden layer's δ: δ₁⁽¹⁾, δ₂⁽¹⁾, δ₃⁽¹⁾."), sheetText),
                () -> assertTrue(key.contains("\n| " + OUTPUT + " | "), "the key's neuron table names the output ŷ"));

        // The hints of the same problem write z₁⁽²⁾ as explain does.
        Exercise exercise = new Exercise(Template.TANH_2_3_1.problem(7, 0.5));
        String outputZ = "z₁⁽²⁾ = w₁,₁⁽²⁾·h₁⁽¹⁾ + w₁,₂⁽²⁾·h₂⁽¹⁾ + w₁,₃⁽²⁾·h₃⁽¹⁾ + b₁⁽²⁾";
        assertTrue(explain.contains("- `" + outputZ + " = "), explain);
        assertTrue(exercise.hints(Question.neuron(QuestionKind.Z, 2, 0, 0)).get(0).startsWith(outputZ + ":"));
    }

    @Test
    void noWorksheetOrHintOfAnyTemplateUsesAnOldName() {
        for (Template template : Template.values()) {
            for (long seed = 0; seed < 10; seed++) {
                long s = seed;
                Exercise exercise = new Exercise(template.problem(seed, Template.DEFAULT_LEARNING_RATE));
                for (String hint : allHints(exercise)) {
                    assertFalse(OLD_EXERCISE_NAMES.matcher(hint).find() || OLD_NAMES.matcher(hint).find(),
                            () -> template.id() + " seed " + s + ": an old name in the hint " + hint);
                }
            }
            // the lab link is left out: its keys w1=, b1= are the link's, not names
            String sheets = CliRun.of("worksheet", "--template", template.id(), "--seed", "3", "--count", "4")
                    .assertOk().out().replaceAll("<http[^>]*>", "");
            assertFalse(OLD_EXERCISE_NAMES.matcher(sheets).find() || OLD_NAMES.matcher(sheets).find(),
                    () -> template.id() + ": an old name: " + oldName(sheets) + oldName(sheets, OLD_EXERCISE_NAMES));
        }
    }

    /** The hints of every question about every neuron and parameter of the problem. */
    private static List<String> allHints(Exercise exercise) {
        Shape shape = exercise.problem().shape();
        List<Question> questions = new ArrayList<>(List.of(Question.cost(), Question.direction()));
        for (int l = 1; l < shape.layerCount(); l++) {
            for (int j = 0; j < shape.size(l); j++) {
                questions.add(Question.neuron(QuestionKind.Z, l, j, 0));
                questions.add(Question.neuron(QuestionKind.A, l, j, 0));
                questions.add(Question.neuron(QuestionKind.DELTA, l, j, Question.BATCH));
                for (int i = -1; i < shape.size(l - 1); i++) {
                    questions.add(Question.parameter(QuestionKind.GRADIENT, l, j, i));
                    questions.add(Question.parameter(QuestionKind.NEW_WEIGHT, l, j, i));
                }
            }
        }
        List<String> hints = new ArrayList<>();
        for (Question question : questions) {
            hints.addAll(exercise.hints(question));
        }
        return hints;
    }

    @Test
    void theOldExerciseNamePatternFindsTheOldSchemeAndNotTheNotation() {
        for (String old : new String[] {"i1", "h2", "o1", "h1_2", "w5", "w12", "b_h1", "a_h1", "z_o1", "t_o1", "δ_o1"}) {
            assertTrue(OLD_EXERCISE_NAMES.matcher("a " + old + " b").find(), old);
        }
        for (String name : new String[] {OUTPUT, TARGET, INPUT, FROM, HIDDEN_WEIGHT, "b₁⁽²⁾", "δ₁⁽²⁾", "z₁⁽²⁾",
            "½·Σ_k (ŷ_k − y_k)²", "δ_k = ŷ_k·((ŷ_k − y_k) − Σ_m (ŷ_m − y_m)·ŷ_m)"}) {
            assertFalse(OLD_EXERCISE_NAMES.matcher("a " + name + " b").find(), name);
        }
    }

    private static String oldName(String text) {
        return oldName(text, OLD_NAMES);
    }

    private static String oldName(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40))
                : "";
    }
}
