// A course page that collects what Backprop Lab reports: postMessage from the iframe (which is told this page's
// origin with ?origin=) and "backprop-lab" events from the lab mounted by script. A separate file, not an
// inline script, so the page works under Content-Security-Policy: script-src 'self'.
(function () {
  var LAB = "v=1&data=gauss&points=20&hidden=2&act=sigmoid&lr=0.5&batch=4&seed=3&speed=1&quiz=1";
  var list = document.querySelector("[data-role=received]");
  var frame = document.querySelector("[data-role=scored-frame]");
  window.received = [];
  window.mountedEvents = [];

  function show(from, data) {
    var item = document.createElement("li");
    item.textContent = from + ": " + JSON.stringify(data);
    list.appendChild(item);
  }

  window.addEventListener("message", function (event) {
    // A sandboxed frame's origin is "null": trust the window it comes from and the message's source field.
    if (event.source !== frame.contentWindow || !event.data || event.data.source !== "backprop-lab") {
      return;
    }
    window.received.push(event.data);
    show("iframe", event.data);
  });
  frame.src = "../index.html?embed=1&views=network,cost&controls=step,phases&origin="
      + encodeURIComponent(location.origin) + "#" + LAB;

  var element = document.getElementById("mounted-lab");
  if (element && window.BackpropLab) {
    element.addEventListener("backprop-lab", function (event) {
      window.mountedEvents.push(event.detail);
      show("mounted", event.detail);
    });
    window.mountedLab = window.BackpropLab.mount(element, {state: LAB, views: "network", controls: "phases"});
  }
})();
