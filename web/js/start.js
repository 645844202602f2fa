// Starts the lab: the WebAssembly GC build (js/backprop-lab.wasm) where the browser runs WebAssembly GC and the
// page is served over http(s) with an origin of its own, otherwise the JavaScript build (js/backprop-lab.js);
// ?engine=js in the address, or data-engine="js" on this script's tag (for a page whose Content-Security-Policy
// forbids 'unsafe-eval': TeaVM's WebAssembly runtime builds its JavaScript glue with new Function, so trying it
// there costs a refusal in the console), asks for JavaScript. Should the WebAssembly build fail to load or start
// (a policy without 'wasm-unsafe-eval' and 'unsafe-eval', a missing file), the JavaScript build starts instead. Both
// are the same Java program, so the lab looks and behaves the same; BackpropLab.main.engine() says which one
// runs. A separate file, not an inline script, so the page works under Content-Security-Policy: script-src 'self'.
(function () {
  var tag = document.currentScript;
  var own = tag && tag.src;
  var dir = own ? own.replace(/[?#].*$/, "").replace(/[^\/]*$/, "") : "js/";

  function addScript(file, loaded, failed) {
    var tag = document.createElement("script");
    tag.src = dir + file;
    tag.onload = loaded;
    tag.onerror = failed;
    document.head.appendChild(tag);
    return tag;
  }

  function startJavaScript() {
    addScript("backprop-lab.js", function () {
      main();
    });
  }

  // The smallest module with a GC type (an empty struct): valid only where WebAssembly GC is supported.
  var GC_MODULE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x03, 0x01, 0x5f, 0x00];

  function webAssemblyGc() {
    try {
      return typeof WebAssembly === "object" && WebAssembly.validate(new Uint8Array(GC_MODULE));
    } catch (e) {
      return false;
    }
  }

  var wanted = /[?&]engine=js(&|#|$)/.test(location.search) || (tag && tag.getAttribute("data-engine") === "js")
      ? "js" : "wasm";
  // Over http(s), and not in a sandboxed iframe without allow-same-origin: its origin is "null", and fetching the
  // .wasm from there is a cross-origin request most hosts refuse (with an error in the console).
  var served = (location.protocol === "http:" || location.protocol === "https:") && window.origin !== "null";
  if (wanted === "js" || !served || !webAssemblyGc()) {
    startJavaScript();
    return;
  }
  var runtime = addScript("backprop-lab.wasm-runtime.js", function () {
    TeaVM.wasmGC.load(dir + "backprop-lab.wasm").then(function (teavm) {
      window.BackpropLab = teavm.exports.BackpropLab;
      teavm.exports.main([]);
    }, function () {
      runtime.parentNode.removeChild(runtime);
      startJavaScript();
    });
  }, function () {
    runtime.parentNode.removeChild(runtime);
    startJavaScript();
  });
})();
