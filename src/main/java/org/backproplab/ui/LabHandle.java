package org.backproplab.ui;

import org.backproplab.core.Network;
import org.teavm.jso.JSExport;

/**
 * What the page's scripts (and the browser tests) may ask the running lab: a few numbers from the core,
 * so tests can compare the browser's network with the JVM's.
 */
public final class LabHandle {
    private final Network network;

    LabHandle(Network network) {
        this.network = network;
    }

    /** Weights and biases in the network. */
    @JSExport
    public int parameterCount() {
        return network.shape().parameterCount();
    }

    /** W[0][0][0]: the weight from input 0 to the first neuron of layer 1. */
    @JSExport
    public double firstWeight() {
        return network.parameters()[0];
    }
}
