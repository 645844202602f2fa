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
        return Float64Array.fromJavaArray(view.lab().network().parameters());
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
