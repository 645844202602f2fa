package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.core.Activation;
import org.backproplab.core.Features;
import org.backproplab.core.Shape;
import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;

/** The link keys f (a formula data set), in (feature inputs), act (per hidden layer) and an empty hidden. */
class FeatureLinksTest {
    private static StateCodec.Decoded roundTrip(AppState state) {
        return StateCodec.decode("#" + StateCodec.encode(state), AppState.defaults());
    }

    @Test
    void aCurveFormulaRoundTripsAsTyped() {
        AppState state = AppState.defaults().withDataset(DatasetKind.EXPR).withFormula("sin(3\u00d7x) + 0.5\u00b7x\u00b2");
        String link = StateCodec.encode(state);
        assertTrue(link.contains("&f=sin(3%C3%97x)%20+%200.5%C2%B7x%C2%B2&"), link);
        StateCodec.Decoded decoded = roundTrip(state);
        assertEquals(List.of(), decoded.notices());
        assertEquals("sin(3\u00d7x) + 0.5\u00b7x\u00b2", decoded.state().formula());
        assertEquals(state, decoded.state());
    }

    @Test
    void aRuleWithAndKeepsItsPairTogether() {
        AppState state = AppState.defaults().withDataset(DatasetKind.RULE).withFormula("x1 > 0 && x2 < 1 || x1*x2 > 2");
        StateCodec.Decoded decoded = roundTrip(state);
        assertEquals(List.of(), decoded.notices());
        assertEquals(state, decoded.state());
        // typed by hand, and as a page hands it over after decodeURIComponent
        StateCodec.Decoded typed = StateCodec.decode("data=rule&f=x1>0&&x2>0&noise=0.1", AppState.defaults());
        assertEquals(List.of(), typed.notices());
        assertEquals("x1>0&&x2>0", typed.state().formula());
        assertEquals(0.1, typed.state().noise());
        double[] weights = new double[state.parameterCount()];
        weights[3] = 0.25;
        ShareLink.Decoded shared = ShareLink.decode(ShareLink.fragment(state, weights), AppState.defaults());
        assertEquals(List.of(), shared.notices());
        assertEquals(state, shared.state());
        assertArrayEquals(weights, shared.weights());
    }

    @Test
    void aBadFormulaIsIgnoredWithTheParsersMessage() {
        StateCodec.Decoded decoded = StateCodec.decode("data=expr&f=sn(x)", AppState.defaults());
        assertEquals(DatasetKind.EXPR, decoded.state().dataset());
        assertEquals(DatasetKind.DEFAULT_CURVE, decoded.state().formula());
        assertEquals(1, decoded.notices().size());
        assertTrue(decoded.notices().get(0).startsWith("ignored f=sn(x): unknown name 'sn' at 1; allowed: sin cos tan"
                + " exp log sqrt abs tanh, pi e, x\n  sn(x)\n  ^"), decoded.notices().get(0));
        StateCodec.Decoded oneClass = StateCodec.decode("data=rule&f=x1>100", AppState.defaults());
        assertEquals(DatasetKind.DEFAULT_RULE, oneClass.state().formula());
        assertTrue(oneClass.notices().get(0).contains("holds at none of the 400 points"), oneClass.notices().toString());
        assertTrue(StateCodec.decode("data=circle&f=x", AppState.defaults()).notices().get(0)
                .contains("the circle dataset has no formula; only expr and rule do"));
    }

    @Test
    void featureInputsAndNoHiddenLayerRoundTrip() {
        StateCodec.Decoded decoded = StateCodec.decode("data=circle&hidden=&in=x1sq,x2sq", AppState.defaults());
        assertEquals(List.of(), decoded.notices());
        AppState state = decoded.state();
        assertArrayEquals(new int[0], state.hiddenLayers());
        assertEquals(3, state.parameterCount(), "w(x₁²), w(x₂²) and the bias");
        assertEquals(new Shape(Features.parse("x1sq,x2sq"), new int[] {2, 1}, new Activation[] {Activation.SIGMOID}),
                state.shape());
        assertTrue(StateCodec.encode(state).contains("&hidden=&in=x1sq,x2sq&act=tanh&"), StateCodec.encode(state));
        assertEquals(state, roundTrip(state).state());
        assertEquals(List.of(), roundTrip(state).notices());
        assertTrue(StateCodec.encode(AppState.defaults()).contains("&in=x1,x2&"), "the default inputs are written too");
    }

    @Test
    void inputsMustFitTheDataset() {
        StateCodec.Decoded decoded = StateCodec.decode("data=sine&in=x1,x1sq", AppState.defaults());
        assertEquals("x", decoded.state().features().ids());
        assertEquals(List.of("ignored in=x1,x1sq: the inputs x1,x1sq are for the plane, but the sine dataset's points"
                + " have one coordinate, x; allowed: x"), decoded.notices());
        assertEquals("x1,x2", AppState.defaults().withFeatures(Features.parse("sinx1"))
                .withDataset(DatasetKind.SINE).withDataset(DatasetKind.XOR).features().ids(),
                "a curve's x replaces the plane's inputs, and back");
        assertEquals("sinx1", AppState.defaults().withFeatures(Features.parse("sinx1")).withDataset(DatasetKind.XOR)
                .features().ids(), "another set of the plane keeps them");
        assertTrue(StateCodec.decode("in=x1,x9", AppState.defaults()).notices().get(0)
                .startsWith("ignored in=x1,x9: unknown input \"x9\"; allowed: x1, x2, x1sq"));
    }

    @Test
    void oneActivationPerHiddenLayerRoundTrips() {
        StateCodec.Decoded decoded = StateCodec.decode("hidden=4,3&act=tanh,relu", AppState.defaults());
        assertEquals(List.of(), decoded.notices());
        AppState state = decoded.state();
        assertEquals(Activation.TANH, state.hiddenActivation(0));
        assertEquals(Activation.RELU, state.hiddenActivation(1));
        assertEquals(Activation.RELU, state.shape().activation(2));
        assertEquals(Activation.SIGMOID, state.shape().activation(3));
        assertTrue(StateCodec.encode(state).contains("&act=tanh,relu&"));
        assertEquals(state, roundTrip(state).state());
        assertEquals("act=relu", "act=" + StateCodec.decode("hidden=4,3&act=relu,relu", AppState.defaults()).state()
                .activations()[0].id());
        assertFalse(StateCodec.decode("hidden=4,3&act=relu,relu", AppState.defaults()).state().hasPerLayerActivations(),
                "the same name twice is one activation for all");
        assertEquals(List.of("ignored act=tanh,relu: 2 activations were given, but the network has 1 hidden layer; give"
                + " one name for all of them or one per layer"),
                StateCodec.decode("hidden=4&act=tanh,relu", AppState.defaults()).notices());
        assertTrue(StateCodec.decode("act=tanh,softmax", AppState.defaults()).notices().get(0)
                .contains("softmax is for the output layer only"));
    }

    @Test
    void perLayerActivationsFollowTheLayers() {
        AppState state = AppState.defaults().withHiddenLayers(new int[] {4, 3})
                .withActivations(new Activation[] {Activation.TANH, Activation.RELU});
        AppState deeper = state.withHiddenLayers(new int[] {4, 3, 2});
        assertArrayEquals(new Activation[] {Activation.TANH, Activation.RELU, Activation.RELU}, deeper.activations());
        assertArrayEquals(new Activation[] {Activation.TANH}, state.withHiddenLayers(new int[] {5}).activations());
        AppState none = state.withHiddenLayers(new int[0]);
        assertEquals(Activation.TANH, none.activation(), "kept for when a layer comes back");
        assertArrayEquals(new Activation[] {Activation.LEAKY_RELU},
                state.withActivation(Activation.LEAKY_RELU).activations(), "one name sets every hidden layer");
    }
}
