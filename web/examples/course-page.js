// Starts the second demo of the course page. A separate file, not an inline script, so the page works
// under Content-Security-Policy: script-src 'self'. The first demo is an iframe and needs no script.
(function () {
  var element = document.getElementById("demo2");
  if (!element || !window.BackpropLab) {
    return;
  }
  // The handle: step(n), cost(), learningRate(), setLearningRate(x), state(), destroy().
  window.courseDemo = window.BackpropLab.mount(element, {
    state: "v=1&data=circle&hidden=4,2&lr=0.3&speed=5",
    views: "network,cost",
    controls: "play,step,reset,lr",
    embed: true
  });
})();
