package org.backproplab.ui.microscope;

import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.ui.host.MicroscopeHost;
import org.backproplab.ui.host.RemoteSettings;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The main lab as the microscope's bundle follows it: the settings read back from their URL text, a network of
 * the lab's shape whose weights are copied from the lab's whenever its revision moved, and the lab's own training
 * data (copied, not generated again, so that every number the panel shows is the lab's to the last bit). Both are
 * made again when the lab's network or data is a new one.
 */
final class RemoteLab implements FollowedLab {
    private final MicroscopeHost host;
    /** The lab's settings, decoded once per change of their text. */
    private final RemoteSettings settings;
    private double replacement = Double.NaN;
    private double revision = Double.NaN;
    private Network network;
    private Dataset data;

    RemoteLab(MicroscopeHost host) {
        this.host = host;
        this.settings = new RemoteSettings(host);
    }

    @Override
    public AppState state() {
        return settings.state();
    }

    @Override
    public void change(AppState next) {
        settings.change(next);
    }

    @Override
    public boolean answerPending() {
        return host.answerPending();
    }

    /** Brings the copy up to date with the lab: a new network and data when the lab's are new, the weights when they moved. */
    void follow() {
        double replaced = host.replacement();
        if (network == null || replaced != replacement) {
            AppState current = state();
            Shape shape = current.shape();
            Network next = new Network(shape, current.loss(),
                    new Regularization(current.regularization(), current.lambda()));
            data = new Dataset(shape.inputSize(), shape.size(shape.layerCount() - 1), host.dataValues(false, false),
                    host.dataValues(false, true));
            network = next;
            replacement = replaced;
            revision = Double.NaN;
        }
        double labRevision = host.revision();
        if (labRevision != revision) {
            Float64Array live = host.parameters();
            double[] own = network.parameters();
            if (live.getLength() != own.length) {
                throw new IllegalStateException("the lab's network has " + live.getLength()
                        + " weights and biases, but its settings describe one with " + own.length);
            }
            for (int p = 0; p < own.length; p++) {
                own[p] = live.get(p);
            }
            revision = labRevision;
        }
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public Dataset trainData() {
        return data;
    }

    @Override
    public int revision() {
        return (int) revision;
    }

    @Override
    public long iteration() {
        return (long) host.iteration();
    }

    @Override
    public double trainCost() {
        return host.trainCost();
    }

    @Override
    public double learningRate() {
        return host.learningRate();
    }

    @Override
    public boolean fullBatch(int examples) {
        return LabSession.trainingConfig(state()).isFullBatch(examples);
    }
}
