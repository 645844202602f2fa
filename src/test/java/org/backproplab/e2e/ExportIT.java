package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;
import org.backproplab.state.WeightsCodec;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.EdgeStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export ▾ and Import… in a real Chromium that saves downloads to a folder: the model JSON and training
 * data run through the real command line (java -jar backprop-lab.jar gradients) and give the lab's cost,
 * the model imports back to the same parameters, pictures are PNGs, the cost history a CSV, and a bad
 * model file leaves the lab as it was with a message.
 */
@ExtendWith(BrowserExtension.class)
class ExportIT {
    @TempDir
    Path downloads;

    @TempDir
    static Path files;

    private void allowDownloads(Browser browser) {
        Lab.allowDownloads(browser, downloads);
    }

    /** Picks Export ▾ → {@code item} and waits for the downloaded file {@code name}. */
    private Path export(Browser browser, String item, String name) throws Exception {
        return Lab.export(browser, downloads, item, name, Duration.ofSeconds(10));
    }

    private static String cli(String... arguments) throws Exception {
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "exit code; stderr: " + err);
        return out;
    }

    @Test
    void theExportedModelRunsInTheCommandLineWithTheLabsCostAndImportsBack(Browser browser) throws Exception {
        Lab.open(browser, Lab.url("/index.html#data=moons&hidden=5,3&act=relu&reg=l2&lambda=0.001"
                + "&opt=adam&lr=0.01"));
        allowDownloads(browser);
        browser.script("BackpropLab.main.step(250);");
        double labCost = Lab.number(browser, "BackpropLab.main.cost()");
        String trained = Lab.string(browser, "BackpropLab.main.weightsText()");
        String state = Lab.string(browser, "BackpropLab.main.state()");

        Lab.pageRole(browser, "export").click();
        browser.screenshot("export-menu");
        Lab.pageRole(browser, "export").click();
        Path model = export(browser, "export-model", "backprop-lab-model.json");
        Path data = export(browser, "export-data", "backprop-lab-train-data.csv");

        String output = cli("gradients", "--model", model.toString(), "--data", data.toString());
        double cliCost = Json.parse(output).asObject().get("cost").asDouble();
        double[] exported = ModelJson.parse(Files.readString(model), ModelLimits.APP).network().parameters();
        double[] inLab = WeightsCodec.decode(trained, exported.length);
        assertAll(
                () -> assertEquals(labCost, cliCost, 1e-9, "J in the lab and from the command line"),
                () -> assertArrayEquals(inLab, exported, "the JSON holds the lab's exact parameters"),
                () -> assertTrue(Files.readString(data).startsWith("x1,x2,y\n")),
                () -> assertEquals(List.of(), browser.consoleErrors()));

        // Reset moves the weights away; importing the file brings them back exactly.
        Lab.role(browser, "reset").click();
        assertNotEquals(trained, Lab.string(browser, "BackpropLab.main.weightsText()"));
        Lab.pageRole(browser, "import").sendKeys(model.toString());
        browser.waitFor("return document.querySelector(\"#lab [data-role='notice-title']\").textContent.includes('Imported');");
        browser.screenshot("export-imported");
        assertAll(
                () -> assertEquals(trained, Lab.string(browser, "BackpropLab.main.weightsText()"), "bit-identical"),
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals(labCost, Lab.number(browser, "BackpropLab.main.cost()")),
                () -> assertTrue(Lab.text(browser, "notice").contains("2-5-3-1 network"),
                        Lab.text(browser, "notice")),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    @Test
    void importingAModelOfAnotherShapeChangesTheNetworkToFit(Browser browser) throws Exception {
        Lab.open(browser, Lab.url("/index.html"));
        Path model = files.resolve("three-hidden.json");
        Files.writeString(model, """
                {"layers": [2, 3, 3, 3, 1], "activations": ["sigmoid", "sigmoid", "sigmoid", "sigmoid"], "loss": "mse",
                 "seed": 5}
                """);
        Lab.pageRole(browser, "import").sendKeys(model.toString());
        browser.waitFor("return BackpropLab.main.state().includes('hidden=3,3,3');");
        assertAll(
                () -> assertTrue(Lab.string(browser, "BackpropLab.main.state()").contains("act=sigmoid")),
                () -> assertEquals("3, 3, 3", Lab.role(browser, "hidden").getDomProperty("value")),
                () -> assertEquals(3 * 3 + 4 * 3 + 4 * 3 + 4 * 1, Lab.number(browser, "BackpropLab.main.parameterCount()")),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    @Test
    void aBadModelFileShowsWhyAndLeavesTheLabAsItWas(Browser browser) throws IOException {
        Lab.open(browser, Lab.url("/index.html"));
        browser.script("BackpropLab.main.step(50);");
        String state = Lab.string(browser, "BackpropLab.main.state()");
        String weights = Lab.string(browser, "BackpropLab.main.weightsText()");
        Map<String, String> bad = Map.of(
                "broken.json", "{\"layers\": [2, 4, 1], \"activations\": [",
                "three-inputs.json", "{\"layers\": [3, 4, 1], \"activations\": [\"tanh\", \"sigmoid\"], \"loss\": \"mse\"}",
                "too-wide.json", "{\"layers\": [2, 20, 1], \"activations\": [\"tanh\", \"sigmoid\"], \"loss\": \"mse\"}",
                "not-json.json", "this is not a model");
        Map<String, String> expected = Map.of(
                "broken.json", "alformed JSON",
                "three-inputs.json", "3 inputs and 1 output",
                "too-wide.json", "at most 16",
                "not-json.json", "alformed JSON");
        for (Map.Entry<String, String> file : bad.entrySet()) {
            Path path = files.resolve(file.getKey());
            Files.writeString(path, file.getValue());
            if (Lab.role(browser, "notice").isDisplayed()) {
                Lab.role(browser, "notice-close").click();
            }
            Lab.pageRole(browser, "import").sendKeys(path.toString());
            browser.waitFor("return !document.querySelector(\"#lab [data-role='notice']\").hidden;");
            String notice = Lab.string(browser, "document.querySelector(\"#lab [data-role='notice']\").textContent");
            if (file.getKey().equals("too-wide.json")) {
                browser.screenshot("export-import-refused");
            }
            assertAll(file.getKey(),
                    () -> assertTrue(notice.contains(file.getKey() + " was not imported; the lab is unchanged"), notice),
                    () -> assertTrue(notice.contains(expected.get(file.getKey())), notice),
                    () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                    () -> assertEquals(weights, Lab.string(browser, "BackpropLab.main.weightsText()")));
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * On a 720 px screen at device pixel ratio 2 each view is narrower than 800 CSS px: its picture is still at
     * least 800 px wide and twice the view's CSS width, has the title and legend where the lab says it drew them
     * (marks in the colours the view uses, dark text), the view below them, and white all round its edge, so no
     * label is cut off.
     */
    @Test
    void picturesAreWideSharpAndCarryTheirLegendWithNothingCutAtTheEdge(Browser browser) throws Exception {
        try {
            browser.emulateScreen(720, 700, 2);
            Lab.open(browser, Lab.url("/index.html#data=xor&hidden=4,2"));
            allowDownloads(browser);
            browser.script("BackpropLab.main.step(40);");
            Lab.frames(browser, 3);
            Map<String, List<Integer>> markColors = Map.of(
                    "network", List.of(rgb(EdgeStyle.color(1)), rgb(EdgeStyle.color(-1)), rgb(EdgeStyle.color(1))),
                    "output", List.of(BoundaryRaster.classRgb(1), BoundaryRaster.classRgb(1), BoundaryRaster.classRgb(0)),
                    // the cost view's colours: dark blue training J, dark orange test J
                    "cost", List.of(0x0b5394, 0xb45309));
            for (String view : List.of("network", "output", "cost")) {
                double cssWidth = Lab.number(browser, "document.querySelector('#lab .bl-" + view + "-panel canvas').clientWidth");
                assertTrue(cssWidth > 100 && cssWidth < 800, view + " is " + cssWidth + " CSS px wide on this screen");
                Path saved = export(browser, "export-" + view, "backprop-lab-" + view + ".png");
                BufferedImage png = ImageIO.read(saved.toFile());
                // kept beside the screenshots, for a human to look at
                Path shots = browser.screenshot("export-pictures-page").getParent();
                Files.copy(saved, shots.resolve("export-picture-" + view + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Map<String, int[]> boxes = boxes(Lab.string(browser,
                        "document.getElementById('lab').getAttribute('data-picture-boxes')"));
                List<Integer> colors = markColors.get(view);
                assertAll(view,
                        () -> assertTrue(png.getWidth() >= 800, "width " + png.getWidth()),
                        () -> assertTrue(png.getWidth() >= 2 * cssWidth, png.getWidth() + " px for " + cssWidth + " CSS px at ratio 2"),
                        () -> assertEquals(0, inkAtTheEdge(png, 4), "pixels drawn within 4 px of the edge"),
                        () -> assertTrue(count(png, boxes.get("view"), c -> !white(c)) > 1000, "the view is drawn"),
                        // a label the view cut off at its edge (the network's x₁ was) leaves ink on that edge
                        () -> assertEquals(0, inkOnTheRim(png, boxes.get("view"), 2), "pixels drawn on the view's edge"),
                        () -> {
                            for (int k = 0; k < colors.size(); k++) {
                                int color = colors.get(k);
                                assertTrue(count(png, boxes.get("mark" + k), c -> near(c, color)) >= 8,
                                        "legend mark " + k + " in #" + Integer.toHexString(color));
                                assertTrue(count(png, boxes.get("text" + k), c -> dark(c)) >= 20, "legend text " + k);
                            }
                        },
                        () -> {
                            if (view.equals("cost")) {
                                assertTrue(count(png, boxes.get("title"), c -> dark(c)) >= 20, "the cost axis title");
                            }
                        });
            }
            // Main-thread time of making each picture (the PNG is encoded off it, by toBlob): printed, not asserted.
            for (String view : List.of("network", "output", "cost")) {
                double millis = Lab.number(browser, "(function () { const start = performance.now();"
                        + " document.querySelector('[data-role=export-" + view + "]').click();"
                        + " return performance.now() - start; })()");
                System.out.println("ExportIT: the " + view + " picture took " + Math.round(millis * 10) / 10.0
                        + " ms on the main thread (720×700 screen, ratio 2)");
            }
            Lab.assertNoConsoleErrors(browser);
        } finally {
            browser.resetScreen();
        }
    }

    private static int rgb(String css) {
        return Integer.parseInt(css.substring(1), 16);
    }

    /** "name:x,y,w,h;…" into boxes [x, y, w, h]. */
    private static Map<String, int[]> boxes(String text) {
        Map<String, int[]> boxes = new java.util.HashMap<>();
        for (String part : text.split(";")) {
            String[] nameAndBox = part.split(":");
            boxes.put(nameAndBox[0], java.util.Arrays.stream(nameAndBox[1].split(",")).mapToInt(Integer::parseInt).toArray());
        }
        return boxes;
    }

    private static int count(BufferedImage png, int[] box, java.util.function.IntPredicate test) {
        assertTrue(box != null && box[0] >= 0 && box[1] >= 0 && box[0] + box[2] <= png.getWidth()
                && box[1] + box[3] <= png.getHeight(), "box inside the picture: " + java.util.Arrays.toString(box));
        int found = 0;
        for (int y = box[1]; y < box[1] + box[3]; y++) {
            for (int x = box[0]; x < box[0] + box[2]; x++) {
                found += test.test(png.getRGB(x, y) & 0xffffff) ? 1 : 0;
            }
        }
        return found;
    }

    private static int inkAtTheEdge(BufferedImage png, int band) {
        int ink = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                boolean edge = x < band || y < band || x >= png.getWidth() - band || y >= png.getHeight() - band;
                ink += edge && !white(png.getRGB(x, y) & 0xffffff) ? 1 : 0;
            }
        }
        return ink;
    }

    /** Non-white pixels in the outermost {@code band} rows and columns of {@code box}. */
    private static int inkOnTheRim(BufferedImage png, int[] box, int band) {
        int[] left = {box[0], box[1], band, box[3]};
        int[] right = {box[0] + box[2] - band, box[1], band, box[3]};
        int[] top = {box[0], box[1], box[2], band};
        int[] bottom = {box[0], box[1] + box[3] - band, box[2], band};
        int ink = 0;
        for (int[] strip : new int[][] {left, right, top, bottom}) {
            ink += count(png, strip, c -> !white(c));
        }
        return ink;
    }

    private static boolean white(int rgb) {
        return (rgb >> 16 & 0xff) > 245 && (rgb >> 8 & 0xff) > 245 && (rgb & 0xff) > 245;
    }

    private static boolean dark(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 3 * 110;
    }

    private static boolean near(int rgb, int color) {
        int d = Math.abs((rgb >> 16 & 0xff) - (color >> 16 & 0xff)) + Math.abs((rgb >> 8 & 0xff) - (color >> 8 & 0xff))
                + Math.abs((rgb & 0xff) - (color & 0xff));
        return d <= 30;
    }

    @Test
    void picturesArePngsAndTheCostHistoryIsACsv(Browser browser) throws Exception {
        Lab.open(browser, Lab.url("/index.html"));
        allowDownloads(browser);
        browser.script("BackpropLab.main.step(20); BackpropLab.main.step(20);");
        browser.waitFor("return document.querySelector(\"#lab [data-role='iteration']\").textContent === '40';");
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (String view : List.of("network", "output", "cost")) {
            Path png = export(browser, "export-" + view, "backprop-lab-" + view + ".png");
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(bytes.length > 1000, view + " picture is " + bytes.length + " bytes");
            assertArrayEquals(signature, java.util.Arrays.copyOf(bytes, 8), view);
        }
        List<String> history = Files.readAllLines(export(browser, "export-history", "backprop-lab-cost-history.csv"));
        assertAll(
                () -> assertEquals("iteration,train_cost,test_cost", history.get(0)),
                () -> assertTrue(history.get(1).startsWith("0,"), history.get(1)),
                () -> assertTrue(history.get(history.size() - 1).startsWith("40,"), history.toString()),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }
}
