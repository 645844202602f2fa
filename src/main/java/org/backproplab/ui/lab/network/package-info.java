/**
 * The network view and what sits on it: the drawing, the +/− controls, input chips, the activation under
 * each hidden column, neuron thumbnails, typing a weight, and the weight table for screen readers.
 */
package org.backproplab.ui.lab.network;
