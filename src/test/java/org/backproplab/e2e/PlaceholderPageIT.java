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

    private static final String BACKING_STORE_IS_TWICE_CSS_SIZE = """
            const canvas = document.getElementById('network');
            return window.devicePixelRatio === 2 && canvas.clientWidth > 0
                && canvas.width === Math.round(canvas.clientWidth * 2)
                && canvas.height === Math.round(canvas.clientHeight * 2);
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

    /**
     * At devicePixelRatio 2 the backing store has twice the CSS size, before and after a resize. (The
     * ratio is set before the page loads: Chromium's emulation may report the resize before the new
     * ratio, and never fires the ratio's media-query change that the page also listens to.)
     */
    @Test
    void keepsTheCanvasSharpAtDevicePixelRatioTwoAcrossAResize(Browser browser) {
        try {
            browser.emulateScreen(1000, 700, 2);
            browser.open(server.url("/index.html"));
            browser.waitFor("return window.BackpropLab && window.BackpropLab.main");
            browser.waitFor(BACKING_STORE_IS_TWICE_CSS_SIZE);
            long wideWidth = ((Number) browser.script("return document.getElementById('network').width;")).longValue();

            browser.emulateScreen(640, 700, 2);
            browser.waitFor("return document.getElementById('network').width < " + wideWidth + ";");
            browser.waitFor(BACKING_STORE_IS_TWICE_CSS_SIZE);
            long[] pixels = countPixels(browser);
            browser.screenshot("placeholder-dpr2-640x700");
            assertAll(
                    () -> assertTrue(pixels[0] > pixels[3] / 100, "too few drawn pixels after resize: " + pixels[0]),
                    () -> assertTrue(pixels[1] > 200 && pixels[2] > 200, "weights missing after resize"),
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
