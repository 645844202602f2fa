"use strict";
/*
 * The plain-JavaScript reference for the benchmark: the same math as the Java core (core.Backprop,
 * core.Loss, optim.Sgd/Adam, train.Trainer's batching, viz.BoundaryRaster), written as tight as plain JS
 * gets: one Float64Array per kind of number, flat layouts, no objects per neuron or layer, no
 * allocation per step, the activation chosen once per layer (never per neuron).
 *
 * Same operation order as the Java code wherever it decides the bits (sums in the same order, the same
 * formula for sigmoid, softmax, the cross-entropy and Adam), so that from the same weights and data
 * both give the same costs; benchmark.js checks it.
 *
 *   const net = BenchReference.create(config, parameters, inputs, targets);
 *   net.run(100); net.trainingCost(); net.frame(1); net.pixels();
 *
 * config: {sizes, activations (per non-input layer), loss, optimizer ("sgd" | "adam"), beta1, beta2,
 * epsilon, learningRate, batchSize (0 = full batch), seed} as written by Workload.describe().
 */
var BenchReference = (function () {
  const LINEAR = 0, SIGMOID = 1, TANH = 2, RELU = 3, LEAKY_RELU = 4, SOFTMAX = 5;
  const ACTIVATIONS = { linear: LINEAR, sigmoid: SIGMOID, tanh: TANH, relu: RELU, leaky_relu: LEAKY_RELU, softmax: SOFTMAX };
  const MSE = 0, BINARY_CROSS_ENTROPY = 1, CROSS_ENTROPY = 2;
  const LOSSES = { mse: MSE, binary_cross_entropy: BINARY_CROSS_ENTROPY, cross_entropy: CROSS_ENTROPY };
  const LEAKY_SLOPE = 0.01;
  const INT_MAX = 2147483647;

  /* Boundary raster: 100 x 100 cells over [-6, 6]^2, alpha 160, sigmoid output in [0, 1]. */
  const SIDE = 100, DOMAIN = 6, ALPHA = 160, STEPS_PER_FRAME = 10, COLOR_STEPS = 257;

  function lookup(table, id, what) {
    const code = table[id];
    if (code === undefined) {
      throw new Error("the reference has no " + what + " \"" + id + "\"");
    }
    return code;
  }

  /**
   * @param config see the file comment
   * @param initialParameters Float64Array, copied
   * @param inputs Float64Array, row-major, sizes[0] per example (kept, not copied)
   * @param targets Float64Array, row-major, sizes[last] per example
   * @param colorTable Int32Array of the colour scale's 257 opaque pixels (optional: only for frames)
   * @param nanPixel the colour scale's NaN pixel
   */
  function create(config, initialParameters, inputs, targets, colorTable, nanPixel) {
    const layers = config.sizes.length;
    const last = layers - 1;
    const sizes = new Int32Array(config.sizes);
    const activation = new Int32Array(layers);
    for (let l = 1; l < layers; l++) {
      activation[l] = lookup(ACTIVATIONS, config.activations[l - 1], "activation");
    }
    const loss = lookup(LOSSES, config.loss, "loss");
    const adam = config.optimizer === "adam";
    if (!adam && config.optimizer !== "sgd") {
      throw new Error("the reference has no optimizer \"" + config.optimizer + "\"");
    }

    // Flat layouts: parameters as in core.Shape (W[l] row by row, then B[l]); neurons layer after layer.
    const weightOffset = new Int32Array(layers);
    const biasOffset = new Int32Array(layers);
    const neuronOffset = new Int32Array(layers + 1);
    let parameterCount = 0;
    for (let l = 0; l < last; l++) {
      weightOffset[l] = parameterCount;
      parameterCount += sizes[l] * sizes[l + 1];
      biasOffset[l] = parameterCount;
      parameterCount += sizes[l + 1];
    }
    for (let l = 0; l < layers; l++) {
      neuronOffset[l + 1] = neuronOffset[l] + sizes[l];
    }
    if (initialParameters.length !== parameterCount) {
      throw new Error("the shape has " + parameterCount + " parameters, but " + initialParameters.length + " were given");
    }
    const neurons = neuronOffset[layers];
    const P = new Float64Array(initialParameters);
    const G = new Float64Array(parameterCount);
    const Z = new Float64Array(neurons);
    const A = new Float64Array(neurons);
    const D = new Float64Array(neurons);
    const M = new Float64Array(adam ? parameterCount : 0);
    const V = new Float64Array(adam ? parameterCount : 0);
    const inputSize = sizes[0];
    const outputSize = sizes[last];
    const outputOffset = neuronOffset[last];
    const count = inputs.length / inputSize;
    const order = new Int32Array(count);
    const fullBatch = config.batchSize === 0 || config.batchSize >= count;
    const batchSize = fullBatch ? count : config.batchSize;
    const learningRate = config.learningRate;
    const beta1 = config.beta1, beta2 = config.beta2, epsilon = config.epsilon;
    let adamSteps = 0;
    let position = 0;

    // xoshiro128** seeded by splitmix32, as core.Rng: 32-bit integer arithmetic only.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    (function seed(low, high) {
      const x = (low | 0) ^ 0x9E3779B9;
      const y = (high | 0) ^ 0x7F4A7C15;
      s0 = mix(x);
      s1 = mix((x + y + 0x6C8E9CF5) | 0);
      s2 = mix(y ^ 0x85EBCA6B);
      s3 = mix(s0 ^ s2 ^ 0xC2B2AE35);
      if ((s0 | s1 | s2 | s3) === 0) {
        s0 = 1;
      }
    })(config.seed % 4294967296, Math.floor(config.seed / 4294967296));

    function mix(z) {
      z = Math.imul(z ^ (z >>> 16), 0x85EBCA6B);
      z = Math.imul(z ^ (z >>> 13), 0xC2B2AE35);
      return z ^ (z >>> 16);
    }

    function nextInt() {
      const r = Math.imul(s1, 5);
      const result = Math.imul((r << 7) | (r >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      return result;
    }

    function shuffle() {
      for (let n = 0; n < count; n++) {
        order[n] = n;
      }
      for (let i = count - 1; i > 0; i--) {
        const bound = i + 1;
        const limit = INT_MAX - INT_MAX % bound;
        let r;
        do {
          r = nextInt() >>> 1;
        } while (r >= limit);
        const j = r % bound;
        const swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
    }

    /** Forward pass of the example at inputs[offset]: Z and A of every neuron. */
    function forward(X, offset) {
      for (let i = 0; i < inputSize; i++) {
        const x = X[offset + i];
        Z[i] = x;
        A[i] = x;
      }
      for (let l = 0; l < last; l++) {
        const nIn = sizes[l], nOut = sizes[l + 1];
        const inBase = neuronOffset[l], outBase = neuronOffset[l + 1];
        const b = biasOffset[l];
        let row = weightOffset[l];
        for (let j = 0; j < nOut; j++, row += nIn) {
          let sum = P[b + j];
          for (let i = 0; i < nIn; i++) {
            sum += P[row + i] * A[inBase + i];
          }
          Z[outBase + j] = sum;
        }
        const end = outBase + nOut;
        switch (activation[l + 1]) {
          case TANH:
            for (let k = outBase; k < end; k++) A[k] = Math.tanh(Z[k]);
            break;
          case SIGMOID:
            for (let k = outBase; k < end; k++) {
              const z = Z[k];
              if (z >= 0) {
                A[k] = 1.0 / (1.0 + Math.exp(-z));
              } else {
                const e = Math.exp(z);
                A[k] = e / (1.0 + e);
              }
            }
            break;
          case RELU:
            for (let k = outBase; k < end; k++) {
              const z = Z[k];
              A[k] = z > 0 ? z : 0.0;
            }
            break;
          case LEAKY_RELU:
            for (let k = outBase; k < end; k++) {
              const z = Z[k];
              A[k] = z > 0 ? z : LEAKY_SLOPE * z;
            }
            break;
          case LINEAR:
            for (let k = outBase; k < end; k++) A[k] = Z[k];
            break;
          case SOFTMAX: {
            let max = Z[outBase];
            for (let k = outBase + 1; k < end; k++) {
              if (Z[k] > max) max = Z[k];
            }
            let sum = 0;
            for (let k = outBase; k < end; k++) {
              const e = Math.exp(Z[k] - max);
              A[k] = e;
              sum += e;
            }
            for (let k = outBase; k < end; k++) A[k] /= sum;
            break;
          }
        }
      }
    }

    /** One example's cost (before the batch mean), targets at T[offset]. */
    function exampleCost(T, offset) {
      let sum = 0;
      const o = outputOffset;
      switch (loss) {
        case MSE:
          for (let k = 0; k < outputSize; k++) {
            const error = A[o + k] - T[offset + k];
            sum += error * error;
          }
          return 0.5 * sum;
        case BINARY_CROSS_ENTROPY:
          for (let k = 0; k < outputSize; k++) {
            const z = Z[o + k];
            sum += Math.max(z, 0) - z * T[offset + k] + Math.log1p(Math.exp(-Math.abs(z)));
          }
          return sum;
        default: {
          let max = Z[o];
          for (let k = 1; k < outputSize; k++) max = Math.max(max, Z[o + k]);
          let expSum = 0;
          for (let k = 0; k < outputSize; k++) expSum += Math.exp(Z[o + k] - max);
          const logSumExp = max + Math.log(expSum);
          for (let k = 0; k < outputSize; k++) {
            const y = T[offset + k];
            if (y !== 0) sum -= y * (Z[o + k] - logSumExp);
          }
          return sum;
        }
      }
    }

    /** δ of the output layer, scaled by 1/N. */
    function outputDelta(T, offset, scale) {
      const o = outputOffset;
      const f = activation[last];
      if (loss === MSE) {
        if (f === SOFTMAX) {
          let weighted = 0;
          for (let m = 0; m < outputSize; m++) weighted += (A[o + m] - T[offset + m]) * A[o + m];
          for (let k = 0; k < outputSize; k++) {
            D[o + k] = scale * A[o + k] * ((A[o + k] - T[offset + k]) - weighted);
          }
        } else {
          for (let k = 0; k < outputSize; k++) {
            const a = A[o + k];
            D[o + k] = scale * (a - T[offset + k]) * derivative(f, Z[o + k], a);
          }
        }
      } else if (loss === BINARY_CROSS_ENTROPY) {
        for (let k = 0; k < outputSize; k++) D[o + k] = scale * (A[o + k] - T[offset + k]);
      } else {
        let targetSum = 0;
        for (let m = 0; m < outputSize; m++) targetSum += T[offset + m];
        for (let k = 0; k < outputSize; k++) D[o + k] = scale * (A[o + k] * targetSum - T[offset + k]);
      }
    }

    function derivative(f, z, a) {
      switch (f) {
        case SIGMOID: return a * (1.0 - a);
        case TANH: return 1.0 - a * a;
        case RELU: return z > 0 ? 1.0 : 0.0;
        case LEAKY_RELU: return z > 0 ? 1.0 : LEAKY_SLOPE;
        default: return 1.0;
      }
    }

    /**
     * Backpropagation of the last forward pass, adding scale x this example's gradient into G. Weight
     * gradients and the δ of the layer below in one sweep over each weight row; every δ sum still runs
     * over j in ascending order, as in Java.
     */
    function backward(T, offset, scale) {
      outputDelta(T, offset, scale);
      for (let l = last - 1; l >= 0; l--) {
        const nIn = sizes[l], nOut = sizes[l + 1];
        const inBase = neuronOffset[l], outBase = neuronOffset[l + 1];
        const b = biasOffset[l];
        let row = weightOffset[l];
        if (l === 0) {
          for (let j = 0; j < nOut; j++, row += nIn) {
            const d = D[outBase + j];
            G[b + j] += d;
            for (let i = 0; i < nIn; i++) G[row + i] += d * A[inBase + i];
          }
          continue;
        }
        const end = inBase + nIn;
        for (let k = inBase; k < end; k++) D[k] = 0;
        for (let j = 0; j < nOut; j++, row += nIn) {
          const d = D[outBase + j];
          G[b + j] += d;
          for (let i = 0; i < nIn; i++) {
            G[row + i] += d * A[inBase + i];
            D[inBase + i] += P[row + i] * d;
          }
        }
        switch (activation[l]) {
          case TANH:
            for (let k = inBase; k < end; k++) {
              const a = A[k];
              D[k] = D[k] * (1.0 - a * a);
            }
            break;
          case SIGMOID:
            for (let k = inBase; k < end; k++) {
              const a = A[k];
              D[k] = D[k] * (a * (1.0 - a));
            }
            break;
          case RELU:
            for (let k = inBase; k < end; k++) D[k] = D[k] * (Z[k] > 0 ? 1.0 : 0.0);
            break;
          case LEAKY_RELU:
            for (let k = inBase; k < end; k++) D[k] = D[k] * (Z[k] > 0 ? 1.0 : LEAKY_SLOPE);
            break;
          default:
            for (let k = inBase; k < end; k++) D[k] = D[k] * 1.0;
        }
      }
    }

    /** Batch cost J of examples order[from..to) (or from..to when rows is null); gradient into G. */
    function costAndGradient(rows, from, to) {
      const scale = 1.0 / (to - from);
      G.fill(0);
      let sum = 0;
      for (let n = from; n < to; n++) {
        const r = rows === null ? n : rows[n];
        forward(inputs, r * inputSize);
        sum += exampleCost(targets, r * outputSize);
        backward(targets, r * outputSize, scale);
      }
      return sum * scale;
    }

    function optimize() {
      if (!adam) {
        for (let p = 0; p < parameterCount; p++) P[p] -= learningRate * G[p];
        return;
      }
      adamSteps++;
      const weight = 1 - beta1;
      const oneMinusBeta2 = 1 - beta2;
      const stepSize = learningRate / (1 - Math.pow(beta1, adamSteps));
      const biasCorrection2Sqrt = Math.sqrt(1 - Math.pow(beta2, adamSteps));
      const lerpLow = Math.abs(weight) < 0.5;
      for (let p = 0; p < parameterCount; p++) {
        const g = G[p];
        const m0 = M[p];
        // torch.lerp's two forms, as optim.Adam
        const m = lerpLow ? m0 + weight * (g - m0) : g - (g - m0) * (1 - weight);
        M[p] = m;
        const v = V[p] * beta2 + oneMinusBeta2 * g * g;
        V[p] = v;
        const denominator = Math.sqrt(v) / biasCorrection2Sqrt + epsilon;
        P[p] += -stepSize * (m / denominator);
      }
    }

    /** One training step, as train.Trainer.step(); returns the batch cost before the update. */
    function step() {
      let cost;
      if (fullBatch) {
        cost = costAndGradient(null, 0, count);
        position = 0;
      } else {
        if (position === 0) shuffle();
        const end = Math.min(position + batchSize, count);
        cost = costAndGradient(order, position, end);
        position = end === count ? 0 : end;
      }
      optimize();
      return cost;
    }

    function run(steps) {
      let cost = NaN;
      for (let s = 0; s < steps; s++) cost = step();
      return cost;
    }

    function trainingCost() {
      let sum = 0;
      for (let n = 0; n < count; n++) {
        forward(inputs, n * inputSize);
        sum += exampleCost(targets, n * outputSize);
      }
      return sum / count;
    }

    // The frame: 10 steps, then the boundary raster (forward pass per cell centre) painted with the
    // colour scale, as viz.BoundaryRaster.evaluate + paint(channel 0, low 0, high 1, alpha 160).
    const cellX = new Float64Array(SIDE);
    const cellY = new Float64Array(SIDE);
    for (let c = 0; c < SIDE; c++) {
      cellX[c] = -DOMAIN + (c + 0.5) * (2 * DOMAIN) / SIDE;
      cellY[c] = DOMAIN - (c + 0.5) * (2 * DOMAIN) / SIDE;
    }
    const cell = new Float64Array(2);
    const pixels = new Int32Array(SIDE * SIDE);
    const alphaBits = (ALPHA & 0xFF) << 24;
    const nanBits = ((nanPixel | 0) & 0x00FFFFFF) | alphaBits;
    const colors = new Int32Array(COLOR_STEPS);
    if (colorTable) {
      for (let k = 0; k < COLOR_STEPS; k++) colors[k] = (colorTable[k] & 0x00FFFFFF) | alphaBits;
    }

    function paintBoundary() {
      const toUnit = 2.0 / (1 - 0);
      const o = outputOffset;
      let k = 0;
      for (let r = 0; r < SIDE; r++) {
        cell[1] = cellY[r];
        for (let c = 0; c < SIDE; c++, k++) {
          cell[0] = cellX[c];
          forward(cell, 0);
          const v = (A[o] - 0) * toUnit - 1.0;
          if (v !== v) {
            pixels[k] = nanBits;
          } else {
            const clamped = v < -1 ? -1 : (v > 1 ? 1 : v);
            pixels[k] = colors[Math.round((clamped + 1) * 0.5 * (COLOR_STEPS - 1))];
          }
        }
      }
    }

    function frame(frames) {
      let cost = NaN;
      for (let f = 0; f < frames; f++) {
        cost = run(STEPS_PER_FRAME);
        paintBoundary();
      }
      return cost;
    }

    return {
      step: step,
      run: run,
      frame: frame,
      trainingCost: trainingCost,
      parameters: function () { return P; },
      pixels: function () { return pixels; }
    };
  }

  return { create: create };
})();
