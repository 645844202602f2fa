package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A script's training calls never hold the page: step(n) stops after its time allowance (1 s) however many
 * steps were asked for, and stepAsync(n) takes them all in slices between which the page draws; sharpnessAsync()
 * measures λ_max in such slices too, and gives the JVM's value at the same weights.
 */
@ExtendWith(BrowserExtension.class)
class ScriptStepIT {
    /** The heaviest lab the settings allow: 2,000 spiral points, six hidden layers of 16, full batch. */
    private static final String HEAVY = "/index.html#data=spiral&points=2000&hidden=16,16,16,16,16,16&batch=0";

    @Test
    void stepStopsAfterItsTimeAllowanceOnTheHeaviestLab(Browser browser) {
        Lab.open(browser, Lab.url(HEAVY));
        String result = Lab.string(browser, "(function(){ const lab = BackpropLab.main, start = performance.now();"
                + " const cost = lab.step(100000); return lab.iteration() + ' ' + (performance.now() - start) + ' '"
                + " + cost + ' ' + lab.cost(); })()");
        String[] parts = result.split(" ");
        double taken = Double.parseDouble(parts[0]);
        System.out.println("ScriptStepIT: step(100000) on the heaviest lab took " + (long) taken + " steps in "
                + Math.round(Double.parseDouble(parts[1])) + " ms");
        assertAll(
                () -> assertTrue(taken >= 1 && taken < 100000, "steps taken: " + taken),
                () -> assertEquals(parts[3], parts[2], "step returns J of the training set"),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    @Test
    void stepAsyncTakesEveryStepAndResolvesWithTheCost(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=xor"));
        String result = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const lab = BackpropLab.main, before = lab.iteration();"
                + " lab.stepAsync(3000).then(cost => done((lab.iteration() - before) + ' ' + cost + ' ' + lab.cost()));");
        String[] parts = result.split(" ");
        assertAll(
                () -> assertEquals("3000", parts[0]),
                () -> assertEquals(parts[2], parts[1], "the Promise resolves with J of the training set"),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    @Test
    void stepAsyncLetsThePageDrawBetweenSlicesOfTheHeaviestLab(Browser browser) {
        Lab.open(browser, Lab.url(HEAVY));
        String result = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " let frames = 0; const count = () => { frames++; if (!finished) requestAnimationFrame(count); };"
                + " let finished = false; requestAnimationFrame(count);"
                + " const lab = BackpropLab.main, before = lab.iteration();"
                + " lab.stepAsync(40).then(cost => { finished = true; done((lab.iteration() - before) + ' ' + frames); });");
        String[] parts = result.split(" ");
        System.out.println("ScriptStepIT: stepAsync(40) on the heaviest lab: " + parts[1] + " animation frames meanwhile");
        assertAll(
                () -> assertEquals("40", parts[0]),
                () -> assertTrue(Integer.parseInt(parts[1]) >= 2, "frames drawn meanwhile: " + parts[1]));
    }

    @Test
    void sharpnessAsyncGivesTheJvmsLambdaMaxWhileThePageDraws(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=xor"));
        browser.script("BackpropLab.main.step(30);");
        String result = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " let frames = 0, finished = false;"
                + " const count = () => { frames++; if (!finished) requestAnimationFrame(count); };"
                + " requestAnimationFrame(count); const lab = BackpropLab.main;"
                + " lab.sharpnessAsync().then(l => { finished = true; done(l + ' ' + lab.sharpness() + ' ' + frames); });");
        String[] parts = result.split(" ");
        String state = (String) browser.script("return BackpropLab.main.state();");
        org.backproplab.state.LabSession jvm = new org.backproplab.state.LabSession(org.backproplab.state.StateCodec
                .decode(state, org.backproplab.state.AppState.defaults()).state());
        assertEquals("", jvm.replaceParameters(Lab.parameters(browser)));
        double expected = jvm.sharpness();
        double measured = Double.parseDouble(parts[0]);
        System.out.println("ScriptStepIT: sharpnessAsync() " + measured + " (JVM " + expected + "), " + parts[2]
                + " animation frames meanwhile");
        assertAll(
                () -> assertTrue(expected > 0, "the JVM's λ_max: " + expected),
                () -> assertEquals(expected, measured, 1e-9 * expected, "λ_max against the JVM's"),
                () -> assertEquals(parts[1], parts[0], "sharpness() and sharpnessAsync() agree"),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }
}
