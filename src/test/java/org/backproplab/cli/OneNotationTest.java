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
import java.util.regex.Pattern;
import org.backproplab.core.Shape;
import org.backproplab.landscape.WeightNames;
import org.backproplab.model.DataCsv;
import org.backproplab.state.AppState;
import org.backproplab.state.GradientReport;
import org.backproplab.state.LabSession;
import org.backproplab.state.ModelTransfer;
import org.backproplab.state.Lesson;
import org.backproplab.state.Lessons;
import org.backproplab.state.Phase;
import org.backproplab.state.WorkedExample;
import org.backproplab.viz.ParameterNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every producer of names in the pure code and the command line's {@code explain} name the same neuron and
 * weight of a 2-3-2-1 network the same way. The expected names are written out here by hand from the
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
                () -> assertEquals("h₂⁽²⁾ → " + OUTPUT, GradientReport.connection(shape, outputWeight)),
                () -> assertEquals(INPUT + " → h₁⁽¹⁾", GradientReport.connection(shape, inputWeight)),
                () -> assertEquals("bias of " + OUTPUT, GradientReport.connection(shape, outputBias)),
                // the microscope
                () -> assertEquals(HIDDEN_WEIGHT + " from " + FROM + " to " + TO, WeightNames.parameter(shape, hiddenWeight)),
                () -> assertEquals(OUTPUT_WEIGHT + " from h₂⁽²⁾ to " + OUTPUT, WeightNames.parameter(shape, outputWeight)),
                () -> assertEquals(OUTPUT, WeightNames.neuron(shape, 3, 0)),
                () -> assertEquals(INPUT, WeightNames.neuron(shape, 0, 0)),
                () -> assertEquals(FROM, WeightNames.neuron(shape, 1, 1)),
                // the table view of the network
                () -> assertEquals(FROM, ParameterNames.fromShort(shape, hiddenWeight)),
                () -> assertEquals(TO, ParameterNames.toShort(shape, hiddenWeight)),
                () -> assertEquals(OUTPUT, ParameterNames.toShort(shape, outputWeight)),
                () -> assertEquals(INPUT, ParameterNames.fromShort(shape, inputWeight)),
                () -> assertEquals("the output " + OUTPUT, ParameterNames.to(shape, outputWeight)),
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

    private static String oldName(String text) {
        java.util.regex.Matcher matcher = OLD_NAMES.matcher(text);
        return matcher.find() ? text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40))
                : "";
    }
}
