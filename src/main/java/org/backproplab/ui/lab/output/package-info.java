/**
 * The output view: the decision boundary or fitted curve with the data, its legend and toggles, and the
 * picture of one neuron's output while the pointer is on it.
 */
package org.backproplab.ui.lab.output;
