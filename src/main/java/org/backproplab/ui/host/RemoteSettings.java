package org.backproplab.ui.host;

import org.backproplab.state.AppState;
import org.backproplab.state.StateCodec;

/**
 * A lab's settings as a feature in a bundle of its own sees them: read back from {@link FeatureHost#settings()},
 * decoded again only when that text changed, and changed by handing the lab the next settings' text.
 */
public final class RemoteSettings implements Settings {
    private final FeatureHost host;
    private String text;
    private AppState state;

    public RemoteSettings(FeatureHost host) {
        this.host = host;
    }

    @Override
    public AppState state() {
        String current = host.settings();
        if (state == null || !current.equals(text)) {
            text = current;
            state = StateCodec.decode(current, AppState.defaults()).state();
        }
        return state;
    }

    @Override
    public void change(AppState next) {
        host.change(StateCodec.encode(next));
    }
}
