package org.backproplab.bench;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.WriterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmark runners write: system property backproplab.bench.dir, else target/bench. */
final class BenchFiles {
    private BenchFiles() {
    }

    static Path directory() throws IOException {
        Path directory = Path.of(System.getProperty("backproplab.bench.dir", "target/bench"));
        Files.createDirectories(directory);
        return directory;
    }

    /** Writes {@code name}.json (the result, pretty-printed) and {@code name}.txt (the table), and prints the table. */
    static void write(String name, JsonObject result, String table) throws IOException {
        Path directory = directory();
        Files.writeString(directory.resolve(name + ".json"), result.toString(WriterConfig.PRETTY_PRINT));
        System.out.println(table);
        Files.writeString(directory.resolve(name + ".txt"), table);
    }

    /** /proc/loadavg's three load averages (numbers from a busy machine are not worth much), or "?". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
