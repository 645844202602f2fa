package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export ▾ → PyTorch script / NumPy script in a real Chromium: the downloaded scripts are the text the
 * real command line (java -jar backprop-lab.jar export-code) prints for the model and data Export ▾ saves,
 * and they run in python3 (when /usr/bin/python3 has torch and numpy) and end with the lab's numbers.
 */
@ExtendWith(BrowserExtension.class)
class CodeExportIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path downloads;

    private void allowDownloads(Browser browser) {
        Lab.allowDownloads(browser, downloads);
    }

    /** Picks Export ▾ → {@code item} and waits for the downloaded file {@code name}. */
    private Path export(Browser browser, String item, String name) throws Exception {
        return Lab.export(browser, downloads, item, name, Duration.ofSeconds(30));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Run(process.exitValue(), out, err);
    }

    private static Run cli(String... arguments) throws Exception {
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static boolean pythonHasTorchAndNumPy() throws Exception {
        return Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import torch, numpy")).code == 0;
    }

    @Test
    void theScriptsAreTheCommandLinesAndRunWithTheLabsNumbers(Browser browser) throws Exception {
        // relu and a linear output: only +, −, × and ÷, which the browser rounds as the JVM does
        Lab.open(browser, Lab.url("/index.html#data=sine&hidden=5,3&act=relu&opt=momentum&mom=0.8&lr=0.05&batch=16"
                + "&seed=42"));
        allowDownloads(browser);
        browser.script("BackpropLab.main.step(30);");
        Lab.pageRole(browser, "export").click();
        browser.screenshot("code-export-menu");
        Lab.pageRole(browser, "export").click();
        Path model = export(browser, "export-model", "backprop-lab-model.json");
        Path data = export(browser, "export-data", "backprop-lab-train-data.csv");
        Path pytorch = export(browser, "export-pytorch", "backprop-lab-pytorch.py");
        Path numpy = export(browser, "export-numpy", "backprop-lab-numpy.py");
        for (Path script : List.of(pytorch, numpy)) {
            String framework = script == pytorch ? "pytorch" : "numpy";
            Run cli = cli("export-code", "--framework", framework, "--model", model.toString(), "--data", data.toString(),
                    "--optimizer", "momentum", "--momentum", "0.8", "--lr", "0.05", "--batch", "16", "--seed", "42");
            assertEquals(0, cli.code, cli.err);
            assertEquals(cli.out, Files.readString(script), framework + ": the page's script is the command line's");
        }
        assertEquals(List.of(), browser.consoleErrors());
        if (pythonHasTorchAndNumPy()) {
            for (Path script : List.of(pytorch, numpy)) {
                Run python = run(List.of(PYTHON.toString(), script.toString()));
                String[] lines = python.out.split("\n");
                assertAll(script.getFileName().toString(),
                        () -> assertEquals(0, python.code, python.out + python.err),
                        () -> assertEquals(102, lines.length, python.out),
                        () -> assertTrue(lines[lines.length - 1].startsWith("final J = "), python.out));
            }
        }
    }

    @Test
    void theDefaultLabsNumPyScriptRunsWithTheBrowsersNumbers(Browser browser) throws Exception {
        Lab.open(browser, Lab.url("/index.html"));
        allowDownloads(browser);
        browser.script("BackpropLab.main.step(40);");
        Path numpy = export(browser, "export-numpy", "backprop-lab-numpy.py");
        String script = Files.readString(numpy);
        assertAll(
                () -> assertTrue(script.contains("a 2-4-2-1 network (tanh, tanh, sigmoid), cost mse"), script),
                () -> assertTrue(script.contains("mini-batches of 10 shuffled from seed 1."), script),
                () -> assertEquals(List.of(), browser.consoleErrors()));
        if (pythonHasTorchAndNumPy()) {
            Run python = run(List.of(PYTHON.toString(), numpy.toString()));
            assertEquals(0, python.code, "the browser's Math.exp and tanh differ from NumPy's by an ulp at most: "
                    + python.out + python.err);
        }
    }
}
