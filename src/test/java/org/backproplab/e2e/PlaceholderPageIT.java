package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The placeholder page, opened from disk and over http under the strict CSP, in a real Chromium. */
@ExtendWith(BrowserExtension.class)
class PlaceholderPageIT {
    /** The page's network (ui.App): 2-4-4-1 tanh/sigmoid, Xavier, seed 1, built here on the JVM. */
    private static final Network JVM_NETWORK = Network.initialized(
            Shape.of(new int[] {2, 4, 4, 1}, Activation.TANH, Activation.SIGMOID),
            Loss.BINARY_CROSS_ENTROPY, Regularization.NONE, Initializer.XAVIER, 1);

    /**
     * Counts the canvas's pixels in its backing store: [not white, blue (#0877bd-ish),
     * orange (#f59322-ish), all].
     */
    private static final String COUNT_PIXELS = """
            const canvas = document.getElementById('network');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let ink = 0, blue = 0, orange = 0;
            for (let p = 0; p < data.length; p += 4) {
              const r = data[p], g = data[p + 1], b = data[p + 2];
              if (r < 245 || g < 245 || b < 245) ink++;
              if (r < 90 && g > 80 && g < 160 && b > 150) blue++;
              if (r > 200 && g > 110 && g < 190 && b < 110) orange++;
            }
            return [ink, blue, orange, canvas.width * canvas.height];
            """;

    private static StaticServer server;

    @BeforeAll
    static void serveSite() {
        server = StaticServer.serve(StaticServer.webDirectory());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void drawsTheCoreNetworkWhenOpenedFromDisk(Browser browser) {
        Path page = StaticServer.webDirectory().resolve("index.html").toAbsolutePath();
        browser.open(page.toUri().toString());
        assertPageShowsTheJvmNetwork(browser, "placeholder-file");
    }

    @Test
    void drawsTheCoreNetworkOverHttpUnderStrictContentSecurityPolicy(Browser browser) {
        browser.open(server.url("/"));
        assertPageShowsTheJvmNetwork(browser, "placeholder-http-csp");
    }

    @Test
    void redrawsSharplyAtDevicePixelRatioTwoAfterResize(Browser browser) {
        browser.open(server.url("/index.html"));
        browser.waitFor("return window.BackpropLab && window.BackpropLab.main");
        try {
            browser.emulateScreen(800, 600, 2);
            browser.waitFor("const c = document.getElementById('network');"
                    + " return window.devicePixelRatio === 2 && c.clientWidth < 800"
                    + " && c.width === Math.round(c.clientWidth * 2) && c.height === Math.round(c.clientHeight * 2);");
            long[] pixels = countPixels(browser);
            browser.screenshot("placeholder-dpr2-800x600");
            assertAll(
                    () -> assertTrue(pixels[0] > pixels[3] / 100, "too few drawn pixels after resize: " + pixels[0]),
                    () -> assertEquals(List.of(), browser.consoleErrors()));
        } finally {
            browser.resetScreen();
        }
    }

    private static void assertPageShowsTheJvmNetwork(Browser browser, String screenshot) {
        browser.waitFor("return window.BackpropLab && window.BackpropLab.main");
        long[] pixels = countPixels(browser);
        browser.screenshot(screenshot);
        Number parameterCount = (Number) browser.script("return BackpropLab.main.parameterCount();");
        Number firstWeight = (Number) browser.script("return BackpropLab.main.firstWeight();");
        double jvmFirstWeight = JVM_NETWORK.parameters()[0];
        assertAll(
                () -> assertEquals("Backprop Lab", browser.driver().getTitle()),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"),
                () -> assertTrue(pixels[0] > pixels[3] / 100,
                        "canvas looks blank: " + pixels[0] + " of " + pixels[3] + " pixels drawn"),
                () -> assertTrue(pixels[1] > 200, "too few blue (positive weight) pixels: " + pixels[1]),
                () -> assertTrue(pixels[2] > 200, "too few orange (negative weight) pixels: " + pixels[2]),
                () -> assertEquals(JVM_NETWORK.shape().parameterCount(), parameterCount.intValue(),
                        "parameter count"),
                () -> assertEquals(jvmFirstWeight, firstWeight.doubleValue(), 1e-12,
                        "first weight, JVM vs browser, seed 1"));
    }

    private static long[] countPixels(Browser browser) {
        List<?> counts = (List<?>) browser.script(COUNT_PIXELS);
        long[] values = new long[counts.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = ((Number) counts.get(k)).longValue();
        }
        return values;
    }
}
