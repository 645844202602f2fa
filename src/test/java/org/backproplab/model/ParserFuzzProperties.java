package org.backproplab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backproplab.core.Activation;
import org.backproplab.core.Initializer;
import org.backproplab.core.Loss;
import org.backproplab.core.Network;
import org.backproplab.core.Regularization;
import org.backproplab.core.Shape;
import org.backproplab.data.Dataset;

/**
 * Whatever the text, the parsers either return a result or throw a FormatException with a message; and
 * writing then parsing gives back exactly the same doubles.
 */
class ParserFuzzProperties {
    static final String VALID_MODEL = """
            {"layers": [2, 3, 2], "activations": ["tanh", "softmax"], "loss": "cross_entropy",
             "weights": [[[0.15, -0.2], [0.25, 3e-2], [1, 2]], [[0.40, 0.45, 0.1], [0.50, 0.55, -7]]],
             "biases": [[0.35, 0.35, 0], [0.60, 0.60]], "regularization": {"type": "l2", "lambda": 0.001},
             "seed": 42, "init": "xavier", "notes": "keep me"}
            """;
    static final String VALID_CSV = "x1,x2,y1,y2\r\n0.05,0.10,0.01,0.99\n# comment\n -1 , 2e3 ,0,1\n\n";

    /** Characters that matter to the grammars, plus some that do not. */
    static Arbitrary<Character> interestingChars() {
        return Arbitraries.oneOf(Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '\\', '-', '+', '.', 'e', 'E', '0',
                        '1', '9', ' ', '\n', '\r', '#', 'N', 'a', 'u', 'l', 't', 'r'),
                Arbitraries.chars());
    }

    /** A valid file with 1..8 random deletions, insertions and replacements. */
    static Arbitrary<String> mutated(String valid) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), interestingChars().map(c -> (int) c))
                .as((kind, position, c) -> new int[] {kind, position, c});
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            StringBuilder text = new StringBuilder(valid);
            for (int[] e : edits) {
                int position = e[1] % (text.length() + 1);
                char c = (char) e[2];
                switch (e[0]) {
                    case 0 -> { if (position < text.length()) { text.deleteCharAt(position); } }
                    case 1 -> text.insert(position, c);
                    default -> { if (position < text.length()) { text.setCharAt(position, c); } }
                }
            }
            return text.toString();
        });
    }

    @Provide
    Arbitrary<String> mutatedModels() {
        return mutated(VALID_MODEL);
    }

    @Provide
    Arbitrary<String> mutatedCsv() {
        return mutated(VALID_CSV);
    }

    @Provide
    Arbitrary<String> randomText() {
        return interestingChars().list().ofMaxSize(200).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    static void parseModelOrFormatException(String text) {
        try {
            ModelJson.parse(text);
        } catch (FormatException e) {
            assertNonEmpty(e);
        }
    }

    static void parseCsvOrFormatException(String text) {
        try {
            DataCsv.parse(text, 2, 2);
        } catch (FormatException e) {
            assertNonEmpty(e);
        }
    }

    static void assertNonEmpty(FormatException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("FormatException without a message", e);
        }
    }

    @Property(tries = 3000)
    void mutatedModelFilesOnlyEverThrowFormatException(@ForAll("mutatedModels") String text) {
        parseModelOrFormatException(text);
    }

    @Property(tries = 1000)
    void randomTextAsModelOnlyEverThrowsFormatException(@ForAll("randomText") String text) {
        parseModelOrFormatException(text);
    }

    @Property(tries = 3000)
    void mutatedCsvFilesOnlyEverThrowFormatException(@ForAll("mutatedCsv") String text) {
        parseCsvOrFormatException(text);
    }

    @Property(tries = 1000)
    void randomTextAsCsvOnlyEverThrowsFormatException(@ForAll("randomText") String text) {
        parseCsvOrFormatException(text);
    }

    @Provide
    Arbitrary<Double> anyFiniteDouble() {
        return Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1.0, 1e-5, 1e21));
    }

    @Property(tries = 300)
    void writingThenParsingAModelGivesBitIdenticalParameters(@ForAll @IntRange(min = 1, max = 4) int inputs,
            @ForAll @IntRange(min = 1, max = 5) int hidden, @ForAll @IntRange(min = 1, max = 3) int outputs,
            @ForAll("anyFiniteDouble") double a, @ForAll("anyFiniteDouble") double b, @ForAll long seed)
            throws FormatException {
        Network network = Network.initialized(Shape.of(new int[] {inputs, hidden, outputs}, Activation.RELU,
                Activation.LINEAR), Loss.MSE, Regularization.NONE, Initializer.HE, seed);
        double[] parameters = network.parameters();
        parameters[0] = a;
        parameters[parameters.length - 1] = b;
        ModelFile file = ModelFile.of(network, seed, Initializer.HE);
        ModelFile back = ModelJson.parse(ModelJson.write(file, network));
        double[] read = back.network().parameters();
        for (int p = 0; p < parameters.length; p++) {
            assertEquals(Double.doubleToRawLongBits(parameters[p]), Double.doubleToRawLongBits(read[p]));
        }
        assertEquals(seed, back.seed());
        // writing the parsed file again changes nothing
        assertEquals(ModelJson.write(file, network), ModelJson.write(back, back.network()));
    }

    @Property(tries = 300)
    void writingThenParsingCsvGivesBitIdenticalValues(@ForAll("anyFiniteDouble") double a,
            @ForAll("anyFiniteDouble") double b, @ForAll("anyFiniteDouble") double c) throws FormatException {
        Dataset data = new Dataset(2, 1, new double[] {a, b, c, a}, new double[] {c, b});
        Dataset back = DataCsv.parse(DataCsv.write(data), 2, 1);
        assertArrayEquals(data.inputsView(), back.inputsView());
        assertArrayEquals(data.targetsView(), back.targetsView());
    }
}
