package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class ShareLinkTest {
    private static final String PAGE = "https://example.org/lab/index.html";

    @Test
    void linkWithoutWeightsIsTheSettings() {
        AppState state = AppState.defaults().withDataset(DatasetKind.SPIRAL).withLearningRate(0.03);
        String link = ShareLink.url(PAGE + "#old=1", state, null);
        assertEquals(PAGE + "#" + StateCodec.encode(state), link);
        ShareLink.Decoded decoded = ShareLink.decode(link.substring(link.indexOf('#')), AppState.defaults());
        assertEquals(state, decoded.state());
        assertNull(decoded.weights());
        assertTrue(decoded.notices().isEmpty(), decoded.notices().toString());
    }

    @Test
    void trainedWeightsComeBackBitForBit() {
        AppState state = AppState.defaults().withOptimizer(OptimizerKind.ADAM).withHiddenLayers(new int[] {5, 3});
        LabSession lab = new LabSession(state);
        lab.train(300);
        double[] trained = lab.network().parameters().clone();
        String link = ShareLink.url(PAGE, state, trained);
        ShareLink.Decoded decoded = ShareLink.decode(link.substring(link.indexOf('#') + 1), AppState.defaults());
        assertEquals(state, decoded.state());
        assertArrayEquals(trained, decoded.weights());

        LabSession reopened = new LabSession(decoded.state());
        assertEquals("", reopened.replaceParameters(decoded.weights()));
        assertEquals(lab.trainCost(), reopened.trainCost());
        assertEquals(0, reopened.iteration());
    }

    @Test
    void weightsOfTheWrongShapeAreDroppedWithANotice() {
        AppState small = AppState.defaults();
        String fragment = ShareLink.fragment(small, new double[small.parameterCount()]);
        // The same weights under settings with a bigger network: the count no longer fits.
        String mismatched = fragment.replace("hidden=4,2", "hidden=8");
        ShareLink.Decoded decoded = ShareLink.decode(mismatched, AppState.defaults());
        assertArrayEquals(new int[] {8}, decoded.state().hiddenLayers());
        assertNull(decoded.weights());
        assertEquals(1, decoded.notices().size());
        String notice = decoded.notices().get(0);
        assertTrue(notice.contains("holds 25") && notice.contains("has 33") && notice.contains("seed"), notice);
    }

    @Test
    void garbageWeightsAndRepeatedWeightsGiveNotices() {
        ShareLink.Decoded garbage = ShareLink.decode("weights=%%%<script>", AppState.defaults());
        assertNull(garbage.weights());
        assertTrue(garbage.notices().get(0).contains("only A-Z"), garbage.notices().toString());
        ShareLink.Decoded twice = ShareLink.decode("weights=AAAA&weights=BBBB", AppState.defaults());
        assertNull(twice.weights());
        assertTrue(twice.notices().get(0).contains("2 times"), twice.notices().toString());
        ShareLink.Decoded empty = ShareLink.decode("weights", AppState.defaults());
        assertNull(empty.weights());
        assertEquals(AppState.defaults(), empty.state());
        assertTrue(empty.notices().get(0).contains("empty"), empty.notices().toString());
    }

    @Test
    void aHugeFragmentIsIgnoredWhole() {
        String huge = "lr=0.5&weights=" + "A".repeat(10_000);
        ShareLink.Decoded decoded = ShareLink.decode(huge, AppState.defaults());
        assertEquals(AppState.defaults(), decoded.state());
        assertNull(decoded.weights());
        assertTrue(decoded.notices().get(0).contains("at most 8192"), decoded.notices().toString());
    }

    @Test
    void aNetworkTooBigForALinkIsRefusedWithAClearMessage() {
        AppState big = AppState.defaults().withHiddenLayers(new int[] {16, 16, 16, 16, 16, 16})
                .withActivation(Activation.RELU);
        double[] weights = new double[big.parameterCount()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShareLink.url(PAGE, big, weights));
        String message = e.getMessage();
        assertTrue(message.contains("8,192") && message.contains("1,425 weights and biases")
                && message.contains("without the weights") && message.contains("JSON"), message);
        // Without weights the same network shares fine, and the biggest network that fits does too.
        assertTrue(ShareLink.url(PAGE, big, null).length() < 1000);
        AppState fits = AppState.defaults().withHiddenLayers(new int[] {16, 16, 16});
        assertTrue(fits.parameterCount() < 700);
        assertTrue(ShareLink.url(PAGE, fits, new double[fits.parameterCount()]).length() <= ShareLink.MAX_URL_LENGTH);
    }
}
