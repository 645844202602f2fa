package org.backproplab.ui;

import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.teavm.jso.JSExportClasses;

/** The browser entry point; the page calls {@code main()} once the script has loaded. */
@JSExportClasses({BackpropLab.class})
public final class App {
    /** The placeholder network: 2-4-4-1, tanh hidden layers, sigmoid output. */
    static final int[] SIZES = {2, 4, 4, 1};
    static final long SEED = 1;

    private App() {
    }

    public static void main(String[] args) {
        Shape shape = Shape.of(SIZES, Activation.TANH, Activation.SIGMOID);
        Network network = Network.initialized(shape, Loss.BINARY_CROSS_ENTROPY, Regularization.NONE,
                Initializer.XAVIER, SEED);
        PlaceholderView view = new PlaceholderView(new Canvas2D(Dom.canvas("network")));
        view.draw(network);
        ScreenChanges.watch(() -> view.draw(network));
        BackpropLab.started(new LabHandle(network));
    }
}
