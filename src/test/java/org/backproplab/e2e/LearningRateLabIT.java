package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The α lab on the real page: a race of three learning rates draws three curves and marks the diverged one,
 * the finder sweeps, marks a best α and applies it, the sandbox draws two optimizers' paths, the schedule
 * select changes the settings and the α(t) read-out, and switching optimizers while the lab plays keeps it
 * working. Screenshots at 1280×800 and 390×844 under target/screenshots.
 */
@ExtendWith(BrowserExtension.class)
class LearningRateLabIT {
    private static final Duration LONG = Duration.ofSeconds(90);

    /** Pixels of the canvas arguments[0] near each colour of arguments[1] (a list of [r, g, b]). */
    private static final String COUNT_COLORS = """
            const canvas = document.querySelector(arguments[0]);
            const colors = arguments[1];
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            const counts = colors.map(() => 0);
            for (let p = 0; p < data.length; p += 4) {
              if (data[p + 3] < 200) continue;
              for (let c = 0; c < colors.length; c++) {
                if (Math.abs(data[p] - colors[c][0]) < 30 && Math.abs(data[p + 1] - colors[c][1]) < 30
                    && Math.abs(data[p + 2] - colors[c][2]) < 30) counts[c]++;
              }
            }
            return counts;
            """;
    private static final List<List<Integer>> LANE_COLORS = List.of(
            List.of(0x00, 0x72, 0xb2), List.of(0xd5, 0x5e, 0x00), List.of(0x00, 0x9e, 0x73));

    private static void openLab(Browser browser, String hash) {
        Lab.open(browser, Lab.url("/index.html" + hash));
    }

    private static Object waitLong(Browser browser, String script) {
        return new WebDriverWait(browser.driver(), LONG)
                .withMessage(() -> "waiting for the page to satisfy: " + script)
                .until(d -> {
                    Object value = browser.script(script);
                    return value instanceof Boolean b && !b ? null : value;
                });
    }

    private static WebElement role(Browser browser, String role) {
        return Lab.pageRole(browser, role);
    }

    private static void type(Browser browser, String role, String text) {
        WebElement field = role(browser, role);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    @Test
    void raceFinderAndSandboxWork(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openLab(browser, "#v=1&data=sine&batch=0");
            browser.script("BackpropLab.main.step(1);");
            role(browser, "play").click();
            role(browser, "lrlab-open").click();
            browser.waitFor("return BackpropLab.main.rateLabOpen();");
            assertFalse((Boolean) browser.script("return BackpropLab.main.playing();"), "opening the α lab pauses the lab");
            double pausedAt = Lab.number(browser, "BackpropLab.main.iteration()");
            assertTrue(role(browser, "lrlab").isDisplayed(), "the α lab panel shows");
            assertFalse(browser.driver().findElement(By.cssSelector(".bl-network-panel")).isDisplayed(),
                    "the panel takes the views' place");

            // a refused α keeps the lane as it was and says why
            type(browser, "race-rate-3", "20");
            String refusal = role(browser, "race-lane-3").getText();
            assertTrue(refusal.contains("from 0.00001 to 10"), refusal);
            type(browser, "race-rate-0", "0.001");
            type(browser, "race-rate-1", "0.03");
            type(browser, "race-rate-2", "3");
            type(browser, "race-rate-3", "");
            role(browser, "race-start").click();
            waitLong(browser, "return BackpropLab.main.raceOver();");
            browser.waitFor("return document.querySelector('[data-role=\"race-verdict-2\"]').textContent === 'diverged';");
            browser.screenshot("lrlab-race-1280x800");
            List<?> pixels = (List<?>) browser.script(COUNT_COLORS, "[data-role=\"race-canvas\"]", LANE_COLORS);
            String caption = role(browser, "race-caption").getText();
            assertAll(
                    () -> assertEquals(3L, ((Number) browser.script("return BackpropLab.main.raceRunCount();")).longValue()),
                    () -> assertEquals("diverged", browser.script("return BackpropLab.main.raceVerdict(2);")),
                    () -> assertTrue(Lab.number(browser, "BackpropLab.main.raceCostCount(0)") == 401,
                            "the slow run takes all 400 steps"),
                    () -> assertTrue(Lab.number(browser, "BackpropLab.main.raceCostCount(2)") < 401,
                            "the diverged run stops early"),
                    () -> assertTrue(Lab.number(browser, "BackpropLab.main.raceLastCost(1)")
                            < Lab.number(browser, "BackpropLab.main.raceLastCost(0)"), "α = 0.03 beats α = 0.001"),
                    () -> assertTrue(role(browser, "race-lane-2").getText().contains("far too large"),
                            role(browser, "race-lane-2").getText()),
                    () -> assertTrue(caption.startsWith("Full batch"), caption),
                    () -> {
                        for (int c = 0; c < 3; c++) {
                            assertTrue(((Number) pixels.get(c)).longValue() > 20, "curve " + c + " is drawn: " + pixels);
                        }
                    });

            // the finder
            role(browser, "lrlab-tab-finder").click();
            role(browser, "finder-start").click();
            waitLong(browser, "return BackpropLab.main.finderDone();");
            browser.waitFor("return document.querySelector('[data-role=\"finder-use\"]').offsetParent !== null;");
            browser.screenshot("lrlab-finder-1280x800");
            double best = Lab.number(browser, "BackpropLab.main.finderBestRate()");
            double suggestion = Lab.number(browser, "BackpropLab.main.finderSuggestion()");
            String result = role(browser, "finder-result").getText();
            assertAll(
                    () -> assertTrue(Double.isFinite(best) && best > 0, "best α " + best),
                    () -> assertTrue(Math.abs(suggestion - best) <= 0.05 * best, suggestion + " vs " + best),
                    () -> assertTrue(result.startsWith("Best: α ≈"), result),
                    () -> assertTrue(role(browser, "finder-use").getText().startsWith("Use α = "),
                            role(browser, "finder-use").getText()));
            role(browser, "finder-use").click();
            browser.waitFor("return !BackpropLab.main.rateLabOpen();");
            assertEquals(suggestion, Lab.number(browser, "BackpropLab.main.learningRate()"), 0,
                    "use α applies the finder's best α");
            assertEquals(pausedAt, Lab.number(browser, "BackpropLab.main.iteration()"),
                    "the lab stays paused while the α lab is open and after it closed");
            assertTrue(((String) browser.script("return BackpropLab.main.state();")).contains("lr="));

            // the sandbox, and Escape closes the panel
            role(browser, "lrlab-open").click();
            role(browser, "lrlab-tab-sandbox").click();
            browser.waitFor("return BackpropLab.main.sandboxPathCount() === 2;");
            browser.waitFor("return document.querySelectorAll('[data-role=\"sandbox-stories\"] li').length === 2;");
            List<?> paths = (List<?>) browser.script(COUNT_COLORS, "[data-role=\"sandbox-canvas\"]",
                    List.of(List.of(0xd5, 0x5e, 0x00), List.of(0x00, 0x72, 0xb2)));
            String stories = role(browser, "sandbox-stories").getText();
            browser.screenshot("lrlab-sandbox-1280x800");
            assertAll(
                    () -> assertTrue(((Number) paths.get(0)).longValue() > 30, "gradient descent's path: " + paths),
                    () -> assertTrue(((Number) paths.get(1)).longValue() > 30, "momentum's path: " + paths),
                    () -> assertTrue(stories.contains("Gradient descent zig-zags"), stories),
                    () -> assertTrue(stories.contains("Momentum overshoots"), stories));
            // the keyboard moves the start too: two steps right (a tenth of the picture), one up
            String startBefore = browser.driver().findElement(By.cssSelector(".bll-start")).getText();
            role(browser, "sandbox-canvas").sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_UP);
            browser.waitFor("return !document.querySelector('.bll-start').textContent.includes('"
                    + startBefore.substring(0, startBefore.indexOf(')') + 1) + "');");
            String startAfter = browser.driver().findElement(By.cssSelector(".bll-start")).getText();
            assertTrue(startBefore.replace('\u2212', '-').startsWith("Start (-2.5, 2.5)"), startBefore);
            assertTrue(startAfter.replace('\u2212', '-').startsWith("Start (-1.9, 2.8)"),
                    "x −2.5 + 2 × 0.3, y 2.5 + 0.3: " + startAfter);
            role(browser, "sandbox-adam").click();
            browser.waitFor("return BackpropLab.main.sandboxPathCount() === 3;");
            new Select(role(browser, "sandbox-surface")).selectByValue("rosenbrock");
            browser.waitFor("return document.querySelector('[data-role=\"sandbox-stories\"]').textContent.includes('Adam');");
            browser.screenshot("lrlab-sandbox-rosenbrock-1280x800");
            role(browser, "sandbox-surface").sendKeys(Keys.ESCAPE);
            browser.waitFor("return !BackpropLab.main.rateLabOpen();");
            assertTrue(browser.driver().findElement(By.cssSelector(".bl-network-panel")).isDisplayed());
            assertEquals(List.of(), browser.consoleErrors(), "console errors");
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void scheduleSelectChangesTheStateAndTheRateReadout(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openLab(browser, "#v=1&data=sine&lr=0.05");
            assertEquals("", browser.script("return BackpropLab.main.currentRateText();"), "no α(t) read-out for a constant α");
            new Select(role(browser, "schedule")).selectByValue("cosine");
            browser.waitFor("return BackpropLab.main.state().includes('sched=cosine');");
            browser.waitFor("return BackpropLab.main.currentRateText() === '0.05';");
            assertTrue(role(browser, "schedule-plot").isDisplayed(), "the α(t) plot shows");
            browser.script("BackpropLab.main.step(500);");
            browser.waitFor("return BackpropLab.main.currentRateText() === '0.025';");
            assertTrue(role(browser, "rate-readout").getText().contains("α(t)"));
            browser.screenshot("lrlab-schedule-1280x800");
            new Select(role(browser, "schedule")).selectByValue("step");
            browser.waitFor("return BackpropLab.main.state().includes('sched=step');");
            new Select(role(browser, "schedule")).selectByValue("constant");
            browser.waitFor("return BackpropLab.main.currentRateText() === '';");
            assertFalse(role(browser, "schedule-plot").isDisplayed());
            assertEquals(List.of(), browser.consoleErrors(), "console errors");
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void switchingOptimizersWhilePlayingKeepsTheLabWorking(Browser browser) {
        openLab(browser, "#v=1&data=circle&lr=0.03");
        role(browser, "play").click();
        browser.waitFor("return BackpropLab.main.iteration() > 50;");
        new Select(role(browser, "optimizer")).selectByValue("adam");
        double atAdam = Lab.number(browser, "BackpropLab.main.iteration()");
        browser.waitFor("return BackpropLab.main.iteration() > " + (atAdam + 50) + ";");
        new Select(role(browser, "optimizer")).selectByValue("momentum");
        double atMomentum = Lab.number(browser, "BackpropLab.main.iteration()");
        browser.waitFor("return BackpropLab.main.iteration() > " + (atMomentum + 50) + ";");
        double cost = Lab.number(browser, "BackpropLab.main.cost()");
        assertAll(
                () -> assertTrue(Double.isFinite(cost), "cost " + cost),
                () -> assertTrue((Boolean) browser.script("return BackpropLab.main.playing();")),
                () -> assertTrue(((String) browser.script("return BackpropLab.main.state();")).contains("opt=momentum")),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    @Test
    void phoneLayoutShowsTheLabInOneColumn(Browser browser) {
        try {
            browser.emulateScreen(390, 844, 2);
            openLab(browser, "#v=1&data=sine&batch=0");
            role(browser, "lrlab-open").click();
            browser.waitFor("return BackpropLab.main.rateLabOpen();");
            browser.script("document.querySelector('[data-role=\"race-start\"]').click();");
            waitLong(browser, "return BackpropLab.main.raceOver();");
            browser.script("document.querySelector('[data-role=\"lrlab\"]').scrollIntoView();");
            browser.screenshot("lrlab-race-390x844");
            browser.script("document.querySelector('[data-role=\"lrlab-tab-sandbox\"]').click();");
            browser.waitFor("return BackpropLab.main.sandboxPathCount() === 2;");
            browser.script("document.querySelector('[data-role=\"lrlab\"]').scrollIntoView();");
            browser.screenshot("lrlab-sandbox-390x844");
            long overflow = ((Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            assertAll(
                    () -> assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void wideLayoutDoesNotScrollWithTheLabOpen(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openLab(browser, "");
            role(browser, "lrlab-open").click();
            browser.waitFor("return BackpropLab.main.rateLabOpen();");
            long overflow = ((Number) browser.script(
                    "return document.documentElement.scrollHeight - document.documentElement.clientHeight;")).longValue();
            browser.screenshot("lrlab-open-1280x800");
            assertTrue(overflow <= 0, "the 1280×800 page scrolls by " + overflow + " px");
        } finally {
            browser.resetScreen();
        }
    }
}
