package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The browser features sharing, exporting and embedding use: the address, the clipboard, downloads. Any
 * of them may be missing or refused (a sandboxed iframe, a page opened from disk, an old browser), so
 * every call is wrapped and reports failure instead of throwing.
 */
public final class PageApi {
    private PageApi() {
    }

    /** Called with whether an asynchronous action succeeded. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(boolean succeeded);
    }

    /** The page's address ("" when it cannot be read). */
    @JSBody(script = "try { return String(window.location.href || ''); } catch (e) { return ''; }")
    public static native String pageUrl();

    /** The page's query ("?embed=1&…"), percent-decoded when possible; "" when there is none. */
    @JSBody(script = "var q = '';"
            + "try { q = String(window.location.search || ''); } catch (e) { return ''; }"
            + "try { return decodeURIComponent(q); } catch (e) { return q; }")
    public static native String query();

    /** Marks a page that hosts labs started by BackpropLab.mount (its body keeps the page's own layout). */
    @JSBody(script = "document.documentElement.classList.add('bl-host-page');")
    public static native void markHostPage();

    /** Marks the whole page as an embedded lab (no header; the lab fills the frame). */
    @JSBody(script = "document.documentElement.classList.add('bl-embed-page');")
    public static native void markEmbeddedPage();

    /**
     * Copies {@code text} with the asynchronous clipboard API; {@code done} hears whether it worked. Returns
     * false at once when there is no clipboard API (then {@code done} is never called).
     */
    @JSBody(params = {"text", "done"}, script = "try {"
            + "  if (!window.isSecureContext || !navigator.clipboard || !navigator.clipboard.writeText) return false;"
            + "  navigator.clipboard.writeText(text).then(function() { done(true); }, function() { done(false); });"
            + "  return true;"
            + "} catch (e) { return false; }")
    public static native boolean copyText(String text, Done done);

    /** Focuses a text field and selects its whole text, so Ctrl+C copies it. */
    @JSBody(params = "field", script = "try { field.focus(); field.select(); } catch (e) {}")
    public static native void selectAll(HTMLElement field);

    /** Offers {@code text} as a file download; false when the browser refused. */
    @JSBody(params = {"name", "type", "text"}, script = "try {"
            + "  var blob = new Blob([text], {type: type});"
            + "  var url = URL.createObjectURL(blob);"
            + "  var link = document.createElement('a'); link.href = url; link.download = name; link.rel = 'noopener';"
            + "  link.style.display = 'none'; document.body.appendChild(link); link.click(); document.body.removeChild(link);"
            + "  setTimeout(function() { URL.revokeObjectURL(url); }, 60000);"
            + "  return true;"
            + "} catch (e) { return false; }")
    public static native boolean download(String name, String type, String text);

    /**
     * Offers {@code canvas} as a PNG download (an opaque picture: a view's own canvas is transparent); false when
     * it cannot be made at once, {@code done} hears later whether the download started.
     */
    @JSBody(params = {"canvas", "name", "done"}, script = "try {"
            + "var save = function(url, revoke) {"
            + "var link = document.createElement('a'); link.href = url; link.download = name; link.style.display = 'none';"
            + "document.body.appendChild(link); link.click(); document.body.removeChild(link);"
            + "if (revoke) setTimeout(function() { URL.revokeObjectURL(url); }, 60000);"
            + "};"
            + "if (canvas.toBlob && window.URL && URL.createObjectURL) {"
            + "canvas.toBlob(function(blob) {"
            + "try { if (!blob) { done(false); return; } save(URL.createObjectURL(blob), true); done(true); }"
            + "catch (e) { done(false); }"
            + "}, 'image/png');"
            + "} else { save(canvas.toDataURL('image/png'), false); done(true); }"
            + "return true;"
            + "} catch (e) { return false; }")
    public static native boolean downloadPng(HTMLCanvasElement canvas, String name, Done done);

    /** Whether {@code value} is null or undefined. */
    @JSBody(params = "value", script = "return value === null || value === undefined;")
    public static native boolean isMissing(JSObject value);

    /** JavaScript truthiness of {@code value}. */
    @JSBody(params = "value", script = "return !!value;")
    public static native boolean isTruthy(JSObject value);

    /** Whether {@code value} is a DOM element. */
    @JSBody(params = "value", script = "return !!value && typeof value === 'object' && value.nodeType === 1"
            + " && typeof value.appendChild === 'function';")
    public static native boolean isElement(JSObject value);

    /** The page's {@code <head>} element. */
    @JSBody(script = "return document.head;")
    public static native JSObject head();

    /** Throws a JavaScript TypeError with {@code message} to the calling script. */
    @JSBody(params = "message", script = "throw new TypeError(message);")
    public static native void throwTypeError(String message);

    /** Sets a CSS property through the CSSOM (allowed under a CSP that forbids inline style attributes). */
    @JSBody(params = {"element", "name", "value"}, script = "element.style.setProperty(name, value);")
    public static native void setStyle(HTMLElement element, String name, String value);
}
