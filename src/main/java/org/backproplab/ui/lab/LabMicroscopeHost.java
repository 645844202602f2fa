package org.backproplab.ui.lab;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.state.LabSession;
import org.backproplab.ui.host.MicroscopeHost;
import org.teavm.jso.typedarrays.Float64Array;

/** The lab as it lends itself to the microscope's bundle ({@link MicroscopeHost}). */
final class LabMicroscopeHost extends LabFeatureHost implements MicroscopeHost {
    private Network seenNetwork;
    private Dataset seenData;
    private double replacement;
    /** The weights handed over, refilled in place (Float64Array.fromJavaArray's view is JavaScript-only: not in Wasm GC). */
    private Float64Array lent = Float64Array.create(0);

    LabMicroscopeHost(LabView view) {
        super(view);
    }

    /** Counts the network and data objects the lab has had: the session makes new ones whenever they are replaced. */
    @Override
    public double replacement() {
        LabSession lab = view.lab();
        if (lab.network() != seenNetwork || lab.trainData() != seenData) {
            seenNetwork = lab.network();
            seenData = lab.trainData();
            replacement++;
        }
        return replacement;
    }

    @Override
    public Float64Array parameters() {
        double[] own = view.lab().network().parameters();
        if (lent.getLength() != own.length) {
            lent = Float64Array.create(own.length);
        }
        for (int p = 0; p < own.length; p++) {
            lent.set(p, own[p]);
        }
        return lent;
    }

    @Override
    public double iteration() {
        return view.lab().iterationCount();
    }

    @Override
    public double trainCost() {
        return view.lab().trainCost();
    }

    @Override
    public double learningRate() {
        return view.lab().trainer().currentLearningRate();
    }

    @Override
    public boolean playing() {
        return view.isPlaying();
    }

    @Override
    public boolean answerPending() {
        return view.answerPending();
    }
}
