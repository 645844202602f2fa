package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.StateCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * What TensorFlow Playground users expect, done with the page's own controls in a real Chromium: feature
 * input chips, a layer's activation, formula data sets.
 */
@ExtendWith(BrowserExtension.class)
class PlaygroundIT {
    static WebElement chip(Browser browser, String id) {
        return browser.driver().findElement(By.cssSelector("#lab [data-input='" + id + "']"));
    }

    static WebElement byLabel(Browser browser, String label) {
        return browser.driver().findElement(By.cssSelector("#lab [aria-label='" + label + "']"));
    }

    @Test
    void theCircleOnSquaresWithNoHiddenLayerIsLearnedByOneNeuron(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        assertEquals("true", chip(browser, "x1").getDomAttribute("aria-pressed"));
        assertEquals("false", chip(browser, "x1sq").getDomAttribute("aria-pressed"));
        chip(browser, "x1sq").click();
        chip(browser, "x2sq").click();
        chip(browser, "x1").click();
        chip(browser, "x2").click();
        byLabel(browser, "remove the last hidden layer").click();
        byLabel(browser, "remove the last hidden layer").click();
        Lab.frames(browser, 2);
        String state = Lab.string(browser, "BackpropLab.main.state()");
        assertAll(
                () -> assertTrue(state.contains("in=x1sq,x2sq") && state.contains("hidden=&")
                        || state.endsWith("hidden="), state),
                () -> assertEquals("true", chip(browser, "x2sq").getDomAttribute("aria-pressed")),
                () -> assertEquals("false", chip(browser, "x1").getDomAttribute("aria-pressed")),
                () -> assertEquals(3, Lab.number(browser, "BackpropLab.main.parameterCount()")));
        chip(browser, "x1sq").click();
        Lab.frames(browser, 2); // the controls show the new settings on the next frame
        assertTrue(chip(browser, "x2sq").getDomProperty("disabled").equals("true"), "the last input stays on");
        chip(browser, "x1sq").click();
        while (Lab.number(browser, "BackpropLab.main.iteration()") < 3000
                && Lab.number(browser, "BackpropLab.main.testCost()") >= 0.05) {
            Lab.number(browser, "BackpropLab.main.step(100)");
        }
        double testCost = Lab.number(browser, "BackpropLab.main.testCost()");
        browser.screenshot("playground-circle-on-squares");
        assertAll(
                () -> assertTrue(testCost < 0.05, "test J " + testCost),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void eachHiddenLayersActivationIsChosenUnderItsColumnAndSurvivesAShareLink(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        new Select(byLabel(browser, "activation of hidden layer 2")).selectByValue("relu");
        String state = Lab.string(browser, "BackpropLab.main.state()");
        browser.waitFor("return location.hash === '#' + BackpropLab.main.state();");
        String link = Lab.string(browser, "location.href");
        browser.screenshot("playground-layer-activations");
        Lab.open(browser, link);
        assertAll(
                () -> assertTrue(state.contains("act=tanh,relu"), state),
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals("tanh", byLabel(browser, "activation of hidden layer 1").getDomProperty("value")),
                () -> assertEquals("relu", byLabel(browser, "activation of hidden layer 2").getDomProperty("value")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void aFormulaDataSetIsTypedValidatedAndRoundTripsThroughTheLink(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        assertTrue(!Lab.role(browser, "formula-row").isDisplayed(), "no formula for the circle");
        Lab.chooseDataset(browser, "expr");
        String before = Lab.string(browser, "BackpropLab.main.state()");
        String weightsBefore = Lab.string(browser, "BackpropLab.main.weightsText()");
        Lab.type(browser, "formula", "sin(sn(x))", Keys.ENTER);
        String problem = Lab.text(browser, "formula-problem");
        String pointer = (String) browser.script(
                "return document.querySelector(\"#lab [data-role='formula-pointer']\").textContent;");
        browser.screenshot("playground-formula-refused");
        assertAll(
                () -> assertTrue(problem.startsWith("Unknown name 'sn' at 5") && problem.contains("Kept "), problem),
                () -> assertEquals("      ^", pointer.split("\n")[1], pointer),
                () -> assertEquals("true", Lab.role(browser, "formula").getDomAttribute("aria-invalid")),
                () -> assertEquals(before, Lab.string(browser, "BackpropLab.main.state()"), "nothing applied"),
                () -> assertEquals(weightsBefore, Lab.string(browser, "BackpropLab.main.weightsText()")));

        Lab.type(browser, "formula", "sin(3*x) + 0.5*x^2", Keys.ENTER);
        String state = Lab.string(browser, "BackpropLab.main.state()");
        browser.waitFor("return location.hash === '#' + BackpropLab.main.state();");
        String link = Lab.string(browser, "location.href");
        assertAll(
                () -> assertTrue(state.contains("data=expr&f="), state),
                () -> assertTrue(!Lab.role(browser, "formula-message").isDisplayed(), "the complaint is gone"));
        Lab.open(browser, link);
        assertAll(
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals("sin(3*x) + 0.5*x^2", Lab.role(browser, "formula").getDomProperty("value")),
                () -> assertEquals("expr", Lab.chosenDataset(browser)));

        Lab.chooseDataset(browser, "rule");
        Lab.type(browser, "formula", "x1*x2 > 0", Keys.TAB);
        String rule = Lab.string(browser, "BackpropLab.main.state()");
        browser.screenshot("playground-formula-rule");
        assertAll(
                () -> assertTrue(rule.contains("data=rule&f="), rule),
                () -> assertEquals("class 1 where", Lab.text(browser, "formula-label")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void aTypedWeightChangesJAsAStepFreeEvaluationPredictsAndUndoRestoresItBitForBit(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=circle&hidden=3"));
        String state = Lab.string(browser, "BackpropLab.main.state()");
        String weightsBefore = Lab.string(browser, "BackpropLab.main.weightsText()");
        double testBefore = Lab.number(browser, "BackpropLab.main.testCost()");

        // by script: W[1][0][2], the weight from hidden neuron 2 to the output
        assertEquals("", Lab.string(browser, "BackpropLab.main.setWeight(1, 0, 2, -2.5)"));
        double[] edited = Lab.parameters(browser);
        double testEdited = Lab.number(browser, "BackpropLab.main.testCost()");
        int w102 = new LabSession(StateCodec.decode(state, AppState.defaults()).state()).network().shape()
                .weightIndex(1, 0, 2);
        assertAll(
                () -> assertEquals(-2.5, edited[w102]),
                () -> assertEquals(Lab.jvmTestCost(state, edited), testEdited, 1e-12),
                () -> assertTrue(testEdited != testBefore));
        assertTrue(Lab.string(browser, "BackpropLab.main.setWeight(2, 0, 0, 1)").startsWith("layer 2 does not exist"));
        assertTrue(Lab.string(browser, "BackpropLab.main.setWeight(0, 0, 0, 'abc')").contains("must be a number"));
        assertEquals("", Lab.string(browser, "BackpropLab.main.undo()"));
        assertAll(
                () -> assertEquals(weightsBefore, Lab.string(browser, "BackpropLab.main.weightsText()")),
                () -> assertEquals(Double.doubleToRawLongBits(testBefore),
                        Double.doubleToRawLongBits(Lab.number(browser, "BackpropLab.main.testCost()"))));

        // by hand: click an edge, type a value, Enter; then Undo
        WebElement canvas = browser.driver().findElement(By.cssSelector("#lab .blv-network-view canvas.blv-canvas"));
        int width = canvas.getSize().getWidth();
        String tip = "";
        int x = 0;
        int y = 0;
        for (int dy = -30; dy <= 30 && !tip.startsWith("weight"); dy += 15) {
            for (int dx = -width / 2 + 60; dx < width / 2 - 60 && !tip.startsWith("weight"); dx += 6) {
                new Actions(browser.driver()).moveToElement(canvas, dx, dy).perform();
                Object text = browser.script("const t = document.querySelector('#lab .blv-network-view .blv-tooltip');"
                        + "return t && !t.hidden ? t.textContent : '';");
                tip = text == null ? "" : text.toString();
                x = dx;
                y = dy;
            }
        }
        assertTrue(tip.startsWith("weight"), "found no edge: " + tip);
        new Actions(browser.driver()).moveToElement(canvas, x, y).click().perform();
        Matcher selected = Pattern.compile("w1=(\\d+)").matcher(Lab.string(browser, "BackpropLab.main.state()"));
        assertTrue(selected.find());
        int index = Integer.parseInt(selected.group(1));
        WebElement field = Lab.role(browser, "weight-input");
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1e9", Keys.ENTER);
        String refusal = browser.driver().findElement(By.cssSelector("#lab .blv-weight-message")).getText();
        assertTrue(refusal.startsWith("The weight is 1000000000; allowed: a number from"), refusal);
        assertEquals(weightsBefore, Lab.string(browser, "BackpropLab.main.weightsText()"), "nothing applied");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0.625", Keys.ENTER);
        Lab.frames(browser, 2);
        double[] typed = Lab.parameters(browser);
        double testTyped = Lab.number(browser, "BackpropLab.main.testCost()");
        browser.screenshot("playground-weight-typed");
        assertAll(
                () -> assertEquals(0.625, typed[index]),
                () -> assertEquals(Lab.jvmTestCost(state, typed), testTyped, 1e-12),
                () -> assertTrue(!field.isDisplayed(), "the field closes"),
                () -> assertTrue(Lab.role(browser, "weight-undo").isDisplayed()));
        Lab.click(browser, "weight-undo");
        Lab.frames(browser, 2);
        assertAll(
                () -> assertEquals(weightsBefore, Lab.string(browser, "BackpropLab.main.weightsText()")),
                () -> assertEquals(Double.doubleToRawLongBits(testBefore),
                        Double.doubleToRawLongBits(Lab.number(browser, "BackpropLab.main.testCost()"))),
                () -> assertTrue(!Lab.role(browser, "weight-undo").isDisplayed()),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    /** Measures (prints, never asserts a time) how long Play takes to separate the default circle. */
    @Test
    void playSeparatesTheDefaultCircleAndTheSpeedStillGoesDownToOneStep(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        assertEquals("20 steps/frame", Lab.text(browser, "speed-text"));
        Object measured = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var m = BackpropLab.main, start = performance.now(), frames = 0;"
                + "document.querySelector(\"#lab [data-role='play']\").click();"
                + "function check() { frames++; if (m.testCost() < 0.05 || performance.now() - start > 20000) {"
                + "  done([performance.now() - start, frames, m.iteration(), m.testCost()]); }"
                + " else { requestAnimationFrame(check); } }"
                + "requestAnimationFrame(check);");
        List<?> result = (List<?>) measured;
        System.out.println("Play on the default circle: test J " + result.get(3) + " < 0.05 after "
                + result.get(0) + " ms, " + result.get(1) + " frames, " + result.get(2) + " steps");
        Lab.click(browser, "play");
        assertTrue(Lab.number(result.get(3)) < 0.05, "never separated: " + result);
        browser.script("const s = document.querySelector(\"#lab [data-role='speed']\"); s.value = s.min;"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));");
        assertAll(
                () -> assertTrue(Lab.string(browser, "BackpropLab.main.state()").contains("speed=1&"),
                        Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals("1 step/frame", Lab.text(browser, "speed-text")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    private static String outputPicture(Browser browser) {
        Lab.frames(browser, 3);
        return (String) browser.script(
                "return document.querySelector(\"#lab [data-role='output-view'] canvas.blv-canvas\").toDataURL();");
    }

    @Test
    void pointingAtEachNeuronShowsItsOutputOverThePlaneAndLeavingRestoresThePrediction(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=circle&hidden=3"));
        Lab.number(browser, "BackpropLab.main.step(200)");
        String prediction = outputPicture(browser);
        WebElement canvas = browser.driver().findElement(By.cssSelector("#lab .blv-network-view canvas.blv-canvas"));
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();
        // the columns' x: the captions and hidden-column groups placed over them (NetworkControls)
        List<?> columns = (List<?>) browser.script("const v = document.querySelector('#lab .blv-network-view');"
                + "return [...v.querySelectorAll('.blv-columns:not(.blv-activation-strip) > *')]"
                + ".filter(e => !e.hidden).map(e => parseFloat(e.style.left));");
        java.util.Set<String> captions = new java.util.TreeSet<>();
        java.util.Set<String> pictures = new java.util.HashSet<>();
        for (Object column : columns) {
            int dx = (int) Math.round(Lab.number(column)) - width / 2;
            for (int dy = -height / 2 + 10; dy <= height / 2 - 10; dy += 8) {
                new Actions(browser.driver()).moveToElement(canvas, dx, dy).perform();
                String caption = (String) browser.script(
                        "const c = document.querySelector(\"#lab [data-role='neuron-caption']\");"
                        + "return c && !c.hidden ? c.textContent : '';");
                if (!caption.isEmpty() && captions.add(caption)) {
                    String picture = outputPicture(browser);
                    // the output neuron's own output is ŷ, the prediction's picture
                    if (!caption.contains("the output")) {
                        assertTrue(!picture.equals(prediction), "the picture did not change for " + caption);
                        pictures.add(picture);
                    }
                    if (captions.size() == 4) {
                        browser.screenshot("playground-neuron-focus");
                    }
                }
            }
        }
        new Actions(browser.driver()).moveToElement(Lab.role(browser, "dataset")).perform();
        String restored = outputPicture(browser);
        assertAll(
                () -> assertEquals(6, captions.size(), "inputs x₁, x₂, three hidden neurons, the output: " + captions),
                () -> assertEquals(5, pictures.size(), "a different picture for each input and hidden neuron"),
                () -> assertTrue(captions.contains("Showing h₃⁽¹⁾, neuron 3 of hidden layer 1, over the plane;"
                        + " move away to see ŷ again."), captions.toString()),
                () -> assertEquals(prediction, restored, "leaving restores the prediction's picture"),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theLegendSaysWhichColourIsWhichAndTheTogglesChangeThePictureAndBack(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=circle&hidden=3"));
        Lab.number(browser, "BackpropLab.main.step(300)");
        String plain = outputPicture(browser);
        WebElement legend = Lab.role(browser, "colour-legend");
        assertEquals("background: \u0177 from 0 (orange) through 0.5 (grey) to 1 (blue)", legend.getDomAttribute("aria-label"));
        Lab.click(browser, "show-test");
        String withoutTest = outputPicture(browser);
        assertEquals("false", Lab.role(browser, "show-test").getDomAttribute("aria-pressed"));
        Lab.click(browser, "show-test");
        String withTest = outputPicture(browser);
        Lab.click(browser, "discretize");
        String discrete = outputPicture(browser);
        browser.screenshot("playground-discretized");
        String discreteLabel = legend.getDomAttribute("aria-label");
        Lab.click(browser, "discretize");
        String smooth = outputPicture(browser);
        assertAll(
                () -> assertTrue(!withoutTest.equals(plain), "hiding the test points changes the picture"),
                () -> assertEquals(plain, withTest, "showing them again restores it"),
                () -> assertTrue(!discrete.equals(plain), "discretizing changes the picture"),
                () -> assertTrue(discreteLabel.contains("blue where \u0177 \u2265 0.5"), discreteLabel),
                () -> assertEquals(plain, smooth, "and turning it off restores it"),
                () -> Lab.assertNoConsoleErrors(browser));
    }
}
