/**
 * One or two weights under the microscope: the cost along a weight, the chain rule that gives
 * ∂J/∂w, one gradient-descent step with its numbers, and the 2-D cost map over two weights.
 */
package org.backproplab.ui.microscope;
