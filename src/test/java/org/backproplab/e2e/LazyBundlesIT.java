package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first visit downloads only the app's own build (js/backprop-lab.js, or over http the WebAssembly build's
 * js/backprop-lab.wasm-runtime.js and its .wasm); the α lab, "Your turn" and the microscope load on first use
 * from file://, from a server with {@code script-src 'self'}, from {@code java -jar backprop-lab.jar serve}, on a
 * course page in another folder and in its iframe, once per page however many labs use them; a failed load says
 * why in the panel and the button tries again. Prints the first
 * frame (navigation start to the app's performance mark {@code backprop-lab-first-frame}) from file:// and from
 * serve: read, never compared with a limit (docs/performance.md records it).
 */
@ExtendWith(BrowserExtension.class)
class LazyBundlesIT {
    private static final int LOADS = Integer.getInteger("firstframe.loads", 7);
    private static final String FIRST_FRAME = "const m = performance.getEntriesByName('backprop-lab-first-frame');"
            + " return m.length ? m[0].startTime : -1;";
    /** The page's script elements' file names (the loader adds one per lazily loaded bundle). */
    private static final String SCRIPTS = "return [...document.querySelectorAll('script[src]')]"
            + ".map(s => s.src.substring(s.src.lastIndexOf('/') + 1));";
    /** Your turn's first question appears after one step of the phase stepper (quiz=1 in the link). */
    private static final String QUIZ_LAB = "data=gauss&points=20&hidden=2&act=sigmoid&lr=0.5&batch=4&seed=3&speed=1&quiz=1";
    /** Presses a lab's Microscope button and returns the panel's note in the same task (null when it shows none). */
    private static final String PRESS_MICROSCOPE = "const root = document.querySelector(arguments[0]);"
            + " root.querySelector('[data-role=microscope-open]').click();"
            + " const note = root.querySelector('[data-role=microscope-loading]'); return note ? note.textContent : null;";

    private static String fileUrl(String path) {
        return StaticServer.webDirectory().toAbsolutePath().normalize().toUri() + path;
    }

    @SuppressWarnings("unchecked")
    private static List<String> scripts(Browser browser) {
        return (List<String>) browser.script(SCRIPTS);
    }

    /**
     * Opens {@code url} {@value #LOADS} times fresh; prints and returns the first frames (ms after navigation start).
     * {@code appScript} is the app's script start.js added: backprop-lab.js, or the WebAssembly build's runtime.
     */
    private static double[] firstFrames(Browser browser, String url, String where, String appScript) {
        double[] frames = new double[LOADS];
        for (int k = 0; k < LOADS; k++) {
            Lab.open(browser, url);
            browser.waitFor("return performance.getEntriesByName('backprop-lab-first-frame').length > 0;");
            frames[k] = ((Number) browser.script(FIRST_FRAME)).doubleValue();
            assertTrue(frames[k] > 0, "the first frame is marked after navigation start: " + frames[k]);
            assertEquals(List.of(appScript, "start.js"), scripts(browser).stream().sorted().toList(),
                    "a first visit downloads the app's script only");
            assertEquals(true, browser.script("return typeof backpropLabRateLab === 'undefined'"
                    + " && typeof backpropLabQuiz === 'undefined' && typeof backpropLabMicroscope === 'undefined';"),
                    "the lazy features are not defined yet");
        }
        double[] sorted = frames.clone();
        Arrays.sort(sorted);
        System.out.printf("[LazyBundlesIT] first frame from %s: median %.0f ms (%d loads, %.0f–%.0f ms; load average %s)%n",
                where, sorted[LOADS / 2], LOADS, sorted[0], sorted[LOADS - 1], loadAverage());
        return frames;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Opens the α lab and waits for its race tab; then turns on Your turn's question with one step. */
    private static void useBothFeatures(Browser browser) {
        Lab.role(browser, "lrlab-open").click();
        browser.waitFor("return BackpropLab.main.rateLabOpen();");
        assertTrue(Lab.role(browser, "lrlab-tab-race").isDisplayed(), "the α lab's race tab shows");
        Lab.role(browser, "lrlab-close").click();
        browser.waitFor("return !BackpropLab.main.rateLabOpen();");
        Lab.role(browser, "phase-next").click();
        browser.waitFor("return BackpropLab.main.exercise() !== null;");
        assertEquals("true", Lab.role(browser, "quiz-toggle").getAttribute("aria-pressed"));
    }

    /**
     * Presses the page lab's Microscope button: the panel says it is loading at once (the bundle is not there yet),
     * then shows the first output weight with its ∂J/∂w, in the output view's place.
     */
    private static void useTheMicroscope(Browser browser) {
        assertEquals("Loading the microscope …", browser.script(PRESS_MICROSCOPE, "#lab"));
        assertEquals("true", Lab.role(browser, "microscope-open").getAttribute("aria-pressed"));
        browser.waitFor("return Number.isFinite(BackpropLab.main.selectedGradient());");
        assertTrue(Lab.role(browser, "weight-layer").isDisplayed(), "the panel's weight picker shows");
        assertEquals(Boolean.TRUE, browser.script("return !document.querySelector('#lab [data-role=microscope-loading]')"
                + " && document.querySelector('#lab .bl-output-panel').hidden;"), "the loading note gave way to the panel");
        assertFalse(labState(browser).contains("w1=-1&"), "the button selected a weight");
    }

    private static String labState(Browser browser) {
        return Lab.string(browser, "BackpropLab.main.state()");
    }

    @Test
    void fromFileTheFirstVisitIsTheAppAloneAndTheFeaturesLoadOnFirstUse(Browser browser) {
        firstFrames(browser, fileUrl("index.html"), "file://", "backprop-lab.js");
        Lab.open(browser, fileUrl("index.html#" + QUIZ_LAB));
        useTheMicroscope(browser);
        useBothFeatures(browser);
        List<String> loaded = scripts(browser);
        assertEquals(1, loaded.stream().filter("backprop-lab-ratelab.js"::equals).count(), loaded.toString());
        assertEquals(1, loaded.stream().filter("backprop-lab-quiz.js"::equals).count(), loaded.toString());
        assertEquals(1, loaded.stream().filter("backprop-lab-microscope.js"::equals).count(), loaded.toString());
        browser.screenshot("lazy-your-turn-file");
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void severalLabsOnOnePageLoadEachBundleOnce(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        browser.script("for (let k = 0; k < 3; k++) { const d = document.createElement('div'); d.id = 'extra' + k;"
                + " document.body.appendChild(d); window['extra' + k] = BackpropLab.mount(d, {state: '" + QUIZ_LAB + "'}); }");
        for (int k = 0; k < 3; k++) {
            browser.script("document.querySelector('#extra" + k + " [data-role=phase-next]').click();");
            browser.waitFor("return window.extra" + k + ".exercise() !== null;");
        }
        // Two labs open their α lab in the same task, before the bundle is there.
        browser.script("document.querySelector('#lab [data-role=lrlab-open]').click();"
                + " document.querySelector('#extra0 [data-role=lrlab-open]').click();");
        browser.waitFor("return BackpropLab.main.rateLabOpen() && window.extra0.rateLabOpen();");
        // Two labs open their microscope in the same task; a third by a link's weight (w1).
        assertEquals(List.of("Loading the microscope …", "Loading the microscope …"), browser.script(
                "const press = (selector) => { " + PRESS_MICROSCOPE.replace("arguments[0]", "selector") + " };"
                + " return [press('#lab'), press('#extra1')];"));
        browser.script("const d = document.createElement('div'); d.id = 'extra3'; document.body.appendChild(d);"
                + " window.extra3 = BackpropLab.mount(d, {state: 'data=xor&w1=0'});");
        browser.waitFor("return Number.isFinite(BackpropLab.main.selectedGradient())"
                + " && Number.isFinite(window.extra3.selectedGradient());");
        // extra1's question waits for its answer: its microscope is there, with its numbers hidden until then
        browser.waitFor("return !document.querySelector('#extra1 [data-role=microscope-after-answer]').hidden;");
        assertEquals(Boolean.TRUE, browser.script("return Number.isNaN(window.extra1.selectedGradient());"));
        assertEquals(Boolean.TRUE, browser.script("return Number.isNaN(window.extra2.selectedGradient());"),
                "a lab whose microscope is closed reads NaN");
        List<String> loaded = scripts(browser);
        assertEquals(1, loaded.stream().filter("backprop-lab-quiz.js"::equals).count(), loaded.toString());
        assertEquals(1, loaded.stream().filter("backprop-lab-ratelab.js"::equals).count(), loaded.toString());
        assertEquals(1, loaded.stream().filter("backprop-lab-microscope.js"::equals).count(), loaded.toString());
        Lab.assertNoConsoleErrors(browser);
    }

    /** Copies the built site into {@code site}, leaving out the files whose names match {@code left}. */
    private static void copySite(Path site, String left) throws IOException {
        Path web = StaticServer.webDirectory();
        try (Stream<Path> files = Files.walk(web)) {
            for (Path file : files.toList()) {
                Path target = site.resolve(web.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().matches(left)) {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void aFailedLoadSaysWhyInThePanelAndTheButtonTriesAgain(Browser browser, @TempDir Path site) throws IOException {
        copySite(site, "backprop-lab-(ratelab|quiz)\\.js");
        try (StaticServer server = StaticServer.serve(site)) {
            Lab.open(browser, server.url("/index.html#" + QUIZ_LAB));
            Lab.role(browser, "lrlab-open").click();
            browser.waitFor("return !!document.querySelector('#lab [data-role=lrlab-failed]');");
            String message = Lab.text(browser, "lrlab-failed");
            assertTrue(message.startsWith("The α lab could not be loaded: the browser could not load http://127.0.0.1:"),
                    message);
            assertTrue(message.contains("js/backprop-lab-ratelab.js, which must sit beside js/backprop-lab.js"), message);
            assertTrue(Lab.role(browser, "lrlab").isDisplayed(), "the panel shows the message");
            assertFalse(Boolean.TRUE.equals(browser.script("return BackpropLab.main.rateLabOpen();")));
            browser.screenshot("lazy-ratelab-failed");
            // The button is not dead: it tries again (and fails again here, with the same message).
            Lab.role(browser, "lrlab-open").click();
            browser.waitFor("return !!document.querySelector('#lab [data-role=lrlab-failed]');");
            Lab.role(browser, "lrlab-close").click();
            assertFalse(Lab.role(browser, "lrlab").isDisplayed(), "✕ closes the message");

            Lab.role(browser, "phase-next").click();
            browser.waitFor("return document.querySelector('#lab [data-role=quiz-feedback]').textContent"
                    + ".startsWith('Your turn could not be loaded');");
            assertTrue(Lab.text(browser, "quiz-feedback").endsWith("Turn Your turn off and on to try again."));
            // The stepper goes on without questions.
            Lab.role(browser, "phase-next").click();
            browser.waitFor("return BackpropLab.main.phase() >= 1;");
        }
    }

    /**
     * A link that opens the microscope on a weight, on a site without its bundle: the panel says why, the button
     * tries again (and fails again), ✕ closes it; once the file is in place the button opens the microscope.
     */
    @Test
    void aMicroscopeThatCannotLoadSaysWhyAndTheButtonTriesAgain(Browser browser, @TempDir Path site) throws IOException {
        copySite(site, "backprop-lab-microscope\\.js");
        String failed = "return !!document.querySelector('#lab [data-role=microscope-failed]');";
        try (StaticServer server = StaticServer.serve(site)) {
            Lab.open(browser, server.url("/index.html#data=xor&w1=0"));
            browser.waitFor(failed);
            String message = Lab.text(browser, "microscope-failed");
            assertTrue(message.startsWith("The microscope could not be loaded: the browser could not load http://127.0.0.1:"),
                    message);
            assertTrue(message.contains("js/backprop-lab-microscope.js, which must sit beside js/backprop-lab.js"), message);
            assertTrue(message.endsWith("Press “Microscope” to try again."), message);
            assertTrue(Lab.role(browser, "microscope").isDisplayed(), "the panel shows the message");
            assertEquals(Boolean.TRUE, browser.script("return document.querySelector('#lab .bl-output-panel').hidden"
                    + " && Number.isNaN(BackpropLab.main.selectedGradient()) && Number.isNaN(BackpropLab.main.tangentSlope());"),
                    "the panel takes the output view's place; scripts read NaN");
            browser.screenshot("lazy-microscope-failed");
            // The button is not dead: it tries again (and fails again here, with the same message).
            assertEquals("Loading the microscope …", browser.script(PRESS_MICROSCOPE, "#lab"));
            browser.waitFor(failed);
            assertEquals(message, Lab.text(browser, "microscope-failed"));
            browser.driver().findElement(org.openqa.selenium.By.cssSelector("#lab [data-role=microscope] .blm-close")).click();
            browser.waitFor("return BackpropLab.main.state().includes('w1=-1&');");
            assertFalse(Lab.role(browser, "microscope").isDisplayed(), "✕ closes the message");
            assertEquals(Boolean.FALSE, browser.script("return document.querySelector('#lab .bl-output-panel').hidden;"));
            assertEquals("false", Lab.role(browser, "microscope-open").getAttribute("aria-pressed"));

            Files.copy(StaticServer.webDirectory().resolve("js/backprop-lab-microscope.js"),
                    site.resolve("js/backprop-lab-microscope.js"));
            useTheMicroscope(browser);
            browser.screenshot("lazy-microscope-after-retry");
        }
    }

    /** The course page (examples/, a folder below the app's) loads the microscope for its mounted lab and its iframe. */
    @Test
    void theMicroscopeLoadsOnACoursePageInAnotherFolderAndInItsIframe(Browser browser) {
        browser.open("about:blank");
        browser.open(Lab.url("/examples/course-page.html"));
        browser.waitFor("return !!window.courseDemo;");
        assertEquals("Loading the microscope …", browser.script(PRESS_MICROSCOPE, "#demo2"));
        browser.waitFor("return Number.isFinite(courseDemo.selectedGradient());");
        assertTrue(scripts(browser).contains("backprop-lab-microscope.js"), scripts(browser).toString());
        browser.screenshot("lazy-microscope-course-page");
        browser.driver().switchTo().frame(browser.driver().findElement(org.openqa.selenium.By.cssSelector("iframe.course-frame")));
        try {
            browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main);");
            // the embedded lab shows no Microscope button (controls=play,step,reset,lr): a script presses the hidden one
            assertEquals("Loading the microscope …", browser.script(PRESS_MICROSCOPE, "#lab"));
            browser.waitFor("return Number.isFinite(BackpropLab.main.selectedGradient());");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        Lab.assertNoConsoleErrors(browser);
    }

    @Test
    void fromServeTheFeaturesLoadUnderItsPolicy(Browser browser) throws Exception {
        try (JarServe serve = JarServe.start()) {
            String url = serve.url();
            firstFrames(browser, url, "serve (WebAssembly)", "backprop-lab.wasm-runtime.js");
            firstFrames(browser, url + "?engine=js", "serve (?engine=js)", "backprop-lab.js");
            Lab.open(browser, url + "#" + QUIZ_LAB);
            useTheMicroscope(browser);
            useBothFeatures(browser);
            Lab.assertNoConsoleErrors(browser);
        }
    }
}
