package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.backproplab.exercise.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A worksheet's link (java -jar backprop-lab.jar worksheet --format json) opens the lab on the sheet's network in
 * "Your turn" mode: the lab's weights are those of the template's network for that seed, computed here.
 */
@ExtendWith(BrowserExtension.class)
class WorksheetLinkIT {
    private static String worksheetJson(String site, long seed) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        Process cli = new ProcessBuilder(java, "-jar", jar, "worksheet", "--template", "2-2-1-sigmoid-mse", "--seed",
                Long.toString(seed), "--format", "json", "--site", site).redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        cli.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, cli.exitValue(), out);
        return out;
    }

    @Test
    void theSheetsLinkOpensItsNetworkInYourTurnMode(Browser browser) throws Exception {
        for (long seed : new long[] {7, 123456}) {
            JsonObject sheet = Json.parse(worksheetJson(Lab.url("/index.html"), seed)).asObject().get("sheets").asArray()
                    .get(0).asObject();
            String link = sheet.get("link").asString();
            Lab.open(browser, link);
            double[] expected = Template.SIGMOID_2_2_1.problem(seed, Template.DEFAULT_LEARNING_RATE).parameters();
            assertEquals(expected.length, (int) Lab.number(browser, "BackpropLab.main.parameterCount()"));
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], Lab.number(browser, "BackpropLab.main.parameter(" + k + ")"), 0.0,
                        "seed " + seed + ", parameter " + k);
            }
            assertEquals(0.5, Lab.number(browser, "BackpropLab.main.learningRate()"), 0.0);
            assertEquals("true", Lab.role(browser, "quiz-toggle").getAttribute("aria-pressed"));
            Lab.click(browser, "phase-next");
            assertNotNull(YourTurnIT.openQuestion(browser), "Your turn asks before the forward pass");
        }
        Lab.assertNoConsoleErrors(browser);
    }
}
