package org.backproplab.state.network;

import org.backproplab.state.network.InputChoices;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.core.Feature;
import org.backproplab.core.Features;
import org.junit.jupiter.api.Test;

class InputChoicesTest {
    @Test
    void theChipsOfferedAreThePlanesSevenOrTheCurvesX() {
        assertArrayEquals(new Feature[] {Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ, Feature.X1X2,
                Feature.SINX1, Feature.SINX2}, InputChoices.offered(2));
        assertArrayEquals(new Feature[] {Feature.X}, InputChoices.offered(1));
        assertEquals(0, InputChoices.offered(5).length);
    }

    @Test
    void switchingOnInsertsInLinkOrderAndSwitchingOffRemoves() {
        Features plane = Features.identity(2);
        Features squares = InputChoices.toggled(InputChoices.toggled(plane, Feature.X2SQ), Feature.X1SQ);
        assertEquals("x1,x2,x1sq,x2sq", squares.ids());
        Features onlySquares = InputChoices.toggled(InputChoices.toggled(squares, Feature.X1), Feature.X2);
        assertEquals("x1sq,x2sq", onlySquares.ids());
        assertTrue(InputChoices.isOn(onlySquares, Feature.X2SQ));
        assertFalse(InputChoices.isOn(onlySquares, Feature.X1));
    }

    @Test
    void theLastInputCannotBeSwitchedOff() {
        Features one = Features.of(Feature.SINX1);
        assertTrue(InputChoices.isLastOn(one, Feature.SINX1));
        assertNull(InputChoices.toggled(one, Feature.SINX1));
        assertNull(InputChoices.toggled(Features.identity(1), Feature.X));
        assertFalse(InputChoices.isLastOn(one, Feature.X1));
        assertEquals("x1,sinx1", InputChoices.toggled(one, Feature.X1).ids());
    }

    @Test
    void columnsWithoutNamesHaveNoChipOn() {
        assertFalse(InputChoices.isOn(Features.identity(4), Feature.X1));
    }

    @Test
    void aChipIsNamedByTheFeaturesSymbol() {
        assertEquals("input x\u2081\u00b2", InputChoices.chipName(Feature.X1SQ));
    }
}
