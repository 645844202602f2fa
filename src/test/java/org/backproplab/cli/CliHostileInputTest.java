package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.model.MessageText;
import org.backproplab.model.ModelLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against the files and options a hostile or unlucky user gives it, each run in its own JVM
 * with a 512 MB heap: every case ends at once with exit code 2, one line on stderr, nothing on stdout, no
 * stack trace and bounded memory ({@link CliProcess#assertOneLineBadInput}).
 */
class CliHostileInputTest {
    static final String TINY_MODEL = """
            {"layers": [1, 1], "activations": ["sigmoid"], "loss": "mse", "weights": [[[0.5]]], "biases": [[0]]}""";

    @TempDir
    Path dir;

    String file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }

    /** A file of {@code bytes} zero bytes that takes no disk space (sparse). */
    String sparse(String name, long bytes) throws IOException {
        Path path = dir.resolve(name);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(bytes);
        }
        return path.toString();
    }

    String tinyData() throws IOException {
        return file("d.csv", "x,y\n0.5,1\n");
    }

    @Test
    void filesTooLargeAreRefusedBeforeReading() throws Exception {
        CliProcess.run("gradients", "--model", sparse("big.json", 100L << 20), "--data", tinyData())
                .assertOneLineBadInput("it has 104857600 bytes, but a model file may have at most "
                        + Inputs.MAX_MODEL_BYTES + " bytes (4 MB)");
        CliProcess.run("gradients", "--model", file("m.json", TINY_MODEL), "--data", sparse("huge.csv", 3L << 30))
                .assertOneLineBadInput("it has 3221225472 bytes, but a data file may have at most "
                        + Inputs.MAX_DATA_BYTES + " bytes (16 MB)");
    }

    @Test
    void devicesPipesAndDirectoriesAreRefusedWithoutBeingOpened() throws Exception {
        CliProcess.run("train", "--model", "/dev/zero", "--data", tinyData(), "--optimizer", "sgd", "--lr", "0.1",
                "--steps", "1").assertOneLineBadInput("cannot read model file /dev/zero: it is not a regular file");
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        // Opening a FIFO with no writer blocks forever; the check must come first.
        CliProcess.run("gradients", "--model", fifo.toString(), "--data", tinyData())
                .assertOneLineBadInput("it is not a regular file (a device, pipe or socket)");
        CliProcess.run("gradients", "--model", file("m.json", TINY_MODEL), "--data", dir.toString())
                .assertOneLineBadInput("it is a directory, not a file");
    }

    @Test
    void explainRefusesModelsTooLargeToReadByHand() throws Exception {
        // 178 bytes describing 10 layers of 1,024 neurons: 9.4 million parameters
        String huge = file("huge.json", """
                {"layers": [1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024],
                 "activations": ["relu", "relu", "relu", "relu", "relu", "relu", "relu", "relu", "linear"],
                 "loss": "mse"}""");
        CliProcess.run("explain", "--model", huge, "--data", tinyData(), "--lr", "0.1")
                .assertOneLineBadInput("the network has 9446400 weights and biases, but the command line allows at "
                        + "most " + ModelLimits.COMMAND_LINE_PARAMETERS);
        // 2-32-32-1: 2·32+32 + 32·32+32 + 32+1 = 1,185 parameters, allowed by the format but past what explain writes out
        String wide = file("wide.json", """
                {"layers": [2, 32, 32, 1], "activations": ["tanh", "tanh", "sigmoid"], "loss": "mse"}""");
        CliProcess.run("explain", "--model", wide, "--data", file("d2.csv", "a,b,y\n1,2,1\n"), "--lr", "0.1")
                .assertOneLineBadInput("explain writes out every weight and bias by hand, so it takes models of at most "
                        + Main.EXPLAIN_MAX_PARAMETERS + ", but " + wide + " has 1185");
    }

    @Test
    void overflowToANonFiniteCostIsBadInputInEveryCommand() throws Exception {
        // z = 1e200 * 1e200 = ∞ in double precision, so J = ∞
        String model = file("m.json", """
                {"layers": [1, 1], "activations": ["linear"], "loss": "mse", "weights": [[[1e200]]], "biases": [[0]]}""");
        String data = file("d.csv", "x,y\n1e200,0\n");
        CliProcess.run("gradients", "--model", model, "--data", data)
                .assertOneLineBadInput("the cost J is Infinity: " + Overflow.ADVICE);
        CliProcess.run("train", "--model", model, "--data", data, "--optimizer", "adam", "--lr", "0.1", "--steps", "5")
                .assertOneLineBadInput("the cost J before training is Infinity");
        CliProcess.run("explain", "--model", model, "--data", data, "--lr", "0.5")
                .assertOneLineBadInput("the cost J is Infinity");
        // z = 1e-10 · 1e160 = 1e150, J = z²/2 = 5e299 is finite, but dJ/dw = z · x = 1e310 is not
        String small = file("small.json", """
                {"layers": [1, 1], "activations": ["linear"], "loss": "mse", "weights": [[[1e-10]]], "biases": [[0]]}""");
        CliProcess.run("gradients", "--model", small, "--data", file("d160.csv", "x,y\n1e160,0\n"))
                .assertOneLineBadInput("a gradient is Infinity (J = 4.99").assertOneLineBadInput("E299): " + Overflow.ADVICE);
    }

    @Test
    void explainRefusesAStepThatOverflows() throws Exception {
        // z = 1e154, J = z²/2 = 5e307 and dJ/dw = dJ/db = 1e154 are finite; after a step of α = 10,
        // z = −9e154 − 1e155 = −1.9e155 and J = 1.8e310 is not
        String model = file("m.json", """
                {"layers": [1, 1], "activations": ["linear"], "loss": "mse", "weights": [[[1e154]]], "biases": [[0]]}""");
        String data = file("d.csv", "x,y\n1,0\n");
        CliProcess.run("explain", "--model", model, "--data", data, "--lr", "10")
                .assertOneLineBadInput("the step overflows: J after it is Infinity; try a smaller --lr");
    }

    @Test
    void controlCharactersAreShownEscaped() throws Exception {
        String esc = "\u001b[2J\u001b[31m";
        CliProcess.run("gradients", "--model", file("m.json", TINY_MODEL), "--data", file("d.csv", "x,y\n1" + esc + ",1\n"))
                .assertOneLineBadInput("line 2, column 1: \"1\\u001b[2J\\u001b[31m\" is not a number");
        String model = TINY_MODEL.replace("\"sigmoid\"", "\"sig\\u001b[2Jmoid\\nrelu\"");
        CliProcess.run("gradients", "--model", file("esc.json", model), "--data", tinyData())
                .assertOneLineBadInput("unknown activation \"sig\\u001b[2Jmoid\\u000arelu\"");
        CliProcess.run("train", "--model", file("m.json", TINY_MODEL), "--data", tinyData(), "--optimizer", "sgd",
                "--lr", "\u001b]0;pwned\u0007", "--steps", "1")
                .assertOneLineBadInput("but is \\u001b]0;pwned\\u0007");
    }

    @Test
    void longValuesAreCut() throws Exception {
        String longName = "x".repeat(3 << 20);
        String model = TINY_MODEL.replace("\"sigmoid\"", "\"" + longName + "\"");
        CliProcess name = CliProcess.run("gradients", "--model", file("long.json", model), "--data", tinyData())
                .assertOneLineBadInput("unknown activation \"" + "x".repeat(MessageText.MAX_VALUE_CHARS) + "…\"; allowed:");
        assertTrue(name.err().length < 400, "the message stays short: " + name.err().length + " bytes");
        String cell = "7".repeat(10 << 20) + "x";
        CliProcess data = CliProcess.run("gradients", "--model", file("m.json", TINY_MODEL), "--data",
                file("long.csv", "x,y\n" + cell + ",1\n")).assertOneLineBadInput("line 2, column 1: \"7777");
        assertTrue(data.err().length < 400, "the message stays short: " + data.err().length + " bytes");
        CliProcess argument = CliProcess.run("train", "--model", file("m.json", TINY_MODEL), "--data", tinyData(),
                "--optimizer", "sgd".repeat(20_000), "--lr", "0.1", "--steps", "1")
                .assertOneLineBadInput("--optimizer: ");
        assertTrue(argument.err().length < 400, "the message stays short: " + argument.err().length + " bytes");
        CliProcess.run("fly" + "y".repeat(100_000)).assertOneLineBadInput("unknown command \"fly" + "y".repeat(77) + "…\"");
    }
}
