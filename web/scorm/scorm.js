// The SCORM 1.2 glue of Backprop Lab's launch page (launch.html). A separate file, not an inline script, so the
// page works under Content-Security-Policy: script-src 'self'. Without an LMS (no window.API in this window,
// its parents or its opener) it does nothing and the page is the normal lab.
//
// Launch parameters, in launch.html's query or in cmi.launch_data (same form):
//   questions=N  a "Your turn" set of N questions: once N have been answered, cmi.core.score.raw is the
//                percentage right at the first try and the status passed or failed;
//   mastery=P    the pass mark as a fraction (default 0.8, or the LMS's cmi.student_data.mastery_score).
// Without questions=, the status is completed once every guided lesson has been finished.
(function () {
  var MAX_PARENTS = 10;

  function findApi(win) {
    for (var k = 0; win && k <= MAX_PARENTS; k++) {
      try {
        if (win.API) {
          return win.API;
        }
      } catch (e) {
        return null; // a parent on another origin: no API reachable there
      }
      if (win.parent === win) {
        break;
      }
      win = win.parent;
    }
    return null;
  }

  var api = findApi(window) || (window.opener ? findApi(window.opener) : null);
  if (!api) {
    return;
  }

  function readParameters(text) {
    var found = {};
    (text || "").replace(/^\?/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) {
        found[pair.substring(0, at)] = decodeURIComponent(pair.substring(at + 1));
      }
    });
    return found;
  }

  function set(name, value) {
    api.LMSSetValue(name, String(value));
    api.LMSCommit("");
  }

  api.LMSInitialize("");
  var launch = readParameters(location.search);
  var fromLms = readParameters(String(api.LMSGetValue("cmi.launch_data") || ""));
  var questions = parseInt(launch.questions || fromLms.questions, 10);
  var mastery = parseFloat(launch.mastery || fromLms.mastery);
  if (!(mastery >= 0 && mastery <= 1)) {
    var lmsMastery = parseFloat(api.LMSGetValue("cmi.student_data.mastery_score"));
    mastery = lmsMastery >= 0 && lmsMastery <= 100 ? lmsMastery / 100 : 0.8;
  }
  var scored = questions >= 1 && questions <= 1000;
  var status = String(api.LMSGetValue("cmi.core.lesson_status") || "");
  var finished = status === "completed" || status === "passed" || status === "failed";
  if (!finished && status !== "incomplete") {
    set("cmi.core.lesson_status", "incomplete");
  }

  document.addEventListener("backprop-lab", function (event) {
    var data = event.detail;
    if (!data || data.source !== "backprop-lab" || finished) {
      return;
    }
    if (scored && data.type === "exercise-score" && data.asked >= questions) {
      var raw = Math.round(100 * data.right / data.asked);
      api.LMSSetValue("cmi.core.score.min", "0");
      api.LMSSetValue("cmi.core.score.max", "100");
      set("cmi.core.score.raw", raw);
      set("cmi.core.lesson_status", raw >= 100 * mastery ? "passed" : "failed");
      finished = true;
    } else if (!scored && data.type === "lesson-completed" && data.all) {
      set("cmi.core.lesson_status", "completed");
      finished = true;
    }
  });

  var done = false;
  function finish() {
    if (!done) {
      done = true;
      api.LMSFinish("");
    }
  }
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
})();
