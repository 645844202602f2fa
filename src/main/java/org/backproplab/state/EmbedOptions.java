package org.backproplab.state;

import java.util.ArrayList;
import java.util.List;

/**
 * What an embedded lab shows: read from a page's query ({@code ?embed=1&views=network,cost&controls=lr,play})
 * or from the options of {@code BackpropLab.mount}. Without {@code embed=1} the whole lab is shown.
 * Embedded, only the named views and controls are shown, without the page's header and without the
 * settings column unless a setting is named.
 *
 * <p>Reading never fails and never leaves nothing to see: unknown names are skipped with a notice, and
 * when no known view is left all three are shown.
 */
public record EmbedOptions(boolean embed, List<View> views, List<Control> controls, List<String> notices) {
    /** Longer option texts are not read at all. */
    public static final int MAX_LENGTH = 2000;

    /** The views, by the name used in {@code views=}. */
    public enum View {
        NETWORK("network"), OUTPUT("output"), COST("cost");

        private final String id;

        View(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * The controls, by the name used in {@code controls=}. The first four sit in the toolbar; most others
     * are rows of the settings ({@code optimizer} brings μ or β₁/β₂ along, {@code regularization} brings λ);
     * {@code phases} (the phase stepper) and {@code microscope} sit under the network view.
     */
    public enum Control {
        PLAY("play", Place.TOOLBAR), STEP("step", Place.TOOLBAR), RESET("reset", Place.TOOLBAR),
        SPEED("speed", Place.TOOLBAR),
        DATASET("dataset", Place.SETTINGS), NOISE("noise", Place.SETTINGS), SPLIT("split", Place.SETTINGS),
        POINTS("points", Place.SETTINGS), SEED("seed", Place.SETTINGS), CSV("csv", Place.SETTINGS),
        LAYERS("layers", Place.SETTINGS), ACTIVATION("activation", Place.SETTINGS), INIT("init", Place.SETTINGS),
        LOSS("loss", Place.SETTINGS), LR("lr", Place.SETTINGS), SCHEDULE("schedule", Place.SETTINGS),
        OPTIMIZER("optimizer", Place.SETTINGS), BATCH("batch", Place.SETTINGS),
        REGULARIZATION("regularization", Place.SETTINGS),
        PHASES("phases", Place.NETWORK_VIEW), MICROSCOPE("microscope", Place.NETWORK_VIEW);

        private final String id;
        private final Place place;

        Control(String id, Place place) {
            this.id = id;
            this.place = place;
        }

        public String id() {
            return id;
        }

        /** Whether the control sits in the toolbar. */
        public boolean inToolbar() {
            return place == Place.TOOLBAR;
        }

        /** Whether the control is a row of the settings strip. */
        public boolean inSettings() {
            return place == Place.SETTINGS;
        }
    }

    /** Where a control sits: the toolbar, the settings, or under the network view (phase stepper, microscope). */
    public enum Place {
        TOOLBAR, SETTINGS, NETWORK_VIEW
    }

    /** The controls an embedded lab shows when none are named: play, step and reset. */
    public static final List<Control> DEFAULT_CONTROLS = List.of(Control.PLAY, Control.STEP, Control.RESET);

    /** The whole lab, as on its own page. */
    public static final EmbedOptions FULL = new EmbedOptions(false, List.of(View.values()), List.of(Control.values()),
            List.of());

    public EmbedOptions {
        views = List.copyOf(views);
        controls = List.copyOf(controls);
        notices = List.copyOf(notices);
    }

    public boolean shows(View view) {
        return views.contains(view);
    }

    public boolean shows(Control control) {
        return controls.contains(control);
    }

    /** Whether any control of the settings column is shown. */
    public boolean showsSettings() {
        for (Control control : controls) {
            if (control.inSettings()) {
                return true;
            }
        }
        return false;
    }

    /** The view names, e.g. "network,cost". */
    public String viewsText() {
        StringBuilder text = new StringBuilder();
        for (View view : views) {
            text.append(text.length() == 0 ? "" : ",").append(view.id());
        }
        return text.toString();
    }

    /** The control names, e.g. "play,lr" ("" for none). */
    public String controlsText() {
        StringBuilder text = new StringBuilder();
        for (Control control : controls) {
            text.append(text.length() == 0 ? "" : ",").append(control.id());
        }
        return text.toString();
    }

    /** The query that asks for these options: "embed=1&views=…&controls=…" (or "" for the whole lab). */
    public String query() {
        return embed ? "embed=1&views=" + viewsText() + "&controls=" + controlsText() : "";
    }

    /** Every view name, for messages and documentation. */
    public static String viewNames() {
        StringBuilder text = new StringBuilder();
        for (View view : View.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(view.id());
        }
        return text.toString();
    }

    /** Every control name, for messages and documentation. */
    public static String controlNames() {
        StringBuilder text = new StringBuilder();
        for (Control control : Control.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(control.id());
        }
        return text.toString();
    }

    /**
     * Reads a page's query ("?embed=1&views=network&controls=play,lr"; percent-escapes already decoded).
     * Keys other than embed, views and controls are left to the page and not mentioned.
     */
    public static EmbedOptions parseQuery(String query) {
        if (query == null || query.isEmpty() || query.equals("?")) {
            return FULL;
        }
        if (query.length() > MAX_LENGTH) {
            return new EmbedOptions(false, FULL.views, FULL.controls, List.of("the page address's options are "
                    + query.length() + " characters long (at most " + MAX_LENGTH + " are read), so the whole lab is shown"));
        }
        String body = query.startsWith("?") ? query.substring(1) : query;
        String embed = null;
        String views = null;
        String controls = null;
        for (String pair : StateCodec.split(body, '&')) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            switch (key) {
                case "embed": embed = value; break;
                case "views": views = value; break;
                case "controls": controls = value; break;
                default: break;
            }
        }
        List<String> notices = new ArrayList<>();
        boolean embedded = embed != null && readFlag(embed, notices);
        if (!embedded) {
            if (views != null || controls != null) {
                notices.add("views= and controls= apply only to an embedded lab (add embed=1), so the whole lab is shown");
            }
            return new EmbedOptions(false, FULL.views, FULL.controls, notices);
        }
        return embedded(views, controls, notices);
    }

    /**
     * The options of {@code BackpropLab.mount}: {@code embed} false shows the whole lab; otherwise
     * {@code views} and {@code controls} are comma-separated names (null: the defaults).
     */
    public static EmbedOptions of(boolean embed, String views, String controls) {
        List<String> notices = new ArrayList<>();
        if (!embed) {
            return FULL;
        }
        if ((views != null && views.length() > MAX_LENGTH) || (controls != null && controls.length() > MAX_LENGTH)) {
            notices.add("the views or controls option is longer than " + MAX_LENGTH + " characters, so the defaults are used");
            return embedded(null, null, notices);
        }
        return embedded(views, controls, notices);
    }

    private static EmbedOptions embedded(String viewsText, String controlsText, List<String> notices) {
        List<View> views = new ArrayList<>();
        if (viewsText == null || viewsText.trim().isEmpty() || viewsText.trim().equals("all")) {
            views.addAll(List.of(View.values()));
        } else {
            for (String name : names(viewsText)) {
                View view = view(name);
                if (view == null) {
                    notices.add("ignored unknown view \"" + NumberText.shorten(name) + "\"; views are " + viewNames());
                } else if (!views.contains(view)) {
                    views.add(view);
                }
            }
            if (views.isEmpty()) {
                notices.add("no known view was named, so all three are shown");
                views.addAll(List.of(View.values()));
            }
        }
        List<Control> controls = new ArrayList<>();
        if (controlsText == null) {
            controls.addAll(DEFAULT_CONTROLS);
        } else if (controlsText.trim().equals("all")) {
            controls.addAll(List.of(Control.values()));
        } else if (!controlsText.trim().isEmpty() && !controlsText.trim().equals("none")) {
            for (String name : names(controlsText)) {
                Control control = control(name);
                if (control == null) {
                    notices.add("ignored unknown control \"" + NumberText.shorten(name) + "\"; controls are "
                            + controlNames());
                } else if (!controls.contains(control)) {
                    controls.add(control);
                }
            }
        }
        return new EmbedOptions(true, views, controls, notices);
    }

    private static boolean readFlag(String value, List<String> notices) {
        String flag = value.trim();
        if (flag.equals("0") || flag.equals("false") || flag.equals("no")) {
            return false;
        }
        if (!flag.equals("1") && !flag.equals("true") && !flag.equals("yes") && !flag.isEmpty()) {
            notices.add("embed=" + NumberText.shorten(flag) + " is not 1 or 0; the lab is shown embedded");
        }
        return true;
    }

    /** The folder of the page at {@code pageUrl} (fragment and query removed), where the lab's files lie. */
    public static String siteOf(String pageUrl) {
        String page = ShareLink.withoutFragment(pageUrl);
        int query = page.indexOf('?');
        page = query < 0 ? page : page.substring(0, query);
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    /** The iframe's address: the lab at {@code site} with these options, {@link ShareLink#changedFragment}. */
    public String iframeUrl(String site, AppState state, double[] weights) {
        return site + "index.html?" + query() + "#" + ShareLink.changedFragment(state, weights);
    }

    /**
     * An iframe of the lab at {@code site} with these options, the settings of {@code state} that differ from
     * the defaults and {@code weights} (null: none), to paste into a page.
     */
    public String iframeSnippet(String site, AppState state, double[] weights) {
        return "<iframe src=\"" + escapeAttribute(iframeUrl(site, state, weights))
                + "\"\n        sandbox=\"allow-scripts\" width=\"720\" height=\"420\" title=\"Backprop Lab\" loading=\"lazy\"></iframe>";
    }

    /** The same lab mounted by a script, with a course script that drives it. */
    public String scriptSnippet(String site, AppState state, double[] weights) {
        return "<link rel=\"stylesheet\" href=\"" + escapeAttribute(site + "css/backprop-lab.css") + "\">\n"
                + "<div id=\"backprop-demo\"></div>\n"
                + "<script src=\"" + escapeAttribute(site + "js/backprop-lab.js") + "\"></script>\n"
                + "<script src=\"course.js\"></script>\n\n"
                + "// course.js\n"
                + "var lab = BackpropLab.mount(document.getElementById(\"backprop-demo\"), {\n"
                + "  state: \"" + ShareLink.changedFragment(state, weights) + "\",\n"
                + "  views: \"" + viewsText() + "\",\n"
                + "  controls: \"" + controlsText() + "\",\n"
                + "  embed: true\n"
                + "});\n"
                + "// lab.step(100), lab.cost(), lab.setLearningRate(0.03), lab.state(), lab.destroy()";
    }

    /** {@code text} inside a double-quoted HTML attribute: & and " as entities. */
    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : StateCodec.split(text, ',')) {
            String name = part.trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static View view(String name) {
        for (View view : View.values()) {
            if (NumberText.sameIgnoringCase(view.id(), name)) {
                return view;
            }
        }
        return null;
    }

    private static Control control(String name) {
        for (Control control : Control.values()) {
            if (NumberText.sameIgnoringCase(control.id(), name)) {
                return control;
            }
        }
        return null;
    }
}
