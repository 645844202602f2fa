package org.backproplab.ui;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/**
 * Which build of the app runs the page: the JavaScript one or the WebAssembly GC one. Both are compiled from
 * the same classes (js/start.js picks one at load, see docs/embedding.md); TeaVM answers this at compile time.
 */
final class Engine {
    /** What {@link #name()} says in the WebAssembly GC build. */
    static final String WASM = "wasm";
    /** What {@link #name()} says in the JavaScript build. */
    static final String JS = "js";

    private Engine() {
    }

    /** "wasm" or "js". */
    static String name() {
        return isWebAssemblyGc() ? WASM : JS;
    }

    /** False as written; TeaVM compiles the WebAssembly GC build with true instead. */
    @PlatformMarker(Platforms.WEBASSEMBLY_GC)
    private static boolean isWebAssemblyGc() {
        return false;
    }
}
