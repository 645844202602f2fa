package org.backproplab.ui.dom;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;

/**
 * Runs event handlers so that nothing reaches the console: an unexpected exception becomes a message the
 * lab shows on the page (with what the student was doing), and the page stays usable.
 */
public final class Guard {
    /** Where a failure is reported. */
    public interface Sink {
        void failed(String message);
    }

    /** A handler that may throw. */
    public interface Action {
        public void run();
    }

    /** A handler of one event. */
    public interface Handler<E extends Event> {
        void handle(E event);
    }

    private final Sink sink;
    private final java.util.List<Runnable> removals = new java.util.ArrayList<>();

    public Guard(Sink sink) {
        this.sink = sink;
    }

    /** Runs {@code action}; a failure is reported as "{@code what} failed: reason". */
    public void run(String what, Action action) {
        try {
            action.run();
        } catch (Throwable e) {
            report(what, e);
        }
    }

    /** Listens to {@code type} events on {@code target} with a guarded handler. */
    public <E extends Event> void listen(EventTarget target, String type, String what, Handler<E> handler) {
        EventListener<E> listener = event -> run(what, () -> handler.handle(event));
        target.addEventListener(type, listener);
        removals.add(() -> target.removeEventListener(type, listener));
    }

    /** Runs {@code removal} when {@link #removeAll} does: for a watcher that is not an event listener. */
    public void onRemoveAll(Runnable removal) {
        removals.add(removal);
    }

    /** Removes every listener added through {@link #listen} (a lab being destroyed). */
    public void removeAll() {
        for (Runnable removal : removals) {
            removal.run();
        }
        removals.clear();
    }

    void report(String what, Throwable e) {
        String reason = e.getMessage();
        if (reason == null || reason.isEmpty()) {
            // Not the exception's class name: asking for class names keeps every class's name in the bundle.
            reason = "an internal error without a message";
        }
        try {
            sink.failed(what + " failed: " + reason);
        } catch (Throwable ignored) {
            // The page can no longer show messages; there is nothing better left to do.
        }
    }
}
