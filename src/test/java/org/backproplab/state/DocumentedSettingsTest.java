package org.backproplab.state;

import org.backproplab.state.course.Lesson;
import org.backproplab.state.course.Lessons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Regularization;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.LearningRateScheduleKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

/**
 * The link keys of docs/file-formats.md and the view and control names of docs/embedding.md, checked by
 * doing what they say: every key the codec reads is in the table and nothing else is; every name a key
 * accepts is listed; the documented default is what a first visit writes; each documented range's ends
 * are accepted and values just beyond them are refused with a notice.
 */
class DocumentedSettingsTest {
    private static final Path FILE_FORMATS = Path.of("docs/file-formats.md");
    private static final Path EMBEDDING = Path.of("docs/embedding.md");
    private static final Pattern RANGE = Pattern.compile("^(?:whole number )?(-?[0-9.]+)(?: \\(full batch\\) or 1)? to (-?[0-9.]+) \\(");
    private static final Pattern HALF_OPEN = Pattern.compile("^at least (-?[0-9.]+) and below (-?[0-9.]+) \\(");
    private static final Pattern DEFAULT = Pattern.compile("\\(`([^`]*)`\\)$");

    /** Key → its row's "allowed values (default)" cell, from the table under "## Link keys". */
    static Map<String, String> linkKeyRows() throws IOException {
        return tableRows(FILE_FORMATS, "## Link keys", "| key |", 2);
    }

    /** First cell (backticks dropped) → the cell numbered {@code cell} (1 = the second), of the table under {@code section}. */
    private static Map<String, String> tableRows(Path file, String section, String header, int cell)
            throws IOException {
        List<String> lines = Files.readAllLines(file);
        int at = lines.indexOf(section);
        assertTrue(at >= 0, file + " has no section " + section);
        while (!lines.get(at).startsWith(header)) {
            at++;
        }
        Map<String, String> rows = new LinkedHashMap<>();
        for (int k = at + 2; k < lines.size() && lines.get(k).startsWith("|"); k++) {
            String[] cells = lines.get(k).split("\\|");
            rows.put(cells[1].trim().replace("`", ""), cells[cell + 1].trim());
        }
        return rows;
    }

    @Test
    void theTableListsExactlyTheKeysALinkIsReadWith() throws IOException {
        List<String> expected = new ArrayList<>(Arrays.asList(StateCodec.KEYS));
        expected.add(ShareLink.WEIGHTS_KEY);
        assertEquals(expected, new ArrayList<>(linkKeyRows().keySet()));
    }

    @Test
    void everyNameAKeyAcceptsIsListed() throws IOException {
        Map<String, String> rows = linkKeyRows();
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("data", Arrays.stream(DatasetKind.values()).map(DatasetKind::id).toList());
        names.put("act", Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).map(Activation::id).toList());
        names.put("init", Arrays.stream(Initializer.values()).map(Initializer::id).toList());
        names.put("loss", Arrays.stream(Loss.values()).map(Loss::id).toList());
        names.put("reg", Arrays.stream(Regularization.Type.values()).map(Regularization.Type::id).toList());
        names.put("opt", Arrays.stream(OptimizerKind.values()).map(OptimizerKind::id).toList());
        names.put("sched", Arrays.stream(LearningRateScheduleKind.values()).map(LearningRateScheduleKind::id).toList());
        names.put("lesson", Arrays.stream(Lessons.all()).map(Lesson::id).toList());
        names.forEach((key, ids) -> {
            Set<String> listed = backticked(rows.get(key));
            for (String id : ids) {
                assertTrue(listed.contains(id), key + " accepts " + id + ", which the table does not list: " + rows.get(key));
                // a loss fits only some datasets: cross_entropy the three classes of gauss3
                String link = key.equals("loss") && id.equals(Loss.CROSS_ENTROPY.id()) ? "data=gauss3&" : "";
                link += key + "=" + id;
                assertEquals(List.of(), StateCodec.decode(link, AppState.defaults()).notices(), link);
            }
            listed.removeAll(ids);
            if (key.equals("loss")) {
                listed.remove(DatasetKind.GAUSS3.id()); // the datasets cross_entropy goes with
                listed.remove(DatasetKind.EXAMPLES.id());
            }
            assertEquals(Set.of(), listed, key + " lists names it does not accept");
        });
    }

    @Test
    void theDocumentedDefaultsAreWhatAFirstVisitWrites() throws IOException {
        Map<String, String> written = new LinkedHashMap<>();
        for (String pair : StateCodec.encode(AppState.defaults()).split("&")) {
            int equals = pair.indexOf('=');
            written.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        int checked = 0;
        for (Map.Entry<String, String> row : linkKeyRows().entrySet()) {
            Matcher m = DEFAULT.matcher(row.getValue());
            if (m.find()) {
                assertEquals(written.get(row.getKey()), m.group(1), "default of " + row.getKey());
                checked++;
            }
        }
        assertEquals(StateCodec.KEYS.length - 4, checked, "every key but v, lesson, f and ex names its default");
        assertEquals(null, written.get("ex"), "a first visit's data set has no examples to write");
        assertEquals("", written.get("lesson"));
        assertEquals(null, written.get("f"), "a first visit's data set has no formula to write");
    }

    @Test
    void documentedRangesAreTheOnesTheLinkAccepts() throws IOException {
        int checked = 0;
        for (Map.Entry<String, String> row : linkKeyRows().entrySet()) {
            String key = row.getKey();
            Matcher closed = RANGE.matcher(row.getValue());
            Matcher halfOpen = HALF_OPEN.matcher(row.getValue());
            if (closed.find()) {
                BigDecimal low = new BigDecimal(closed.group(1));
                BigDecimal high = new BigDecimal(closed.group(2));
                BigDecimal beyond = whole(low) && whole(high) ? BigDecimal.ONE
                        : high.subtract(low).movePointLeft(2);
                accepted(key, low);
                accepted(key, high);
                refused(key, low.subtract(beyond));
                refused(key, high.add(beyond));
                checked++;
            } else if (halfOpen.find()) {
                BigDecimal low = new BigDecimal(halfOpen.group(1));
                accepted(key, low);
                refused(key, low.subtract(new BigDecimal("0.01")));
                refused(key, new BigDecimal(halfOpen.group(2)));
                checked++;
            }
        }
        // noise, train, points, seed, lambda, lr, mom, b1, b2, batch, speed
        assertEquals(11, checked);
    }

    @Test
    void embeddingNamesAreExactlyTheViewsAndControls() throws IOException {
        Map<String, String> rows = tableRows(EMBEDDING, "## Names of views and controls", "| names |", 1);
        Set<String> controls = new TreeSet<>();
        rows.forEach((place, names) -> controls.addAll(place.equals("views") ? Set.of() : backticked(names)));
        assertEquals(Arrays.stream(EmbedOptions.View.values()).map(EmbedOptions.View::id)
                .collect(Collectors.toCollection(TreeSet::new)), backticked(rows.get("views")));
        assertEquals(Arrays.stream(EmbedOptions.Control.values()).map(EmbedOptions.Control::id)
                .collect(Collectors.toCollection(TreeSet::new)), controls);
    }

    private static void accepted(String key, BigDecimal value) {
        String text = key + "=" + value.toPlainString();
        assertEquals(List.of(), StateCodec.decode(text, AppState.defaults()).notices(), text);
    }

    private static void refused(String key, BigDecimal value) {
        String text = key + "=" + value.toPlainString();
        assertFalse(StateCodec.decode(text, AppState.defaults()).notices().isEmpty(), text + " was accepted");
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static Set<String> backticked(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("`([^`]*)`").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
