package org.backproplab.ui.ratelab;

import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.host.FeatureHost;
import org.backproplab.ui.host.RateLabPanel;
import org.backproplab.ui.host.RemoteHost;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * The entry point of js/backprop-lab-ratelab.js, the α lab's own bundle, which a lab loads when its α lab is first
 * opened. {@link #backpropLabRateLab} (a global of the page) builds the α lab in a lab's element and hands back
 * its {@link RateLabPanel}; several labs on one page share the one bundle. The entry point is named
 * {@code backpropLabRateLabMain} so that it leaves the app's {@code main} alone.
 */
public final class RateLabMain implements RateLabPanel {
    private final LearningRateLab rateLab;
    private final RemoteHost remote;
    /** Whether the lab's copy has been made (the first frame the α lab is open). */
    private boolean copied;

    private RateLabMain(LearningRateLab rateLab, RemoteHost remote) {
        this.rateLab = rateLab;
        this.remote = remote;
    }

    public static void main(String[] args) {
    }

    /** The α lab of the lab that lends {@code host}. */
    @JSExport
    public static RateLabPanel backpropLabRateLab(FeatureHost host) {
        Guard guard = new Guard(host::failed);
        RemoteHost remote = new RemoteHost(host);
        return new RateLabMain(new LearningRateLab(host.root(), remote, guard), remote);
    }

    @Override
    public boolean isOpen() {
        return rateLab.isOpen();
    }

    @Override
    public void setOpen(boolean open) {
        rateLab.setOpen(open);
    }

    @Override
    public boolean handlesKey(KeyboardEvent event) {
        return rateLab.handlesKey(event);
    }

    @Override
    public boolean frame(double deadline) {
        if (!copied && rateLab.isOpen()) {
            // the lab's copy in the first frame after opening, on its own, rather than in the first click on Sweep α
            // or Start (together over 50 ms on the heaviest lab)
            remote.lab();
            copied = true;
            return true;
        }
        return rateLab.frame(deadline);
    }

    @Override
    public int raceRunCount() {
        return rateLab.race() == null ? 0 : rateLab.race().runCount();
    }

    @Override
    public int raceCostCount(int run) {
        return rateLab.race() == null ? 0 : rateLab.race().costCount(run);
    }

    @Override
    public double raceLastCost(int run) {
        return rateLab.race() == null ? Double.NaN : rateLab.race().lastCost(run);
    }

    @Override
    public String raceVerdict(int run) {
        return rateLab.race() == null ? "" : rateLab.race().verdict(run);
    }

    @Override
    public String raceExpected(int run) {
        return rateLab.race() == null ? "" : rateLab.race().expectedVerdict(run);
    }

    @Override
    public double raceRate(int run) {
        return rateLab.race() == null ? Double.NaN : rateLab.race().rate(run);
    }

    @Override
    public double raceSharpness(int run, boolean last) {
        return rateLab.race() == null ? Double.NaN : rateLab.race().sharpness(run, last);
    }

    @Override
    public boolean finderChecked() {
        return rateLab.finder() != null && rateLab.finder().isChecked();
    }

    @Override
    public boolean raceOver() {
        return rateLab.race() != null && rateLab.race().isOver();
    }

    @Override
    public boolean finderDone() {
        return rateLab.finder() != null && rateLab.finder().isDone();
    }

    @Override
    public double finderSuggestion() {
        return rateLab.finder() == null ? Double.NaN : rateLab.finder().suggestion();
    }

    @Override
    public double finderBestRate() {
        return rateLab.finder() == null ? Double.NaN : rateLab.finder().bestRate();
    }

    @Override
    public int sandboxPathCount() {
        return rateLab.sandbox() == null ? 0 : rateLab.sandbox().pathCount();
    }
}
