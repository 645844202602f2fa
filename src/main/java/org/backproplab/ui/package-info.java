/**
 * The browser front end, the only TeaVM/JSO code: the entry point {@link org.backproplab.ui.App}, the
 * mount API for course pages ({@link org.backproplab.ui.BackpropLab}), the embed layout and the scripting
 * handle. Beneath it: a toolkit ({@code ui.dom}, {@code ui.chart}, {@code ui.host}), the main lab
 * ({@code ui.lab}) and its features ({@code ui.stepper}, {@code ui.microscope}, {@code ui.ratelab},
 * {@code ui.lessons}), which use the toolkit and never each other. Nothing outside ui knows a browser exists.
 * The same program is compiled twice, to JavaScript and to WebAssembly GC (web/js/start.js picks one at load;
 * {@link org.backproplab.ui.Engine} says which runs).
 */
package org.backproplab.ui;
