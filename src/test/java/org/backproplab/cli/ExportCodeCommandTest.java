package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCodeCommandTest {
    private static final String MODEL = "example:worked-2-2-2.json";
    private static final String DATA = "example:worked-2-2-2.csv";

    @TempDir
    Path folder;

    @Test
    void printsTheScriptWithTheDefaultsForWhatIsNotGiven() {
        CliRun run = CliRun.of("export-code", "--framework", "numpy", "--model", MODEL, "--data", DATA).assertOk();
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env python3\n\"\"\"Backprop Lab, exported for NumPy: a 2-2-2 network"
                + " (sigmoid, sigmoid), cost mse,\ntrained 100 steps with sgd at α = 0.03 on 1 example, full batch.\n"),
                run.out());
        assertTrue(run.out().contains("\nSTEPS = 100\n"));
        assertTrue(run.out().contains("\nLEARNING_RATE = 0.03  # α\n"));
    }

    @Test
    void everyOptionReachesTheScript() {
        CliRun run = CliRun.of("export-code", "--framework=pytorch", "--model", MODEL, "--data", DATA, "--optimizer",
                "nesterov", "--momentum", "0.5", "--lr", "0.25", "--steps", "7", "--batch", "1", "--seed", "-3").assertOk();
        for (String line : new String[] {"\nSTEPS = 7\n", "\nLEARNING_RATE = 0.25  # α\n", "\nMOMENTUM = 0.5  # μ\n",
            "nesterov=MOMENTUM > 0)", "\nimport torch\n"}) {
            assertTrue(run.out().contains(line), line);
        }
        // one example: a batch of 1 is the full batch
        assertTrue(run.out().contains("on 1 example, full batch."), run.out());
    }

    @Test
    void badOptionsAreUsageErrorsOnOneLine() {
        String[] base = {"export-code", "--model", MODEL, "--data", DATA};
        assertOneLine(CliRun.of(concat(base, "--framework", "tensorflow"))
                .assertBadInput("error: --framework: unknown framework \"tensorflow\"; allowed: pytorch, numpy"));
        assertOneLine(CliRun.of(base).assertBadInput("error: export-code needs --framework"));
        assertOneLine(CliRun.of(concat(base, "--framework", "numpy", "--steps", "100001"))
                .assertBadInput("error: --steps must be an integer from 0 to 100000, but is 100001"));
        assertOneLine(CliRun.of(concat(base, "--framework", "numpy", "--momentum", "0.5"))
                .assertBadInput("error: --momentum applies only to --optimizer momentum or nesterov, not sgd"));
        assertOneLine(CliRun.of(concat(base, "--framework", "numpy", "--lr", "0"))
                .assertBadInput("error: --lr must be a number > 0 and <= 10, but is 0"));
        assertOneLine(CliRun.of(concat(base, "--framework", "numpy", "--batch", "half"))
                .assertBadInput("error: --batch must be full or an integer >= 1, but is half"));
        assertOneLine(CliRun.of(concat(base, "--framework", "numpy", "--schedule", "cosine"))
                .assertBadInput("error: unknown option --schedule for export-code"));
        assertOneLine(CliRun.of("export-code", "--framework", "numpy", "--model", "missing.json", "--data", DATA)
                .assertBadInput("error: cannot read model file missing.json: no such file"));
    }

    @Test
    void aRunThatDivergesFailsWithExitCode1() throws Exception {
        Path model = Files.writeString(folder.resolve("m.json"),
                "{\"layers\": [1, 1], \"activations\": [\"linear\"], \"loss\": \"mse\", \"weights\": [[[1]]], \"biases\": [[0]]}");
        Path data = Files.writeString(folder.resolve("d.csv"), "x,y\n1000,0\n");
        CliRun run = CliRun.of("export-code", "--framework", "numpy", "--model", model.toString(), "--data", data.toString(),
                "--lr", "10", "--steps", "1000");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: the lab's training diverged at step "), run.err());
        assertOneLine(run);
    }

    @Test
    void dataOfMoreThan2000RowsIsReadFromBesideTheScript() throws Exception {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int n = 0; n < 2001; n++) {
            csv.append(n % 7).append(',').append(n % 3).append('\n');
        }
        Path data = Files.writeString(folder.resolve("many rows.csv"), csv);
        Path model = Files.writeString(folder.resolve("m.json"),
                "{\"layers\": [1, 2, 1], \"activations\": [\"tanh\", \"linear\"], \"loss\": \"mse\"}");
        CliRun run = CliRun.of("export-code", "--framework", "numpy", "--model", model.toString(), "--data",
                data.toString(), "--steps", "2").assertOk();
        assertTrue(run.out().contains("\nDATA_FILE = \"many rows.csv\"  #"), run.out());
        assertEquals("note: the data has 2001 rows, more than 2000: the script reads many rows.csv from its own folder;"
                + " save it beside the script\n", run.err());
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun run = CliRun.of("export-code", "--help").assertOk();
        assertTrue(run.out().startsWith("Usage: java -jar backprop-lab.jar export-code --framework pytorch|numpy"));
        assertTrue(CliRun.of("--help").assertOk().out().contains("export-code  a PyTorch or NumPy script"));
    }

    private static void assertOneLine(CliRun run) {
        assertEquals(1, run.err().split("\n").length, run.err());
        assertTrue(run.err().endsWith("\n"));
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
