package org.backproplab.ui.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Loads a script bundle that sits beside the app's own (js/backprop-lab.js) the first time a feature asks for
 * it: one {@code <script>} element per page however many labs ask, each asker told when it is there. The
 * bundle's address comes from the app script's own {@code src}, so it resolves on a course page in another
 * folder, on another site, from file:// and under a policy of {@code script-src 'self'}. A failed load is
 * forgotten, so that asking again (a second click) tries again. The app script's folder is remembered when a lab
 * starts ({@link #rememberAppFolder}), for a page that later removes its script elements.
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

    /** Notes the app script's folder while its script element is surely in the page (a lab starting). */
    public static void rememberAppFolder() {
        folder(APP_SCRIPT, WASM_RUNTIME_SCRIPT);
    }

    /** The folder of the app's script, whichever build started ({@code app} or {@code wasmApp}), remembered. */
    @JSBody(params = {"app", "wasmApp"}, script = ""
            + "var registry = window.backpropLabBundles || (window.backpropLabBundles = {});"
            + "var scripts = document.getElementsByTagName('script');"
            + "for (var i = scripts.length - 1; i >= 0 && !registry['folder:']; i--) {"
            + "  var own = scripts[i].src;"
            + "  var path = own ? own.split(/[?#]/)[0] : '';"
            + "  var names = [app, wasmApp];"
            + "  for (var k = 0; k < 2; k++) {"
            + "    if (path.slice(-names[k].length - 1) === '/' + names[k]) {"
            + "      registry['folder:'] = path.slice(0, -names[k].length); break;"
            + "    }"
            + "  }"
            + "}"
            + "return registry['folder:'] || '';")
    private static native String folder(String app, String wasmApp);

    /**
     * Loads {@code file} (a name in the app script's folder) unless the page has it already or is loading it, then
     * calls {@code loaded}, or {@code failed} with the reason.
     */
    public static void load(String file, Loaded loaded, Failed failed) {
        loadScript(folder(APP_SCRIPT, WASM_RUNTIME_SCRIPT) + file, loaded, failed);
    }

    @JSBody(params = {"src", "loaded", "failed"}, script = ""
            + "var registry = window.backpropLabBundles;"
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
    private static native void loadScript(String src, Loaded loaded, Failed failed);
}
