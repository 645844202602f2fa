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
            assertTrue(line != null && line.startsWith("Backprop Lab is running at http://localhost:"),
                    "first line of serve: " + line);
            String url = line.substring(line.indexOf("http://"));

            HttpResponse<String> index = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            String csp = index.headers().firstValue("Content-Security-Policy").orElse("");
            assertEquals(StaticServer.CONTENT_SECURITY_POLICY, csp, "the policy the browser tests use");
            assertTrue(index.body().contains("js/backprop-lab.js"));

            browser.open(url);
            browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main);");
            assertEquals("Backprop Lab", browser.script("return document.title;"));
            browser.screenshot("serve-jar");
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
