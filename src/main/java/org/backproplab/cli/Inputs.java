package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.backproplab.data.Dataset;
import org.backproplab.model.DataCsv;
import org.backproplab.model.FormatException;
import org.backproplab.model.MessageText;
import org.backproplab.model.ModelFile;
import org.backproplab.model.ModelJson;
import org.backproplab.model.ModelLimits;

/**
 * Reads the model and data files named on the command line. A name starting with {@value #EXAMPLE_PREFIX}
 * reads a file bundled in the jar under /examples/ (e.g. {@code example:worked-2-2-2.json}). Every problem —
 * missing file, malformed content, data that does not fit the model — becomes a {@link UsageException} whose
 * message starts with the file name.
 */
final class Inputs {
    static final String EXAMPLE_PREFIX = "example:";
    /** The largest model file read: 4 MB, room for 200,000 weights written out in full precision. */
    static final int MAX_MODEL_BYTES = 4 << 20;
    /** The largest data file read: 16 MB, room for 10,000 examples of 80 columns in full precision. */
    static final int MAX_DATA_BYTES = 16 << 20;

    private Inputs() {
    }

    /** The model file named by {@code --model}. */
    static ModelFile model(Options options) throws UsageException {
        String name = options.required("model");
        try {
            return ModelJson.parse(read(name, "model"), ModelLimits.COMMAND_LINE);
        } catch (FormatException e) {
            throw new UsageException(MessageText.cut(name) + ": " + e.getMessage());
        }
    }

    /** The data file named by {@code --data}, with the columns {@code model} needs. */
    static Dataset data(Options options, ModelFile model) throws UsageException {
        String name = options.required("data");
        try {
            return DataCsv.parse(read(name, "data"), model.shape().inputSize(), model.shape().outputSize());
        } catch (FormatException e) {
            throw new UsageException(MessageText.cut(name) + ": " + e.getMessage());
        }
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}, checked before reading: a directory, device
     * (/dev/zero), pipe or socket is refused without being opened, and so is a file that is too large (or
     * grows past the limit while it is read).
     */
    static byte[] readFile(String name, String kind, int maxBytes) throws UsageException {
        String cannot = "cannot read " + kind + " file " + MessageText.cut(name) + ": ";
        String tooLarge = "a " + kind + " file may have at most " + maxBytes + " bytes (" + (maxBytes >> 20)
                + " MB)";
        try {
            Path path = Path.of(name);
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new UsageException(cannot + "it is a directory, not a file");
            }
            if (!attributes.isRegularFile()) {
                throw new UsageException(cannot + "it is not a regular file (a device, pipe or socket); "
                        + "give a file saved on disk");
            }
            if (attributes.size() > maxBytes) {
                throw new UsageException(cannot + "it has " + attributes.size() + " bytes, but " + tooLarge);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new UsageException(cannot + "it grew past " + maxBytes + " bytes while being read; "
                            + tooLarge);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new UsageException(cannot + "no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(cannot + "permission denied");
        } catch (InvalidPathException e) {
            throw new UsageException(cannot + "not a valid file name");
        } catch (IOException | RuntimeException e) {
            throw new UsageException(cannot + e.getMessage());
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
                throw new UsageException("cannot read " + kind + " file " + MessageText.cut(name)
                        + ": there is no bundled example \"" + MessageText.cut(example) + "\"; bundled: worked-2-2-2.json, worked-2-2-2.csv");
            }
            try (in) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UsageException("cannot read " + kind + " file " + MessageText.cut(name) + ": " + e.getMessage());
            }
        } else {
            bytes = readFile(name, kind, "model".equals(kind) ? MAX_MODEL_BYTES : MAX_DATA_BYTES);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
