package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's first command for real: {@code java -jar target/backprop-lab.jar serve} in its own JVM,
 * serving the site bundled inside the jar, opened in Chromium under the CSP the server sends.
 */
@ExtendWith(BrowserExtension.class)
class ServeJarIT {
    /** How many visible canvases have fewer than 1 % pixels that differ from their top-left pixel. */
    private static final String BLANK_CANVASES = """
            let blank = 0;
            for (const canvas of document.querySelectorAll('canvas')) {
              if (canvas.offsetParent === null || canvas.width === 0) continue;
              const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let ink = 0;
              for (let p = 0; p < data.length; p += 4) {
                if (Math.abs(data[p] - data[0]) + Math.abs(data[p + 1] - data[1]) + Math.abs(data[p + 2] - data[2])
                    + Math.abs(data[p + 3] - data[3]) > 30) ink++;
              }
              if (ink < data.length / 400) blank++;
            }
            return blank;
            """;

    @Test
    void bundledSiteIsServedFromTheJarAndRunsUnderItsCsp(Browser browser) throws Exception {
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-jar", jar, "serve", "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = output.readLine();
            assertTrue(line != null && line.startsWith("Backprop Lab is running at http://127.0.0.1:"),
                    "first line of serve: " + line);
            String url = line.substring(line.indexOf("http://"));

            HttpResponse<String> index = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            String csp = index.headers().firstValue("Content-Security-Policy").orElse("");
            assertEquals(StaticServer.CONTENT_SECURITY_POLICY, csp, "the policy the browser tests use");
            assertTrue(index.body().contains("js/start.js"));

            // xor at α = 0.3, 50 steps per frame: pressing Play must bring J below half its start.
            browser.open(url + "#data=xor&lr=0.3&speed=50");
            browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main);");
            assertEquals("Backprop Lab", browser.script("return document.title;"));
            assertEquals("wasm", browser.script("return BackpropLab.main.engine();"), "serve runs the WebAssembly build");
            browser.screenshot("serve-jar");
            double start = ((Number) browser.script("return BackpropLab.main.cost();")).doubleValue();
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-role=play]")).click();
            browser.waitFor("return BackpropLab.main.iteration() >= 3000;");
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-role=play]")).click();
            double end = ((Number) browser.script("return BackpropLab.main.cost();")).doubleValue();
            assertTrue(end < 0.5 * start, "xor cost after 3000+ steps of play: " + start + " -> " + end);
            Number blank = (Number) browser.script(BLANK_CANVASES);
            assertEquals(0, blank.intValue(), "every visible canvas has drawn something");
            browser.screenshot("serve-jar-xor-trained");
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
