// A SCORM 1.2 run-time stub for the browser tests: window.API records every call, in order, in window.calls,
// and keeps the data model values set. The SCO's launch address comes from this page's query (?launch=…).
(function () {
  var data = {"cmi.core.lesson_status": "not attempted", "cmi.launch_data": "", "cmi.student_data.mastery_score": ""};
  window.calls = [];
  function record(name, args, result) {
    window.calls.push([name].concat(Array.prototype.slice.call(args)).concat(["=" + result]));
    return result;
  }
  window.API = {
    LMSInitialize: function () { return record("LMSInitialize", arguments, "true"); },
    LMSFinish: function () { return record("LMSFinish", arguments, "true"); },
    LMSGetValue: function (name) { return record("LMSGetValue", arguments, data[name] === undefined ? "" : data[name]); },
    LMSSetValue: function (name, value) { data[name] = value; return record("LMSSetValue", arguments, "true"); },
    LMSCommit: function () { return record("LMSCommit", arguments, "true"); },
    LMSGetLastError: function () { return "0"; },
    LMSGetErrorString: function () { return "No error"; },
    LMSGetDiagnostic: function () { return ""; }
  };
  var launch = new URLSearchParams(location.search).get("launch") || "launch.html";
  document.querySelector("[data-role=sco]").src = launch;
})();
