/**
 * One or two weights under the microscope: the cost along a weight, the chain rule that gives
 * ∂J/∂w, one gradient-descent step with its numbers, and the 2-D cost map over two weights. A bundle of its own
 * (js/backprop-lab-microscope.js, entry {@link org.backproplab.ui.microscope.MicroscopeMain}), loaded when a lab's
 * microscope first opens; it follows the lab through {@link org.backproplab.ui.host.MicroscopeHost}.
 */
package org.backproplab.ui.microscope;
