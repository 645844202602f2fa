package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Embedding in a real Chromium: the embedded page (?embed=1&views&controls) shows only what it was asked
 * for and fills its frame; the example course page runs an iframe (sandbox="allow-scripts") and a
 * script-mounted lab independently; everything runs under the strict CSP with no request after load and
 * no request off the site; destroy() removes a lab; bad mount options give a notice, not a blank lab.
 */
@ExtendWith(BrowserExtension.class)
class EmbedIT {
    private static boolean shown(Browser browser, String selector) {
        return Boolean.TRUE.equals(browser.script("var e = document.querySelector(arguments[0]);"
                + "return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';", selector));
    }

    private static void openCoursePage(Browser browser, String url) {
        browser.open("about:blank");
        browser.open(url);
        browser.waitFor("return !!window.courseDemo;");
    }

    private static WebElement frame(Browser browser) {
        return browser.driver().findElement(By.cssSelector("iframe.course-frame"));
    }

    /** Runs {@code inFrame} inside the course page's iframe, once its lab has started. */
    private static void insideFrame(Browser browser, Runnable inFrame) {
        browser.driver().switchTo().frame(frame(browser));
        try {
            browser.waitFor("return !!(window.BackpropLab && window.BackpropLab.main);");
            inFrame.run();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void theEmbeddedPageShowsOnlyTheNamedViewsAndControlsAndFillsTheWindow(Browser browser) {
        try {
            browser.emulateScreen(800, 450, 1);
            Lab.open(browser, Lab.url("/index.html?embed=1&views=network,cost&controls=lr,play#data=xor"));
            browser.waitFor("return document.querySelector('#lab .bl-network canvas').clientWidth > 100;");
            browser.screenshot("embed-800x450");
            assertAll(
                    () -> assertTrue((Boolean) browser.script("var r = document.querySelector('.page-header')"
                            + ".getBoundingClientRect(); return r.width <= 1 && r.height <= 1;"),
                            "page header hidden from sight (it keeps the page's h1 for screen readers)"),
                    () -> assertTrue(shown(browser, "#lab .bl-network-panel")),
                    () -> assertTrue(shown(browser, "#lab .bl-cost-panel")),
                    () -> assertFalse(shown(browser, "#lab .bl-output-panel")),
                    () -> assertTrue(shown(browser, "#lab [data-role='play']")),
                    () -> assertFalse(shown(browser, "#lab [data-role='step']")),
                    () -> assertFalse(shown(browser, "[data-role='share']"), "no Share/Export/Import in an embedded lab"),
                    () -> assertTrue(shown(browser, "#lab [data-role='lr']")),
                    () -> assertTrue(shown(browser, "#lab [data-role='lr-slider']")),
                    () -> assertFalse(shown(browser, "#lab [data-role='dataset']")),
                    () -> assertFalse(shown(browser, "#lab [data-role='optimizer']")),
                    () -> assertTrue(Lab.string(browser, "BackpropLab.main.state()").contains("data=xor")),
                    () -> assertTrue(Lab.number(browser, "document.documentElement.scrollHeight") <= 450, "scrolls"),
                    () -> assertTrue(Lab.number(browser, "document.querySelector('#lab').getBoundingClientRect().bottom") >= 430,
                            "the lab fills the frame"),
                    () -> assertEquals(List.of(), browser.consoleErrors()));

            // It resizes with its frame.
            double before = Lab.number(browser, "document.querySelector('#lab .bl-network canvas').clientWidth");
            browser.emulateScreen(500, 700, 1);
            browser.waitFor("return document.querySelector('#lab .bl-network canvas').clientWidth !== " + before
                    + " && document.querySelector('#lab .bl-network canvas').width === document.querySelector('#lab .bl-network canvas').clientWidth;");
            browser.screenshot("embed-500x700");
            double cost = Lab.number(browser, "BackpropLab.main.cost()");
            Lab.role(browser, "play").click();
            browser.waitFor("return BackpropLab.main.iteration() >= 50;");
            Lab.role(browser, "play").click();
            assertAll(
                    () -> assertTrue(Lab.number(browser, "BackpropLab.main.cost()") < cost),
                    () -> assertTrue(Lab.number(browser, "document.documentElement.scrollWidth") <= 500, "scrolls sideways"),
                    () -> assertEquals(List.of(), browser.consoleErrors()));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void unknownViewsAndControlsGiveANoticeNeverABlankLab(Browser browser) {
        Lab.open(browser, Lab.url("/index.html?embed=1&views=landscape,%3Cb%3E&controls=play,fly"));
        String notice = Lab.text(browser, "notice");
        assertAll(
                () -> assertTrue(notice.contains("unknown view \"landscape\"") && notice.contains("network, output, cost"), notice),
                () -> assertTrue(notice.contains("unknown control \"fly\""), notice),
                () -> assertTrue(notice.contains("all three are shown"), notice),
                () -> assertTrue(shown(browser, "#lab .bl-network-panel") && shown(browser, "#lab .bl-output-panel")
                        && shown(browser, "#lab .bl-cost-panel")),
                () -> assertTrue(Lab.number(browser, "BackpropLab.main.step(200)") < 0.13),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    @Test
    void theCoursePageRunsTwoIndependentLabs(Browser browser) {
        try {
            browser.emulateScreen(1280, 800, 1);
            openCoursePage(browser, Lab.url("/examples/course-page.html"));
            String[] frameState = new String[1];
            insideFrame(browser, () -> frameState[0] = Lab.string(browser, "BackpropLab.main.state()"));
            String mountedState = Lab.string(browser, "courseDemo.state()");
            double mountedCost = Lab.number(browser, "courseDemo.cost()");
            double stepped = Lab.number(browser, "courseDemo.step(300)");
            browser.script("courseDemo.setLearningRate(0.05);");
            browser.waitFor("return document.querySelector('#demo2 .bl-cost canvas').clientWidth > 100;");
            browser.screenshot("course-page-1280x800");
            browser.script("document.querySelector('#demo2').scrollIntoView();");
            browser.screenshot("course-page-second-demo");
            insideFrame(browser, () -> assertAll(
                    () -> assertEquals(0.0, Lab.number(browser, "BackpropLab.main.iteration()"), "the iframe's lab did not move"),
                    () -> assertEquals(0.003, Lab.number(browser, "BackpropLab.main.learningRate()")),
                    () -> assertTrue(Lab.number(browser, "BackpropLab.main.step(200)") < Lab.number(browser, "BackpropLab.main.cost()") + 1e-12)));
            assertAll(
                    () -> assertNotEquals(frameState[0], mountedState),
                    () -> assertTrue(frameState[0].contains("data=linear") && frameState[0].contains("lr=0.003"), frameState[0]),
                    () -> assertTrue(mountedState.contains("data=circle") && mountedState.contains("lr=0.3"), mountedState),
                    () -> assertTrue(stepped < mountedCost),
                    () -> assertEquals(300.0, Lab.number(browser, "courseDemo.iteration()"), "the iframe's steps are its own"),
                    () -> assertEquals("", Lab.string(browser, "location.hash"), "a mounted lab never writes the page's address"),
                    () -> assertEquals(null, browser.script("return window.BackpropLab.main;"), "no main lab on a course page"),
                    () -> assertEquals(List.of(), browser.consoleErrors()));
        } finally {
            browser.resetScreen();
        }
    }

    @Test
    void theSandboxedIframeTrainsWithoutStorageOrPopups(Browser browser) {
        openCoursePage(browser, Lab.url("/examples/course-page.html"));
        assertEquals("allow-scripts", frame(browser).getDomAttribute("sandbox"));
        insideFrame(browser, () -> {
            assertEquals("null", Lab.string(browser, "window.origin"), "an opaque origin: no storage, no cookies");
            assertEquals("blocked", Lab.string(browser, "(function(){ try { localStorage.length; return 'open'; }"
                    + " catch (e) { return 'blocked'; } })()"));
            assertTrue(shown(browser, "#lab [data-role='lr']") && !shown(browser, "#lab [data-role='dataset']"));
            Lab.role(browser, "play").click();
            browser.waitFor("return BackpropLab.main.iteration() >= 100;");
            Lab.role(browser, "play").click();
            browser.script("BackpropLab.main.setLearningRate(0.3);");
            assertEquals(0.3, Lab.number(browser, "BackpropLab.main.learningRate()"));
        });
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void everythingRunsUnderTheStrictCspWithNoRequestAfterLoadAndNoneOffSite(Browser browser) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Lab.url("/examples/course-page.html"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(StaticServer.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));

        for (String path : List.of("/index.html", "/examples/course-page.html")) {
            browser.open("about:blank");
            browser.open(Lab.url(path));
            browser.waitFor("return !!window.BackpropLab && (!!window.BackpropLab.main || !!window.courseDemo);");
            browser.script("return new Promise(done => setTimeout(done, 300));");
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            // Interact: train, open every dialog and menu, step the mounted lab.
            browser.script("""
                    var lab = window.BackpropLab.main || window.courseDemo;
                    lab.step(100); lab.setLearningRate(0.05);
                    document.querySelectorAll('[data-role=play], [data-role=share], [data-role=embed], [data-role=export]')
                        .forEach(b => b.click());
                    """);
            browser.script("return new Promise(done => setTimeout(done, 500));");
            @SuppressWarnings("unchecked")
            List<String> after = (List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            @SuppressWarnings("unchecked")
            List<String> inline = (List<String>) browser.script("""
                    var found = [];
                    document.querySelectorAll('script:not([src])').forEach(s => found.push('inline script'));
                    document.querySelectorAll('*').forEach(e => [...e.attributes].forEach(a => {
                        if (a.name.startsWith('on')) found.push(e.tagName + ' ' + a.name);
                    }));
                    document.querySelectorAll('[src], link[href]').forEach(e => {
                        var url = new URL(e.getAttribute('src') || e.getAttribute('href'), location.href);
                        if (url.origin !== location.origin) found.push('off-site ' + url);
                    });
                    return found;
                    """);
            String origin = Lab.url("/");
            assertAll(path,
                    () -> assertEquals(loaded, after, "requests after load"),
                    () -> assertTrue(loaded.stream().allMatch(url -> url.startsWith(origin)), loaded.toString()),
                    // index.html runs the WebAssembly build over http; the course page mounts labs with the JavaScript one
                    () -> assertTrue(loaded.stream().anyMatch(url -> url.endsWith(path.equals("/index.html")
                            ? "/js/backprop-lab.wasm" : "/js/backprop-lab.js")), loaded.toString()),
                    () -> assertEquals(List.of(), inline, "inline scripts, handlers or off-site resources"),
                    () -> assertEquals(List.of(), browser.consoleErrors(), "console errors, CSP violations included"));
        }
    }

    @Test
    void theHostStylesheetImportsEveryStylesheetOfTheLabPage() throws Exception {
        Path css = StaticServer.webDirectory().resolve("css");
        String bundle = java.nio.file.Files.readString(css.resolve("backprop-lab.css"));
        String index = java.nio.file.Files.readString(StaticServer.webDirectory().resolve("index.html"));
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"css/([a-z-]+\\.css)\"").matcher(index);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(bundle.contains("@import url(\"" + links.group(1) + "\");"),
                    "css/backprop-lab.css must import " + links.group(1) + " (index.html links it)");
        }
        assertTrue(count >= 3, "stylesheets in index.html: " + count);
    }

    @Test
    void theCoursePageWorksFromDisk(Browser browser) {
        Path page = StaticServer.webDirectory().resolve("examples/course-page.html").toAbsolutePath();
        openCoursePage(browser, page.toUri().toString());
        double cost = Lab.number(browser, "courseDemo.cost()");
        assertTrue(Lab.number(browser, "courseDemo.step(200)") < cost);
        // A sandboxed (opaque-origin) frame may not load files from disk: it says so, and how to serve them.
        browser.driver().switchTo().frame(frame(browser));
        try {
            String text = Lab.string(browser, "document.body.innerText");
            assertTrue(text.contains("could not be loaded") && text.contains("serve"), text);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void mountedLabsAreIndependentAndDestroyRemovesOne(Browser browser) {
        openCoursePage(browser, Lab.url("/examples/course-page.html"));
        browser.script("""
                for (const id of ['extra1', 'extra2']) {
                  const div = document.createElement('div'); div.id = id; document.body.appendChild(div);
                }
                window.extra1 = BackpropLab.mount(document.getElementById('extra1'), {state: 'data=spiral&lr=0.03'});
                window.extra2 = BackpropLab.mount(document.getElementById('extra2'),
                    {state: 'lr=abc&weights=%%', views: ['network', 'nope'], controls: 'play,zzz'});
                """);
        String notice = Lab.string(browser, "document.querySelector('#extra2 [data-role=notice]').textContent");
        assertAll(
                () -> assertTrue(shown(browser, "#extra1 [data-role='dataset']"), "without views/controls: the whole lab"),
                () -> assertTrue(notice.contains("lr=abc") && notice.contains("weights") && notice.contains("\"nope\"")
                        && notice.contains("\"zzz\""), notice),
                () -> assertTrue(shown(browser, "#extra2 .bl-network-panel") && !shown(browser, "#extra2 .bl-cost-panel")),
                () -> assertTrue(Lab.string(browser, "extra1.state()").contains("data=spiral")));

        browser.script("extra1.step(50); extra2.step(20); courseDemo.step(10);");
        browser.script("extra1.destroy();");
        browser.script("return new Promise(done => setTimeout(done, 200));");
        assertAll(
                () -> assertEquals("", Lab.string(browser, "document.getElementById('extra1').innerHTML")),
                () -> assertFalse(Lab.string(browser, "document.getElementById('extra1').className").contains("backprop-lab")),
                () -> assertEquals(true, browser.script("return extra1.destroyed();")),
                () -> assertEquals(20.0, Lab.number(browser, "extra2.iteration()")),
                () -> assertEquals(10.0, Lab.number(browser, "courseDemo.iteration()")),
                () -> assertTrue(Lab.number(browser, "extra2.step(30)") > 0));
        // Keys typed on the page no longer reach the destroyed lab (its listeners are gone), and it can be mounted again.
        browser.script("window.extra1 = BackpropLab.mount(document.getElementById('extra1'), {views: 'cost'});");
        assertAll(
                () -> assertTrue(shown(browser, "#extra1 .bl-cost-panel")),
                () -> assertEquals(0.0, Lab.number(browser, "extra1.iteration()")),
                () -> assertEquals("TypeError: BackpropLab.mount(element, options) needs a DOM element as its first argument",
                        Lab.string(browser, "(function(){ try { BackpropLab.mount(null, {}); return 'no error'; }"
                                + " catch (e) { return e.name + ': ' + e.message; } })()")),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    private static String mountError(Browser browser, String element) {
        return Lab.string(browser, "(function(){ try { BackpropLab.mount(" + element + ", {}); return 'no error'; }"
                + " catch (e) { return e.name + ': ' + e.message; } })()");
    }

    @Test
    void mountRefusesToSwallowThePageOrItsLabAndDestroyStopsTheLabsInside(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=xor"));
        double sheets = Lab.number(browser, "document.styleSheets.length");
        assertAll(
                () -> assertEquals("TypeError: BackpropLab.mount(element, options): the element holds the page's <head>"
                        + " (the lab's styles); mount into an element inside <body>",
                        mountError(browser, "document.documentElement")),
                () -> assertEquals("TypeError: BackpropLab.mount(element, options): the element holds the page's own"
                        + " lab; mount into an element of its own", mountError(browser, "document.body")),
                () -> assertEquals(sheets, Lab.number(browser, "document.styleSheets.length")),
                () -> assertEquals(5.0, Lab.number(browser,
                        "(function(){ const m = BackpropLab.main, i = m.iteration(); m.step(5); return m.iteration() - i; })()"),
                        "the page's lab still trains"),
                () -> assertTrue(shown(browser, "#lab [data-role='dataset']"), "the page's lab is still there"));

        openCoursePage(browser, Lab.url("/examples/course-page.html"));
        browser.script("""
                const around = document.createElement('div'); around.id = 'around'; document.body.appendChild(around);
                const inner = document.createElement('div'); inner.id = 'inner'; around.appendChild(inner);
                window.innerLab = BackpropLab.mount(inner, {views: 'cost'});
                window.aroundLab = BackpropLab.mount(around, {views: 'network,cost'});
                """);
        assertAll(
                () -> assertEquals(true, browser.script("return innerLab.destroyed();"),
                        "a lab mounted around another one destroys it first"),
                () -> assertEquals(false, browser.script("return aroundLab.destroyed();")),
                () -> assertEquals(3.0, Lab.number(browser, "(aroundLab.step(3), aroundLab.iteration())")));
        assertEquals("TypeError: BackpropLab.mount(element, options): the element is part of another lab; mount into"
                + " an element outside it", mountError(browser, "document.querySelector('#around .bl-cost-panel')"));
        browser.script("aroundLab.destroy();");
        assertAll(
                () -> assertEquals(true, browser.script("return aroundLab.destroyed();")),
                () -> assertEquals("", Lab.string(browser, "document.getElementById('around').innerHTML")),
                () -> assertEquals(10.0, Lab.number(browser,
                        "(function(){ const i = courseDemo.iteration(); courseDemo.step(10); return courseDemo.iteration() - i; })()"),
                        "the course page's own demo runs on"),
                () -> assertEquals(List.of(), browser.consoleErrors()));
    }

    @Test
    void phoneScreenshotsOfTheCoursePageAndAnEmbeddedLab(Browser browser) {
        try {
            browser.emulateScreen(390, 844, 1);
            openCoursePage(browser, Lab.url("/examples/course-page.html"));
            browser.script("document.querySelector('.course-frame').scrollIntoView();");
            insideFrame(browser, () -> { });
            browser.screenshot("course-page-390x844");
            assertTrue(Lab.number(browser, "document.documentElement.scrollWidth") <= 390, "scrolls sideways");
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            browser.resetScreen();
        }
    }
}
