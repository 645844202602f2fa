package org.backproplab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.cli.Main;
import org.backproplab.export.Framework;
import org.backproplab.model.DataCsv;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.ModelTransfer;
import org.backproplab.state.StateCodec;
import org.backproplab.optim.OptimizerKind;
import org.backproplab.core.Activation;
import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's script export gives the text `export-code` prints for the files Export ▾ saves. */
class ExportMainTest {
    @TempDir
    Path folder;

    @Test
    void thePagesScriptIsTheCommandLinesForTheSavedModelAndData() throws Exception {
        AppState state = AppState.defaults().withDataset(DatasetKind.MOONS).withActivation(Activation.RELU)
                .withOptimizer(OptimizerKind.MOMENTUM).withMomentum(0.8).withLearningRate(0.05).withBatchSize(16)
                .withSeed(42);
        LabSession lab = new LabSession(state);
        lab.train(30);
        String model = ModelTransfer.modelJson(state, lab.network());
        String data = DataCsv.write(lab.trainData());
        Path modelFile = Files.writeString(folder.resolve("model.json"), model);
        Path dataFile = Files.writeString(folder.resolve("data.csv"), data);
        for (String framework : new String[] {ExportMain.PYTORCH, ExportMain.NUMPY}) {
            String answer = ExportMain.backpropLabExportScript(framework, template(), model, data,
                    StateCodec.encode(state), "unused.csv");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"export-code", "--framework", framework, "--model", modelFile.toString(),
                "--data", dataFile.toString(), "--optimizer", "momentum", "--momentum", "0.8", "--lr", "0.05", "--batch",
                "16", "--seed", "42"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertEquals(0, code);
            assertEquals(ExportMain.SCRIPT + "\n" + Framework.fromId(framework).fileName() + "\n"
                    + out.toString(StandardCharsets.UTF_8), answer);
        }
    }

    @Test
    void aRunThatDivergesIsRefusedWithTheReason() throws Exception {
        AppState state = AppState.defaults().withDataset(DatasetKind.SINE).withActivation(Activation.LINEAR)
                .withLearningRate(10).withBatchSize(0);
        LabSession lab = new LabSession(state);
        String answer = ExportMain.backpropLabExportScript(ExportMain.NUMPY, template(),
                ModelTransfer.modelJson(state, lab.network()), DataCsv.write(lab.trainData()), StateCodec.encode(state),
                "unused.csv");
        assertTrue(answer.startsWith(ExportMain.REFUSED + "\nbackprop-lab-numpy.py\nthe lab's training diverged at step "),
                answer);
    }

    @Test
    void thePagesFrameworkNamesAreTheExportersOwn() {
        assertEquals(Framework.PYTORCH, Framework.fromId(ExportMain.PYTORCH));
        assertEquals(Framework.NUMPY, Framework.fromId(ExportMain.NUMPY));
    }

    private static String template() throws Exception {
        try (var in = ExportMainTest.class.getResourceAsStream("/export/script.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
