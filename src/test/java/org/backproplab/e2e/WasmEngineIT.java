package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.state.StateCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * js/start.js runs the WebAssembly GC build where it can: over http from a static server (under the site's
 * Content-Security-Policy, which allows 'unsafe-eval' and 'wasm-unsafe-eval') and from
 * {@code java -jar backprop-lab.jar serve}, where it trains to the same weights as the JavaScript build ({@code ?engine=js}) bit for bit, for every optimizer and
 * loss, and both to the JVM's within the last bits of exp/tanh; from file:// and under a policy without eval the
 * JavaScript build starts instead.
 */
@ExtendWith(BrowserExtension.class)
class WasmEngineIT {
    private static final int STEPS = 300;

    /** One lab per optimizer, covering the three losses, mini-batches over epochs, a schedule and L2. */
    private static final String[] LABS = {
        "data=circle&opt=sgd&batch=10&seed=3",
        "data=spiral&opt=momentum&lr=0.03&batch=7&loss=binary_cross_entropy&act=tanh,sigmoid",
        "data=xor&opt=nesterov&lr=0.05&batch=5&loss=binary_cross_entropy&sched=cosine",
        "data=gauss3&opt=rmsprop&lr=0.003&batch=16&loss=cross_entropy",
        "data=sine&opt=adam&lr=0.01&batch=8&reg=l2&lambda=0.001&sched=exponential",
    };

    /** The bits of every weight and bias, as hex: equal texts are equal doubles, −0 and NaN included. */
    private static final String PARAMETER_BITS = "const p = Float64Array.from(BackpropLab.main.parameters());"
            + " return Array.from(new Uint32Array(p.buffer), w => w.toString(16).padStart(8, '0')).join('');";

    private static String engine(Browser browser) {
        return (String) browser.script("return BackpropLab.main.engine();");
    }

    /** Takes {@link #STEPS} steps with stepAsync (all of them, in slices) and returns the parameters' bits. */
    private static String train(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " BackpropLab.main.stepAsync(arguments[0]).then(function () { done(true); });", STEPS);
        assertEquals(STEPS, Lab.number(browser, "BackpropLab.main.iteration()"), "steps taken");
        return (String) browser.script(PARAMETER_BITS);
    }

    /** Trains each lab in the Wasm build at {@code base}, then in the JavaScript build; the same bits. */
    private static void sameWeightsAsJavaScript(Browser browser, String base) {
        for (String lab : LABS) {
            Lab.open(browser, base + "/index.html#" + lab);
            assertEquals("wasm", engine(browser), "the engine at " + base + " for " + lab);
            String wasm = train(browser);
            double[] wasmParameters = Lab.parameters(browser);
            Lab.assertNoConsoleErrors(browser);

            Lab.open(browser, base + "/index.html?engine=js#" + lab);
            assertEquals("js", engine(browser), "?engine=js");
            String js = train(browser);
            assertEquals(js, wasm, "WebAssembly and JavaScript weights after " + STEPS + " steps of " + lab);

            double[] jvm = jvmParameters(lab);
            double largest = 0;
            for (int k = 0; k < jvm.length; k++) {
                largest = Math.max(largest, Math.abs(jvm[k] - wasmParameters[k]));
            }
            System.out.printf("[WasmEngineIT] %s: wasm = js bit for bit; largest |wasm − JVM| = %.3g%n", lab, largest);
            assertTrue(largest < 1e-9, "the browser's weights follow the JVM's (exp and tanh may differ in the"
                    + " last bit): " + largest + " for " + lab);
            Lab.assertNoConsoleErrors(browser);
        }
    }

    /** The same lab trained {@link #STEPS} steps on the JVM. */
    private static double[] jvmParameters(String lab) {
        AppState state = StateCodec.decode(lab, AppState.defaults()).state();
        LabSession session = new LabSession(state);
        assertEquals(STEPS, session.train(STEPS), "JVM steps for " + lab);
        return session.network().parameters().clone();
    }

    @Test
    void overAStaticServerTheWasmBuildTrainsExactlyLikeTheJavaScriptBuild(Browser browser) {
        String page = Lab.url("/index.html");
        sameWeightsAsJavaScript(browser, page.substring(0, page.length() - "/index.html".length()));
    }

    @Test
    void fromServeTheWasmBuildTrainsExactlyLikeTheJavaScriptBuild(Browser browser) throws Exception {
        try (JarServe serve = JarServe.start()) {
            String url = serve.url();
            sameWeightsAsJavaScript(browser, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
    }

    @Test
    void fromFileTheJavaScriptBuildStartsWithoutAConsoleError(Browser browser) {
        String page = StaticServer.webDirectory().toAbsolutePath().normalize().toUri() + "index.html#data=xor";
        Lab.open(browser, page);
        assertEquals("js", engine(browser));
        assertEquals(5.0, Lab.number(browser, "BackpropLab.main.step(5) > 0 ? BackpropLab.main.iteration() : -1"));
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void underAPolicyWithoutEvalTheJavaScriptBuildStarts(Browser browser) {
        try (StaticServer strict = StaticServer.serve(StaticServer.webDirectory(),
                StaticServer.NO_EVAL_POLICY)) {
            Lab.open(browser, strict.url("/index.html#data=xor"));
            assertEquals("js", engine(browser));
            assertEquals(5.0, Lab.number(browser, "BackpropLab.main.step(5) > 0 ? BackpropLab.main.iteration() : -1"));
            assertFalse(Lab.string(browser, "document.querySelector('[data-role=play]').textContent").isEmpty());
            // The browser itself reports what the policy refused; nothing else may fail.
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.stream().allMatch(e -> e.contains("unsafe-eval")), errors.toString());
        }
    }

    @Test
    void aStrictPageThatAsksForJavaScriptStartsItWithNoConsoleMessage(Browser browser) throws Exception {
        // what embedding.md tells a site that keeps script-src 'self': data-engine="js" on start.js's tag
        java.nio.file.Path index = StaticServer.webDirectory().resolve("index.html");
        java.nio.file.Path page = StaticServer.webDirectory().resolve("strict-policy-test.html");
        String html = java.nio.file.Files.readString(index);
        String tag = "<script src=\"js/start.js\"></script>";
        assertTrue(html.contains(tag), "index.html loads start.js as embedding.md shows");
        java.nio.file.Files.writeString(page, html.replace(tag, "<script src=\"js/start.js\" data-engine=\"js\"></script>"));
        try (StaticServer strict = StaticServer.serve(StaticServer.webDirectory(), StaticServer.NO_EVAL_POLICY)) {
            Lab.open(browser, strict.url("/strict-policy-test.html#data=xor"));
            assertEquals("js", engine(browser));
            assertEquals(5.0, Lab.number(browser, "BackpropLab.main.step(5) > 0 ? BackpropLab.main.iteration() : -1"));
            Lab.assertNoConsoleErrors(browser);
        } finally {
            java.nio.file.Files.deleteIfExists(page);
        }
    }
}
