package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;

/** The embed dialog's snippets: where the lab's files are, and the iframe and script a teacher pastes. */
class EmbedSnippetTest {
    @Test
    void theSiteIsThePagesFolder() {
        assertEquals("https://example.org/lab/", EmbedOptions.siteOf("https://example.org/lab/index.html?embed=1#lr=0.1"));
        assertEquals("https://example.org/", EmbedOptions.siteOf("https://example.org/"));
        assertEquals("file:///home/t/site/", EmbedOptions.siteOf("file:///home/t/site/page.html"));
    }

    @Test
    void theIframeCarriesTheOptionsAndTheStateEscaped() {
        EmbedOptions options = EmbedOptions.of(true, "network,cost", "play,lr");
        AppState state = AppState.defaults().withLearningRate(0.3).withHiddenLayers(new int[] {8, 4});
        String snippet = options.iframeSnippet("https://a.org/x&y/", state, null);
        // only what differs from the defaults, in the codec's order; no lesson= and no weights=
        assertEquals("<iframe src=\"https://a.org/x&amp;y/index.html?embed=1&amp;views=network,cost&amp;controls=play,lr#"
                + "v=1&amp;hidden=8,4&amp;lr=0.3\"\n        sandbox=\"allow-scripts\" width=\"720\" "
                + "height=\"420\" title=\"Backprop Lab\" loading=\"lazy\"></iframe>", snippet);
    }

    @Test
    void bothSnippetsCarryTheWeightsWhenAsked() {
        EmbedOptions options = EmbedOptions.of(true, null, null);
        AppState state = AppState.defaults().withHiddenLayers(new int[] {1});
        double[] weights = {0.5, -0.25, 0, 1, 0.125};  // a 2-1-1 network: w₁,₁⁽¹⁾, w₁,₂⁽¹⁾, b₁⁽¹⁾, w₁,₁⁽²⁾, b₁⁽²⁾
        String weightsPair = "weights=" + WeightsCodec.encode(weights);
        assertTrue(options.iframeSnippet("https://a.org/", state, weights).contains("#v=1&amp;hidden=1&amp;" + weightsPair
                .replace("&", "&amp;") + "\""));
        assertTrue(options.scriptSnippet("https://a.org/", state, weights).contains("state: \"v=1&hidden=1&" + weightsPair + "\""));
        assertFalse(options.scriptSnippet("https://a.org/", state, null).contains("weights="));
    }

    @Test
    void theScriptMountsTheSameLab() {
        EmbedOptions options = EmbedOptions.of(true, "output", "play");
        String snippet = options.scriptSnippet("https://a.org/", AppState.defaults(), null);
        assertTrue(snippet.startsWith("<link rel=\"stylesheet\" href=\"https://a.org/css/backprop-lab.css\">\n"
                + "<div id=\"backprop-demo\"></div>\n<script src=\"https://a.org/js/backprop-lab.js\"></script>\n"), snippet);
        assertTrue(snippet.contains("  state: \"v=1\",\n"
                + "  views: \"output\",\n  controls: \"play\",\n  embed: true\n});"), snippet);
    }

    @Test
    void theChangedSettingsOverTheDefaultsGiveBackTheState() {
        AppState[] states = {AppState.defaults(), AppState.defaults().withLearningRate(0.03).withSeed(7),
            AppState.defaults().withDataset(DatasetKind.SPIRAL).withHiddenLayers(new int[] {8, 8, 8}).withBatchSize(0)
                    .withLesson("cost")};
        for (AppState state : states) {
            String text = ShareLink.changedSettings(state);
            ShareLink.Decoded decoded = ShareLink.decode(text, AppState.defaults());
            assertEquals(state, decoded.state(), text);
            assertEquals(java.util.List.of(), decoded.notices(), text);
        }
        assertEquals("v=1", ShareLink.changedSettings(AppState.defaults()));
        assertEquals("v=1&seed=7&lr=0.03", ShareLink.changedSettings(states[1]));
        assertFalse(ShareLink.changedSettings(states[0]).contains("lesson"));
        assertTrue(ShareLink.changedSettings(states[2]).endsWith("&lesson=cost"), ShareLink.changedSettings(states[2]));
    }
}
