package org.backproplab.ui.lab;

/**
 * The markup of one lab, set once as the root's innerHTML. Elements are found afterwards by their
 * {@code data-role}, never by a global id; the few ids (for {@code <label for>} and ARIA references) carry
 * an instance prefix, so several labs can share one page.
 */
final class LabTemplate {
    private static final String PREFIX_MARK = "{p}";

    private LabTemplate() {
    }

    /** The markup with every id prefixed by {@code prefix} (e.g. "bl1-"). */
    static String html(String prefix) {
        return MARKUP.replace(PREFIX_MARK, prefix);
    }

    private static final String MARKUP = """
<div class="bl-toolbar" role="group" aria-label="Run">
  <button type="button" class="bl-button bl-primary" data-role="play" aria-pressed="false" title="Play or pause training (space)"><span class="bl-icon" aria-hidden="true" data-role="play-icon">▶</span> <span data-role="play-label">Play</span></button>
  <button type="button" class="bl-button" data-role="step" title="Take one gradient-descent step (→); while stepping through phases, the next phase"><span class="bl-icon" aria-hidden="true">⇥</span> Step</button>
  <button type="button" class="bl-button" data-role="reset" title="Start again from new random weights drawn from the seed (r)"><span class="bl-icon" aria-hidden="true">↺</span> Reset</button>
  <button type="button" class="bl-button bl-lrlab-button" data-role="lrlab-open" aria-expanded="false" aria-controls="{p}lrlab" title="The α lab: race learning rates, find a good α, watch optimizers on classic surfaces">α lab</button>
  <div class="bl-speed">
    <label for="{p}speed">Speed</label>
    <input type="range" id="{p}speed" data-role="speed" min="0" max="12" step="1" aria-describedby="{p}speed-text">
    <output id="{p}speed-text" data-role="speed-text" class="bl-value bl-speed-text"></output>
  </div>
  <dl class="bl-readouts" aria-live="off">
    <div><dt>iteration</dt><dd data-role="iteration">0</dd></div>
    <div><dt>epoch</dt><dd data-role="epoch">0</dd></div>
    <div class="bl-train-cost"><dt>train J</dt><dd data-role="train-cost">—</dd></div>
    <div class="bl-test-cost"><dt>test J</dt><dd data-role="test-cost">—</dd></div>
    <div class="bl-rate-readout" data-role="rate-readout" hidden><dt>α(t)</dt><dd data-role="current-rate">—</dd></div>
  </dl>
  <button type="button" class="bl-button" data-role="lessons-button" aria-expanded="false" title="Guided lessons: from a wrong output to a trained network">Lessons</button>
  <button type="button" class="bl-button bl-help-button" data-role="help-button" aria-expanded="false" aria-controls="{p}help" title="Keyboard shortcuts">?</button>
</div>

<div class="bl-help" id="{p}help" data-role="help" role="dialog" aria-labelledby="{p}help-title" hidden>
  <h2 id="{p}help-title">Keyboard shortcuts</h2>
  <dl>
    <div><dt><kbd>space</kbd></dt><dd>play / pause</dd></div>
    <div><dt><kbd>→</kbd></dt><dd>one training step (while stepping through phases: the next phase)</dd></div>
    <div><dt><kbd>←</kbd></dt><dd>the previous phase, while stepping through phases</dd></div>
    <div><dt><kbd>r</kbd></dt><dd>reset: new random weights from the seed</dd></div>
    <div><dt><kbd>Ctrl</kbd>+<kbd>Z</kbd></dt><dd>undo a typed weight (⌘Z on a Mac)</dd></div>
    <div><dt><kbd>?</kbd></dt><dd>show or hide this list</dd></div>
    <div><dt><kbd>Esc</kbd></dt><dd>close this list</dd></div>
    <div><dt><kbd>Tab</kbd></dt><dd>move between controls</dd></div>
  </dl>
  <p>Shortcuts do nothing while you type in a field.</p>
  <button type="button" class="bl-button" data-role="help-close">Close</button>
</div>

<div class="bl-notice" data-role="notice" role="status" hidden>
  <p class="bl-notice-title" data-role="notice-title"></p>
  <ul data-role="notice-list"></ul>
  <button type="button" class="bl-button bl-close" data-role="notice-close" aria-label="Dismiss this notice">×</button>
</div>

<form class="bl-controls" data-role="controls" novalidate>
  <fieldset class="bl-section">
    <legend>Data</legend>
    <div class="bl-row bl-dataset-row">
      <span class="bl-label" aria-hidden="true">Dataset</span>
      <div class="bl-dataset-picker" data-role="dataset"></div>
    </div>
    <div class="bl-row" data-role="formula-row" hidden>
      <label for="{p}formula" data-role="formula-label">y =</label>
      <input type="text" autocomplete="off" spellcheck="false" id="{p}formula" data-role="formula" aria-describedby="{p}formula-hint {p}formula-message">
    </div>
    <p class="bl-hint" id="{p}formula-hint" data-role="formula-hint" hidden></p>
    <div class="bl-message" id="{p}formula-message" data-role="formula-message" aria-live="polite"><span data-role="formula-problem"></span><pre class="bl-caret" data-role="formula-pointer"></pre></div>
    <div class="bl-row" data-role="noise-row">
      <label for="{p}noise">Noise</label>
      <input type="range" id="{p}noise" data-role="noise" min="0" max="0.5" step="0.05">
      <output data-role="noise-text" class="bl-value" for="{p}noise"></output>
    </div>
    <div class="bl-row" data-role="train-row">
      <label for="{p}train">Train / test</label>
      <input type="range" id="{p}train" data-role="train" min="10" max="90" step="10">
      <output data-role="train-text" class="bl-value" for="{p}train"></output>
    </div>
    <div class="bl-row" data-role="points-row">
      <label for="{p}points">Points</label>
      <input type="text" inputmode="numeric" autocomplete="off" spellcheck="false" id="{p}points" data-role="points" aria-describedby="{p}points-message">
      <span class="bl-unit">10 – 2000</span>
    </div>
    <p class="bl-message" id="{p}points-message" data-role="points-message" aria-live="polite"></p>
    <div class="bl-row">
      <span class="bl-label" id="{p}seed-label">Seed</span>
      <output data-role="seed" aria-labelledby="{p}seed-label" class="bl-seed"></output>
      <button type="button" class="bl-button bl-small" data-role="new-seed" title="Pick a new random seed: new points and new starting weights">New seed</button>
    </div>
    <div class="bl-row bl-file-row" data-role="csv-row">
      <label for="{p}csv" class="bl-button bl-file-button">Load CSV…</label>
      <input type="file" id="{p}csv" data-role="csv" accept=".csv,text/csv,text/plain" class="bl-file-input" aria-describedby="{p}csv-hint {p}csv-message">
      <span class="bl-hint" id="{p}csv-hint" data-role="csv-hint"></span>
    </div>
    <p class="bl-message" id="{p}csv-message" data-role="csv-message" aria-live="polite"></p>
  </fieldset>

  <fieldset class="bl-section">
    <legend>Network</legend>
    <div class="bl-row">
      <label for="{p}hidden">Hidden layers</label>
      <input type="text" autocomplete="off" spellcheck="false" id="{p}hidden" data-role="hidden" aria-describedby="{p}hidden-hint {p}hidden-message">
      <span class="bl-unit" id="{p}hidden-hint">neurons each</span>
    </div>
    <p class="bl-message" id="{p}hidden-message" data-role="hidden-message" aria-live="polite"></p>
    <div class="bl-row">
      <label for="{p}activation">Activation</label>
      <select id="{p}activation" data-role="activation">
        <option value="tanh">tanh</option>
        <option value="sigmoid">sigmoid</option>
        <option value="relu">ReLU</option>
        <option value="leaky_relu">leaky ReLU</option>
        <option value="linear">linear (none)</option>
      </select>
    </div>
    <div class="bl-row">
      <label for="{p}init">Initial weights</label>
      <select id="{p}init" data-role="init">
        <option value="xavier">Xavier</option>
        <option value="he">He</option>
        <option value="uniform">uniform ±0.5</option>
      </select>
    </div>
    <div class="bl-row bl-wide-row">
      <label for="{p}loss">Cost J</label>
      <select id="{p}loss" data-role="loss"></select>
    </div>
  </fieldset>

  <fieldset class="bl-section">
    <legend>Training</legend>
    <div class="bl-row bl-rate-row">
      <label for="{p}lr">Learning rate α</label>
      <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="{p}lr" data-role="lr" aria-describedby="{p}lr-message">
    </div>
    <div class="bl-row bl-slider-row">
      <input type="range" data-role="lr-slider" min="-5" max="1" step="0.05" aria-label="Learning rate α (logarithmic: each notch multiplies α by about 1.12)" aria-describedby="{p}lr-meter-text">
      <div class="bl-rate-meter" data-role="lr-meter" aria-hidden="true"><span class="bl-zone bl-zone-0" data-role="lr-zone-0"></span><span class="bl-zone bl-zone-1" data-role="lr-zone-1"></span><span class="bl-zone bl-zone-2" data-role="lr-zone-2"></span><span class="bl-zone bl-zone-3" data-role="lr-zone-3"></span><span class="bl-rate-limit" data-role="lr-limit" hidden></span></div>
      <span class="bl-scale" aria-hidden="true"><span>0.00001</span><span>0.001</span><span>0.1</span><span>10</span></span>
    </div>
    <p class="bl-meter-text" id="{p}lr-meter-text" data-role="lr-meter-text"></p>
    <p class="bl-message" id="{p}lr-message" data-role="lr-message" aria-live="polite"></p>
    <div class="bl-row bl-wide-row">
      <label for="{p}schedule">Schedule</label>
      <select id="{p}schedule" data-role="schedule">
        <option value="constant">constant α</option>
        <option value="step">step decay</option>
        <option value="exponential">exponential decay</option>
        <option value="inverse_time">1/t decay</option>
        <option value="cosine">cosine</option>
      </select>
    </div>
    <div class="bl-schedule-plot" data-role="schedule-plot"></div>
    <div class="bl-row">
      <label for="{p}optimizer">Optimizer</label>
      <select id="{p}optimizer" data-role="optimizer">
        <option value="sgd">gradient descent</option>
        <option value="momentum">momentum</option>
        <option value="nesterov">Nesterov momentum</option>
        <option value="rmsprop">RMSprop</option>
        <option value="adam">Adam</option>
      </select>
    </div>
    <div class="bl-row" data-role="momentum-row">
      <label for="{p}momentum">Momentum μ</label>
      <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="{p}momentum" data-role="momentum" aria-describedby="{p}momentum-message">
    </div>
    <p class="bl-message" id="{p}momentum-message" data-role="momentum-message" aria-live="polite"></p>
    <div class="bl-row bl-pair-row" data-role="betas-row">
      <label for="{p}beta1">β₁, β₂</label>
      <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="{p}beta1" data-role="beta1" aria-label="Adam β₁" aria-describedby="{p}betas-message">
      <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" data-role="beta2" aria-label="Adam β₂" aria-describedby="{p}betas-message">
    </div>
    <p class="bl-message" id="{p}betas-message" data-role="betas-message" aria-live="polite"></p>
    <div class="bl-row">
      <label for="{p}batch">Batch size</label>
      <input type="text" inputmode="numeric" autocomplete="off" spellcheck="false" id="{p}batch" data-role="batch" aria-describedby="{p}batch-text {p}batch-message">
      <output id="{p}batch-text" data-role="batch-text" class="bl-unit"></output>
    </div>
    <p class="bl-message" id="{p}batch-message" data-role="batch-message" aria-live="polite"></p>
    <div class="bl-row bl-regularization-row">
      <label for="{p}regularization">Regularization</label>
      <select id="{p}regularization" data-role="regularization">
        <option value="none">none</option>
        <option value="l1">L1</option>
        <option value="l2">L2</option>
      </select>
      <label for="{p}lambda" class="bl-inline-label" title="the regularization strength λ">λ</label>
      <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="{p}lambda" data-role="lambda" aria-describedby="{p}lambda-message" title="λ, the regularization strength">
    </div>
    <p class="bl-message" id="{p}lambda-message" data-role="lambda-message" aria-live="polite"></p>
  </fieldset>
</form>

<section class="bl-panel bl-network-panel" data-role="network-panel" aria-labelledby="{p}network-title">
  <h2 class="bl-panel-title" id="{p}network-title">Network</h2>
  <div class="bl-phase-bar" data-role="phase-bar"></div>
  <div class="bl-panel-tools" data-role="network-tools">
  <button type="button" class="bl-button bl-small blm-open" data-role="microscope-open" aria-pressed="false" title="Look at one weight: its ∂J/∂w by the chain rule, its update and the cost along it">Microscope</button>
  </div>
  <div class="bl-network" data-role="network-view"></div>
  <div class="bl-alert" data-role="divergence" role="alert" hidden>
    <button type="button" class="bl-button bl-close" data-role="divergence-close" aria-label="Close this message (Esc)" title="Close (Esc)">✕</button>
    <p data-role="divergence-text"></p>
    <button type="button" class="bl-button bl-primary" data-role="use-suggestion"></button>
  </div>
</section>
<section class="bl-panel bl-output-panel" data-role="output-panel" aria-labelledby="{p}output-title">
  <h2 class="bl-panel-title" id="{p}output-title">Output</h2>
  <div class="bl-output" data-role="output-view"></div>
</section>
<section class="bl-panel blm-panel" data-role="microscope" aria-labelledby="{p}microscope-title" hidden>
  <h2 class="bl-panel-title" id="{p}microscope-title">Microscope: one weight</h2>
</section>
<section class="bl-panel bl-cost-panel" data-role="cost-panel" aria-labelledby="{p}cost-title">
  <h2 class="bl-panel-title" id="{p}cost-title">Cost J during training</h2>
  <div class="bl-cost" data-role="cost-view"></div>
</section>
<section class="bl-lrlab" id="{p}lrlab" data-role="lrlab" hidden></section>
""";
}
