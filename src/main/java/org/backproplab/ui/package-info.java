/**
 * The browser front end and the only TeaVM/JSO code: the entry point {@link org.backproplab.ui.App}, thin
 * wrappers over the DOM and the 2-D canvas, and the views that draw what the core computes. What is drawn
 * every frame goes to the canvas as whole sixteenths of a pixel ({@link org.backproplab.ui.FineUnits}), so
 * that no canvas call boxes a fractional number. The charts share their frame ({@link org.backproplab.ui.PlotFrame})
 * and their key with its dash patterns ({@link org.backproplab.ui.Legend}). Nothing outside this package knows a
 * browser exists.
 */
package org.backproplab.ui;
