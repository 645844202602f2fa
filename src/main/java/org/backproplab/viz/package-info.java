/**
 * Pure geometry and colour for the views, with no DOM: the diverging {@link org.backproplab.viz.ColorScale},
 * where neurons and edges go ({@link org.backproplab.viz.NetworkLayout}, {@link org.backproplab.viz.EdgeStyle}),
 * heatmap rasters of the network's output and of each neuron, the sampled function of a 1-D network, and
 * axis ticks, number labels and the cost-curve mapping. The UI only copies these numbers onto a canvas;
 * per-frame routines write into caller-provided arrays and allocate nothing.
 */
package org.backproplab.viz;
