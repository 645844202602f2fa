package org.backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.data.Dataset;
import org.backproplab.data.DatasetKind;
import org.backproplab.exercise.Problem;
import org.junit.jupiter.api.Test;

/** The examples of an examples lab in its link: reading, writing back, and every refusal with its reason. */
class ExamplesTextTest {
    private static String messageOf(String text) {
        return assertThrows(IllegalArgumentException.class, () -> ExamplesText.parse(text)).getMessage();
    }

    @Test
    void readsTwoInputsThenTheTargetsOfEachExample() {
        Dataset data = ExamplesText.parse("0.35,-0.12,0.01,0.99|0.2, 0.4 ,0.5,0.5");
        assertEquals(2, data.count());
        assertEquals(2, data.inputSize());
        assertEquals(2, data.targetSize());
        assertArrayEquals(new double[] {0.35, -0.12, 0.2, 0.4}, data.inputsView());
        assertArrayEquals(new double[] {0.01, 0.99, 0.5, 0.5}, data.targetsView());
    }

    @Test
    void badTextIsRefusedWithWhatIsWrongAndWhatIsAllowed() {
        assertEquals("the examples are missing; write each as x1,x2 and its targets, examples separated by |, "
                + "e.g. 0.05,0.1,0.01,0.99", messageOf(""));
        assertEquals("example 1 has 2 numbers, but an example is x1,x2 and 1 to 3 targets (3 to 5 numbers separated "
                + "by commas)", messageOf("0.1,0.2"));
        assertEquals("example 2 has 6 numbers, but an example is x1,x2 and 1 to 3 targets (3 to 5 numbers separated "
                + "by commas)", messageOf("0.1,0.2,0.3|1,2,0,0,0,1"));
        assertEquals("example 2 has 2 targets, but example 1 has 1; every example needs as many targets as the "
                + "network has outputs", messageOf("0.1,0.2,0.3|1,2,0.5,0.5"));
        assertEquals("example 1's x₂ must be a number, but is \"abc\"", messageOf("0.1,abc,0.3"));
        assertEquals("example 1's target y is empty; type a number", messageOf("0.1,0.2,"));
        assertEquals("example 1's target y₂ is 1.5, but targets must be from 0 to 1 (what a sigmoid or softmax "
                + "output can reach)", messageOf("0.1,0.2,0.5,1.5"));
        assertEquals("example 1's x₁ is 2000000, but inputs must be from -1000000 to 1000000", messageOf("2e6,0,0.5"));
        assertEquals("example 1's x₁ must be a number, but is \"NaN\"", messageOf("NaN,0,0.5"));
        assertEquals("an examples lab holds 1 to " + Problem.MAX_EXAMPLES + " examples, but 11 were given",
                messageOf("1,1,1|".repeat(10) + "1,1,1"));
        assertEquals("an examples lab holds 1 to " + Problem.MAX_EXAMPLES + " examples, but 8001 were given",
                messageOf("|".repeat(8000)), "the separators are counted before anything is split");
    }

    @Test
    void crossEntropyNeedsTargetsThatAddUpToOne() {
        assertEquals("", ExamplesText.lossProblem(ExamplesText.parse("1,2,0,1,0|3,4,0.25,0.25,0.5"), Loss.CROSS_ENTROPY));
        assertEquals("loss cross_entropy needs each example's targets to add up to 1 (a class, one-hot), but example "
                + "2's add up to 0.5", ExamplesText.lossProblem(ExamplesText.parse("1,2,0,1|3,4,0.25,0.25"),
                        Loss.CROSS_ENTROPY));
        assertEquals("loss cross_entropy needs examples with 2 or more targets (one per class), but these have 1",
                ExamplesText.lossProblem(ExamplesText.parse("1,2,1"), Loss.CROSS_ENTROPY));
        assertEquals("", ExamplesText.lossProblem(ExamplesText.parse("1,2,0.3,0.3"), Loss.MSE));
    }

    @Property(tries = 300)
    void writingThenReadingGivesTheSameNumbersBitForBit(@ForAll @IntRange(min = 1, max = 10) int count,
            @ForAll @IntRange(min = 1, max = 3) int targets, @ForAll("seeds") long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] inputs = new double[count * 2];
        double[] values = new double[count * targets];
        for (int v = 0; v < inputs.length; v++) {
            inputs[v] = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(7) - 3);
        }
        for (int v = 0; v < values.length; v++) {
            values[v] = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
        }
        Dataset data = new Dataset(2, targets, inputs, values);
        Dataset back = ExamplesText.parse(ExamplesText.write(data));
        assertArrayEquals(inputs, back.inputsView(), 0.0);
        assertArrayEquals(values, back.targetsView(), 0.0);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Test
    void writingRefusesWhatTheLinkCouldNotCarry() {
        assertEquals("example 1's target y is 3, but targets must be from 0 to 1 (what a sigmoid or softmax output "
                + "can reach)", assertThrows(IllegalArgumentException.class, () -> ExamplesText.write(
                        new Dataset(2, 1, new double[] {1, 2}, new double[] {3}))).getMessage());
        assertEquals("an examples lab's examples have 2 inputs, x1 and x2, but these have 1", assertThrows(
                IllegalArgumentException.class, () -> ExamplesText.write(
                        new Dataset(1, 1, new double[] {1}, new double[] {0.5}))).getMessage());
    }

    @Test
    void theLinkKeyOpensTheExamplesAndTheirOutputLayer() {
        StateCodec.Decoded two = StateCodec.decode("data=examples&ex=0.05,0.1,0.01,0.99&hidden=2&act=sigmoid",
                AppState.defaults());
        assertTrue(two.notices().isEmpty(), two.notices().toString());
        assertArrayEquals(new int[] {2, 2, 2}, two.state().layerSizes());
        assertEquals(Activation.SIGMOID, two.state().outputActivation());
        StateCodec.Decoded three = StateCodec.decode("data=examples&ex=1,2,0,0,1|3,4,1,0,0&loss=cross_entropy",
                AppState.defaults());
        assertTrue(three.notices().isEmpty(), three.notices().toString());
        assertEquals(3, three.state().targetSize());
        assertEquals(Activation.SOFTMAX, three.state().outputActivation());
        AppState back = StateCodec.decode(StateCodec.encode(three.state()), AppState.defaults()).state();
        assertEquals(three.state(), back, "the examples round-trip through the link");
        assertTrue(StateCodec.encode(back).contains("&ex=1,2,0,0,1|3,4,1,0,0&"), StateCodec.encode(back));
    }

    @Test
    void aBadExamplesValueChangesNothingAndSaysWhy() {
        AppState base = StateCodec.decode("data=examples&ex=0.5,0.5,1", AppState.defaults()).state();
        StateCodec.Decoded bad = StateCodec.decode("ex=0.5,0.5,7", base);
        assertEquals(base, bad.state(), "nothing half-applied");
        assertEquals(List.of("ignored ex=0.5,0.5,7: example 1's target y is 7, but targets must be from 0 to 1 (what a "
                + "sigmoid or softmax output can reach)"), bad.notices());
        StateCodec.Decoded elsewhere = StateCodec.decode("data=circle&ex=0.5,0.5,1", AppState.defaults());
        assertEquals(DatasetKind.CIRCLE, elsewhere.state().dataset());
        assertEquals(List.of("ignored ex=0.5,0.5,1: ex= gives the examples of data=examples, but the dataset is circle"),
                elsewhere.notices());
        StateCodec.Decoded formula = StateCodec.decode("data=examples&f=x", AppState.defaults());
        assertEquals(List.of("ignored f=x: the examples dataset takes its examples from ex=, not a formula"),
                formula.notices());
        StateCodec.Decoded crossEntropy = StateCodec.decode("data=examples&ex=1,2,0.3,0.3&loss=cross_entropy",
                AppState.defaults());
        assertEquals(Loss.MSE, crossEntropy.state().loss());
        assertEquals(List.of("ignored loss=cross_entropy: loss cross_entropy needs each example's targets to add up to "
                + "1 (a class, one-hot), but example 1's add up to 0.6"), crossEntropy.notices());
    }

    @Test
    void anExamplesLabTrainsOnEveryExampleInItsOrderAndTakesNoOtherPoints() {
        AppState state = StateCodec.decode("data=examples&ex=0.1,0.2,0.3|0.4,0.5,0.6|0.7,0.8,0.9&batch=0",
                AppState.defaults()).state();
        LabSession lab = new LabSession(state);
        assertEquals(3, lab.trainData().count());
        assertArrayEquals(new double[] {0.1, 0.2, 0.4, 0.5, 0.7, 0.8}, lab.trainData().inputsView());
        assertEquals(0, lab.testData().count());
        assertTrue(Double.isNaN(lab.testCost()));
        assertEquals(LabSession.WRITTEN_OUT, lab.addPoint(1, 1, 0));
        assertEquals(LabSession.WRITTEN_OUT, lab.replaceData(new Dataset(2, 1, new double[] {1, 2, 3, 4},
                new double[] {0, 1})));
        assertEquals(3, lab.trainData().count(), "nothing added");
    }
}
