"use strict";
/*
 * Drives the benchmark page: for each workload, first checks that the plain-JS reference and the TeaVM
 * core compute the same thing from the same weights and data (100 steps, costs compared), then times
 * them from a fresh start: a warm-up, then REPS timed repetitions taken in turn (reference, TeaVM JS,
 * TeaVM Wasm, reference, ...), median steps/s. The result goes to window.benchResult and, as JSON, to
 * <pre id="result">. Query options: ?reps=7&warmup=1000&rep=150 (ms), ?wasm=0 skips WebAssembly.
 */
(function () {
  const query = new URLSearchParams(location.search);
  const REPS = Number(query.get("reps") || 7);
  const WARMUP_MS = Number(query.get("warmup") || 1000);
  const REP_MS = Number(query.get("rep") || 150);
  const WANT_WASM = query.get("wasm") !== "0";
  const CHECK_STEPS = 100;
  const CHECK_FRAMES = 3;
  const WORKLOADS = ["spiral", "xor", "gauss3"];
  const FRAME_WORKLOAD = "spiral";

  const status = document.getElementById("status");
  const resultBox = document.getElementById("result");

  function pause() {
    return new Promise(resolve => setTimeout(resolve, 0));
  }

  function median(values) {
    const sorted = values.slice().sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  function relativeDifference(a, b) {
    if (a === b) return 0;
    return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  /** The TeaVM exports (JS globals or the Wasm module's exports) as one engine interface. */
  function teavmEngine(name, api) {
    return {
      name: name,
      setup: id => api.benchSetup(id),
      describe: () => JSON.parse(api.benchDescribe()),
      run: steps => api.benchRun(steps),
      frame: frames => api.benchFrame(frames),
      trainingCost: () => api.benchTrainingCost(),
      parameters: () => api.benchParameters(),
      inputs: () => api.benchInputs(),
      targets: () => api.benchTargets(),
      pixels: () => api.benchPixels(),
      colorTable: () => api.benchColorTable(),
      nanPixel: () => api.benchNanPixel()
    };
  }

  /** The reference, started from the TeaVM JS engine's current (fresh) weights and data. */
  function referenceEngine(source) {
    let net = null;
    return {
      name: "reference",
      setup: id => {
        source.setup(id);
        net = BenchReference.create(source.describe(), source.parameters(), source.inputs(), source.targets(),
            source.colorTable(), source.nanPixel());
      },
      run: steps => net.run(steps),
      frame: frames => net.frame(frames),
      trainingCost: () => net.trainingCost(),
      parameters: () => net.parameters(),
      pixels: () => net.pixels()
    };
  }

  async function loadWasm() {
    if (!WANT_WASM) return { engine: null, error: "skipped (?wasm=0)" };
    if (typeof TeaVM === "undefined" || !TeaVM.wasmGC) return { engine: null, error: "no wasm runtime" };
    try {
      const teavm = await TeaVM.wasmGC.load("bench-teavm.wasm");
      if (teavm.exports.main) teavm.exports.main([]);
      return { engine: teavmEngine("teavmWasm", teavm.exports), error: null };
    } catch (e) {
      return { engine: null, error: String(e && e.message || e) };
    }
  }

  /** Same weights and data in, same costs out: 100 steps (or 3 frames) on every engine. */
  function check(id, engines, reference, frames) {
    const outcome = {};
    for (const engine of engines) {
      engine.setup(id);
    }
    const ref = {
      cost: frames ? reference.frame(CHECK_FRAMES) : reference.run(CHECK_STEPS),
      trainingCost: reference.trainingCost(),
      parameters: reference.parameters(),
      pixels: frames ? reference.pixels() : null
    };
    outcome.steps = frames ? CHECK_FRAMES * 10 : CHECK_STEPS;
    outcome.referenceCost = ref.cost;
    for (const engine of engines) {
      if (engine === reference) continue;
      const cost = frames ? engine.frame(CHECK_FRAMES) : engine.run(CHECK_STEPS);
      const trainingCost = engine.trainingCost();
      const parameters = engine.parameters();
      let maxParameterDifference = 0;
      for (let p = 0; p < parameters.length; p++) {
        maxParameterDifference = Math.max(maxParameterDifference, Math.abs(parameters[p] - ref.parameters[p]));
      }
      const entry = {
        cost: cost,
        costRelativeDifference: relativeDifference(cost, ref.cost),
        trainingCostRelativeDifference: relativeDifference(trainingCost, ref.trainingCost),
        maxParameterDifference: maxParameterDifference
      };
      if (frames) {
        const pixels = engine.pixels();
        let differentPixels = 0;
        for (let k = 0; k < pixels.length; k++) {
          if (pixels[k] !== ref.pixels[k]) differentPixels++;
        }
        entry.differentPixels = differentPixels;
      }
      outcome[engine.name] = entry;
    }
    return outcome;
  }

  /**
   * Times `work(n)` on every engine from a fresh start: doubles n until one call takes 20 ms, warms up
   * for WARMUP_MS, then REPS repetitions of about REP_MS each, engines taking turns. Returns per engine
   * the median rate (units per second) and all repetitions.
   */
  async function time(id, engines, work) {
    for (const engine of engines) {
      engine.setup(id);
    }
    const plan = new Map();
    for (const engine of engines) {
      let n = 1;
      let elapsed = 0;
      while (true) {
        const start = performance.now();
        work(engine, n);
        elapsed = performance.now() - start;
        if (elapsed >= 20) break;
        n *= 2;
      }
      const warmupEnd = performance.now() + WARMUP_MS;
      while (performance.now() < warmupEnd) {
        const start = performance.now();
        work(engine, n);
        elapsed = performance.now() - start;
      }
      plan.set(engine, { units: Math.max(1, Math.round(n * REP_MS / elapsed)), rates: [] });
      await pause();
    }
    for (let rep = 0; rep < REPS; rep++) {
      for (const engine of engines) {
        const entry = plan.get(engine);
        const start = performance.now();
        work(engine, entry.units);
        const seconds = (performance.now() - start) / 1000;
        entry.rates.push(entry.units / seconds);
      }
      await pause();
    }
    const result = {};
    for (const engine of engines) {
      const entry = plan.get(engine);
      result[engine.name] = { median: median(entry.rates), units: entry.units, rates: entry.rates };
    }
    return result;
  }

  function drawFrame(engine, context, image, view) {
    engine.frame(1);
    view.set(engine.pixels());
    context.putImageData(image, 0, 0);
  }

  function round(value, digits) {
    const scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  function addRow(cells) {
    const row = document.createElement("tr");
    for (const text of cells) {
      const cell = document.createElement("td");
      cell.textContent = text;
      row.appendChild(cell);
    }
    document.querySelector("#table tbody").appendChild(row);
  }

  async function main() {
    if (typeof window.benchSetup !== "function") {
      throw new Error("bench-teavm.js did not load (build with mvn -Pbench package)");
    }
    window.main([]);
    const teavmJs = teavmEngine("teavmJs", window);
    const reference = referenceEngine(teavmEngine("teavmJsSource", window));
    const wasm = await loadWasm();
    const engines = [reference, teavmJs].concat(wasm.engine ? [wasm.engine] : []);
    const result = {
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency,
      settings: { reps: REPS, warmupMs: WARMUP_MS, repMs: REP_MS, checkSteps: CHECK_STEPS },
      wasm: wasm.engine ? "ok" : wasm.error,
      workloads: [],
      frame: null
    };
    document.getElementById("table").hidden = false;

    for (const id of WORKLOADS) {
      status.textContent = "checking and timing " + id + "…";
      await pause();
      const same = check(id, engines, reference, false);
      const rates = await time(id, engines, (engine, n) => engine.run(n));
      const entry = {
        id: id,
        unit: "steps/s",
        reference: rates.reference.median,
        teavmJs: rates.teavmJs.median,
        ratioJs: rates.teavmJs.median / rates.reference.median,
        teavmWasm: rates.teavmWasm ? rates.teavmWasm.median : null,
        ratioWasm: rates.teavmWasm ? rates.teavmWasm.median / rates.reference.median : null,
        check: same,
        repetitions: rates
      };
      result.workloads.push(entry);
      addRow([id + " (steps/s)", Math.round(entry.reference), Math.round(entry.teavmJs), round(entry.ratioJs, 3),
        entry.teavmWasm === null ? "–" : Math.round(entry.teavmWasm),
        entry.ratioWasm === null ? "–" : round(entry.ratioWasm, 3),
        "Δcost " + same.teavmJs.costRelativeDifference.toExponential(1)]);
    }

    status.textContent = "timing the frame…";
    await pause();
    const same = check(FRAME_WORKLOAD, engines, reference, true);
    const frames = await time(FRAME_WORKLOAD, engines, (engine, n) => engine.frame(n));
    const canvas = document.getElementById("boundary");
    const context = canvas.getContext("2d");
    const image = context.createImageData(100, 100);
    const view = new Int32Array(image.data.buffer);
    const drawn = await time(FRAME_WORKLOAD, engines, (engine, n) => {
      for (let f = 0; f < n; f++) drawFrame(engine, context, image, view);
    });
    const ms = rate => rate ? 1000 / rate.median : null;
    result.frame = {
      id: FRAME_WORKLOAD,
      unit: "ms/frame",
      description: "10 training steps + 100x100 boundary evaluate + paint into int[]",
      reference: ms(frames.reference),
      teavmJs: ms(frames.teavmJs),
      teavmWasm: ms(frames.teavmWasm),
      ratioJs: frames.teavmJs.median / frames.reference.median,
      ratioWasm: frames.teavmWasm ? frames.teavmWasm.median / frames.reference.median : null,
      withCanvas: {
        description: "the same + copy pixels into ImageData + putImageData",
        reference: ms(drawn.reference),
        teavmJs: ms(drawn.teavmJs),
        teavmWasm: ms(drawn.teavmWasm)
      },
      check: same,
      repetitions: frames
    };
    const f = result.frame;
    const fmt = value => value === null ? "–" : round(value, 3);
    addRow(["frame (ms)", fmt(f.reference), fmt(f.teavmJs), round(f.ratioJs, 3), fmt(f.teavmWasm), fmt(f.ratioWasm),
      "pixels differing " + same.teavmJs.differentPixels]);
    addRow(["frame + canvas (ms)", fmt(f.withCanvas.reference), fmt(f.withCanvas.teavmJs), "", fmt(f.withCanvas.teavmWasm),
      "", ""]);

    window.benchResult = result;
    resultBox.textContent = JSON.stringify(result, null, 2);
    status.textContent = "done";
  }

  main().catch(error => {
    window.benchResult = { error: String(error && error.stack || error) };
    resultBox.textContent = JSON.stringify(window.benchResult, null, 2);
    status.textContent = "failed: " + error;
    console.error(error);
  });
})();
