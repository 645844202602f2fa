package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.backproplab.data.Dataset;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;

/**
 * Reads the model and data files named on the command line. A name starting with {@value #EXAMPLE_PREFIX}
 * reads a file bundled in the jar under /examples/ (e.g. {@code example:worked-2-2-2.json}). Every problem —
 * missing file, malformed content, data that does not fit the model — becomes a {@link UsageException} whose
 * message starts with the file name.
 */
final class Inputs {
    static final String EXAMPLE_PREFIX = "example:";

    private Inputs() {
    }

    /** The model file named by {@code --model}. */
    static ModelFile model(Options options) throws UsageException {
        String name = options.required("model");
        try {
            return ModelJson.parse(read(name, "model"));
        } catch (FormatException e) {
            throw new UsageException(name + ": " + e.getMessage());
        }
    }

    /** The data file named by {@code --data}, with the columns {@code model} needs. */
    static Dataset data(Options options, ModelFile model) throws UsageException {
        String name = options.required("data");
        try {
            return DataCsv.parse(read(name, "data"), model.shape().inputSize(), model.shape().outputSize());
        } catch (FormatException e) {
            throw new UsageException(name + ": " + e.getMessage());
        }
    }

    /** The text of a file or bundled example, as UTF-8 without a byte-order mark. */
    static String read(String name, String kind) throws UsageException {
        byte[] bytes;
        if (name.startsWith(EXAMPLE_PREFIX)) {
            String example = name.substring(EXAMPLE_PREFIX.length());
            InputStream in = example.contains("/") || example.contains("..") ? null
                    : Inputs.class.getResourceAsStream("/examples/" + example);
            if (in == null) {
                throw new UsageException("cannot read " + kind + " file " + name + ": there is no bundled example \""
                        + example + "\"; bundled: worked-2-2-2.json, worked-2-2-2.csv");
            }
            try (in) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UsageException("cannot read " + kind + " file " + name + ": " + e.getMessage());
            }
        } else {
            try {
                bytes = Files.readAllBytes(Path.of(name));
            } catch (NoSuchFileException e) {
                throw new UsageException("cannot read " + kind + " file " + name + ": no such file");
            } catch (IOException | RuntimeException e) {
                throw new UsageException("cannot read " + kind + " file " + name + ": " + e);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
