package org.backproplab.e2e;

import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The lab page as the browser tests drive it, on top of {@link Browser}: the site served over http under
 * the strict CSP ({@link #url}), opening a page and waiting for the lab's scripting API ({@link #open}),
 * finding controls by their data-role, running a script for a number or a string, waiting for frames.
 *
 * <pre>{@code
 * Lab.open(browser, Lab.url("/index.html#data=xor"));
 * Lab.click(browser, "play");
 * double cost = Lab.number(browser, "BackpropLab.main.cost()");
 * }</pre>
 */
final class Lab {
    private static StaticServer site;

    private Lab() {
    }

    /**
     * The absolute http URL of {@code path} ("/index.html#…") on the test server of the built site
     * ({@link StaticServer#webDirectory()}), started on first use and stopped when the test JVM ends.
     */
    static synchronized String url(String path) {
        if (site == null) {
            StaticServer server = StaticServer.serve(StaticServer.webDirectory());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-site"));
            site = server;
        }
        return site.url(path);
    }

    /**
     * Loads {@code url} fresh (via about:blank, so an address that differs only after '#' is a real reload)
     * and waits until the lab's scripting API is there.
     */
    static void open(Browser browser, String url) {
        browser.open("about:blank");
        browser.open(url);
        browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main);");
    }

    /** The control with data-role {@code role} inside the page's lab (#lab of index.html). */
    /** The lab's weights and biases, flat, as the scripting API's parameters() gives them. */
    static double[] parameters(Browser browser) {
        List<?> values = (List<?>) browser.script("return BackpropLab.main.parameters();");
        double[] out = new double[values.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = number(values.get(k));
        }
        return out;
    }

    /** The lab's test J at {@code parameters}, computed in this JVM without a step (same settings, same data). */
    static double jvmTestCost(String state, double[] parameters) {
        org.backproplab.state.LabSession jvm = new org.backproplab.state.LabSession(
                org.backproplab.state.StateCodec.decode(state, org.backproplab.state.AppState.defaults()).state());
        assertEquals("", jvm.replaceParameters(parameters));
        return jvm.testCost();
    }

    static WebElement role(Browser browser, String role) {
        return browser.driver().findElement(By.cssSelector("#lab [data-role='" + role + "']"));
    }

    /** The first element with data-role {@code role} anywhere in the page (the header's Share, Export ▾, …). */
    static WebElement pageRole(Browser browser, String role) {
        return browser.driver().findElement(By.cssSelector("[data-role='" + role + "']"));
    }

    /** The visible text of the lab's element with data-role {@code role}. */
    /** Clicks data set {@code id}'s thumbnail in the picker (the radio with data-value {@code id}). */
    static void chooseDataset(Browser browser, String id) {
        role(browser, "dataset").findElement(org.openqa.selenium.By.cssSelector("[data-value='" + id + "']")).click();
    }

    /** The id of the data set the picker shows as chosen (aria-checked), or "" when none is. */
    static String chosenDataset(Browser browser) {
        Object id = browser.script("const r = document.querySelector(\"#lab [data-role='dataset'] [aria-checked='true']\");"
                + "return r ? r.dataset.value : '';");
        return id == null ? "" : id.toString();
    }

    static String text(Browser browser, String role) {
        return role(browser, role).getText();
    }

    /** Clicks the lab's control with data-role {@code role}, as a mouse would. */
    static void click(Browser browser, String role) {
        role(browser, role).click();
    }

    /** Clicks the lab's text field {@code role}, selects all of it, types {@code text}, then {@code end} (TAB or ENTER). */
    static void type(Browser browser, String role, String text, Keys end) {
        WebElement field = role(browser, role);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, end);
    }

    /** The number the JavaScript {@code expression} evaluates to in the page. */
    static double number(Browser browser, String expression) {
        return number(browser.script("return " + expression + ";"));
    }

    /** A value returned by a script, which must be a number. */
    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** The string the JavaScript {@code expression} evaluates to in the page. */
    static String string(Browser browser, String expression) {
        return (String) browser.script("return " + expression + ";");
    }

    /** Waits until the page has drawn {@code count} more animation frames. */
    static void frames(Browser browser, int count) {
        browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1], n = arguments[0];"
                + "function next() { if (n-- <= 0) { done(true); } else { requestAnimationFrame(next); } }"
                + "requestAnimationFrame(next);", count);
    }

    /**
     * Waits until every lab on the page whose microscope is open (or opening) shows the panel itself: its bundle
     * (js/backprop-lab-microscope.js) loads on first use, so after a click, a weight picked or a link with w1 the
     * panel says "Loading the microscope …" for a moment. A failed load does not count as shown.
     */
    static void waitForMicroscope(Browser browser) {
        frames(browser, 1);
        browser.waitFor("return [...document.querySelectorAll('.backprop-lab')].every(r =>"
                + " !r.classList.contains('bl-microscope-open')"
                + " || !!r.querySelector('[data-role=microscope] .blm-body:not([hidden])')"
                + " || !!r.querySelector('[data-role=microscope] .blm-after-answer:not([hidden])'));");
    }

    static void assertNoConsoleErrors(Browser browser) {
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    /** Lets the page download into {@code downloads}. */
    static void allowDownloads(Browser browser, Path downloads) {
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    /** Picks Export ▾ → {@code item} and waits up to {@code wait} for the downloaded file {@code name}. */
    static Path export(Browser browser, Path downloads, String item, String name, java.time.Duration wait)
            throws InterruptedException, java.io.IOException {
        pageRole(browser, "export").click();
        pageRole(browser, item).click();
        Path file = downloads.resolve(name);
        java.time.Instant deadline = java.time.Instant.now().plus(wait);
        while (!(java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > 0)
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isRegularFile(file),
                "no download " + name + " in " + downloads);
        Thread.sleep(100); // Chromium renames the finished download into place; let it settle
        return file;
    }
}
