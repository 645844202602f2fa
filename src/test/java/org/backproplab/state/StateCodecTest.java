package org.backproplab.state;

import org.backproplab.state.course.Lessons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backproplab.core.Activation;
import org.backproplab.core.Loss;
import org.backproplab.core.Regularization;
import org.backproplab.data.DatasetKind;
import org.backproplab.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class StateCodecTest {
    @Test
    void roundTripKeepsEverySetting() {
        AppState state = AppState.defaults().withDataset(DatasetKind.GAUSS3).withLoss(Loss.CROSS_ENTROPY)
                .withNoise(0.25).withTrainRatio(0.7).withPointCount(321).withSeed(987654321L)
                .withHiddenLayers(new int[] {16, 3, 1, 7, 2, 9}).withActivation(Activation.LEAKY_RELU)
                .withRegularization(Regularization.Type.L1).withLambda(0.003).withLearningRate(1.0e-5)
                .withOptimizer(OptimizerKind.ADAM).withMomentum(0.5).withBetas(0.8, 0.95).withBatchSize(0)
                .withStepsPerFrame(250);
        StateCodec.Decoded decoded = StateCodec.decode("#" + StateCodec.encode(state), AppState.defaults());
        assertEquals(state, decoded.state());
        assertTrue(decoded.notices().isEmpty(), decoded.notices().toString());
        assertEquals(1.0e-5, decoded.state().learningRate());
        assertEquals(0.003, decoded.state().lambda());
    }

    @Test
    void scheduleSelectionAndLessonRoundTrip() {
        AppState state = AppState.defaults().withSchedule(org.backproplab.optim.LearningRateScheduleKind.COSINE)
                .withSelectedWeights(3, 12).withLesson(Lessons.get(2).id());
        StateCodec.Decoded decoded = StateCodec.decode(StateCodec.encode(state), AppState.defaults());
        assertEquals(state, decoded.state());
        assertEquals(12, decoded.state().secondWeight());
        assertTrue(decoded.notices().isEmpty(), decoded.notices().toString());
    }

    @Test
    void quizIsAKnownSwitchThatRoundTripsAndRefusesOtherValues() {
        assertFalse(AppState.defaults().quiz());
        StateCodec.Decoded on = StateCodec.decode("data=xor&quiz=1", AppState.defaults());
        assertTrue(on.state().quiz());
        assertTrue(on.notices().isEmpty(), on.notices().toString());
        assertTrue(StateCodec.encode(on.state()).contains("&quiz=1&"));
        assertEquals(on.state(), StateCodec.decode(StateCodec.encode(on.state()), AppState.defaults()).state());
        StateCodec.Decoded off = StateCodec.decode(StateCodec.encode(AppState.defaults()), on.state());
        assertFalse(off.state().quiz(), "a link written without the mode turns it off");
        for (String bad : new String[] {"yes", "", "2", "true"}) {
            StateCodec.Decoded refused = StateCodec.decode("quiz=" + bad + "&lr=0.5", on.state());
            assertTrue(refused.state().quiz(), "a refused value keeps the base's: " + bad);
            assertEquals(0.5, refused.state().learningRate());
            assertEquals(List.of("ignored quiz=" + bad + ": quiz (\"Your turn\") must be 1 (on) or 0 (off), but is \""
                    + bad + "\""), refused.notices());
        }
        assertTrue(AppState.defaults().withQuiz(true).withLearningRate(0.2).withSeed(3).quiz(),
                "changing other settings keeps the mode");
    }

    @Test
    void selectedWeightMustExistInTheNetwork() {
        // defaults: 2-4-2-1 has (2+1)·4 + (4+1)·2 + (2+1)·1 = 25 parameters, so 24 is the last index
        assertEquals(25, AppState.defaults().parameterCount());
        StateCodec.Decoded decoded = StateCodec.decode("w1=25&w2=24&lesson=nope", AppState.defaults());
        assertEquals(-1, decoded.state().selectedWeight());
        assertEquals(24, decoded.state().secondWeight());
        assertEquals(2, decoded.notices().size(), decoded.notices().toString());
        assertTrue(decoded.notices().get(0).contains("0 to 24"), decoded.notices().toString());
    }

    @Test
    void changingTheHiddenLayersDropsTheSelection() {
        AppState state = AppState.defaults().withSelectedWeights(3, 4).withHiddenLayers(new int[] {5});
        assertEquals(-1, state.selectedWeight());
        assertEquals(-1, state.secondWeight());
        AppState same = AppState.defaults().withSelectedWeights(3, 4).withHiddenLayers(new int[] {4, 2});
        assertEquals(3, same.selectedWeight());
    }

    @Test
    void badValuesKeepTheBaseAndSayWhy() {
        StateCodec.Decoded decoded = StateCodec.decode("lr=-3&data=blob&hidden=4,99&noise=NaN&x=1",
                AppState.defaults());
        assertEquals(AppState.defaults(), decoded.state());
        String notices = String.join("\n", decoded.notices());
        assertTrue(notices.contains("ignored unknown setting \"x\""), notices);
        assertTrue(notices.contains("learning rate α must be a number from 0.00001 to 10, but is -3"), notices);
        assertTrue(notices.contains("unknown dataset") || notices.contains("blob"), notices);
        assertTrue(notices.contains("hidden layer 2 has 99 neurons; allowed: 1 to 16"), notices);
        assertTrue(notices.contains("noise must be a number, but is \"NaN\""), notices);
        assertEquals(5, decoded.notices().size());
    }

    @Test
    void goodValuesApplyEvenBesideBadOnes() {
        StateCodec.Decoded decoded = StateCodec.decode("lr=0.5&seed=banana", AppState.defaults());
        assertEquals(0.5, decoded.state().learningRate());
        assertEquals(AppState.defaults().seed(), decoded.state().seed());
        assertEquals(1, decoded.notices().size());
    }

    @Test
    void lossThatDoesNotFitTheDatasetIsRefused() {
        StateCodec.Decoded decoded = StateCodec.decode("data=sine&loss=cross_entropy", AppState.defaults());
        assertEquals(DatasetKind.SINE, decoded.state().dataset());
        assertEquals(Loss.MSE, decoded.state().loss());
        assertTrue(decoded.notices().get(0).contains("cross_entropy needs a softmax output layer"),
                decoded.notices().toString());
    }

    @Test
    void overlongTextIsNotReadAtAll() {
        String huge = "lr=0.5&" + "a".repeat(StateCodec.MAX_LENGTH);
        StateCodec.Decoded decoded = StateCodec.decode(huge, AppState.defaults());
        assertEquals(AppState.defaults(), decoded.state());
        assertTrue(decoded.notices().get(0).contains("at most 8192"));
    }

    @Property(tries = 500)
    void anyTextDecodesToAValidStateWithoutThrowing(@ForAll("hostile") String text) {
        StateCodec.Decoded decoded = StateCodec.decode(text, AppState.defaults());
        // The result is a real state: encoding and decoding it again changes nothing and says nothing.
        StateCodec.Decoded again = StateCodec.decode(StateCodec.encode(decoded.state()), AppState.defaults());
        assertEquals(decoded.state(), again.state());
        assertTrue(again.notices().isEmpty());
        for (String notice : decoded.notices()) {
            assertFalse(notice.isBlank());
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> keys = Arbitraries.of(StateCodec.KEYS).injectDuplicates(0.1);
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("NaN", "Infinity", "-0", "1e999", "4,4,4,4,4,4,4", "", "0x10", "1d", "softmax",
                        "cross_entropy", "gauss3", "sine", "adam", "l2", "examples", "0.1,0.2,0.3|0.4,0.5,0.6",
                        "1,2,0,1,0", "1,2,0.5,0.5|3,4,1,0", "1,2,3", "1,2,0.1|1,2,0.1,0.2"));
        Arbitrary<String> pair = net.jqwik.api.Combinators.combine(keys, values).as((k, v) -> k + "=" + v);
        return pair.list().ofMaxSize(25).map(list -> String.join("&", list));
    }
}
