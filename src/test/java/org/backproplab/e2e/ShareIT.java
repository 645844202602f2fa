package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.state.AppState;
import org.backproplab.state.ShareLink;
import org.backproplab.state.StateCodec;
import org.backproplab.state.WeightsCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Sharing by link in a real Chromium under the strict CSP: settings made in the UI come back from the
 * link exactly, a link with trained weights reproduces the network bit for bit, a hostile link gives a
 * notice and a lab that trains, and a network too big for a link is refused with a message.
 */
@ExtendWith(BrowserExtension.class)
class ShareIT {
    private static StaticServer server;

    @BeforeAll
    static void serveSite() {
        server = StaticServer.serve(StaticServer.webDirectory());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** One of the page's Share, Export ▾ and Import… tools (in the page header). */
    static org.openqa.selenium.WebElement tool(Browser browser, String role) {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-role='" + role + "']"));
    }

    private static String string(Browser browser, String script) {
        return (String) browser.script("return " + script + ";");
    }

    private static double number(Browser browser, String script) {
        return ((Number) browser.script("return " + script + ";")).doubleValue();
    }

    private static void type(Browser browser, String role, String text) {
        WebElement field = LabPageIT.role(browser, role);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static void select(Browser browser, String role, String value) {
        new Select(LabPageIT.role(browser, role)).selectByValue(value);
    }

    private static void assertNoConsoleErrors(Browser browser) {
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
    }

    @Test
    void settingsMadeInTheUiComeBackFromTheLinkWithTheSameWeights(Browser browser) {
        LabPageIT.openLab(browser, server.url("/index.html"));
        select(browser, "dataset", "gauss3");
        type(browser, "hidden", "5, 3");
        select(browser, "activation", "relu");
        select(browser, "optimizer", "adam");
        type(browser, "lr", "0.02");
        type(browser, "batch", "25");
        select(browser, "regularization", "l2");
        type(browser, "lambda", "0.001");
        String state = string(browser, "BackpropLab.main.state()");
        browser.waitFor("return location.hash === '#' + BackpropLab.main.state();");
        String weights = string(browser, "BackpropLab.main.weightsText()");
        String link = string(browser, "location.href");
        assertAll(
                () -> assertTrue(state.contains("data=gauss3") && state.contains("hidden=5,3") && state.contains("act=relu")
                        && state.contains("opt=adam") && state.contains("lr=0.02") && state.contains("batch=25")
                        && state.contains("reg=l2") && state.contains("lambda=0.001"), state),
                () -> assertNoConsoleErrors(browser));

        LabPageIT.openLab(browser, link);
        assertAll(
                () -> assertEquals(state, string(browser, "BackpropLab.main.state()")),
                () -> assertEquals(weights, string(browser, "BackpropLab.main.weightsText()"), "same seed, same weights"),
                () -> assertEquals("adam", LabPageIT.role(browser, "optimizer").getDomProperty("value")),
                () -> assertEquals("5, 3", LabPageIT.role(browser, "hidden").getDomProperty("value")),
                () -> assertFalse(LabPageIT.role(browser, "notice").isDisplayed()),
                () -> assertNoConsoleErrors(browser));
    }

    @Test
    void aLinkWithTrainedWeightsReproducesTheNetworkBitForBit(Browser browser) {
        LabPageIT.openLab(browser, server.url("/index.html#data=xor&hidden=6,3&opt=momentum&lr=0.05"));
        double trainedCost = number(browser, "BackpropLab.main.step(400)");
        String trained = string(browser, "BackpropLab.main.weightsText()");
        String state = string(browser, "BackpropLab.main.state()");

        tool(browser, "share").click();
        assertTrue(LabPageIT.role(browser, "share-dialog").isDisplayed());
        browser.waitFor("return document.querySelector(\"#lab [data-role='share-status']\").textContent.length > 12;");
        String withoutWeights = LabPageIT.role(browser, "share-url").getDomProperty("value");
        LabPageIT.role(browser, "share-weights").click();
        String withWeights = LabPageIT.role(browser, "share-url").getDomProperty("value");
        String status = LabPageIT.text(browser, "share-status");
        browser.screenshot("share-dialog");
        assertAll(
                () -> assertEquals(server.url("/index.html") + "#" + state, withoutWeights),
                () -> assertTrue(withWeights.startsWith(withoutWeights + "&weights="), withWeights),
                () -> assertTrue(withWeights.length() <= ShareLink.MAX_URL_LENGTH),
                () -> assertTrue(status.contains("copied") || status.contains("Ctrl+C"), status),
                () -> assertTrue("true".equals(String.valueOf(browser.script(
                        "return document.activeElement === document.querySelector(\"#lab [data-role='share-url']\")"
                        + " && document.activeElement.selectionEnd === document.activeElement.value.length;"))),
                        "the link is selected, ready for Ctrl+C"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(LabPageIT.role(browser, "share-dialog").isDisplayed());

        LabPageIT.openLab(browser, withWeights);
        double[] expected = WeightsCodec.decode(trained, AppState.defaults().withHiddenLayers(new int[] {6, 3})
                .parameterCount());
        double[] reopened = WeightsCodec.decode(string(browser, "BackpropLab.main.weightsText()"), expected.length);
        assertAll(
                () -> assertEquals(trained, string(browser, "BackpropLab.main.weightsText()"), "bit-identical weights"),
                () -> assertEquals(expected.length, reopened.length),
                () -> assertEquals(trainedCost, number(browser, "BackpropLab.main.cost()")),
                () -> assertEquals(0.0, number(browser, "BackpropLab.main.iteration()")),
                () -> assertEquals(state, string(browser, "BackpropLab.main.state()")),
                () -> assertFalse(LabPageIT.role(browser, "notice").isDisplayed()),
                () -> assertNoConsoleErrors(browser));

        // Reset forgets the shared weights: back to the seed's.
        LabPageIT.role(browser, "reset").click();
        assertNotEquals(trained, string(browser, "BackpropLab.main.weightsText()"));
    }

    @Test
    void aHostileLinkShowsANoticeAndALabThatTrains(Browser browser) {
        String garbage = "#v=x&data=%3Cimg%20src%3Dx%3E&noise=1e308&train=-5&points=99999999999&seed=-1"
                + "&hidden=1,2,3,4,5,6,7,8&act=softmax&init=zzz&loss=nope&reg=l9&lambda=Infinity&lr=1e400"
                + "&opt=sgd2&mom=2&b1=NaN&b2=1&batch=1e9&speed=0&sched=wild&w1=999999&w2=-7&lesson=%22%3E"
                + "&weights=%%%%&junk=" + "y".repeat(300);
        LabPageIT.openLab(browser, server.url("/index.html" + garbage));
        String notice = LabPageIT.text(browser, "notice");
        browser.screenshot("share-hostile-link");
        double before = number(browser, "BackpropLab.main.cost()");
        double after = number(browser, "BackpropLab.main.step(300)");
        // The read-outs and views print numbers; the notice may quote what the link said.
        String body = string(browser, "[...document.querySelectorAll('#lab .bl-toolbar, #lab .bl-panel')]"
                + ".map(e => e.innerText).join(' ')");
        assertAll(
                () -> assertTrue(LabPageIT.role(browser, "notice").isDisplayed()),
                () -> assertTrue(notice.contains("lr=") && notice.contains("weights") && notice.contains("junk"), notice),
                () -> assertEquals(StateCodec.encode(AppState.defaults()), string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(after < before, before + " -> " + after),
                () -> assertFalse(body.contains("NaN") || body.contains("Infinity") || body.contains("undefined"), body),
                () -> assertEquals(0L, browser.script("return document.querySelectorAll('img').length;")),
                () -> assertNoConsoleErrors(browser));

        // A 10 KB fragment is not read at all.
        LabPageIT.openLab(browser, server.url("/index.html#lr=0.5&weights=" + "A".repeat(10_240)));
        String huge = LabPageIT.text(browser, "notice");
        double cost = number(browser, "BackpropLab.main.cost()");
        String fresh = string(browser, "BackpropLab.main.weightsText()");
        assertAll(
                () -> assertTrue(huge.contains("at most 8192"), huge),
                () -> assertEquals(StateCodec.encode(AppState.defaults()), string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(number(browser, "BackpropLab.main.step(300)") < cost),
                () -> assertNoConsoleErrors(browser));

        // Weights that do not fit the settings: a notice, and the seed's weights.
        LabPageIT.openLab(browser, server.url("/index.html#hidden=4,2&weights=" + WeightsCodec.encode(new double[7])));
        String mismatch = LabPageIT.text(browser, "notice");
        assertAll(
                () -> assertTrue(mismatch.contains("holds 7") && mismatch.contains("has 25"), mismatch),
                () -> assertEquals(fresh, string(browser, "BackpropLab.main.weightsText()")),
                () -> assertNoConsoleErrors(browser));
    }

    @Test
    void theEmbedDialogWritesAnIframeAndAScriptThatStartTheSameLab(Browser browser) {
        LabPageIT.openLab(browser, server.url("/index.html#data=spiral&lr=0.03&hidden=8,4"));
        String state = string(browser, "BackpropLab.main.state()");
        tool(browser, "share").click();
        LabPageIT.role(browser, "embed").click();
        assertTrue(LabPageIT.role(browser, "embed-dialog").isDisplayed());
        assertFalse(LabPageIT.role(browser, "share-dialog").isDisplayed());
        browser.script("document.querySelector(\"#lab [data-role='embed-view'][value='output']\").click();"
                + "document.querySelector(\"#lab [data-role='embed-control'][value='optimizer']\").click();");
        String iframe = LabPageIT.role(browser, "embed-iframe").getDomProperty("value");
        String script = LabPageIT.role(browser, "embed-script").getDomProperty("value");
        LabPageIT.role(browser, "embed-copy-script").click();
        // The clipboard answers asynchronously.
        browser.waitFor("return document.querySelector(\"#lab [data-role='embed-status']\").textContent.length > 12;");
        String status = LabPageIT.text(browser, "embed-status");
        browser.screenshot("embed-dialog");
        String site = server.url("/");
        assertAll(
                () -> assertTrue(iframe.startsWith("<iframe src=\"" + site + "index.html?embed=1&amp;views=network,cost"
                        + "&amp;controls=play,step,reset,lr,optimizer#"), iframe),
                () -> assertTrue(iframe.contains("sandbox=\"allow-scripts\""), iframe),
                () -> assertTrue(script.contains("<script src=\"" + site + "js/backprop-lab.js\"></script>"), script),
                () -> assertTrue(script.contains("href=\"" + site + "css/backprop-lab.css\""), script),
                () -> assertTrue(script.contains("BackpropLab.mount(document.getElementById(\"backprop-demo\")"), script),
                () -> assertTrue(script.contains("state: \"" + state + "\""), script),
                () -> assertTrue(script.contains("views: \"network,cost\"") && script.contains("controls: \"play,step,reset,lr,optimizer\""), script),
                () -> assertTrue(status.contains("copied") || status.contains("Ctrl+C"), status),
                () -> assertNoConsoleErrors(browser));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(LabPageIT.role(browser, "embed-dialog").isDisplayed());

        // The iframe's address starts the same lab, embedded.
        String src = iframe.substring(iframe.indexOf('"') + 1, iframe.indexOf('"', iframe.indexOf('"') + 1)).replace("&amp;", "&");
        LabPageIT.openLab(browser, src);
        assertAll(
                () -> assertEquals(state, string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(LabPageIT.role(browser, "optimizer").isDisplayed()),
                () -> assertFalse(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".bl-output-panel")).isDisplayed()),
                () -> assertNoConsoleErrors(browser));
    }

    @Test
    void aNetworkTooBigForALinkIsRefusedWithAMessage(Browser browser) {
        LabPageIT.openLab(browser, server.url("/index.html#hidden=16,16,16,16,16,16"));
        tool(browser, "share").click();
        LabPageIT.role(browser, "share-weights").click();
        String message = LabPageIT.text(browser, "share-message");
        String link = LabPageIT.role(browser, "share-url").getDomProperty("value");
        assertAll(
                () -> assertTrue(message.contains("8,192") && message.contains("1,425 weights and biases")
                        && message.contains("export the model"), message),
                () -> assertEquals(Boolean.FALSE, LabPageIT.role(browser, "share-weights").isSelected()),
                () -> assertFalse(link.contains("weights="), link),
                () -> assertNoConsoleErrors(browser));
    }
}
