package org.backproplab.ui.microscope;

import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.host.MicroscopeHost;
import org.backproplab.ui.host.MicroscopePanel;
import org.teavm.jso.JSExport;

/**
 * The entry point of js/backprop-lab-microscope.js, the microscope's own bundle (ui.microscope and the landscape
 * package), which a lab loads when its microscope is first opened (its button, a weight clicked, w1 in a link, a
 * lesson). {@link #backpropLabMicroscope} (a global of the page) builds the panel in a lab's element and hands back
 * its {@link MicroscopePanel}; several labs on one page share the one bundle. The entry point is named
 * {@code backpropLabMicroscopeMain} so that it leaves the app's {@code main} alone.
 */
public final class MicroscopeMain implements MicroscopePanel {
    private final MicroscopeView view;
    private final RemoteLab lab;

    private MicroscopeMain(MicroscopeView view, RemoteLab lab) {
        this.view = view;
        this.lab = lab;
    }

    public static void main(String[] args) {
    }

    /** The microscope of the lab that lends {@code host}. */
    @JSExport
    public static MicroscopePanel backpropLabMicroscope(MicroscopeHost host) {
        RemoteLab lab = new RemoteLab(host);
        MicroscopeView view = new MicroscopeView(host.root(), lab, new Guard(host::failed), host::playing,
                () -> host.setPlaying(false));
        return new MicroscopeMain(view, lab);
    }

    @Override
    public void toggle() {
        view.toggle();
    }

    @Override
    public boolean frame(double deadline) {
        // a closed panel reads only the selection: the lab's weights are copied while the panel may show them
        if (view.isOpen() || lab.network() == null || lab.state().selectedWeight() >= 0) {
            lab.follow();
        }
        return view.draw(lab, deadline);
    }

    @Override
    public boolean isOpen() {
        return view.isOpen();
    }

    @Override
    public double gradient() {
        return view.gradient();
    }

    @Override
    public double nextWeight() {
        return view.nextWeight();
    }

    @Override
    public double tangentSlope() {
        return view.tangentSlope();
    }

    @Override
    public int trailLength() {
        return view.trailLength();
    }

    @Override
    public int pathLength() {
        return view.pathLength();
    }
}
