package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The three canvas views (network, output, cost curve) on the real page, in a real Chromium: they draw,
 * they change as the lab trains, the network's tooltip and +/− buttons work, no number shows as NaN, and
 * they stay sharp and readable on a laptop and a phone (screenshots under target/screenshots).
 *
 * <p>The page gives the views containers with the classes bl-network, bl-output and bl-cost, and
 * {@code BackpropLab.main} offers {@code step(n)} and {@code setLearningRate(α)}.
 */
@ExtendWith(BrowserExtension.class)
class ViewsIT {
    private static final String NETWORK = ".bl-network canvas.blv-canvas";
    private static final String OUTPUT = ".bl-output canvas.blv-canvas";
    private static final String COST = ".bl-cost canvas.blv-canvas";

    /**
     * [pixels with ink (alpha > 0 and not white), blue-ish (#0877bd), orange-ish (#f59322), all] of the
     * canvas matched by arguments[0], read from its backing store.
     */
    private static final String COUNT_PIXELS = """
            const canvas = document.querySelector(arguments[0]);
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let ink = 0, blue = 0, orange = 0;
            const near = (p, r, g, b) => Math.abs(data[p] - r) < 45 && Math.abs(data[p + 1] - g) < 45
                && Math.abs(data[p + 2] - b) < 45;
            for (let p = 0; p < data.length; p += 4) {
              if (data[p + 3] === 0) continue;
              if (data[p] < 245 || data[p + 1] < 245 || data[p + 2] < 245) ink++;
              if (near(p, 0x08, 0x77, 0xbd)) blue++;
              if (near(p, 0xf5, 0x93, 0x22)) orange++;
            }
            return [ink, blue, orange, canvas.width * canvas.height];
            """;

    /** A checksum of the canvas's pixels, to see that it changed. */
    private static final String CHECKSUM = """
            const canvas = document.querySelector(arguments[0]);
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let sum = 0;
            for (let p = 0; p < data.length; p += 7) sum = (sum * 31 + data[p]) % 1000000007;
            return sum;
            """;

    private static final String BACKING_STORE_MATCHES_RATIO = """
            const ratio = window.devicePixelRatio;
            return [...document.querySelectorAll('canvas.blv-canvas')].every(c => c.clientWidth > 0
                && c.width === Math.round(c.clientWidth * ratio) && c.height === Math.round(c.clientHeight * ratio));
            """;

    private static void openLab(Browser browser) {
        Lab.open(browser, Lab.url("/"));
        browser.waitFor("return document.querySelector('" + NETWORK + "')"
                + " && document.querySelector('" + NETWORK + "').hasAttribute('data-layers')");
    }

    @Test
    void drawsAllThreeViewsWithBothClassColoursAndSharpCanvases(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openLab(browser);
            browser.waitFor(BACKING_STORE_MATCHES_RATIO);
            long[] network = count(browser, NETWORK);
            long[] output = count(browser, OUTPUT);
            long[] cost = count(browser, COST);
            browser.screenshot("views-1280x800");
            assertAll(
                    () -> assertTrue(network[0] > network[3] / 100, "network view looks blank: " + network[0]),
                    () -> assertTrue(network[1] > 100 && network[2] > 100,
                            "network view lacks blue or orange (weights, heatmaps): " + network[1] + ", " + network[2]),
                    () -> assertTrue(output[0] > output[3] / 4, "output view looks blank: " + output[0]),
                    () -> assertTrue(output[1] > 300, "too few blue (class 1) pixels in the output view: " + output[1]),
                    () -> assertTrue(output[2] > 300, "too few orange (class 0) pixels in the output view: " + output[2]),
                    () -> assertTrue(cost[0] > cost[3] / 200, "cost view looks blank: " + cost[0]),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void outputChangesAsTheNetworkTrainsAndNoNumberIsNaN(Browser browser) {
        openLab(browser);
        long before = ((Number) browser.script(CHECKSUM, OUTPUT)).longValue();
        browser.script("BackpropLab.main.step(500);");
        browser.waitFor("return (() => {" + CHECKSUM.replace("arguments[0]", "'" + OUTPUT + "'")
                + "})() !== " + before + ";");
        String readout = readout(browser);
        assertAll(
                () -> assertTrue(readout.contains("train J = "), "cost read-out: " + readout),
                () -> assertTrue(readout.matches("(?s).*iteration \\d[\\d,]*.*"), "cost read-out: " + readout),
                () -> assertNoNonFinite(readout));

        // A learning rate that is far too large: whatever happens, the read-out shows numbers or "—".
        browser.script("BackpropLab.main.setLearningRate(10); BackpropLab.main.step(300);");
        browser.waitFor("return document.querySelector('.bl-cost .blv-readout').textContent.length > 0");
        String wild = readout(browser);
        String label = (String) browser.script("return document.querySelector(arguments[0]).getAttribute('aria-label');", COST);
        assertAll(
                () -> assertNoNonFinite(wild),
                () -> assertNoNonFinite(label),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    @Test
    void hoveringANeuronShowsItsBiasInATooltip(Browser browser) {
        openLab(browser);
        WebElement canvas = browser.driver().findElement(By.cssSelector(NETWORK));
        int width = canvas.getSize().getWidth();
        // The output neuron sits at the right, half-way down the canvas: look for it by moving in from the
        // right edge (Selenium's offsets are from the element's centre).
        String tooltip = "";
        for (int fromRight = 10; fromRight <= 90 && tooltip.isEmpty(); fromRight += 4) {
            new Actions(browser.driver()).moveToElement(canvas, width / 2 - fromRight, 0).perform();
            tooltip = visibleTooltip(browser);
        }
        String shown = tooltip;
        browser.screenshot("views-network-tooltip");
        assertAll(
                () -> assertTrue(shown.matches("(?s).*bias b₁⁽[¹²³⁴⁵⁶⁷⁸⁹]⁾ = [−-]?\\d.*"), "tooltip over the output neuron: " + shown),
                () -> assertNoNonFinite(shown));
    }

    @Test
    void addLayerButtonAddsAColumnOfNeurons(Browser browser) {
        openLab(browser);
        String before = layers(browser);
        browser.driver().findElement(By.cssSelector(".bl-network button[aria-label='add a hidden layer']")).click();
        browser.waitFor("return document.querySelector('" + NETWORK + "').getAttribute('data-layers') !== '"
                + before + "'");
        String after = layers(browser);
        assertAll(
                () -> assertEquals(before.split("-").length + 1, after.split("-").length,
                        "layers before " + before + ", after " + after),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        browser.driver().findElement(By.cssSelector(".bl-network button[aria-label='remove the last hidden layer']"))
                .click();
        browser.waitFor("return document.querySelector('" + NETWORK + "').getAttribute('data-layers') === '"
                + before + "'");
    }

    @Test
    void fitsAPhoneScreenAtDevicePixelRatioTwo(Browser browser) {
        try {
            browser.emulateScreen(390, 844, 2);
            openLab(browser);
            browser.waitFor(BACKING_STORE_MATCHES_RATIO);
            browser.script("BackpropLab.main.step(200);");
            browser.waitFor("return document.querySelector('.bl-cost .blv-readout').textContent.includes('iteration')");
            long[] output = count(browser, OUTPUT);
            long[] network = count(browser, NETWORK);
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            browser.screenshot("views-phone-390x844");
            browser.script("document.querySelector('.bl-output').scrollIntoView();");
            browser.screenshot("views-phone-390x844-output");
            browser.script("document.querySelector('.bl-cost').scrollIntoView();");
            browser.screenshot("views-phone-390x844-cost");
            assertAll(
                    () -> assertTrue(output[1] > 300 && output[2] > 300, "output view colours on a phone: " + output[1]
                            + " blue, " + output[2] + " orange"),
                    () -> assertTrue(network[0] > network[3] / 100, "network view looks blank on a phone"),
                    () -> assertEquals(0, overflow.intValue(), "the page scrolls sideways on a phone"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    private static String layers(Browser browser) {
        return (String) browser.script("return document.querySelector(arguments[0]).getAttribute('data-layers');",
                NETWORK);
    }

    private static String readout(Browser browser) {
        return (String) browser.script("return document.querySelector('.bl-cost .blv-readout').textContent;");
    }

    private static String visibleTooltip(Browser browser) {
        Object text = browser.script("""
                const tip = document.querySelector('.bl-network .blv-tooltip');
                return tip && !tip.hidden ? tip.textContent : '';
                """);
        return text == null ? "" : text.toString();
    }

    private static void assertNoNonFinite(String text) {
        assertFalse(text.contains("NaN") || text.contains("Infinity"), "non-finite number shown: " + text);
        assertNotEquals(null, text);
    }

    private static long[] count(Browser browser, String selector) {
        List<?> counts = (List<?>) browser.script(COUNT_PIXELS, selector);
        long[] values = new long[counts.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = ((Number) counts.get(k)).longValue();
        }
        return values;
    }
}
