package org.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In the browser, TeaVM turns a double into a long with {@code BigInt(Math.floor(v))}, which throws a
 * RangeError for NaN and ±∞ where the JVM quietly answers 0 or Long.MIN/MAX_VALUE. So {@code Math.round(double)}
 * (it returns a long) and {@code (long)} casts of doubles in code TeaVM compiles crash only in the browser,
 * and only for extreme values no JVM test sees (the monkey test found one in the microscope's axes). Each
 * place that does it must be one whose input is known to be finite; this list is reviewed, and a new place
 * must either join it with a reason or use a double rounding such as {@code Dom.pixel} ({@code Math.floor(v + 0.5)}).
 */
class TeaVmLongConversionTest {
    /** File → how many such conversions it may hold, each with why its input is finite. */
    static final Map<String, Integer> REVIEWED = Map.ofEntries(
            Map.entry("model/ModelJson.java", 2),       // int sizes; a seed checked to be a whole number in range
            Map.entry("state/AppState.java", 1),        // freshSeed: a clock reading checked to be finite
            Map.entry("state/WeightsCodec.java", 2),    // int arithmetic
            Map.entry("state/NumberText.java", 3),      // a parsed whole number; value == rint(value) and |value| < 1e15;
                                                        // grouped: 2³¹ ≤ |n| < 2⁶³ checked before
            Map.entry("core/NumberFormat.java", 1),     // a mantissa below 10¹⁴ (non-finite values return "—" first)
            Map.entry("viz/OutputGeometry.java", 1),    // a click's domain coordinate, checked to be finite
            Map.entry("ui/dom/ViewCanvas.java", 2),     // clientWidth × a ratio checked to be in (0, 8]
            Map.entry("ui/lab/Controls.java", 1),       // the validated train ratio
            Map.entry("landscape/PathStory.java", 1),   // a progress checked to be in [0, 1]
            Map.entry("state/rate/RateLab.java", 1),    // α checked to be finite and > 0
            Map.entry("data/Split.java", 1),            // the validated train ratio × a count
            Map.entry("train/Trainer.java", 2),         // the step counter: a whole number from 0, counted up by 1
            Map.entry("optim/Adam.java", 1),            // the same as Trainer
            Map.entry("ui/stepper/YourTurnMain.java", 1), // the stepper's iteration (a whole number counted up from 0),
                                                        // a double between two bundles; once per iteration
            Map.entry("ui/microscope/RemoteLab.java", 1)); // the lab's iteration count (a whole number counted up
                                                        // from 0), a double between two bundles

    @Test
    void longConversionsOfDoublesInBrowserCodeAreOnlyTheReviewedOnes() throws IOException {
        Path sources = Path.of("src/main/java/org/backproplab");
        Map<String, Integer> found = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("cli/") || name.startsWith("ui/bench/")) {
                    continue; // the JVM command line; the benchmark page
                }
                List<String> text = Files.readAllLines(file);
                for (int k = 0; k < text.size(); k++) {
                    String line = text.get(k);
                    int count = occurrences(line, "Math.round(") + occurrences(line, "(long) ");
                    if (count > 0 && !line.trim().startsWith("//") && !line.trim().startsWith("*")) {
                        found.merge(name, count, Integer::sum);
                        lines.add(name + ":" + (k + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(new TreeMap<>(REVIEWED), found, "Math.round(double) and (long) casts in browser code:\n"
                + String.join("\n", lines));
    }

    private static int occurrences(String line, String what) {
        int count = 0;
        for (int at = line.indexOf(what); at >= 0; at = line.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
