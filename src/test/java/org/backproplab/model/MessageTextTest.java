package org.backproplab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void cutKeepsShortValuesAndCutsLongOnesTo80CharactersAndAnEllipsis() {
        assertEquals("sigmoid", MessageText.cut("sigmoid"));
        assertEquals("a".repeat(80), MessageText.cut("a".repeat(80)));
        assertEquals("a".repeat(80) + "…", MessageText.cut("a".repeat(81)));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "a".repeat(79) + "😀" + "b";
        assertEquals("a".repeat(79) + "…", MessageText.cut(text));
    }

    @Test
    void lineWritesControlCharactersAsUnicodeEscapes() {
        assertEquals("a\\u001b[2Jb\\u000ac\\u000dd\\u0009e\\u007ff\\u009bg", MessageText.line(
                "a\u001b[2Jb\nc\rd\te\u007ff\u009bg"));
        // bidirectional overrides reorder the rest of a terminal line ("Trojan Source")
        assertEquals("x\\u202ey\\u2066z\\u200f", MessageText.line("x\u202ey\u2066z\u200f"));
        assertEquals("é ü – “quoted” …", MessageText.line("é ü – “quoted” …"));
    }

    @Test
    void lineIsCutToItsLimitEvenWhenEveryCharacterIsEscaped() {
        String line = MessageText.line("\u001b".repeat(1_000_000));
        assertEquals(MessageText.MAX_LINE_CHARS + 1, line.length());
        assertTrue(line.endsWith("…"));
        assertTrue(line.startsWith("\\u001b\\u001b"));
    }
}
