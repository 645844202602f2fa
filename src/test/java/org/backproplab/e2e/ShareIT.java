package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.state.AppState;
import org.backproplab.state.ShareLink;
import org.backproplab.state.StateCodec;
import org.backproplab.state.WeightsCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Sharing by link in a real Chromium under the strict CSP: settings made in the UI come back from the
 * link exactly, a link with trained weights reproduces the network bit for bit, a hostile link gives a
 * notice and a lab that trains, and a network too big for a link is refused with a message.
 */
@ExtendWith(BrowserExtension.class)
class ShareIT {
    private static void select(Browser browser, String role, String value) {
        new Select(Lab.role(browser, role)).selectByValue(value);
    }

    @Test
    void settingsMadeInTheUiComeBackFromTheLinkWithTheSameWeights(Browser browser) {
        Lab.open(browser, Lab.url("/index.html"));
        Lab.chooseDataset(browser, "gauss3");
        Lab.type(browser, "hidden", "5, 3", Keys.TAB);
        select(browser, "activation", "relu");
        select(browser, "optimizer", "adam");
        Lab.type(browser, "lr", "0.02", Keys.TAB);
        Lab.type(browser, "batch", "25", Keys.TAB);
        select(browser, "regularization", "l2");
        Lab.type(browser, "lambda", "0.001", Keys.TAB);
        String state = Lab.string(browser, "BackpropLab.main.state()");
        browser.waitFor("return location.hash === '#' + BackpropLab.main.state();");
        String weights = Lab.string(browser, "BackpropLab.main.weightsText()");
        String link = Lab.string(browser, "location.href");
        assertAll(
                () -> assertTrue(state.contains("data=gauss3") && state.contains("hidden=5,3") && state.contains("act=relu")
                        && state.contains("opt=adam") && state.contains("lr=0.02") && state.contains("batch=25")
                        && state.contains("reg=l2") && state.contains("lambda=0.001"), state),
                () -> Lab.assertNoConsoleErrors(browser));

        Lab.open(browser, link);
        assertAll(
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertEquals(weights, Lab.string(browser, "BackpropLab.main.weightsText()"), "same seed, same weights"),
                () -> assertEquals("adam", Lab.role(browser, "optimizer").getDomProperty("value")),
                () -> assertEquals("5, 3", Lab.role(browser, "hidden").getDomProperty("value")),
                () -> assertFalse(Lab.role(browser, "notice").isDisplayed()),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void aLinkWithTrainedWeightsReproducesTheNetworkBitForBit(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=xor&hidden=6,3&opt=momentum&lr=0.05"));
        double trainedCost = Lab.number(browser, "BackpropLab.main.step(400)");
        String trained = Lab.string(browser, "BackpropLab.main.weightsText()");
        String state = Lab.string(browser, "BackpropLab.main.state()");

        Lab.pageRole(browser, "share").click();
        assertTrue(Lab.role(browser, "share-dialog").isDisplayed());
        browser.waitFor("return document.querySelector(\"#lab [data-role='share-status']\").textContent.length > 12;");
        String withoutWeights = Lab.role(browser, "share-url").getDomProperty("value");
        Lab.role(browser, "share-weights").click();
        String withWeights = Lab.role(browser, "share-url").getDomProperty("value");
        String status = Lab.text(browser, "share-status");
        browser.screenshot("share-dialog");
        assertAll(
                () -> assertEquals(Lab.url("/index.html") + "#" + state, withoutWeights),
                () -> assertTrue(withWeights.startsWith(withoutWeights + "&weights="), withWeights),
                () -> assertTrue(withWeights.length() <= ShareLink.MAX_URL_LENGTH),
                () -> assertTrue(status.contains("copied") || status.contains("Ctrl+C"), status),
                () -> assertTrue("true".equals(String.valueOf(browser.script(
                        "return document.activeElement === document.querySelector(\"#lab [data-role='share-url']\")"
                        + " && document.activeElement.selectionEnd === document.activeElement.value.length;"))),
                        "the link is selected, ready for Ctrl+C"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(Lab.role(browser, "share-dialog").isDisplayed());

        Lab.open(browser, withWeights);
        double[] expected = WeightsCodec.decode(trained, AppState.defaults().withHiddenLayers(new int[] {6, 3})
                .parameterCount());
        double[] reopened = WeightsCodec.decode(Lab.string(browser, "BackpropLab.main.weightsText()"), expected.length);
        assertAll(
                () -> assertEquals(trained, Lab.string(browser, "BackpropLab.main.weightsText()"), "bit-identical weights"),
                () -> assertEquals(expected.length, reopened.length),
                () -> assertEquals(trainedCost, Lab.number(browser, "BackpropLab.main.cost()")),
                () -> assertEquals(0.0, Lab.number(browser, "BackpropLab.main.iteration()")),
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertFalse(Lab.role(browser, "notice").isDisplayed()),
                () -> Lab.assertNoConsoleErrors(browser));

        // Reset forgets the shared weights: back to the seed's.
        Lab.role(browser, "reset").click();
        assertNotEquals(trained, Lab.string(browser, "BackpropLab.main.weightsText()"));
    }

    @Test
    void aHostileLinkShowsANoticeAndALabThatTrains(Browser browser) {
        String garbage = "#v=x&data=%3Cimg%20src%3Dx%3E&noise=1e308&train=-5&points=99999999999&seed=-1"
                + "&hidden=1,2,3,4,5,6,7,8&act=softmax&init=zzz&loss=nope&reg=l9&lambda=Infinity&lr=1e400"
                + "&opt=sgd2&mom=2&b1=NaN&b2=1&batch=1e9&speed=0&sched=wild&w1=999999&w2=-7&lesson=%22%3E"
                + "&weights=%%%%&junk=" + "y".repeat(300);
        Lab.open(browser, Lab.url("/index.html" + garbage));
        String notice = Lab.text(browser, "notice");
        browser.screenshot("share-hostile-link");
        double before = Lab.number(browser, "BackpropLab.main.cost()");
        double after = Lab.number(browser, "BackpropLab.main.step(300)");
        // The read-outs and views print numbers; the notice may quote what the link said.
        String body = Lab.string(browser, "[...document.querySelectorAll('#lab .bl-toolbar, #lab .bl-panel')]"
                + ".map(e => e.innerText).join(' ')");
        assertAll(
                () -> assertTrue(Lab.role(browser, "notice").isDisplayed()),
                () -> assertTrue(notice.contains("lr=") && notice.contains("weights") && notice.contains("junk"), notice),
                () -> assertEquals(StateCodec.encode(AppState.defaults()), Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(after < before, before + " -> " + after),
                () -> assertFalse(body.contains("NaN") || body.contains("Infinity") || body.contains("undefined"), body),
                () -> assertEquals(0L, browser.script("return document.querySelectorAll('img').length;")),
                () -> Lab.assertNoConsoleErrors(browser));

        // A 10 KB fragment is not read at all.
        Lab.open(browser, Lab.url("/index.html#lr=0.5&weights=" + "A".repeat(10_240)));
        String huge = Lab.text(browser, "notice");
        double cost = Lab.number(browser, "BackpropLab.main.cost()");
        String fresh = Lab.string(browser, "BackpropLab.main.weightsText()");
        assertAll(
                () -> assertTrue(huge.contains("at most 8192"), huge),
                () -> assertEquals(StateCodec.encode(AppState.defaults()), Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(Lab.number(browser, "BackpropLab.main.step(300)") < cost),
                () -> Lab.assertNoConsoleErrors(browser));

        // Weights that do not fit the settings: a notice, and the seed's weights.
        Lab.open(browser, Lab.url("/index.html#hidden=4,2&weights=" + WeightsCodec.encode(new double[7])));
        String mismatch = Lab.text(browser, "notice");
        assertAll(
                () -> assertTrue(mismatch.contains("holds 7") && mismatch.contains("has 25"), mismatch),
                () -> assertEquals(fresh, Lab.string(browser, "BackpropLab.main.weightsText()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theEmbedDialogWritesAnIframeAndAScriptThatStartTheSameLab(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=spiral&lr=0.03&hidden=8,4"));
        String state = Lab.string(browser, "BackpropLab.main.state()");
        Lab.pageRole(browser, "share").click();
        Lab.role(browser, "embed").click();
        assertTrue(Lab.role(browser, "embed-dialog").isDisplayed());
        assertFalse(Lab.role(browser, "share-dialog").isDisplayed());
        browser.script("document.querySelector(\"#lab [data-role='embed-view'][value='output']\").click();"
                + "document.querySelector(\"#lab [data-role='embed-control'][value='optimizer']\").click();");
        String iframe = Lab.role(browser, "embed-iframe").getDomProperty("value");
        String script = Lab.role(browser, "embed-script").getDomProperty("value");
        Lab.role(browser, "embed-copy-script").click();
        // The clipboard answers asynchronously.
        browser.waitFor("return document.querySelector(\"#lab [data-role='embed-status']\").textContent.length > 12;");
        String status = Lab.text(browser, "embed-status");
        browser.screenshot("embed-dialog");
        String site = Lab.url("/");
        assertAll(
                () -> assertTrue(iframe.startsWith("<iframe src=\"" + site + "index.html?embed=1&amp;views=network,cost"
                        + "&amp;controls=play,step,reset,lr,optimizer#"), iframe),
                () -> assertTrue(iframe.contains("sandbox=\"allow-scripts\""), iframe),
                () -> assertTrue(script.contains("<script src=\"" + site + "js/backprop-lab.js\"></script>"), script),
                () -> assertTrue(script.contains("href=\"" + site + "css/backprop-lab.css\""), script),
                () -> assertTrue(script.contains("BackpropLab.mount(document.getElementById(\"backprop-demo\")"), script),
                // only what differs from the defaults, in the codec's order
                () -> assertTrue(script.contains("state: \"v=1&data=spiral&hidden=8,4&lr=0.03\""), script),
                () -> assertTrue(script.contains("views: \"network,cost\"") && script.contains("controls: \"play,step,reset,lr,optimizer\""), script),
                () -> assertTrue(status.contains("copied") || status.contains("Ctrl+C"), status),
                () -> Lab.assertNoConsoleErrors(browser));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(Lab.role(browser, "embed-dialog").isDisplayed());

        // The iframe's address starts the same lab, embedded.
        String src = iframe.substring(iframe.indexOf('"') + 1, iframe.indexOf('"', iframe.indexOf('"') + 1)).replace("&amp;", "&");
        Lab.open(browser, src);
        assertAll(
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> assertTrue(Lab.role(browser, "optimizer").isDisplayed()),
                () -> assertFalse(browser.driver().findElement(org.openqa.selenium.By.cssSelector(".bl-output-panel")).isDisplayed()),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void theEmbedDialogOffersEveryControlCarriesTheWeightsAndSaysClickedPointsStayBehind(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#data=xor&lr=0.3&seed=5"));
        browser.script("BackpropLab.main.step(30);");
        String weights = Lab.string(browser, "BackpropLab.main.weightsText()");
        String state = Lab.string(browser, "BackpropLab.main.state()");
        // a point clicked into the output plot
        org.openqa.selenium.WebElement plot = browser.driver().findElement(
                org.openqa.selenium.By.cssSelector("#lab .bl-output canvas.blv-canvas"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(plot, 10, 10).click().perform();
        Lab.pageRole(browser, "share").click();
        String sharePoints = Lab.text(browser, "share-points");
        Lab.role(browser, "embed").click();
        @SuppressWarnings("unchecked")
        java.util.List<String> offered = (java.util.List<String>) browser.script("return [...document.querySelectorAll("
                + "\"#lab [data-role='embed-control']\")].map(b => b.value);");
        String before = Lab.role(browser, "embed-script").getDomProperty("value");
        Lab.role(browser, "embed-weights").click();
        String iframe = Lab.role(browser, "embed-iframe").getDomProperty("value");
        String script = Lab.role(browser, "embed-script").getDomProperty("value");
        String embedPoints = Lab.text(browser, "embed-points");
        browser.screenshot("embed-dialog-weights");
        // every name the embed option parser accepts (docs/embedding.md), in its order
        java.util.List<String> accepted = java.util.List.of("play", "step", "reset", "speed", "dataset", "noise", "split",
                "points", "seed", "csv", "layers", "activation", "init", "loss", "lr", "schedule", "optimizer", "batch",
                "regularization", "phases", "microscope");
        String note = "The points you added by clicking the plot (or loaded from a CSV) are not in the link";
        assertAll(
                () -> assertEquals(accepted, offered),
                () -> assertFalse(before.contains("weights="), before),
                () -> assertTrue(iframe.contains("#v=1&amp;data=xor&amp;seed=5&amp;lr=0.3&amp;weights=" + weights + "\""),
                        iframe),
                () -> assertTrue(script.contains("state: \"v=1&data=xor&seed=5&lr=0.3&weights=" + weights + "\""), script),
                () -> assertFalse(iframe.contains("lesson=") || script.contains("lesson="), script),
                () -> assertTrue(sharePoints.startsWith(note), "share dialog: " + sharePoints),
                () -> assertTrue(embedPoints.startsWith(note), "embed dialog: " + embedPoints),
                () -> Lab.assertNoConsoleErrors(browser));

        // the iframe's address starts the same network, weights and all
        String src = iframe.substring(iframe.indexOf('"') + 1, iframe.indexOf('"', iframe.indexOf('"') + 1)).replace("&amp;", "&");
        Lab.open(browser, src);
        assertAll(
                () -> assertEquals(weights, Lab.string(browser, "BackpropLab.main.weightsText()")),
                () -> assertEquals(state, Lab.string(browser, "BackpropLab.main.state()")),
                () -> Lab.assertNoConsoleErrors(browser));
    }

    @Test
    void aNetworkTooBigForALinkIsRefusedWithAMessage(Browser browser) {
        Lab.open(browser, Lab.url("/index.html#hidden=16,16,16,16,16,16"));
        Lab.pageRole(browser, "share").click();
        Lab.role(browser, "share-weights").click();
        String message = Lab.text(browser, "share-message");
        String link = Lab.role(browser, "share-url").getDomProperty("value");
        assertAll(
                () -> assertTrue(message.contains("8,192") && message.contains("1,425 weights and biases")
                        && message.contains("export the model"), message),
                () -> assertEquals(Boolean.FALSE, Lab.role(browser, "share-weights").isSelected()),
                () -> assertFalse(link.contains("weights="), link),
                () -> Lab.assertNoConsoleErrors(browser));
    }
}
