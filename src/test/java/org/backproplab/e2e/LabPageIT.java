package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The lab page in a real headless Chromium, over http under the strict CSP (and once from disk): the
 * scripting API, typed input and its messages, CSV import, divergence, the URL, the keyboard, the layout.
 */
@ExtendWith(BrowserExtension.class)
class LabPageIT {
    @TempDir
    static Path files;

    private void openLab(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
    }

    @Test
    void trainsWhenOpenedFromDisk(Browser browser) {
        Path page = StaticServer.webDirectory().resolve("index.html").toAbsolutePath();
        Lab.open(browser, page.toUri().toString());
        double before = Lab.number(browser, "BackpropLab.main.cost()");
        double after = Lab.number(browser, "BackpropLab.main.step(500)");
        browser.script("BackpropLab.main.setLearningRate(0.3);"); // writes the URL, which file:// may refuse
        assertAll(
                () -> assertEquals("Backprop Lab", browser.driver().getTitle()),
                () -> assertTrue(after < before, "cost " + before + " -> " + after),
                () -> assertEquals(0.3, Lab.number(browser, "BackpropLab.main.learningRate()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void stepLowersTheCostOverHttpUnderStrictCsp(Browser browser) {
        openLab(browser);
        double before = Lab.number(browser, "BackpropLab.main.cost()");
        double after = Lab.number(browser, "BackpropLab.main.step(500)");
        assertAll(
                () -> assertTrue(after < before, "cost " + before + " -> " + after),
                () -> assertEquals(after, Lab.number(browser, "BackpropLab.main.cost()")),
                () -> assertEquals(StateCodec.encode(AppState.defaults()), Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals(AppState.defaults().layerSizes().length, 4),
                () -> Lab.assertNoConsoleErrors(browser));
        // The read-outs catch up on the next frame.
        browser.waitFor("return document.querySelector(\"#lab [data-role='iteration']\").textContent === '500';");
    }

    @Test
    void scriptedLearningRateRefusesBadValuesAndMovesTheControls(Browser browser) {
        openLab(browser);
        String state = Lab.string(browser, "BackpropLab.main.state()");
        for (String bad : List.of("'abc'", "0", "11", "-1", "NaN", "Infinity", "''", "null", "undefined")) {
            String message = Lab.string(browser, "BackpropLab.main.setLearningRate(" + bad + ")");
            assertTrue(message.contains("0.00001 to 10"), bad + " -> " + message);
            assertEquals(0.1, Lab.number(browser, "BackpropLab.main.learningRate()"), bad);
        }
        assertEquals(state, Lab.string(browser, "BackpropLab.main.state()"));

        assertEquals("", Lab.string(browser, "BackpropLab.main.setLearningRate(0.5)"));
        double slider = Double.parseDouble(Lab.role(browser, "lr-slider").getDomProperty("value"));
        assertAll(
                () -> assertEquals(0.5, Lab.number(browser, "BackpropLab.main.learningRate()")),
                () -> assertEquals("0.5", Lab.role(browser, "lr").getDomProperty("value")),
                () -> assertEquals(0.5, Math.pow(10, slider), 0.5 * 0.06, "slider at log10 α = " + slider),
                () -> assertEquals("α = 0.5", Lab.role(browser, "lr-slider").getDomAttribute("aria-valuetext")),
                () -> assertEquals("", Lab.string(browser, "BackpropLab.main.setLearningRate('0.02')")),
                () -> assertEquals(0.02, Lab.number(browser, "BackpropLab.main.learningRate()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theLearningRateSliderIsLogarithmicAndMovesTheField(Browser browser) {
        openLab(browser);
        WebElement slider = Lab.role(browser, "lr-slider");
        slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        // Four notches of 0.05 in log10 α: 0.1 · 10^0.2 ≈ 0.158, shown with two significant digits.
        assertAll(
                () -> assertEquals(0.16, Lab.number(browser, "BackpropLab.main.learningRate()")),
                () -> assertEquals("0.16", Lab.role(browser, "lr").getDomProperty("value")),
                () -> assertEquals(0.0, Lab.number(browser, "BackpropLab.main.iteration()"),
                        "→ on the slider moves the slider, it does not take a step"));
        slider.sendKeys(Keys.HOME);
        assertEquals(0.00001, Lab.number(browser, "BackpropLab.main.learningRate()"));
        slider.sendKeys(Keys.END);
        assertEquals(10.0, Lab.number(browser, "BackpropLab.main.learningRate()"));
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void typingANonNumberForAlphaShowsWhyAndKeepsTheModel(Browser browser) {
        openLab(browser);
        String state = Lab.string(browser, "BackpropLab.main.state()");
        double cost = Lab.number(browser, "BackpropLab.main.cost()");
        Lab.type(browser, "lr", "abc", Keys.ENTER);
        String message = Lab.text(browser, "lr-message");
        assertAll(
                () -> assertTrue(message.contains("must be a number") && message.contains("0.00001 to 10"), message),
                () -> assertTrue(message.contains("Kept 0.1"), message),
                () -> assertEquals("abc", Lab.role(browser, "lr").getDomProperty("value"), "the bad text stays while typing"),
                () -> assertEquals("true", Lab.role(browser, "lr").getDomAttribute("aria-invalid")),
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals(cost, Lab.number(browser, "BackpropLab.main.cost()")));

        // Leaving the field shows the kept value; the message stays until a valid value.
        Lab.role(browser, "lr").sendKeys(Keys.TAB);
        assertEquals("0.1", Lab.role(browser, "lr").getDomProperty("value"));
        assertTrue(Lab.text(browser, "lr-message").contains("must be a number"));
        Lab.type(browser, "lr", "0", Keys.TAB);
        assertTrue(Lab.text(browser, "lr-message").contains("but is 0"), Lab.text(browser, "lr-message"));
        Lab.type(browser, "lr", "0.03", Keys.TAB);
        assertAll(
                () -> assertEquals("", Lab.text(browser, "lr-message")),
                () -> assertEquals(0.03, Lab.number(browser, "BackpropLab.main.learningRate()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void negativeLambdaAndBadBatchAreRefusedWithAMessage(Browser browser) {
        openLab(browser);
        new org.openqa.selenium.support.ui.Select(Lab.role(browser, "regularization")).selectByValue("l2");
        String state = Lab.string(browser, "BackpropLab.main.state()");
        Lab.type(browser, "lambda", "-1", Keys.TAB);
        String lambda = Lab.text(browser, "lambda-message");
        Lab.type(browser, "batch", "2.5", Keys.TAB);
        String batch = Lab.text(browser, "batch-message");
        assertAll(
                () -> assertTrue(state.contains("reg=l2")),
                () -> assertTrue(lambda.contains("λ must be a number from 0 to 10, but is -1. Kept 0."), lambda),
                () -> assertTrue(batch.contains("whole number") && batch.contains("full batch"), batch),
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void csvWithAWrongRowNamesTheLineAndKeepsTheData(Browser browser) throws IOException {
        openLab(browser);
        double cost = Lab.number(browser, "BackpropLab.main.cost()");
        Path bad = files.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,label\n0.5,0.5,1\n1,2\n");
        Lab.role(browser, "csv").sendKeys(bad.toString());
        browser.waitFor("return document.querySelector(\"#lab [data-role='csv-message']\").textContent.includes('line');");
        String message = Lab.text(browser, "csv-message");
        assertAll(
                () -> assertTrue(message.contains("line 3 has 2 columns but the model needs 3"), message),
                () -> assertTrue(message.contains("unchanged"), message),
                () -> assertEquals(cost, Lab.number(browser, "BackpropLab.main.cost()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void csvOfMoreThanTenThousandRowsIsRefused(Browser browser) throws IOException {
        openLab(browser);
        double cost = Lab.number(browser, "BackpropLab.main.cost()");
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int r = 0; r < 10_001; r++) {
            csv.append(r % 7).append(',').append(r % 5).append(',').append(r % 2).append('\n');
        }
        Path big = files.resolve("big.csv");
        Files.writeString(big, csv);
        Lab.role(browser, "csv").sendKeys(big.toString());
        browser.waitFor("return document.querySelector(\"#lab [data-role='csv-message']\").textContent.includes('10000');");
        String message = Lab.text(browser, "csv-message");
        assertAll(
                () -> assertTrue(message.contains("at most 10000 examples"), message),
                () -> assertEquals(cost, Lab.number(browser, "BackpropLab.main.cost()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void csvOfGoodPointsReplacesTheData(Browser browser) throws IOException {
        openLab(browser);
        double cost = Lab.number(browser, "BackpropLab.main.cost()");
        StringBuilder csv = new StringBuilder("# two clusters\nx1,x2,label\n");
        for (int r = 0; r < 40; r++) {
            csv.append(r % 2 == 0 ? "-3," : "3,").append(0.1 * r).append(',').append(r % 2).append('\n');
        }
        Path good = files.resolve("good.csv");
        Files.writeString(good, csv);
        Lab.role(browser, "csv").sendKeys(good.toString());
        browser.waitFor("return document.querySelector(\"#lab [data-role='csv-message']\").textContent.includes('Loaded');");
        assertAll(
                () -> assertTrue(Lab.text(browser, "csv-message").contains("Loaded 40 points from good.csv"),
                        Lab.text(browser, "csv-message")),
                () -> assertNotEquals(cost, Lab.number(browser, "BackpropLab.main.cost()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void divergencePausesExplainsAndOffersASmallerRate(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=sine"));
        Lab.type(browser, "lr", "10", Keys.TAB);
        assertEquals(10.0, Lab.number(browser, "BackpropLab.main.learningRate()"));
        Lab.role(browser, "play").click();
        browser.waitFor("return !document.querySelector(\"#lab [data-role='divergence']\").hidden;");
        browser.screenshot("lab-diverged");
        String alert = Lab.text(browser, "divergence");
        String body = Lab.string(browser, "document.body.innerText");
        assertAll(
                () -> assertTrue(alert.contains("diverged") && alert.contains("α = 10 is too large"), alert),
                () -> assertFalse(browser.script("return BackpropLab.main.playing();").equals(true), "still playing"),
                () -> assertEquals("Play", Lab.text(browser, "play-label")),
                () -> assertFalse(body.contains("NaN") || body.contains("Infinity"), body),
                () -> assertEquals("Use α = 1", Lab.text(browser, "use-suggestion")));

        Lab.role(browser, "use-suggestion").click();
        assertAll(
                () -> assertEquals(1.0, Lab.number(browser, "BackpropLab.main.learningRate()")),
                () -> assertEquals("1", Lab.role(browser, "lr").getDomProperty("value")),
                () -> assertFalse(Lab.role(browser, "divergence").isDisplayed()),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theDivergenceMessageAgreesWithTheCounterLeavesTheStepperFreeAndCloses(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=sine&act=relu&batch=0"));
        Lab.type(browser, "lr", "10", Keys.TAB);
        Lab.role(browser, "play").click();
        String shown = "return !document.querySelector(\"#lab [data-role='divergence']\").hidden;";
        browser.waitFor(shown);
        String alert = Lab.text(browser, "divergence-text");
        String counter = Lab.text(browser, "iteration");
        // the alert's box and the phase bar's (the stepper) must not overlap
        Boolean overlap = (Boolean) browser.script("const a = document.querySelector(\"#lab [data-role='divergence']\")"
                + ".getBoundingClientRect(); const b = document.querySelector(\"#lab [data-role='phase-bar']\")"
                + ".getBoundingClientRect(); return b.height > 0 && a.left < b.right && b.left < a.right"
                + " && a.top < b.bottom && b.top < a.bottom;");
        browser.screenshot("lab-diverged-notice");
        assertAll(
                () -> assertTrue(alert.startsWith("Training diverged at iteration " + counter + ": "),
                        "header " + counter + ", alert " + alert),
                () -> assertTrue(alert.contains("The counter stays at iteration " + counter + ", where it diverged; "
                        + "the weights (and the cost shown) are those of iteration "), alert),
                () -> assertEquals(Boolean.FALSE, overlap, "the divergence message covers the phase stepper"));

        Lab.click(browser, "divergence-close");
        assertFalse(Lab.role(browser, "divergence").isDisplayed(), "✕ did not close the message");
        Lab.role(browser, "step").click();  // refused while diverged: the closed message stays closed
        assertFalse(Lab.role(browser, "divergence").isDisplayed(), "the closed message came back");

        Lab.click(browser, "reset");
        Lab.role(browser, "play").click();
        browser.waitFor(shown);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(browser.driver().findElement(By.cssSelector(".page-header h1"))).click()
                .sendKeys(Keys.ESCAPE).perform();
        assertAll(
                () -> assertFalse(Lab.role(browser, "divergence").isDisplayed(), "Esc did not close the message"),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void playRunsTheIterationCounterAndPauseStopsIt(Browser browser) {
        openLab(browser);
        Lab.role(browser, "play").click();
        browser.waitFor("return Number(document.querySelector(\"#lab [data-role='iteration']\").textContent"
                + ".replace(/,/g, '')) >= 100;");
        assertEquals("Pause", Lab.text(browser, "play-label"));
        Lab.role(browser, "play").click();
        String stopped = Lab.string(browser, "String(BackpropLab.main.iteration())");
        browser.script("return new Promise(done => setTimeout(done, 200));");
        assertAll(
                () -> assertEquals(stopped, Lab.string(browser, "String(BackpropLab.main.iteration())")),
                () -> assertEquals("false", Lab.role(browser, "play").getDomAttribute("aria-pressed")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void aHiddenTabDoesNotTrain(Browser browser) {
        openLab(browser);
        Lab.role(browser, "play").click();
        browser.waitFor("return BackpropLab.main.iteration() > 0;");
        browser.script("Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        String hidden = Lab.string(browser, "String(BackpropLab.main.iteration())");
        browser.script("return new Promise(done => setTimeout(done, 300));");
        assertEquals(hidden, Lab.string(browser, "String(BackpropLab.main.iteration())"), "trained while hidden");
        browser.script("Object.defineProperty(document, 'hidden', {configurable: true, get: () => false});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        browser.waitFor("return BackpropLab.main.iteration() > " + hidden + ";");
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void theUrlCarriesTheSettingsBothWays(Browser browser) {
        openLab(browser);
        browser.script("BackpropLab.main.setLearningRate(0.03);");
        Lab.chooseDataset(browser, "spiral");
        // Quick changes are written together a moment later.
        browser.waitFor("return location.hash.includes('data=spiral');");
        String hash = Lab.string(browser, "location.hash");
        String state = Lab.string(browser, "BackpropLab.main.state()");
        assertAll(
                () -> assertTrue(hash.contains("lr=0.03"), hash),
                () -> assertTrue(hash.contains("data=spiral"), hash),
                () -> assertEquals("#" + state, hash));

        Lab.open(browser, Lab.url("/index.html" + hash));
        assertAll(
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals("0.03", Lab.role(browser, "lr").getDomProperty("value")),
                () -> assertEquals("spiral", Lab.chosenDataset(browser)),
                () -> assertFalse(Lab.role(browser, "notice").isDisplayed()),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void aHostileLinkShowsANoticeAndAWorkingLab(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#v=9&lr=abc&data=nope&hidden=99,99&batch=-4&zzz=<b>1</b>"
                + "&noise=NaN&speed=1e9&lambda=1e400"));
        String notice = Lab.text(browser, "notice");
        browser.screenshot("lab-hostile-link-notice");
        double before = Lab.number(browser, "BackpropLab.main.cost()");
        double after = Lab.number(browser, "BackpropLab.main.step(300)");
        assertAll(
                () -> assertTrue(Lab.role(browser, "notice").isDisplayed()),
                () -> assertTrue(notice.contains("lr=abc") && notice.contains("unknown dataset"), notice),
                () -> assertTrue(notice.contains("<b>1</b>") || notice.contains("zzz"), notice),
                () -> assertEquals(StateCodec.encode(AppState.defaults()), Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(after < before, before + " -> " + after),
                () -> Lab.assertNoConsoleErrors(browser));
        Lab.role(browser, "notice-close").click();
        assertFalse(Lab.role(browser, "notice").isDisplayed());
    }

    @Test
    void keyboardShortcutsPlayStepAndResetButNotWhileTyping(Browser browser) {
        openLab(browser);
        Actions keys = new Actions(browser.driver());
        // the page title: the middle of the page may be a button, which would take the space key
        browser.driver().findElement(By.cssSelector(".page-header h1")).click();
        keys.sendKeys(" ").perform();
        browser.waitFor("return BackpropLab.main.playing() && BackpropLab.main.iteration() > 0;");
        keys.sendKeys(" ").perform();
        browser.waitFor("return !BackpropLab.main.playing();");
        keys.sendKeys("r").perform();
        assertEquals(0.0, Lab.number(browser, "BackpropLab.main.iteration()"), "r resets");
        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        assertEquals(1.0, Lab.number(browser, "BackpropLab.main.iteration()"), "→ takes one step");

        // In a text field the keys are text.
        Lab.role(browser, "lr").click();
        Lab.role(browser, "lr").sendKeys(" r");
        assertAll(
                () -> assertFalse(browser.script("return BackpropLab.main.playing();").equals(true)),
                () -> assertEquals(1.0, Lab.number(browser, "BackpropLab.main.iteration()")));
        Lab.role(browser, "lr").sendKeys(Keys.ESCAPE);

        Lab.role(browser, "help-button").click();
        assertTrue(Lab.role(browser, "help").isDisplayed());
        browser.screenshot("lab-shortcuts");
        assertEquals("true", Lab.role(browser, "help-button").getDomAttribute("aria-expanded"));
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(Lab.role(browser, "help").isDisplayed());
        assertEquals("help-button", browser.script("return document.activeElement.dataset.role;"),
                "closing the shortcuts returns the focus to the ? button");

        // Every control is reachable with Tab, and the focused one is visibly outlined.
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("dataset", browser.script("return document.activeElement.closest('[data-role]').dataset.role;"),
                "the first setting: the chosen data set in the picker");
        String outline = Lab.string(browser, "getComputedStyle(document.activeElement).outlineStyle");
        browser.screenshot("lab-keyboard-focus");
        assertEquals("solid", outline, "focus outline");
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void laptopScreenShowsEverythingWithoutScrolling(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openLab(browser);
            browser.script("BackpropLab.main.step(300);");
            browser.waitFor("return document.querySelector(\"#lab [data-role='iteration']\").textContent === '300';");
            browser.screenshot("lab-1280x800");
            assertAll(
                    () -> assertTrue(Lab.number(browser, "document.documentElement.scrollHeight")
                            <= Lab.number(browser, "window.innerHeight"), "the page scrolls at 1280×800"),
                    () -> assertTrue(Lab.number(browser, "document.documentElement.scrollWidth")
                            <= Lab.number(browser, "window.innerWidth"), "the page scrolls sideways"),
                    () -> assertViewSizes(browser, 240),
                    () -> Lab.assertNoConsoleErrors(browser));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void phoneScreenStacksTheLabWithTouchSizedControls(Browser browser) {
        try {
            browser.emulateScreen(390, 844, 1);
            openLab(browser);
            browser.screenshot("lab-390x844");
            browser.script("document.querySelector('#lab .bl-controls').scrollIntoView();");
            browser.screenshot("lab-390x844-controls");
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.script("""
                    return [...document.querySelectorAll('#lab button, #lab select, #lab input:not([type=file]), #lab label.bl-button')]
                      .filter(e => e.offsetParent !== null)
                      .filter(e => getComputedStyle(e).pointerEvents !== 'none') // a touch passes through (the neurons' keys)
                      .filter(e => e.getBoundingClientRect().height < 40)
                      .map(e => (e.dataset.role || e.tagName) + ' ' + e.getBoundingClientRect().height);
                    """);
            assertAll(
                    () -> assertEquals(List.of(), small, "touch targets under 40 px"),
                    () -> assertTrue(Lab.number(browser, "document.documentElement.scrollWidth") <= 390,
                            "the page scrolls sideways on a phone"),
                    () -> assertViewSizes(browser, 150),
                    () -> Lab.assertNoConsoleErrors(browser));
        } finally {
            browser.resetScreen();
        }
    }

    /** Each view container has room: at least {@code minimum} CSS px each way. */
    private static void assertViewSizes(Browser browser, int minimum) {
        for (String view : List.of("bl-network", "bl-output", "bl-cost")) {
            double width = Lab.number(browser, "document.querySelector('#lab ." + view + "').clientWidth");
            double height = Lab.number(browser, "document.querySelector('#lab ." + view + "').clientHeight");
            int least = view.equals("bl-cost") ? minimum / 2 : minimum;
            assertTrue(width >= minimum && height >= least, view + " is " + width + "×" + height);
        }
    }

    /**
     * At devicePixelRatio 2 every canvas of the lab has a backing store twice its CSS size, before and
     * after a resize (the ratio is set before the page loads).
     */
    @Test
    void canvasesStaySharpAtDevicePixelRatioTwoAcrossAResize(Browser browser) {
        String sharp = """
                const canvases = [...document.querySelectorAll('#lab canvas')];
                return window.devicePixelRatio === 2 && canvases.length >= 3 && canvases.every(c =>
                    c.clientWidth > 0 && Math.abs(c.width - c.clientWidth * 2) <= 2
                    && Math.abs(c.height - c.clientHeight * 2) <= 2);
                """;
        try {
            browser.emulateScreen(1280, 800, 2);
            openLab(browser);
            browser.waitFor(sharp);
            browser.emulateScreen(900, 700, 2);
            browser.waitFor(sharp);
            Lab.assertNoConsoleErrors(browser);
        } finally {
            browser.resetScreen();
        }
    }
}
