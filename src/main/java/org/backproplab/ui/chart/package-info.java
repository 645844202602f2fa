/**
 * Plots: a chart's frame with grid, axes and cached tick labels ({@link org.backproplab.ui.chart.PlotFrame}),
 * its key with dash patterns ({@link org.backproplab.ui.chart.Legend}), the linear/log toggle, and the cost
 * curve and α(t) plot that several features show.
 */
package org.backproplab.ui.chart;
