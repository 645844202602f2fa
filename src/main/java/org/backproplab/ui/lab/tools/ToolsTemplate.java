package org.backproplab.ui.lab.tools;

import org.backproplab.state.EmbedOptions;

/**
 * The markup of the Share, Embed, Export ▾ and Import… tools of a lab's toolbar and of their two dialogs.
 * Ids carry a per-lab prefix; elements are found by data-role.
 */
final class ToolsTemplate {
    private ToolsTemplate() {
    }


    static String toolbar(String p) {
        return """
<button type="button" class="bl-button bl-tool" data-role="share" aria-haspopup="dialog" aria-expanded="false" aria-controls="{p}share" title="Copy a link that opens the lab with these settings, or embed the lab in a course page">Share</button>
<div class="bl-menu-anchor">
  <button type="button" class="bl-button bl-tool" data-role="export" aria-haspopup="true" aria-expanded="false" aria-controls="{p}export-menu" title="Save a picture, the cost history, the model or the training data">Export <span aria-hidden="true">▾</span></button>
  <div class="bl-menu" id="{p}export-menu" data-role="export-menu" role="group" aria-label="Export" hidden>
    <button type="button" class="bl-menu-item" data-role="export-network">Network picture (PNG)</button>
    <button type="button" class="bl-menu-item" data-role="export-output">Output picture (PNG)</button>
    <button type="button" class="bl-menu-item" data-role="export-cost">Cost curve picture (PNG)</button>
    <button type="button" class="bl-menu-item" data-role="export-history">Cost history (CSV)</button>
    <button type="button" class="bl-menu-item" data-role="export-model">Model with its weights (JSON)</button>
    <button type="button" class="bl-menu-item" data-role="export-data">Training data (CSV)</button>
    <button type="button" class="bl-menu-item" data-role="export-pytorch">PyTorch script (.py)</button>
    <button type="button" class="bl-menu-item" data-role="export-numpy">NumPy script (.py)</button>
    <p class="bl-menu-note">Model and data files work with the command line: <code>gradients --model … --data …</code></p>
  </div>
</div>
<label for="{p}import" class="bl-button bl-tool" title="Load a model JSON (as exported, or written for the command line)">Import…</label>
<input type="file" id="{p}import" data-role="import" accept=".json,application/json,text/plain" class="bl-file-input">
""".replace("{p}", p);
    }

    static String dialogs(String p) {
        StringBuilder views = new StringBuilder();
        for (EmbedOptions.View view : EmbedOptions.View.values()) {
            views.append("<label class=\"bl-check\"><input type=\"checkbox\" data-role=\"embed-view\" value=\"")
                    .append(view.id()).append("\" checked> ").append(view.id()).append("</label>\n");
        }
        StringBuilder controls = new StringBuilder();
        // every control the embed options accept, in their order
        for (EmbedOptions.Control control : EmbedOptions.Control.values()) {
            boolean checked = EmbedOptions.DEFAULT_CONTROLS.contains(control) || control == EmbedOptions.Control.LR;
            controls.append("<label class=\"bl-check\"><input type=\"checkbox\" data-role=\"embed-control\" value=\"")
                    .append(control.id()).append("\"").append(checked ? " checked" : "").append("> ")
                    .append(control.id()).append("</label>\n");
        }
        return """
<div class="bl-dialog bl-share-dialog" id="{p}share" data-role="share-dialog" role="dialog" aria-labelledby="{p}share-title" hidden>
  <h2 id="{p}share-title">Share this setup</h2>
  <p class="bl-dialog-text">The link opens the lab with these settings. The same seed gives the same data and the same starting weights.</p>
  <label class="bl-check"><input type="checkbox" data-role="share-weights"> Include the trained weights (the network exactly as it is now)</label>
  <p class="bl-dialog-text" data-role="share-points" hidden></p>
  <div class="bl-copy-row">
    <input type="text" readonly data-role="share-url" aria-label="Link to this setup" spellcheck="false">
    <button type="button" class="bl-button bl-primary" data-role="share-copy">Copy link</button>
  </div>
  <p class="bl-status" data-role="share-status" aria-live="polite"></p>
  <p class="bl-message" data-role="share-message" aria-live="polite"></p>
  <div class="bl-dialog-footer">
    <span>Teaching with it?</span>
    <button type="button" class="bl-button bl-small" data-role="embed" aria-haspopup="dialog" aria-controls="{p}embed">Embed in a course page…</button>
  </div>
  <button type="button" class="bl-button bl-close" data-role="share-close" aria-label="Close">×</button>
</div>

<div class="bl-dialog bl-embed-dialog" id="{p}embed" data-role="embed-dialog" role="dialog" aria-labelledby="{p}embed-title" hidden>
  <h2 id="{p}embed-title">Embed in a course page</h2>
  <p class="bl-dialog-text">Both snippets start the lab with the current settings. They work on any static host, offline, and under <code>Content-Security-Policy: default-src 'self'; script-src 'self'</code>.</p>
  <div class="bl-embed-choices">
    <fieldset><legend>Views</legend>
{views}    </fieldset>
    <fieldset><legend>Controls</legend>
{controls}    </fieldset>
  </div>
  <label class="bl-check"><input type="checkbox" data-role="embed-weights"> Include the trained weights (the network exactly as it is now)</label>
  <p class="bl-message" data-role="embed-message" aria-live="polite"></p>
  <p class="bl-dialog-text" data-role="embed-points" hidden></p>
  <h3>As an iframe <span class="bl-hint">(sandboxed: the lab cannot reach the page around it)</span></h3>
  <textarea readonly rows="3" spellcheck="false" data-role="embed-iframe" aria-label="iframe snippet"></textarea>
  <button type="button" class="bl-button bl-small" data-role="embed-copy-iframe">Copy iframe</button>
  <h3>As a script <span class="bl-hint">(put the last part in your own .js file)</span></h3>
  <textarea readonly rows="10" spellcheck="false" data-role="embed-script" aria-label="script snippet"></textarea>
  <button type="button" class="bl-button bl-small" data-role="embed-copy-script">Copy script</button>
  <p class="bl-status" data-role="embed-status" aria-live="polite"></p>
  <button type="button" class="bl-button bl-close" data-role="embed-close" aria-label="Close">×</button>
</div>
""".replace("{views}", views).replace("{controls}", controls).replace("{p}", p);
    }
}
