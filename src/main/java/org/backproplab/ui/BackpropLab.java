package org.backproplab.ui;

import org.teavm.jso.JSExport;
import org.teavm.jso.JSProperty;

/** The page's scripting namespace, {@code window.BackpropLab}: {@code BackpropLab.main} is the running lab. */
public final class BackpropLab {
    private static LabHandle main;

    private BackpropLab() {
    }

    /** The lab started by {@code main()}, or null before it has started. */
    @JSExport
    @JSProperty
    public static LabHandle getMain() {
        return main;
    }

    static void started(LabHandle lab) {
        main = lab;
    }
}
