package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The phase stepper, the gradient check, the worked example and the guided lessons on the real page:
 * stepping shows four phases with their own captions and moves weights only in gradient descent, back
 * from gradient descent restores them, a stepped iteration is exactly one training step, backpropagation
 * passes the gradient check, the worked example reaches the clipboard (or a dialog where it cannot), and
 * every lesson can be reached and left. Screenshots under target/screenshots (stepper-*).
 */
@ExtendWith(BrowserExtension.class)
class StepperIT {
    /** The tiny lab of the lessons (2-2-1 sigmoid, 10 training points, full batch, α = 0.5) without a lesson. */
    private static final String TINY = "data=gauss&points=20&hidden=2&act=sigmoid&lr=0.5&batch=0&seed=3&speed=1";
    private static final String[] LESSONS = {"wrong-output", "cost", "backpropagation", "gradient-descent",
        "alpha-too-small", "alpha-too-large", "repeat"};

    /** Loads the page afresh (a new address that differs only after '#' would not reload it). */
    private static void open(Browser browser, String hash) {
        Lab.open(browser, Lab.url("/index.html" + (hash.isEmpty() ? "" : "#" + hash)));
        browser.waitFor("return !!document.querySelector('#lab [data-role=\"phase-next\"]');");
    }

    private static Object script(Browser browser, String script) {
        return browser.script(script);
    }

    private static long phase(Browser browser) {
        return ((Number) script(browser, "return BackpropLab.main.phase();")).longValue();
    }

    private static String caption(Browser browser) {
        return (String) script(browser, "return BackpropLab.main.phaseCaption();");
    }

    @SuppressWarnings("unchecked")
    private static List<Double> parameters(Browser browser) {
        List<Object> raw = (List<Object>) script(browser, "const m = BackpropLab.main; const out = [];"
                + "for (let i = 0; i < m.parameterCount(); i++) out.push(m.parameter(i)); return out;");
        List<Double> values = new ArrayList<>();
        for (Object value : raw) {
            values.add(((Number) value).doubleValue());
        }
        return values;
    }

    private static void pressOnPage(Browser browser, CharSequence key) {
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.cssSelector(".page-header h1")))
                .click().sendKeys(key).perform();
    }

    /** Waits for two animation frames, so the views have drawn what the last action changed. */
    private static void settle(Browser browser) {
        script(browser, "window.__frames = 0; requestAnimationFrame(() => requestAnimationFrame(() => window.__frames = 2));");
        browser.waitFor("return window.__frames === 2;");
    }

    @Test
    void fourPhasesWithTheirCaptionsAndOnlyGradientDescentMovesTheWeights(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            open(browser, TINY);
            String state = (String) script(browser, "return BackpropLab.main.state();");
            List<Double> start = parameters(browser);
            assertEquals(0, phase(browser));
            Set<String> captions = new HashSet<>();
            captions.add(caption(browser));

            Lab.click(browser, "phase-next");
            assertEquals(1, phase(browser));
            assertTrue(captions.add(caption(browser)), "phase 1 kept the caption: " + caption(browser));
            assertEquals(start, parameters(browser), "the forward pass moved a weight");
            settle(browser);
            browser.screenshot("stepper-phase1-forward");

            pressOnPage(browser, Keys.ARROW_RIGHT);
            assertEquals(2, phase(browser), "→ while stepping is the next phase");
            assertTrue(captions.add(caption(browser)), "phase 2 kept the caption");
            assertEquals(start, parameters(browser), "the cost moved a weight");
            settle(browser);
            browser.screenshot("stepper-phase2-cost");

            Lab.click(browser, "phase-3");
            assertEquals(3, phase(browser));
            String backpropCaption = caption(browser);
            assertTrue(captions.add(backpropCaption), "phase 3 kept the caption");
            assertTrue(backpropCaption.contains("Backpropagation computes the gradient; no weight has changed yet."),
                    backpropCaption);
            assertEquals(start, parameters(browser), "backpropagation moved a weight");
            settle(browser);
            browser.screenshot("stepper-phase3-backpropagation");

            Lab.click(browser, "step");
            assertEquals(4, phase(browser), "Step while stepping is the next phase");
            String descentCaption = caption(browser);
            assertTrue(captions.add(descentCaption), "phase 4 kept the caption");
            assertTrue(descentCaption.contains("Gradient descent uses the gradient and α to change the weights."),
                    descentCaption);
            List<Double> updated = parameters(browser);
            assertNotEquals(start, updated, "gradient descent moved no weight");
            settle(browser);
            browser.screenshot("stepper-phase4-gradient-descent");

            pressOnPage(browser, Keys.ARROW_LEFT);
            assertEquals(3, phase(browser), "← goes back a phase");
            assertEquals(start, parameters(browser), "back from gradient descent did not restore every weight");

            pressOnPage(browser, Keys.ARROW_RIGHT);
            assertEquals(updated, parameters(browser), "gradient descent again gave other weights");
            pressOnPage(browser, Keys.ARROW_RIGHT);
            assertEquals(1, phase(browser), "after phase 4 comes the next iteration's forward pass");
            double iteration = Lab.number(script(browser, "return BackpropLab.main.iteration();"));
            double stepped = Lab.number(script(browser, "return BackpropLab.main.cost();"));
            List<Double> afterOne = parameters(browser);
            List<String> errors = browser.consoleErrors();

            // The twin: the same settings in a fresh page, one ordinary training step.
            open(browser, state);
            double played = Lab.number(script(browser, "return BackpropLab.main.step(1);"));
            List<Double> twin = parameters(browser);
            assertAll(
                    () -> assertEquals(1, iteration, "iterations after one stepped iteration"),
                    () -> assertEquals(played, stepped, 0.0, "J after the stepped iteration vs. one step(1)"),
                    () -> assertEquals(twin, afterOne, "weights after the stepped iteration vs. one step(1)"),
                    () -> assertEquals(List.of(), errors, "console errors while stepping"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors in the twin"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void aLargerNetworkShowsTheFocusNeuronsNumbersAndEveryNumberOnHover(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            open(browser, "");
            for (int number = 1; number <= 4; number++) {
                Lab.click(browser, "phase-" + number);
                settle(browser);
                browser.screenshot("stepper-default-phase" + number);
            }
            WebElement canvas = browser.driver().findElement(By.cssSelector(".bl-network canvas.blv-canvas"));
            String tip = hoverUntil(browser, canvas, "weight");
            boolean nanFree = !((String) script(browser, "return document.querySelector('#lab').textContent;")).matches(
                    "(?s).*(NaN|Infinity).*");
            assertAll(
                    () -> assertTrue(tip.matches("(?s).*\\nw[₀-₉]+,[₀-₉]+⁽[¹²³⁴⁵⁶⁷⁸⁹]⁾: [−-]?\\d[^\\n]* → [−-]?\\d.*"), "phase 4 tooltip: " + tip),
                    () -> assertTrue(nanFree, "NaN or Infinity on the page"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void animateMovesOnByItselfUntilTurnedOff(Browser browser) {
        open(browser, TINY);
        Lab.click(browser, "phase-animate");
        browser.waitFor("return BackpropLab.main.phase() >= 2;");
        Lab.click(browser, "phase-animate");
        String pressed = browser.driver().findElement(By.cssSelector("#lab [data-role='phase-animate']"))
                .getAttribute("aria-pressed");
        assertAll(
                () -> assertEquals("false", pressed),
                () -> assertEquals(true, script(browser, "return BackpropLab.main.stepping();")),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    /** Moves the pointer over the canvas until the tooltip starts with {@code prefix}; returns the tooltip. */
    private static String hoverUntil(Browser browser, WebElement canvas, String prefix) {
        int width = canvas.getSize().getWidth();
        String tip = "";
        for (int dy = -30; dy <= 30 && !tip.startsWith(prefix); dy += 15) {
            for (int dx = -width / 2 + 60; dx < width / 2 - 60 && !tip.startsWith(prefix); dx += 6) {
                new Actions(browser.driver()).moveToElement(canvas, dx, dy).perform();
                Object text = script(browser, "const t = document.querySelector('.bl-network .blv-tooltip');"
                        + "return t && !t.hidden ? t.textContent : '';");
                tip = text == null ? "" : text.toString();
                lastX = dx;
                lastY = dy;
            }
        }
        return tip;
    }

    private static int lastX;
    private static int lastY;

    @Test
    void playLeavesTheStepperAfterCompletingTheIteration(Browser browser) {
        open(browser, TINY);
        Lab.click(browser, "phase-2");
        assertEquals(2, phase(browser));
        assertEquals(true, script(browser, "return BackpropLab.main.stepping();"));
        Lab.click(browser, "play");
        browser.waitFor("return BackpropLab.main.iteration() >= 3;");
        Lab.click(browser, "play");
        assertAll(
                () -> assertEquals(0, phase(browser)),
                () -> assertEquals(false, script(browser, "return BackpropLab.main.stepping();")),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    @Test
    void backpropagationPassesTheGradientCheck(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            open(browser, "");
            Lab.click(browser, "phase-3");
            Lab.click(browser, "gradient-check");
            browser.waitFor("const d = document.querySelector('#lab .bls-check-dialog');"
                    + "return d && !d.parentElement.hidden;");
            WebElement max = browser.driver().findElement(By.cssSelector("#lab [data-role='check-max']"));
            double worst = Double.parseDouble(max.getAttribute("data-value"));
            String shown = max.getText();
            String verdict = browser.driver().findElement(By.cssSelector("#lab [data-role='check-verdict']")).getText();
            WebElement passesElement = browser.driver().findElement(By.cssSelector("#lab [data-role='check-passes']"));
            String passesText = passesElement.getText();
            String backpropPasses = passesElement.getAttribute("data-backprop");
            String numericPasses = passesElement.getAttribute("data-numeric");
            long parameters = ((Number) script(browser, "return BackpropLab.main.parameterCount();")).longValue();
            long rows = ((Number) script(browser,
                    "return document.querySelectorAll('#lab .bls-check-table tbody tr').length;")).longValue();
            browser.screenshot("stepper-gradient-check");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            boolean closed = (Boolean) script(browser,
                    "return document.querySelector('#lab .bls-check-dialog').parentElement.hidden;");
            boolean focusBack = (Boolean) script(browser,
                    "return document.activeElement === document.querySelector('#lab [data-role=\"gradient-check\"]');");
            assertAll(
                    () -> assertTrue(worst < 1e-6, "largest relative error " + worst),
                    () -> assertTrue(shown.matches("\\d(\\.\\d)?e-\\d+|0"), "shown as " + shown),
                    () -> assertTrue(verdict.startsWith("Backpropagation is exact: every gradient agrees with the "
                            + "finite-difference estimate to 1e-6 or better"), verdict),
                    () -> assertEquals("10", backpropPasses, "backprop: the batch's 10 examples once"),
                    () -> assertEquals(Long.toString(2 * parameters * 10), numericPasses),
                    () -> assertTrue(passesText.contains("2 × " + parameters + " parameters × 10 examples = "
                            + (2 * parameters * 10) + " forward passes"), passesText),
                    () -> assertEquals(parameters, rows, "one table row per parameter"),
                    () -> assertTrue(closed, "Escape did not close the dialog"),
                    () -> assertTrue(focusBack, "the focus did not return to the button"),
                    () -> assertEquals(3, phase(browser), "the dialog's keys reached the stepper"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void copiesTheWorkedExampleOrShowsItWhereTheClipboardIsMissing(Browser browser) {
        open(browser, TINY);
        Lab.click(browser, "phase-2");
        script(browser, "window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t;"
                + " return Promise.resolve(); };");
        Lab.click(browser, "copy-worked-example");
        String copied = (String) browser.waitFor("return window.__copied;");
        String status = (String) browser.waitFor(
                "return document.querySelector('#lab [data-role=\"phase-status\"]').textContent;");

        Object noClipboard = script(browser, "Object.defineProperty(navigator, 'clipboard', {value: undefined,"
                + " configurable: true}); return navigator.clipboard === undefined;");
        Lab.click(browser, "copy-worked-example");
        browser.waitFor("const d = document.querySelector('#lab .bls-copy-dialog');"
                + "return d && !d.parentElement.hidden;");
        String shown = (String) script(browser,
                "return document.querySelector('#lab [data-role=\"worked-example-text\"]').value;");
        Lab.click(browser, "select-all");
        boolean selected = (Boolean) script(browser, "const t = document.querySelector('#lab [data-role=\"worked-example-text\"]');"
                + "return t.selectionStart === 0 && t.selectionEnd === t.value.length;");
        browser.screenshot("stepper-worked-example-fallback");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertAll(
                () -> assertTrue(copied.contains("J ="), "no J = in " + copied),
                () -> assertTrue(copied.contains("α = 0.5"), "no α = 0.5 in the copied text"),
                () -> assertTrue(copied.contains("example 1"), "not example 1 of the batch"),
                () -> assertTrue(status.startsWith("Copied the worked example"), status),
                () -> assertEquals(true, noClipboard),
                () -> assertEquals(copied, shown, "the dialog shows other text than was copied"),
                () -> assertTrue(selected, "Select all did not select the text"),
                () -> assertEquals(true, script(browser,
                        "return document.querySelector('#lab .bls-copy-dialog').parentElement.hidden;")),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    @Test
    void everyLessonCanBeReachedAndLeft(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            open(browser, "");
            Lab.click(browser, "lessons-button");
            List<String> states = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            for (int k = 0; k < LESSONS.length; k++) {
                browser.waitFor("return document.querySelector('#lab [data-role=\"lesson-card\"]').dataset.lesson === '"
                        + LESSONS[k] + "';");
                states.add((String) script(browser, "return BackpropLab.main.state();"));
                counts.add((String) script(browser,
                        "return document.querySelector('#lab [data-role=\"lesson-count\"]').textContent;"));
                if (LESSONS[k].equals("backpropagation")) {
                    Lab.click(browser, "step");
                    Lab.click(browser, "step");
                    Lab.click(browser, "step");
                }
                settle(browser);
                browser.screenshot("stepper-lesson" + (k + 1) + "-" + LESSONS[k]);
                if (k < LESSONS.length - 1) {
                    Lab.click(browser, "lesson-next");
                }
            }
            boolean highlighted = (Boolean) script(browser,
                    "return document.querySelector('#lab [data-role=\"cost-panel\"]').classList.contains('bls-highlight');");
            boolean scrolls = (Boolean) script(browser,
                    "return document.documentElement.scrollHeight > window.innerHeight + 1;");
            Lab.click(browser, "lesson-close");
            String closed = (String) script(browser, "return BackpropLab.main.state();");
            boolean hidden = (Boolean) script(browser,
                    "return document.querySelector('#lab [data-role=\"lesson-card\"]').hidden;");
            assertAll(
                    () -> {
                        for (int k = 0; k < LESSONS.length; k++) {
                            assertTrue(states.get(k).endsWith("lesson=" + LESSONS[k]), "lesson " + (k + 1) + ": " + states.get(k));
                            assertEquals("Lesson " + (k + 1) + " of 7", counts.get(k));
                        }
                    },
                    () -> assertTrue(highlighted, "the last lesson does not highlight the cost panel"),
                    () -> assertFalse(scrolls, "the 1280×800 page scrolls with a lesson open"),
                    () -> assertTrue(closed.endsWith("lesson="), "close did not clear the lesson: " + closed),
                    () -> assertTrue(hidden, "the card stayed open"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void anAddressWithALessonOpensItAndStepsByPhase(Browser browser) {
        open(browser, TINY + "&lesson=backpropagation");
        browser.waitFor("return !document.querySelector('#lab [data-role=\"lesson-card\"]').hidden;");
        String count = (String) script(browser,
                "return document.querySelector('#lab [data-role=\"lesson-count\"]').textContent;");
        boolean stepping = (Boolean) script(browser, "return BackpropLab.main.stepping();");
        Lab.click(browser, "step");
        long afterStep = phase(browser);
        boolean outlined = (Boolean) script(browser,
                "return document.querySelector('#lab [data-role=\"phase-bar\"]').classList.contains('bls-highlight');");
        assertAll(
                () -> assertEquals("Lesson 3 of 7", count),
                () -> assertTrue(stepping, "the backpropagation lesson does not step by phase"),
                () -> assertEquals(1, afterStep, "Step in a phase lesson runs the forward pass"),
                () -> assertTrue(outlined, "the stepper is not highlighted"),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    @Test
    void clickingAnEdgeSelectsItsWeight(Browser browser) {
        open(browser, TINY);
        WebElement canvas = browser.driver().findElement(By.cssSelector(".bl-network canvas.blv-canvas"));
        int width = canvas.getSize().getWidth();
        String tip = hoverUntil(browser, canvas, "weight");
        int x = lastX;
        int y = lastY;
        assertTrue(tip.startsWith("weight"), "found no edge under the pointer; last tooltip: " + tip);
        new Actions(browser.driver()).moveToElement(canvas, x, y).click().perform();
        String first = (String) script(browser, "return BackpropLab.main.state();");
        // The second weight must be another edge (the microscope refuses the same weight twice): scan on
        // from the first hit for a weight tooltip that names a different edge.
        String firstTip = tip;
        String otherTip = "";
        int ox = 0;
        int oy = 0;
        for (int dy = -60; dy <= 60 && !(otherTip.startsWith("weight") && !otherTip.equals(firstTip)); dy += 10) {
            for (int dx = -width / 2 + 60; dx < width / 2 - 60
                    && !(otherTip.startsWith("weight") && !otherTip.equals(firstTip)); dx += 6) {
                new Actions(browser.driver()).moveToElement(canvas, dx, dy).perform();
                Object text = script(browser, "const t = document.querySelector('.bl-network .blv-tooltip');"
                        + "return t && !t.hidden ? t.textContent : '';");
                otherTip = text == null ? "" : text.toString();
                ox = dx;
                oy = dy;
            }
        }
        assertTrue(otherTip.startsWith("weight") && !otherTip.equals(firstTip), "found no second edge: " + otherTip);
        new Actions(browser.driver()).moveToElement(canvas, ox, oy).keyDown(Keys.SHIFT).click().keyUp(Keys.SHIFT)
                .perform();
        String both = (String) script(browser, "return BackpropLab.main.state();");
        assertAll(
                () -> assertFalse(first.contains("w1=-1"), "no first weight selected: " + first),
                () -> assertTrue(first.contains("w2=-1"), first),
                () -> assertFalse(both.contains("w2=-1"), "shift-click selected no second weight: " + both),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }

    @Test
    void onAPhoneTheBarAndTheLessonFit(Browser browser) {
        try {
            browser.emulateScreen(390, 844, 2);
            open(browser, "");
            Lab.click(browser, "phase-3");
            settle(browser);
            script(browser, "document.querySelector('#lab [data-role=\"network-panel\"]').scrollIntoView();");
            settle(browser);
            browser.screenshot("stepper-phone-phase3");
            boolean wide = (Boolean) script(browser, "return document.documentElement.scrollWidth > window.innerWidth + 1;");
            Lab.click(browser, "lessons-button");
            settle(browser);
            browser.screenshot("stepper-phone-lesson1");
            assertAll(
                    () -> assertFalse(wide, "the phone page scrolls sideways"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void reducedMotionTurnsAnimateOff(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            open(browser, TINY);
            boolean disabled = (Boolean) script(browser,
                    "return document.querySelector('#lab [data-role=\"phase-animate\"]').disabled;");
            assertTrue(disabled, "Animate is offered although the system asks for reduced motion");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /**
     * A 2-3-2-1 network: the network tooltip, the stepper's caption, the gradient check table, the microscope's
     * picker and chain rule, and the worked example name the same neuron and weight the same way. The expected
     * names are written out from docs/notation.md: W[1][0][1] (flat index 6 + 3 + 3 + 0·3 + 1 = 10) runs from
     * neuron 2 of hidden layer 1 (h₂⁽¹⁾) to neuron 1 of hidden layer 2 (h₁⁽²⁾), so it is w₁,₂⁽²⁾.
     */
    @Test
    void everyPanelNamesTheSameNeuronsAndWeightsOfA2_3_2_1Network(Browser browser) {
        String weight = "w₁,₂⁽²⁾";
        String from = "h₂⁽¹⁾";
        String to = "h₁⁽²⁾";
        int index = 10;
        try {
            browser.emulateScreen(1280, 900, 1);
            open(browser, "data=circle&points=20&hidden=3,2&act=tanh&lr=0.5&batch=0&seed=3&speed=1");
            Lab.click(browser, "phase-3");
            settle(browser);
            String values = (String) script(browser,
                    "return document.querySelector('#lab [data-role=\"phase-values\"]').textContent;");
            WebElement canvas = browser.driver().findElement(By.cssSelector(".bl-network canvas.blv-canvas"));
            String tip = hoverUntil(browser, canvas, "weight");

            Lab.click(browser, "gradient-check");
            browser.waitFor("const d = document.querySelector('#lab .bls-check-dialog');"
                    + "return d && !d.parentElement.hidden;");
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) script(browser, "return [...document.querySelectorAll("
                    + "'#lab .bls-check-table tbody tr')].map(r => [r.cells[0].textContent, r.cells[1].textContent]);");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            Map<String, String> connects = new java.util.HashMap<>();
            rows.forEach(row -> connects.put(row.get(0), row.get(1)));

            script(browser, "window.__copied = null; navigator.clipboard.writeText = t => { window.__copied = t;"
                    + " return Promise.resolve(); };");
            Lab.click(browser, "copy-worked-example");
            String worked = (String) browser.waitFor("return window.__copied;");

            browser.driver().findElement(By.cssSelector("[data-role='microscope-open']")).click();
            browser.waitFor("return !document.querySelector(\"[data-role='microscope']\").hidden;");
            Lab.waitForMicroscope(browser); // its bundle loads on first use
            // every neuron's list of incoming weights, as the picker offers them one neuron at a time
            org.backproplab.core.Shape shape = org.backproplab.core.Shape.of(new int[] {2, 3, 2, 1},
                    org.backproplab.core.Activation.TANH, org.backproplab.core.Activation.SIGMOID);
            List<String> options = new java.util.ArrayList<>();
            for (int l = 0; l < shape.layerCount() - 1; l++) {
                for (int j = 0; j < shape.size(l + 1); j++) {
                    WeightPicking.choose(browser, WeightPicking.FIRST, shape, shape.biasIndex(l, j));
                    @SuppressWarnings("unchecked")
                    List<String> some = (List<String>) script(browser, "return [...document.querySelector("
                            + "\".blm-panel [data-role='weight-from']\").options].map(o => o.textContent);");
                    options.addAll(some);
                }
            }
            WeightPicking.choose(browser, WeightPicking.FIRST, shape, index);
            browser.waitFor("return BackpropLab.main.state().includes('w1=" + index + "&');");
            settle(browser);
            String picked = (String) script(browser, "const s = document.querySelector(\".blm-panel [data-role='weight-from']\");"
                    + "return s.options[s.selectedIndex].textContent;");
            String chain = (String) script(browser, "return [...document.querySelectorAll('.blm-panel .blm-math')]"
                    + ".map(m => m.textContent).join(' | ');");
            browser.screenshot("notation-microscope-2-3-2-1");

            // the tooltip's first three lines: "weight w… = v", "from A, …", "to B, …"
            java.util.regex.Matcher tipNames = java.util.regex.Pattern.compile(
                    "weight (\\S+) = [^\\n]*\\nfrom (?:input )?([^,\\n]+)[^\\n]*\\nto (?:the output |output )?([^,\\n]+)")
                    .matcher(tip);
            java.util.regex.Matcher largest = java.util.regex.Pattern.compile(
                    "Largest: ∂J/∂(\\S+) = \\S+ \\((.+ → .+)\\)\\.").matcher(values);
            assertTrue(tipNames.lookingAt(), "tooltip: " + tip);
            assertTrue(largest.find(), "stepper: " + values);
            String tipWeight = tipNames.group(1);
            String tipConnects = tipNames.group(2) + " → " + tipNames.group(3);
            assertAll(
                    () -> assertEquals(from + " → " + to, connects.get(weight), "gradient check row of " + weight),
                    () -> assertEquals(tipConnects, connects.get(tipWeight), "tooltip " + tip + " against the table"),
                    () -> assertTrue(options.contains(tipWeight + " from " + tipNames.group(2) + " to " + tipNames.group(3)),
                            "tooltip " + tip + " against the picker " + options),
                    () -> assertEquals(largest.group(2), connects.get(largest.group(1)), "stepper " + values),
                    () -> assertEquals(weight + " from " + from + " to " + to, picked),
                    () -> assertTrue(chain.contains("∂J∂" + weight) && chain.contains("δ₁⁽²⁾") && chain.contains(from)
                            && chain.contains("new" + weight), "chain rule: " + chain),
                    () -> assertTrue(worked.contains("| " + weight + " (" + from + "→" + to + ") |"), worked),
                    () -> assertTrue(worked.contains("∂J/∂" + weight + " = δ₁⁽²⁾ · " + from + " = "), worked),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
        } finally {
            browser.resetScreen();
        }
    }

    /** For the hidden layers 4,2; 8,8,8 and six of 16, no two of the numbers the stepper placed overlap. */
    @Test
    void theStepperNumbersNeverOverlapAtAnyNetworkSize(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            for (String hidden : List.of("4,2", "8,8,8", "16,16,16,16,16,16")) {
                open(browser, "data=circle&points=20&hidden=" + hidden + "&batch=0&seed=3&speed=1");
                for (int phase = 1; phase <= 4; phase++) {
                    Lab.click(browser, "phase-" + phase);
                    settle(browser);
                    String boxes = (String) script(browser, "return document.querySelector("
                            + "'.bl-network canvas.blv-canvas').getAttribute('data-label-boxes');");
                    String what = "hidden " + hidden + ", phase " + phase + ": " + boxes;
                    assertTrue(boxes != null && !boxes.isEmpty(), what);
                    String[] parts = boxes.split(";");
                    for (int a = 0; a < parts.length; a++) {
                        for (int b = a + 1; b < parts.length; b++) {
                            assertFalse(intersect(parts[a], parts[b]), what + ": " + parts[a] + " and " + parts[b]);
                        }
                    }
                }
                browser.screenshot("stepper-labels-" + hidden.replace(',', '-'));
            }
            assertEquals(List.of(), browser.consoleErrors(), "console errors");
        } finally {
            browser.resetScreen();
        }
    }

    /** Whether two "left,top,right,bottom" boxes share any area (drawn boxes are whole pixels, so touching is fine). */
    private static boolean intersect(String a, String b) {
        String[] p = a.split(",");
        String[] q = b.split(",");
        return Double.parseDouble(p[0]) < Double.parseDouble(q[2]) && Double.parseDouble(q[0]) < Double.parseDouble(p[2])
                && Double.parseDouble(p[1]) < Double.parseDouble(q[3]) && Double.parseDouble(q[1]) < Double.parseDouble(p[3]);
    }
}
