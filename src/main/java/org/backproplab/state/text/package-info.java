/**
 * The sentences the lab's views show — microscope, output plot, neuron pictures, formula and CSV
 * messages — built here so that views only draw and every sentence has a JVM test.
 */
package org.backproplab.state.text;
