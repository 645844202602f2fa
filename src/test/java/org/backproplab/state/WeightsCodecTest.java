package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WeightsCodecTest {
    @Property
    void roundTripIsBitIdentical(@ForAll @Size(max = 300) double[] values) {
        double[] finite = values.clone();
        for (int k = 0; k < finite.length; k++) {
            if (!Double.isFinite(finite[k])) {
                finite[k] = k;
            }
        }
        String text = WeightsCodec.encode(finite);
        assertEquals(WeightsCodec.encodedLength(finite.length), text.length());
        if (finite.length == 0) {
            return;
        }
        double[] back = WeightsCodec.decode(text, finite.length);
        for (int k = 0; k < finite.length; k++) {
            assertEquals(Double.doubleToRawLongBits(finite[k]), Double.doubleToRawLongBits(back[k]), "parameter " + k);
        }
    }

    @Test
    void isBase64UrlOfFloat64LittleEndian() {
        double[] values = {0.15, -0.0, 1e-300, Double.MIN_VALUE, -Double.MAX_VALUE};
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        assertEquals(expected, WeightsCodec.encode(values));
        assertArrayEquals(values, WeightsCodec.decode(expected, values.length));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(WeightsCodec.decode(expected, 5)[1]));
    }

    @Test
    void twentyFiveParametersTake267Characters() {
        assertEquals(267, WeightsCodec.encode(new double[25]).length());
    }

    @Test
    void refusesAWrongCount() {
        String text = WeightsCodec.encode(new double[] {1, 2, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode(text, 25));
        assertTrue(e.getMessage().contains("holds 3") && e.getMessage().contains("has 25"), e.getMessage());
    }

    @Test
    void refusesTextCutShort() {
        String text = WeightsCodec.encode(new double[] {1, 2, 3});
        for (int cut = 1; cut < text.length(); cut++) {
            String shorter = text.substring(0, text.length() - cut);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WeightsCodec.decode(shorter, 3), "cut " + cut);
            assertTrue(e.getMessage().contains("cut short") || e.getMessage().contains("holds"), e.getMessage());
        }
    }

    @Test
    void refusesCharactersOutsideBase64Url() {
        for (String bad : new String[] {"AAAAAAAAAA+", "AAAAAAAAAA/", "AAAAAAAAAA=", "AAAA AAAAAA", "AAAAAAAAAA<"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode(bad, 1));
            assertTrue(e.getMessage().contains("only A-Z, a-z, 0-9, - and _"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode("", 1));
        assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode(null, 1));
    }

    @Test
    void refusesNaNAndInfinity() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            ByteBuffer bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.5).putDouble(bad);
            String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode(text, 2));
            assertTrue(e.getMessage().contains("weight 2 of 2 is not a finite number"), e.getMessage());
        }
    }
}
