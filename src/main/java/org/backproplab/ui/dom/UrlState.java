package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;

/**
 * The settings in the page's URL fragment ({@code #v=1&data=circle&lr=0.1…}). Reading and writing may be
 * refused (sandboxed iframes, some file:// pages), so both are wrapped and simply do nothing then.
 */
public final class UrlState {
    private UrlState() {
    }

    /** The fragment without '#', percent-decoded when that is possible; "" when there is none. */
    @JSBody(script = "var hash = '';"
            + "try { hash = String(window.location.hash || ''); } catch (e) { return ''; }"
            + "if (hash.charAt(0) === '#') hash = hash.substring(1);"
            + "try { return decodeURIComponent(hash); } catch (e) { return hash; }")
    public static native String read();

    /**
     * Replaces the fragment by {@code text} without adding a history entry or reloading; returns whether
     * the browser allowed it.
     */
    @JSBody(params = "text", script = "try {"
            + "  if (String(window.location.hash || '') === '#' + text) return true;"
            + "  window.history.replaceState(window.history.state, '', '#' + text); return true;"
            + "} catch (e) {"
            + "  try { window.location.replace('#' + text); return true; } catch (e2) { return false; }"
            + "}")
    public static native boolean write(String text);
}
