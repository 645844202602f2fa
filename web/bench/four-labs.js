// Mounts four labs (the default circle problem, 2-4-2-1, 5 steps per frame) and keeps their handles in
// window.benchLabs for AppBenchIT.
(function () {
  window.benchLabs = [1, 2, 3, 4].map(function (k) {
    return window.BackpropLab.mount(document.getElementById("lab" + k), {
      state: "v=1&data=circle&hidden=4,2&speed=5&seed=" + k,
      views: "network,output,cost",
      controls: "play,step,reset,lr",
      embed: true
    });
  });
})();
