/**
 * The browser as any view uses it, with no knowledge of the lab: element lookup and building ({@link
 * org.backproplab.ui.dom.Dom}), canvases at the device pixel ratio, the frame loop and its budget, text slots
 * and tooltips, the page's address, clipboard and downloads. What is drawn every frame goes to the canvas
 * in whole sixteenths of a pixel ({@link org.backproplab.ui.dom.FineUnits}), so no canvas call boxes a number.
 */
package org.backproplab.ui.dom;
