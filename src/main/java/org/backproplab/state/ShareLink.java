package org.backproplab.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A shared link's fragment: the settings ({@link StateCodec}) and, optionally, the trained weights
 * ({@code &weights=…}, see {@link WeightsCodec}). Opening a link without weights draws the same starting
 * weights from the seed; with weights, the network is exactly the one that was shared.
 *
 * <p>Links are kept to {@link #MAX_URL_LENGTH} characters in all: longer ones are cut by some mail
 * programs, chat apps and servers. {@link #url} refuses to make a longer one, with a message that says
 * what to do instead.
 */
public final class ShareLink {
    /** The key of the weights in the fragment. */
    public static final String WEIGHTS_KEY = "weights";
    /** The longest link {@link #url} makes, page address included (8 KB). */
    public static final int MAX_URL_LENGTH = 8192;

    private ShareLink() {
    }

    /**
     * What a fragment asks for: the settings over a base, the weights (null when the link has none, or
     * when they were refused), and every notice in words.
     */
    public record Decoded(AppState state, double[] weights, List<String> notices) {
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Said wherever a link is made while the lab's points are its own (clicked into the plot or loaded from a
     * CSV): a link carries settings, not points.
     */
    public static final String CUSTOM_DATA_NOTE = "The points you added by clicking the plot (or loaded from a CSV)"
            + " are not in the link: a link carries the settings and the seed, and the seed draws the generated"
            + " points again. To share your points, use Export ▾ > Training data (CSV); Load CSV… reads that file.";

    /**
     * The settings of {@code state} that differ from {@link AppState#defaults()} (with a lesson, from that
     * lesson's lab, where its link starts), as {@link StateCodec#encode} writes them, after its version
     * ("v=1&amp;lr=0.3&amp;hidden=8,4"): what an embedded lab needs. An empty lesson is never written.
     */
    public static String changedSettings(AppState state) {
        // A link naming a lesson starts from that lesson's lab, not from the defaults: compare with what the
        // lesson key alone decodes to, and always keep the lesson key itself.
        AppState base = state.lesson().isEmpty() ? AppState.defaults()
                : decode("lesson=" + state.lesson(), AppState.defaults()).state();
        List<String> defaults = List.of(StateCodec.split(StateCodec.encode(base), '&'));
        StringBuilder text = new StringBuilder();
        for (String pair : StateCodec.split(StateCodec.encode(state), '&')) {
            boolean kept = pair.startsWith("v=") || (pair.startsWith("lesson=") && !pair.equals("lesson="));
            if (kept || !(defaults.contains(pair) || pair.equals("lesson="))) {
                text.append(text.length() == 0 ? "" : "&").append(pair);
            }
        }
        return text.toString();
    }

    /** {@link #changedSettings}, plus {@code weights} unless null: the fragment of an embed snippet. */
    public static String changedFragment(AppState state, double[] weights) {
        String settings = changedSettings(state);
        return weights == null ? settings : settings + "&" + WEIGHTS_KEY + "=" + WeightsCodec.encode(weights);
    }

    /** The fragment text (without '#') for {@code state}, plus {@code weights} unless null. */
    public static String fragment(AppState state, double[] weights) {
        String settings = StateCodec.encode(state);
        return weights == null ? settings : settings + "&" + WEIGHTS_KEY + "=" + WeightsCodec.encode(weights);
    }

    /**
     * The full link: {@code pageUrl} without any fragment, then '#' and {@link #fragment}.
     *
     * @throws IllegalArgumentException when the link would be longer than {@link #MAX_URL_LENGTH}; the message
     *     says how long, how many parameters fit, and what to do instead
     */
    public static String url(String pageUrl, AppState state, double[] weights) {
        String page = withoutFragment(pageUrl == null ? "" : pageUrl);
        String link = page + "#" + fragment(state, weights);
        if (link.length() > MAX_URL_LENGTH) {
            int room = MAX_URL_LENGTH - page.length() - 1 - StateCodec.encode(state).length() - WEIGHTS_KEY.length() - 2;
            int fitting = Math.max(0, room * 3 / 4 / 8);
            throw new IllegalArgumentException("a link with the trained weights of this network would be "
                    + NumberText.grouped(link.length()) + " characters long, but links are kept under " + NumberText.grouped(MAX_URL_LENGTH)
                    + ": this network has " + NumberText.grouped(weights == null ? 0 : weights.length)
                    + " weights and biases, and about " + NumberText.grouped(fitting) + " fit. Share the link without "
                    + "the weights, or export the model as JSON");
        }
        return link;
    }

    /** {@code url} up to (not including) its '#'. */
    public static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * Reads a fragment (a leading '#' or '?' is skipped) over {@code base}. Never fails: bad settings keep the
     * base's values and bad weights are dropped (the network then starts from the seed), each with a notice.
     */
    public static Decoded decode(String text, AppState base) {
        if (text == null || text.length() > StateCodec.MAX_LENGTH) {
            StateCodec.Decoded settings = StateCodec.decode(text, base);
            return new Decoded(settings.state(), null, settings.notices());
        }
        String body = text.startsWith("#") || text.startsWith("?") ? text.substring(1) : text;
        StringBuilder settingsText = new StringBuilder();
        String weightsText = null;
        int weightsGiven = 0;
        for (String pair : UrlText.pairs(body)) {
            if (pair.startsWith(WEIGHTS_KEY + "=") || pair.equals(WEIGHTS_KEY)) {
                weightsGiven++;
                weightsText = pair.length() > WEIGHTS_KEY.length() ? pair.substring(WEIGHTS_KEY.length() + 1) : "";
            } else if (!pair.isEmpty()) {
                settingsText.append(settingsText.length() == 0 ? "" : "&").append(pair);
            }
        }
        StateCodec.Decoded settings = StateCodec.decode(settingsText.toString(), base);
        List<String> notices = new ArrayList<>(settings.notices());
        double[] weights = null;
        if (weightsGiven > 1) {
            notices.add("the link gives the weights " + weightsGiven + " times, so the network starts from the "
                    + "seed's weights instead");
        } else if (weightsText != null) {
            try {
                weights = WeightsCodec.decode(weightsText, settings.state().parameterCount());
                String problem = LabSession.parametersProblem(weights, settings.state().parameterCount());
                if (!problem.isEmpty()) {
                    weights = null;
                    throw new IllegalArgumentException(problem);
                }
            } catch (IllegalArgumentException e) {
                notices.add("ignored the link's trained weights: " + e.getMessage()
                        + "; the network starts from the seed's weights instead");
            }
        }
        return new Decoded(settings.state(), weights, notices);
    }

}
