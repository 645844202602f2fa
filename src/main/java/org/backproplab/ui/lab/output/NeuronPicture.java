package org.backproplab.ui.lab.output;

import org.backproplab.core.Backprop;
import org.backproplab.core.Shape;
import org.backproplab.viz.BoundaryRaster;
import org.backproplab.viz.ColorScale;
import org.backproplab.viz.NeuronRasters;
import org.backproplab.viz.RasterGrid;

/**
 * One neuron's output over the output plot's grid, coloured as its thumbnail in the network view (a
 * softmax output as its class's probability): what the output view shows while that neuron is pointed at.
 */
final class NeuronPicture {
    private final RasterGrid grid;
    private Shape shape;
    private Backprop backprop;
    private NeuronRasters rasters;

    NeuronPicture(RasterGrid grid) {
        this.grid = grid;
    }

    /** Paints neuron {@code neuron} of layer {@code layer} at {@code parameters} into {@code pixels}. */
    void paint(Shape current, double[] parameters, int layer, int neuron, int alpha, int[] pixels) {
        if (!current.equals(shape)) {
            shape = current;
            backprop = new Backprop(current);
            rasters = new NeuronRasters(grid, current);
        }
        rasters.evaluate(backprop, parameters);
        if (layer == current.layerCount() - 1 && current.outputSize() > 1) {
            rasters.paintProbability(layer, neuron, BoundaryRaster.classRgb(Math.min(neuron, 2)), alpha, pixels, 0);
        } else {
            rasters.paint(layer, neuron, ColorScale.PLAYGROUND, alpha, pixels, 0);
        }
    }
}
