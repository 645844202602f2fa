package org.backproplab.state.course;

import org.backproplab.state.AppState;
import org.backproplab.state.LabSession;
import org.backproplab.core.Activation;
import org.backproplab.core.Shape;
import org.backproplab.data.DatasetKind;
import org.backproplab.landscape.WeightNames;

/**
 * The guided lessons, in order, following the argument of the classic backpropagation walk-through: random
 * weights give a wrong output → the cost J measures the error → backpropagation computes the gradient with
 * the chain rule → gradient descent uses it with α → α too small, α too large → repeat until the minimum.
 * Content only: the UI shows the text, applies the state and highlights the view.
 */
public final class Lessons {
    /** Seed of the lessons' data and weights: checked to give a clear picture in every lesson. */
    static final long SEED = 3;

    private static final Lesson[] ALL = build();

    private Lessons() {
    }

    /**
     * The tiny lab of the first lessons: two Gaussian blobs (two inputs, one 0/1 target), 20 points of which
     * 10 train, a 2-2-1 network with sigmoid neurons like the worked example, mse, full batch, α = 0.5.
     */
    static AppState tinyClassifier() {
        return AppState.defaults().withDataset(DatasetKind.GAUSS).withPointCount(20).withHiddenLayers(new int[] {2})
                .withActivation(Activation.SIGMOID).withLearningRate(0.5).withBatchSize(0).withSeed(SEED)
                .withStepsPerFrame(1);
    }

    /**
     * The lab of the learning-rate lessons: a line through 40 points (20 train), a 1-2-1 tanh network with a
     * linear output, mse, full batch; {@code learningRate} is the α of the lesson.
     */
    static AppState lineFit(double learningRate, int stepsPerFrame) {
        return AppState.defaults().withDataset(DatasetKind.LINEAR).withPointCount(40)
                .withHiddenLayers(new int[] {2}).withActivation(Activation.TANH).withBatchSize(0).withSeed(SEED)
                .withLearningRate(learningRate).withStepsPerFrame(stepsPerFrame);
    }

    private static Lesson[] build() {
        AppState tiny = tinyClassifier();
        return new Lesson[] {
            new Lesson("wrong-output", "Random weights, wrong answers",
                    "This network has two inputs, two hidden neurons and one output, much like the classic worked "
                            + "example. Its weights were drawn at random, so its output ŷ has nothing to do with the "
                            + "right answers yet: for most points it sits near 0.5 instead of the target y, which is 0 "
                            + "or 1. Learning means changing the weights until ŷ matches y.",
                    tiny, Lesson.OUTPUT,
                    "Compare the output's shading (the network's ŷ) with the colours of the points (their targets y)."),
            new Lesson("cost", "The cost J measures the error",
                    "To improve the weights you first need one number that says how wrong the network is. The cost "
                            + "J is that number: for each example it takes the error ŷ − y, squares it and halves it, "
                            + "then averages over the examples. J = 0 would mean every output is exactly right.",
                    tiny, Lesson.COST,
                    "Press Step twice: phase 1 runs the forward pass, phase 2 shows every ŷ − y and J."),
            new Lesson("backpropagation", "Backpropagation computes the gradient",
                    "Backpropagation asks, for every weight w: if w grew a little, how much would J change? That "
                            + "rate is the gradient ∂J/∂w, and it is found from the output back to the inputs with "
                            + "the chain rule: each neuron gets a δ = ∂J/∂z, and ∂J/∂w = δ·a for the weight that "
                            + "brings activation a into it. Backpropagation computes the gradient; no weight has "
                            + "changed yet.",
                    tiny, Lesson.STEPPER,
                    "Press Step until phase 3 (Backpropagation) and check that every weight still has its old value."),
            new Lesson("gradient-descent", "Gradient descent changes the weights",
                    "Gradient descent uses the gradient and the learning rate α to change the weights: each weight "
                            + "steps to w − α·∂J/∂w, downhill on J. The slice shows J along one weight with all the "
                            + "others held still; the tangent's slope is ∂J/∂w and the marked point is where the "
                            + "step lands. This is the only phase in which weights change.",
                    tiny, Lesson.SLICE,
                    "Press Step to reach phase 4 (Gradient descent), then compare the new J with the old one."),
            new Lesson("alpha-too-small", "A learning rate too small",
                    "The learning rate α sets the length of each step. With α = 0.001 every step is tiny: J goes "
                            + "down, but it takes a hundred of these steps to get as far as one step with α = 0.1. "
                            + "Here the network fits a curve through points on a line.",
                    lineFit(0.001, 1), Lesson.ALPHA,
                    "Take ten steps and watch J barely move; then set α to 0.1 and take one more."),
            new Lesson("alpha-too-large", "A learning rate too large",
                    "With α = 3 the steps are far too long: each one jumps past the minimum of J and lands higher "
                            + "on the other side. The jumps grow, J grows with them, and training diverges. A good α "
                            + "is large enough to make progress and small enough not to overshoot.",
                    lineFit(3, 1), Lesson.SLICE,
                    "Press Step a few times and watch the point on the slice jump across the valley, higher each time."),
            new Lesson("repeat", "Repeat until the minimum",
                    "Training is these two steps, over and over: backpropagation computes the gradient, and gradient "
                            + "descent takes a step of α against it. With a good α, here 0.1, J falls fast at first "
                            + "and then more slowly: near a minimum the slope flattens, the gradient nears zero and "
                            + "the steps all but stop.",
                    lineFit(0.1, 5), Lesson.COST,
                    "Press Play and watch the cost curve flatten out as the fitted line settles on the points."),
        };
    }

    /** How many lessons there are. */
    public static int count() {
        return ALL.length;
    }

    /** Lesson {@code index}, 0 the first. */
    public static Lesson get(int index) {
        if (index < 0 || index >= ALL.length) {
            throw new IndexOutOfBoundsException("there are " + ALL.length + " lessons (0 to " + (ALL.length - 1)
                    + "), so there is no lesson " + index);
        }
        return ALL[index];
    }

    /** The lessons in order (a copy). */
    public static Lesson[] all() {
        return ALL.clone();
    }

    /**
     * The whole lab a lesson opens: its state with its id, and for a lesson about the cost along one weight
     * the first weight into the output selected (which opens the weight microscope with its slice).
     */
    public static AppState opening(Lesson lesson) {
        AppState state = lesson.state().withLesson(lesson.id());
        if (Lesson.SLICE.equals(lesson.highlight()) && state.selectedWeight() < 0) {
            Shape shape = state.shape();
            state = state.withSelectedWeights(WeightNames.firstOutputWeight(shape), -1);
        }
        return state;
    }

    /**
     * Opens lesson {@code index} on {@code lab}: its settings and fresh weights from its seed, whatever the
     * lab held before (a lesson never starts from the previous lesson's trained or diverged weights).
     */
    public static void start(LabSession lab, int index) {
        lab.apply(opening(get(index)));
        lab.reset();
    }

    /** The position of the lesson called {@code id}, or −1 if there is none. */
    public static int indexOf(String id) {
        for (int i = 0; i < ALL.length; i++) {
            if (ALL[i].id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
