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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The rest of what Playground users expect, done from the keyboard and the pointer in a real Chromium: the
 * data-set picker, typing a weight in the table view, a neuron's picture by keyboard focus and for curves,
 * feature names in the diagram, Ctrl+Z.
 */
@ExtendWith(BrowserExtension.class)
class PlaygroundMoreIT {
    private static void press(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String active(Browser browser, String attribute) {
        Object value = browser.script("const e = document.activeElement; return e ? e.getAttribute(arguments[0]) : null;",
                attribute);
        return value == null ? "" : value.toString();
    }

    private static String state(Browser browser) {
        return Lab.string(browser, "BackpropLab.main.state()");
    }

    /** The output canvas's PNG, as a short digest (a failure message then stays readable). */
    private static String outputPicture(Browser browser) {
        Lab.frames(browser, 3);
        String png = (String) browser.script(
                "return document.querySelector(\"#lab [data-role='output-view'] canvas.blv-canvas\").toDataURL();");
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(png.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String caption(Browser browser) {
        return (String) browser.script("const c = document.querySelector(\"#lab [data-role='neuron-caption']\");"
                + "return c && !c.hidden ? c.textContent : '';");
    }

    /** The output legend's visible words, in order (hidden keys and the colour bar left out). */
    private static String legend(Browser browser) {
        return (String) browser.script("const l = document.querySelector('#lab .blv-legend');"
                + "return Array.from(l.querySelectorAll('.blv-legend-group > span'))"
                + ".filter(s => s.offsetParent !== null && s.textContent)"
                + ".map(s => s.textContent).join(' | ');");
    }

    /** The colour bar's tick labels and its text alternative, "a|b|c — description". */
    private static String colourBar(Browser browser) {
        return (String) browser.script("const b = document.querySelector(\"#lab [data-role='colour-legend']\");"
                + "if (!b || b.offsetParent === null) return 'no bar';"
                + "return Array.from(b.parentElement.querySelectorAll('.blv-colour-ticks > span')).map(s => s.textContent)"
                + ".join('|') + ' \u2014 ' + b.getAttribute('aria-label');");
    }

    @Test
    void aDataSetIsChosenFromItsThumbnailWithTheKeyboardOnly(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        // the pictures are drawn two a frame once the lab is on screen (11 sets: 6 frames), then never again
        browser.waitFor("return BackpropLab.main.firstFrameMillis() > 0;");
        Lab.frames(browser, 8);
        List<?> blank = (List<?>) browser.script("return [...document.querySelectorAll('#lab .bl-dataset-thumb')]"
                + ".filter(c => !c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3"
                + " && v > 200)).map(c => c.parentElement.dataset.value);");
        assertEquals(List.of(), blank, "data sets whose picture is still blank");
        // count every fill and stroke drawn on a thumbnail from now on: none, they are drawn once
        browser.script("window.thumbDraws = 0; const P = CanvasRenderingContext2D.prototype;"
                + "for (const name of ['fill', 'stroke']) { const f = P[name]; P[name] = function() {"
                + "  if (this.canvas.classList.contains('bl-dataset-thumb')) window.thumbDraws++;"
                + "  return f.apply(this, arguments); }; }");
        List<?> names = (List<?>) browser.script("return [...document.querySelectorAll("
                + "\"#lab [data-role='dataset'] [role='radio']\")].map(r => r.getAttribute('aria-label'));");
        assertEquals(List.of("Circle", "XOR (quadrants)", "Two blobs", "Three blobs (3 classes)", "Spiral", "Moons",
                "Formula\u2026: a rule in x\u2081, x\u2082 you type", "Sine wave", "Line: a straight line",
                "Formula\u2026: a curve y = f(x) you type", "Worksheet: a few examples written out, as on a printed "
                + "worksheet (Mazur's example until a link brings others)"), names);
        // the circle's picture: points of both classes, orange (class 0) outside, blue (class 1) inside
        List<?> colours = (List<?>) browser.script("const c = document.querySelector(\"#lab [data-value='circle'] canvas\");"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let orange = 0, blue = 0, blueMiddle = 0; for (let i = 0; i < d.length; i += 4) {"
                + "  if (d[i + 3] < 200) continue; const p = i / 4, x = p % c.width, y = Math.floor(p / c.width);"
                + "  if (d[i] > d[i + 2] + 60) orange++; if (d[i + 2] > d[i] + 60) { blue++;"
                + "    if (Math.hypot(x - c.width / 2, y - c.height / 2) < c.width / 4) blueMiddle++; } }"
                + "return [orange, blue, blueMiddle];");
        assertAll(
                () -> assertTrue(Lab.number(colours.get(0)) > 50, "orange points " + colours),
                () -> assertTrue(Lab.number(colours.get(1)) > 50, "blue points " + colours),
                () -> assertEquals(Lab.number(colours.get(1)), Lab.number(colours.get(2)), "blue only within the inner disc"));

        browser.script("document.activeElement && document.activeElement.blur();");
        for (int k = 0; k < 40 && !"radio".equals(active(browser, "role")); k++) {
            press(browser, Keys.TAB);
        }
        assertEquals("circle", active(browser, "data-value"), "Tab reaches the chosen data set first");
        assertEquals("true", active(browser, "aria-checked"));
        double iteration = Lab.number(browser, "BackpropLab.main.iteration()");
        String before = state(browser);
        press(browser, Keys.ARROW_RIGHT);
        press(browser, Keys.ARROW_RIGHT);
        press(browser, Keys.ARROW_DOWN);
        press(browser, Keys.ARROW_LEFT);
        press(browser, Keys.ARROW_RIGHT);
        press(browser, Keys.ARROW_RIGHT);
        assertAll(
                () -> assertEquals("spiral", active(browser, "data-value"), "arrows move the focus"),
                () -> assertEquals(before, state(browser), "moving alone chooses nothing"),
                () -> assertEquals(iteration, Lab.number(browser, "BackpropLab.main.iteration()"), "→ took no step"));
        press(browser, Keys.ENTER);
        Lab.frames(browser, 2);
        String spiral = state(browser);
        browser.screenshot("playground-more-picker-spiral");
        assertAll(
                () -> assertTrue(spiral.contains("data=spiral"), spiral),
                () -> assertEquals("spiral", Lab.chosenDataset(browser)),
                () -> assertEquals("true", active(browser, "aria-checked")),
                () -> assertEquals("false", Lab.role(browser, "dataset")
                        .findElement(By.cssSelector("[data-value='circle']")).getDomAttribute("aria-checked")));
        for (int k = 0; k < 3; k++) {
            press(browser, Keys.ARROW_RIGHT); // moons, the rule, and round to the circle
        }
        assertEquals("circle", active(browser, "data-value"), "arrows wrap within the group");
        press(browser, Keys.ARROW_LEFT);
        press(browser, Keys.SPACE);
        Lab.frames(browser, 2);
        assertAll(
                () -> assertTrue(state(browser).contains("data=rule&f="), state(browser)),
                () -> assertTrue(Lab.role(browser, "formula-row").isDisplayed(), "the formula's field comes with it"));
        // the curves' group is the next Tab stop, at its first set until one of its sets is chosen
        press(browser, Keys.TAB);
        assertEquals("sine", active(browser, "data-value"));
        press(browser, Keys.ARROW_DOWN);
        press(browser, Keys.ENTER);
        Lab.frames(browser, 2);
        String linear = state(browser);
        assertAll(
                () -> assertTrue(linear.contains("data=linear"), linear),
                () -> assertEquals(0.0, Lab.number(browser, "window.thumbDraws"), "thumbnails are drawn once"),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void enterOnAWeightInTheTableTypesItEscapeCancelsAndCtrlZRestoresJBitForBit(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=circle&hidden=3"));
        String state = state(browser);
        String weightsBefore = Lab.string(browser, "BackpropLab.main.weightsText()");
        double testBefore = Lab.number(browser, "BackpropLab.main.testCost()");
        Lab.click(browser, "table-toggle");
        Lab.frames(browser, 3);
        browser.waitFor("return document.querySelectorAll(\"#lab [data-role='weight-table'] [data-weight]\").length > 0;");
        List<?> weights = (List<?>) browser.script("return [...document.querySelectorAll("
                + "\"#lab [data-role='weight-table'] [data-weight]\")].map(c => c.getAttribute('data-weight'));");
        List<?> stops = (List<?>) browser.script("return [...document.querySelectorAll("
                + "\"#lab [data-role='weight-table'] [data-weight][tabindex='0']\")].map(c => c.getAttribute('data-weight'));");
        assertEquals(List.of(weights.get(0)), stops, "one Tab stop for the weights");
        // Tab from the toggle reaches the table and its first weight
        for (int k = 0; k < 6 && active(browser, "data-weight").isEmpty(); k++) {
            press(browser, Keys.TAB);
        }
        assertEquals(weights.get(0), active(browser, "data-weight"));
        press(browser, Keys.ARROW_DOWN);
        press(browser, Keys.ARROW_DOWN);
        String cell = weights.get(2).toString();
        int index = Integer.parseInt(cell);
        assertEquals(cell, active(browser, "data-weight"), "↓ moves to the next weight");
        press(browser, Keys.ENTER);
        WebElement field = Lab.role(browser, "weight-table").findElement(By.cssSelector("[data-role='weight-input']"));
        assertAll(
                () -> assertTrue(field.isDisplayed()),
                () -> assertEquals("weight-input", active(browser, "data-role"), "the field takes the focus"),
                () -> assertEquals(Lab.parameters(browser)[index], Double.parseDouble(field.getDomProperty("value")),
                        "it starts with the weight's value"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1/2", Keys.ENTER);
        String refusal = Lab.role(browser, "weight-table").findElement(By.cssSelector(".blv-weight-message")).getText();
        browser.screenshot("playground-more-table-refused");
        assertAll(
                () -> assertTrue(refusal.contains("allowed: a number from"), refusal),
                () -> assertEquals(weightsBefore, Lab.string(browser, "BackpropLab.main.weightsText()"), "nothing applied"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-0.375", Keys.ENTER);
        Lab.frames(browser, 2);
        double[] typed = Lab.parameters(browser);
        double testTyped = Lab.number(browser, "BackpropLab.main.testCost()");
        assertAll(
                () -> assertEquals(-0.375, typed[index]),
                () -> assertEquals(Lab.jvmTestCost(state, typed), testTyped, 1e-12, "J as a step-free evaluation predicts"),
                () -> assertFalse(field.isDisplayed(), "Enter closes the field"),
                () -> assertEquals(cell, active(browser, "data-weight"), "the focus is back on the cell"));
        String weightsTyped = Lab.string(browser, "BackpropLab.main.weightsText()");
        press(browser, Keys.ENTER);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4");
        press(browser, Keys.ESCAPE);
        assertAll(
                () -> assertFalse(field.isDisplayed(), "Escape closes the field"),
                () -> assertEquals(weightsTyped, Lab.string(browser, "BackpropLab.main.weightsText()"), "and cancels"),
                () -> assertEquals(cell, active(browser, "data-weight"), "the focus is back on the cell"));
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        Lab.frames(browser, 2);
        browser.screenshot("playground-more-table-undone");
        assertAll(
                () -> assertEquals(weightsBefore, Lab.string(browser, "BackpropLab.main.weightsText()")),
                () -> assertEquals(Double.doubleToRawLongBits(testBefore),
                        Double.doubleToRawLongBits(Lab.number(browser, "BackpropLab.main.testCost()")), "Ctrl+Z: J bit for bit"),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void ctrlZIsLeftToATextFieldThatHasTheFocus(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=circle&hidden=3"));
        String before = Lab.string(browser, "BackpropLab.main.weightsText()");
        assertEquals("", Lab.string(browser, "BackpropLab.main.setWeight(0, 0, 0, 2)"));
        String edited = Lab.string(browser, "BackpropLab.main.weightsText()");
        Lab.role(browser, "points").click();
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        assertEquals(edited, Lab.string(browser, "BackpropLab.main.weightsText()"), "in a text field: no weight undone");
        browser.script("document.activeElement.blur();");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        assertEquals(before, Lab.string(browser, "BackpropLab.main.weightsText()"), "outside a field: undone");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        assertEquals(before, Lab.string(browser, "BackpropLab.main.weightsText()"), "nothing more to undo");
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void aNeuronFocusedFromTheKeyboardShowsItsPictureAndLeavingRestoresItBitForBit(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=circle&hidden=3"));
        Lab.number(browser, "BackpropLab.main.step(200)");
        String prediction = outputPicture(browser);
        double iteration = Lab.number(browser, "BackpropLab.main.iteration()");
        browser.script("document.activeElement && document.activeElement.blur();");
        for (int k = 0; k < 150 && active(browser, "data-neuron").isEmpty(); k++) {
            press(browser, Keys.TAB);
        }
        assertEquals("0,0", active(browser, "data-neuron"), "Tab reaches the neurons at x\u2081");
        assertEquals("input x\u2081 (arrows: other neurons)", active(browser, "aria-label"));
        press(browser, Keys.ARROW_RIGHT);
        String first = outputPicture(browser);
        String firstCaption = caption(browser);
        press(browser, Keys.ARROW_DOWN);
        String second = outputPicture(browser);
        String secondCaption = caption(browser);
        String secondBar = colourBar(browser);
        browser.screenshot("playground-more-neuron-focus");
        String tooltip = (String) browser.script("const t = document.querySelector('#lab .blv-network-view .blv-tooltip');"
                + "return t && !t.hidden ? t.textContent : '';");
        assertAll(
                () -> assertEquals("1,1", active(browser, "data-neuron")),
                () -> assertEquals("Showing h\u2081\u207d\u00b9\u207e, neuron 1 of hidden layer 1, over the plane; move away "
                        + "to see \u0177 again.", firstCaption),
                () -> assertTrue(secondCaption.startsWith("Showing h\u2082\u207d\u00b9\u207e"), secondCaption),
                () -> assertEquals("h\u2082\u207d\u00b9\u207e = \u22121|0|1 \u2014 background: "
                        + "h\u2082\u207d\u00b9\u207e from \u22121 (orange) through 0 (grey) to 1 (blue)", secondBar,
                        "a tanh neuron's picture is labelled with its own name and range, not \u0177's"),
                () -> assertNotEquals(prediction, first),
                () -> assertNotEquals(first, second),
                () -> assertTrue(tooltip.startsWith("h\u2082\u207d\u00b9\u207e, neuron 2 of hidden layer 1"), tooltip),
                () -> assertEquals(iteration, Lab.number(browser, "BackpropLab.main.iteration()"), "→ took no step"));
        press(browser, Keys.TAB);
        String restored = outputPicture(browser);
        assertAll(
                () -> assertEquals("", caption(browser)),
                () -> assertEquals("\u0177 = 0|0.5|\u0177 = 1 \u2014 background: \u0177 from 0 (orange) through 0.5 (grey) "
                        + "to 1 (blue)", colourBar(browser)),
                () -> assertEquals(prediction, restored, "leaving restores the prediction's picture bit for bit"),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void onACurvePointingAtAHiddenNeuronDrawsItsOutputOverX(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=sine&hidden=3"));
        Lab.number(browser, "BackpropLab.main.step(100)");
        String prediction = outputPicture(browser);
        // the keyboard's button sits exactly over the node; the pointer passes through it to the canvas
        WebElement node = browser.driver().findElement(By.cssSelector("#lab [data-neuron='1,2']"));
        new Actions(browser.driver()).moveToElement(node).perform();
        String neuron = outputPicture(browser);
        String text = caption(browser);
        String neuronLegend = legend(browser);
        browser.screenshot("playground-more-sine-neuron");
        new Actions(browser.driver()).moveToElement(Lab.role(browser, "noise")).perform();
        String restored = outputPicture(browser);
        String restoredLegend = legend(browser);
        assertAll(
                () -> assertEquals("Showing h\u2083\u207d\u00b9\u207e, neuron 3 of hidden layer 1, over x; move away to "
                        + "see \u0177 again.", text),
                () -> assertNotEquals(prediction, neuron, "the output canvas changed"),
                () -> assertEquals("training point | test point | h\u2083\u207d\u00b9\u207e", neuronLegend,
                        "the curve is named as the neuron's, and its errors (not drawn) leave the legend"),
                () -> assertEquals("training point | test point | prediction | error", restoredLegend),
                () -> assertEquals(prediction, restored, "leaving restores it"),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theDiagramLabelsFeatureInputsByTheirFeatureAndNoneIsClipped(Browser browser) {
        // record every right-aligned text the network canvas draws, with its left edge
        Lab.open(browser, Lab.url("/index.html#data=circle&in=x1,x2,x1sq,x2sq,x1x2,sinx1"));
        browser.script("window.labels = []; const f = CanvasRenderingContext2D.prototype.fillText;"
                + "CanvasRenderingContext2D.prototype.fillText = function(text, x, y) {"
                + "  if (this.canvas.closest('.blv-network-view') && this.textAlign === 'right') {"
                + "    const m = new DOMMatrix(this.getTransform()); const left = m.transformPoint({x: x - this.measureText(text).width, y: y});"
                + "    window.labels.push([text, left.x / devicePixelRatio]); }"
                + "  return f.apply(this, arguments); };");
        PlaygroundIT.chip(browser, "sinx2").click(); // the seventh input: the diagram is drawn again
        Lab.frames(browser, 4);
        List<?> labels = (List<?>) browser.script("return window.labels.slice(-7);");
        browser.screenshot("playground-more-feature-labels");
        String description = Lab.string(browser,
                "document.querySelector('#lab .blv-network-view canvas.blv-canvas').getAttribute('aria-label')");
        assertAll(
                () -> assertEquals(List.of("x\u2081", "x\u2082", "x\u2081\u00b2", "x\u2082\u00b2", "x\u2081x\u2082",
                        "sin x\u2081", "sin x\u2082"), labels.stream().map(l -> ((List<?>) l).get(0)).toList()),
                () -> assertTrue(labels.stream().allMatch(l -> Lab.number(((List<?>) l).get(1)) >= 0),
                        "a label starts left of the canvas: " + labels),
                () -> assertTrue(description.startsWith("Network diagram: 7 inputs (x\u2081, x\u2082, x\u2081\u00b2, "
                        + "x\u2082\u00b2, x\u2081x\u2082, sin x\u2081, sin x\u2082)"), description),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void screenshotsOfThePickerAtThreeSizes(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            browser.open("about:blank");
            Lab.open(browser, Lab.url("/index.html#data=circle&in=x1sq,x2sq"));
            Lab.frames(browser, 3);
            browser.screenshot("playground-more-1280x800");
            browser.emulateScreen(390, 844, 1);
            browser.open("about:blank");
            Lab.open(browser, Lab.url("/index.html#data=moons&in=x1,x2,sinx1,sinx2"));
            Lab.frames(browser, 3);
            browser.screenshot("playground-more-390x844");
            browser.script("document.querySelector(\"#lab [data-role='dataset']\").scrollIntoView();");
            browser.screenshot("playground-more-390x844-picker");
            browser.emulateScreen(480, 320, 1);
            browser.open("about:blank");
            Lab.open(browser, Lab.url("/index.html?embed=1&controls=play,dataset,noise#data=xor"));
            Lab.frames(browser, 3);
            browser.screenshot("playground-more-480x320");
            Object offered = browser.script("return [...document.querySelectorAll(\"#lab [data-role='dataset'] [role='radio']\")]"
                    + ".filter(r => r.getBoundingClientRect().width > 1).length;");
            assertEquals(11.0, Lab.number(offered), "the compact picker still offers every data set");
        } finally {
            browser.resetScreen();
        }
    }
}
