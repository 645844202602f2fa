package org.backproplab.ui.host;

import org.backproplab.data.Dataset;
import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;

/**
 * The {@link LabHost} of a feature in a bundle of its own: its settings are the lab's, read back from
 * {@link FeatureHost#settings()} when that text changes, and its session is a copy of the lab's (same settings,
 * same data and split, same starting weights), rebuilt when the lab's data or network is replaced. The copy
 * never trains: what a feature needs from it is the lab's start, data and training settings.
 */
public final class RemoteHost implements LabHost {
    private final FeatureHost host;
    /** The lab's settings, decoded once per change of their text. */
    private final RemoteSettings settings;
    private LabSession session;
    private double revision = Double.NaN;
    /** Whether the copy holds the lab's own data (then a new lab revision may mean new data). */
    private boolean copiedCustomData;

    public RemoteHost(FeatureHost host) {
        this.host = host;
        this.settings = new RemoteSettings(host);
    }

    @Override
    public AppState state() {
        return settings.state();
    }

    /** Never: only the main bundle's microscope hides its numbers while a question waits. */
    @Override
    public boolean answerPending() {
        return false;
    }

    @Override
    public void change(AppState next) {
        settings.change(next);
    }

    /**
     * The copy of the lab's session, brought up to date with the lab's settings, data and network. Made anew only
     * when the lab holds data of its own that may have changed since (its revision moved): generated data, the
     * starting weights and the training settings follow from the settings, which {@link LabSession#apply} brings
     * over. (Making it anew on every revision, that is after every step the lab took, cost 20–35 ms on 2,000 points
     * and six hidden layers of 16, most of the finder's 53 ms first click.)
     */
    @Override
    public LabSession lab() {
        AppState current = state();
        double labRevision = host.revision();
        boolean custom = host.customData();
        if (session == null || custom != copiedCustomData || custom && labRevision != revision) {
            revision = labRevision;
            copiedCustomData = custom;
            session = new LabSession(current);
            if (custom) {
                int inputs = session.trainData().inputSize();
                int targets = session.trainData().targetSize();
                String refused = session.useSplitData(
                        new Dataset(inputs, targets, host.dataValues(false, false), host.dataValues(false, true)),
                        new Dataset(inputs, targets, host.dataValues(true, false), host.dataValues(true, true)));
                if (!refused.isEmpty()) {
                    throw new IllegalStateException("the lab's own data could not be copied: " + refused);
                }
            }
        } else {
            session.apply(current);
        }
        return session;
    }

    @Override
    public void setPlaying(boolean play) {
        host.setPlaying(play);
    }

    /** The copy never trains, so the lab's divergence state has nothing new to read. */
    @Override
    public void updateDivergence() {
    }

    @Override
    public void setStepping(boolean on) {
        host.setStepping(on);
    }
}
