package org.backproplab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class ScriptTemplateTest {
    private static final String TEMPLATE = """
            a = {{A}}
            #%if x y
            in x or y
            #%if z
            in z too
            #%end
            #%end
            #%if w
            only w: {{B}}
            #%end
            last {{A}}{{A}}
            """;

    @Test
    void keepsABlockWhenAnyOfItsTagsIsOnAndNestedBlocksOnlyInsideKeptOnes() {
        Map<String, String> values = Map.of("A", "1", "B", "two\nlines");
        assertEquals("a = 1\nlast 11\n", ScriptTemplate.render(TEMPLATE, Set.of(), values));
        assertEquals("a = 1\nin x or y\nlast 11\n", ScriptTemplate.render(TEMPLATE, Set.of("y"), values));
        assertEquals("a = 1\nin x or y\nin z too\nlast 11\n", ScriptTemplate.render(TEMPLATE, Set.of("x", "z"), values));
        assertEquals("a = 1\nlast 11\n", ScriptTemplate.render(TEMPLATE, Set.of("z"), values));
        assertEquals("a = 1\nonly w: two\nlines\nlast 11\n", ScriptTemplate.render(TEMPLATE, Set.of("w"), values));
    }

    @Test
    void templateFaultsNameTheirLine() {
        assertEquals("template line 2: {{B}} has no value", assertThrows(IllegalStateException.class,
                () -> ScriptTemplate.render("ok\nx {{B}}\n", Set.of(), Map.of())).getMessage());
        assertEquals("template line 2: #%end without #%if", assertThrows(IllegalStateException.class,
                () -> ScriptTemplate.render("ok\n#%end\n", Set.of(), Map.of())).getMessage());
        assertEquals("the template ends inside 1 #%if block(s)", assertThrows(IllegalStateException.class,
                () -> ScriptTemplate.render("#%if a\nx\n", Set.of(), Map.of())).getMessage());
    }

    /** A misspelt tag in export/script.py would silently drop its section from every script. */
    @Test
    void everyTagOfTheRealTemplateIsOneTheExporterSets() {
        Set<String> known = new HashSet<>(Set.of("inline_data", "data_file", "mse_elementwise", "mse_softmax", "l1", "l2",
                "full_batch", "mini_batch"));
        for (Framework framework : Framework.values()) {
            known.add(framework.id());
        }
        for (Activation activation : Activation.values()) {
            known.add(activation.id());
        }
        for (Loss loss : Loss.values()) {
            known.add(loss.id());
        }
        for (OptimizerKind kind : OptimizerKind.values()) {
            known.add(kind.id());
        }
        for (LearningRateScheduleKind kind : LearningRateScheduleKind.values()) {
            known.add(kind.id());
        }
        int blocks = 0;
        for (String line : ExportFixtures.template().split("\n")) {
            if (line.startsWith("#%if ")) {
                blocks++;
                for (String tag : line.substring(5).trim().split(" ")) {
                    assertTrue(known.contains(tag), "unknown tag \"" + tag + "\" in: " + line);
                }
            }
        }
        assertTrue(blocks > 50, "the template has " + blocks + " blocks");
    }
}
