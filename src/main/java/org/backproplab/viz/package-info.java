/**
 * Pure geometry and colour for the views, with no DOM: the diverging {@link org.backproplab.viz.ColorScale},
 * where neurons and edges go ({@link org.backproplab.viz.NetworkLayout}, {@link org.backproplab.viz.EdgeStyle}),
 * heatmap rasters of the network's output and of each neuron, the sampled function of a 1-D network, and
 * axis ticks, number labels, the cost-curve mapping and where the output plot sits
 * ({@link org.backproplab.viz.OutputGeometry}); the network and output views' words
 * ({@link org.backproplab.viz.NetworkText}, {@link org.backproplab.viz.OutputText}). The pictures run rows of points through the network
 * at once ({@link org.backproplab.viz.BatchForward}); a large network's boundary is computed a band of rows
 * per frame ({@link org.backproplab.viz.BoundaryPass}); edges are stroked in batches of one colour and width
 * ({@link org.backproplab.viz.EdgeBatches}); {@link org.backproplab.viz.FrameTimes} keeps the frame timings.
 * The UI only copies these numbers onto a canvas; per-frame routines write into caller-provided arrays and
 * allocate nothing, and their loops pass no double across a call per point or pixel (the browser would box
 * it): {@link org.backproplab.viz.ColorScale#paint} colours a whole raster in one loop.
 */
package org.backproplab.viz;
