package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Loads a script bundle that sits beside the app's own (js/backprop-lab.js) the first time a feature asks for
 * it: one {@code <script>} element per page however many labs ask, each asker told when it is there. The
 * bundle's address comes from the app script's own {@code src}, so it resolves on a course page in another
 * folder, on another site, from file:// and under a policy of {@code script-src 'self'}. A failed load is
 * forgotten, so that asking again (a second click) tries again.
 */
public final class BundleLoader {
    /** The app script's file name, whose folder holds the lazily loaded bundles. */
    public static final String APP_SCRIPT = "backprop-lab.js";
    /** The script of the app's WebAssembly GC build (js/start.js adds it instead of {@link #APP_SCRIPT}). */
    public static final String WASM_RUNTIME_SCRIPT = "backprop-lab.wasm-runtime.js";

    /** Told that the bundle ran. */
    @JSFunctor
    public interface Loaded extends JSObject {
        void loaded();
    }

    /** Told why the bundle could not be loaded. */
    @JSFunctor
    public interface Failed extends JSObject {
        void failed(String reason);
    }

    private BundleLoader() {
    }

    /**
     * Loads {@code file} (a name in the app script's folder) unless the page has it already or is loading it, then
     * calls {@code loaded}, or {@code failed} with the reason.
     */
    public static void load(String file, Loaded loaded, Failed failed) {
        load(APP_SCRIPT, WASM_RUNTIME_SCRIPT, file, loaded, failed);
    }

    @JSBody(params = {"app", "wasmApp", "file", "loaded", "failed"}, script = ""
            + "var registry = window.backpropLabBundles || (window.backpropLabBundles = {});"
            + "var src = file;"
            + "var scripts = document.getElementsByTagName('script');"
            + "for (var i = scripts.length - 1; i >= 0; i--) {"
            + "  var own = scripts[i].src;"
            + "  var path = own ? own.split(/[?#]/)[0] : '';"
            + "  if (path.slice(-app.length - 1) === '/' + app) {"
            + "    src = path.slice(0, -app.length) + file; break;"
            + "  }"
            + "  if (path.slice(-wasmApp.length - 1) === '/' + wasmApp) {"
            + "    src = path.slice(0, -wasmApp.length) + file; break;"
            + "  }"
            + "}"
            + "var entry = registry[src];"
            + "if (entry && entry.done) { loaded(); return; }"
            + "if (!entry) {"
            + "  entry = registry[src] = {done: false, waiting: []};"
            + "  var tag = document.createElement('script');"
            + "  tag.src = src; tag.async = true;"
            + "  tag.onload = function() {"
            + "    entry.done = true; var waiting = entry.waiting; entry.waiting = [];"
            + "    waiting.forEach(function(w) { w[0](); });"
            + "  };"
            + "  tag.onerror = function() {"
            + "    delete registry[src]; tag.parentNode && tag.parentNode.removeChild(tag);"
            + "    var waiting = entry.waiting; entry.waiting = [];"
            + "    waiting.forEach(function(w) { w[1]('the browser could not load ' + src); });"
            + "  };"
            + "  document.head.appendChild(tag);"
            + "}"
            + "entry.waiting.push([loaded, failed]);")
    private static native void load(String app, String wasmApp, String file, Loaded loaded, Failed failed);
}
