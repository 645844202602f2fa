/**
 * The phase stepper: one training iteration walked as forward, cost, backpropagation and gradient
 * descent over the network drawing, with the gradient check and the worked example that go with it.
 */
package org.backproplab.ui.stepper;
