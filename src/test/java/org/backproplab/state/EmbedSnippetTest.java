package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        AppState state = AppState.defaults();
        String snippet = options.iframeSnippet("https://a.org/x&y/", state);
        assertEquals("<iframe src=\"https://a.org/x&amp;y/index.html?embed=1&amp;views=network,cost&amp;controls=play,lr#"
                + StateCodec.encode(state).replace("&", "&amp;") + "\"\n        sandbox=\"allow-scripts\" width=\"720\" "
                + "height=\"420\" title=\"Backprop Lab\" loading=\"lazy\"></iframe>", snippet);
    }

    @Test
    void theScriptMountsTheSameLab() {
        EmbedOptions options = EmbedOptions.of(true, "output", "play");
        String snippet = options.scriptSnippet("https://a.org/", AppState.defaults());
        assertTrue(snippet.startsWith("<link rel=\"stylesheet\" href=\"https://a.org/css/backprop-lab.css\">\n"
                + "<div id=\"backprop-demo\"></div>\n<script src=\"https://a.org/js/backprop-lab.js\"></script>\n"), snippet);
        assertTrue(snippet.contains("  state: \"" + StateCodec.encode(AppState.defaults()) + "\",\n"
                + "  views: \"output\",\n  controls: \"play\",\n  embed: true\n});"), snippet);
    }
}
