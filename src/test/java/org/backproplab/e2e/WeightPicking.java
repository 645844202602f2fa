package org.backproplab.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.core.Shape;
import org.backproplab.landscape.WeightChoice;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Chooses a weight in the microscope's pickers as a user does: the layer it feeds, then the neuron it feeds,
 * then where it comes from, each in its own short list, waiting after each choice until the lab has taken it
 * (its URL state names a parameter of that layer, then of that neuron, then the weight itself).
 */
final class WeightPicking {
    /** The first picker (URL key w1). */
    static final String FIRST = "weight";
    /** The second picker, of the 2-D map (URL key w2). */
    static final String SECOND = "second-weight";

    private WeightPicking() {
    }

    /** Chooses flat parameter {@code index} of a network of {@code shape} in {@code picker}. */
    static void choose(Browser browser, String picker, Shape shape, int index) {
        WeightChoice target = WeightChoice.of(shape, index);
        String key = FIRST.equals(picker) ? "w1" : "w2";
        select(browser, picker + "-layer", target.layer());
        waitUntil(browser, key, shape, c -> c.layer() == target.layer());
        select(browser, picker + "-to", target.to());
        waitUntil(browser, key, shape, c -> c.layer() == target.layer() && c.to() == target.to());
        select(browser, picker + "-from", target.from());
        waitUntil(browser, key, shape, target::equals);
    }

    private static void select(Browser browser, String role, int value) {
        new Select(browser.driver().findElement(By.cssSelector(".blm-panel [data-role='" + role + "']")))
                .selectByValue(Integer.toString(value));
    }

    private static void waitUntil(Browser browser, String key, Shape shape,
            java.util.function.Predicate<WeightChoice> taken) {
        Pattern pattern = Pattern.compile("(?:^|&)" + key + "=(-?\\d+)(?:&|$)");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage(() -> "the lab did not take the choice in the " + key + " picker: "
                        + browser.script("return BackpropLab.main.state();"))
                .until(d -> {
                    Matcher m = pattern.matcher((String) browser.script("return BackpropLab.main.state();"));
                    if (!m.find()) {
                        return false;
                    }
                    int chosen = Integer.parseInt(m.group(1));
                    return chosen >= 0 && chosen < shape.parameterCount() && taken.test(WeightChoice.of(shape, chosen));
                });
    }
}
