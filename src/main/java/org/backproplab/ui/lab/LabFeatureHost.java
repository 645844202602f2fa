package org.backproplab.ui.lab;

import org.backproplab.data.Dataset;
import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;
import org.backproplab.ui.host.FeatureHost;
import org.teavm.jso.dom.html.HTMLElement;

/** The lab as it lends itself to a feature in a bundle of its own ({@link FeatureHost}). */
class LabFeatureHost implements FeatureHost {
    final LabView view;
    private AppState encoded;
    private String settings;

    LabFeatureHost(LabView view) {
        this.view = view;
    }

    @Override
    public HTMLElement root() {
        return view.root();
    }

    /** Encoded once per settings object, so a feature asking every frame costs one comparison. */
    @Override
    public String settings() {
        AppState state = view.state();
        if (state != encoded) {
            encoded = state;
            settings = StateCodec.encode(state);
        }
        return settings;
    }

    @Override
    public void change(String next) {
        view.change(StateCodec.decode(next, AppState.defaults()).state());
    }

    @Override
    public double revision() {
        return view.lab().revision();
    }

    @Override
    public boolean customData() {
        return view.lab().hasCustomData();
    }

    @Override
    public double[] dataValues(boolean test, boolean targets) {
        Dataset data = test ? view.lab().testData() : view.lab().trainData();
        return targets ? data.targetsView() : data.inputsView();
    }

    @Override
    public void setPlaying(boolean play) {
        view.setPlaying(play);
    }

    @Override
    public void setStepping(boolean on) {
        view.setStepping(on);
    }

    @Override
    public void failed(String message) {
        view.showFailure(message);
    }
}
