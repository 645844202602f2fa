package org.backproplab.ui.lab;

import org.backproplab.state.AppState;
import org.backproplab.state.ShareLink;
import org.backproplab.state.StateCodec;
import org.backproplab.ui.dom.Guard;
import org.backproplab.ui.dom.UrlState;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;

/**
 * Mirrors a page-owning lab's settings in the URL fragment, and follows the fragment when the user edits it
 * or goes back: what the link holds is applied, what it could not use is listed in a notice. A fragment this
 * lab wrote itself is not read back.
 */
final class UrlSync {
    /** Browsers throttle (and then refuse) rapid history updates, so a dragged slider writes at most this often. */
    private static final double WRITE_INTERVAL_MS = 250;
    static final String NOTICE_TITLE = "Some settings in the link were not used:";

    private String lastWrittenHash = "";
    private boolean pending;
    private double lastWrite = Double.NEGATIVE_INFINITY;

    /** The link the page was opened with, decoded against {@code initial}. */
    ShareLink.Decoded readInitial(AppState initial) {
        String hash = UrlState.read();
        lastWrittenHash = hash;
        return ShareLink.decode(hash, initial);
    }

    /** Applies every later change of the fragment to {@code view}. */
    void listen(Guard guard, LabView view) {
        guard.listen(Window.current(), "hashchange", "reading the link", (Event e) -> {
            String hash = UrlState.read();
            if (!hash.equals(lastWrittenHash)) {
                lastWrittenHash = hash;
                ShareLink.Decoded decoded = ShareLink.decode(hash, view.state());
                view.change(decoded.state());
                if (decoded.weights() != null) {
                    view.loadParameters(decoded.weights());
                }
                if (!decoded.notices().isEmpty()) {
                    view.showNotice(NOTICE_TITLE, decoded.notices());
                }
            }
        });
    }

    /** The settings changed: write them now, or (right after a write) in a later {@link #flush}. */
    void changed(AppState state) {
        pending = true;
        flush(state);
    }

    /** Writes {@code state} into the URL if a write is pending and the last one is long enough ago. */
    void flush(AppState state) {
        double now = Performance.now();
        if (!pending || now - lastWrite < WRITE_INTERVAL_MS) {
            return;
        }
        pending = false;
        lastWrite = now;
        String text = StateCodec.encode(state);
        lastWrittenHash = text;
        UrlState.write(text);
    }
}
