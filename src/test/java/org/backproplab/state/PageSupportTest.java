package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Activation;
import org.backproplab.data.DatasetKind;
import org.junit.jupiter.api.Test;

/** What the browser page relies on from state/: public helpers and messages fit to show on screen. */
class PageSupportTest {
    @Test
    void parseLayersReadsTheHiddenLayersFieldWithSpaces() {
        assertArrayEquals(new int[] {4, 2}, StateCodec.parseLayers("4, 2"));
        assertArrayEquals(new int[] {8}, StateCodec.parseLayers(" 8 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateCodec.parseLayers("4,x"));
        assertTrue(e.getMessage().contains("hidden layer 2"), e.getMessage());
    }

    @Test
    void suggestedLearningRateIsPublicForTheUseSuggestionButton() {
        assertEquals(1.0, LabSession.suggestedLearningRate(10), 0);
    }

    @Test
    void divergenceMessageNeverShowsNaNOrInfinity() {
        LabSession lab = new LabSession(AppState.defaults().withDataset(DatasetKind.SINE)
                .withActivation(Activation.RELU).withLearningRate(10).withBatchSize(0));
        lab.train(200);
        assertTrue(lab.isDiverged());
        String message = lab.divergence();
        assertFalse(message.contains("NaN") || message.contains("Infinity"), message);
    }
}
