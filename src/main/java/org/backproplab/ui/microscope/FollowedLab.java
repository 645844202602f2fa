package org.backproplab.ui.microscope;

import org.backproplab.core.Network;
import org.backproplab.data.Dataset;
import org.backproplab.ui.host.Settings;

/**
 * The lab as the microscope follows it each frame: its settings, its network (whose weights training moves) and
 * training data, and what the lab measured. In the microscope's bundle this is {@link RemoteLab}, a copy of the
 * main lab's brought up to date each frame.
 */
interface FollowedLab extends Settings {
    /** Whether "Your turn" waits for an answer: the panel hides the iteration's numbers meanwhile. */
    boolean answerPending();

    /** The network with the lab's current weights; a new object when the lab's network is a new one. */
    Network network();

    /** The training data; a new object when the lab's data is new. */
    Dataset trainData();

    /** Changes whenever anything the panel shows may have changed ({@code LabSession.revision()}). */
    int revision();

    long iteration();

    /** J on the training set at the current weights. */
    double trainCost();

    /** The trainer's α at this iteration. */
    double learningRate();

    /** Whether a batch is the whole training set of {@code examples}. */
    boolean fullBatch(int examples);
}
