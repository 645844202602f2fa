package org.backproplab.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BrowserExtension.class)
class ProbeIT {
    static final String[] NAMES = {"train", "measure", "announce", "network", "output", "cost", "ratelab", "meter", "table+readouts"};

    void run(Browser browser, String path) throws Exception {
        Lab.open(browser, Lab.url(path));
        browser.waitFor("return BackpropLab.main.firstFrameMillis() > 0;");
        Thread.sleep(500);
        browser.script("window.__probe = [];");
        Lab.click(browser, "play");
        Thread.sleep(3000);
        @SuppressWarnings("unchecked")
        List<List<Number>> rows = (List<List<Number>>) browser.script("var p = window.__probe; window.__probe = null; return p;");
        StringBuilder out = new StringBuilder(path + " frames " + rows.size() + " iter " + browser.script("return BackpropLab.main.iteration();") + "\n");
        for (int c = 0; c < NAMES.length; c++) {
            List<Double> v = new ArrayList<>();
            for (List<Number> r : rows) v.add(r.get(c).doubleValue());
            Collections.sort(v);
            if (v.isEmpty()) continue;
            out.append(String.format("  %-15s median %6.2f p95 %6.2f max %6.2f%n", NAMES[c], v.get(v.size() / 2), v.get((int) (v.size() * 0.95)), v.get(v.size() - 1)));
        }
        System.out.println(out);
    }

    @Test
    void probe(Browser browser) throws Exception {
        run(browser, System.getProperty("probe.path", "/index.html#data=spiral&points=2000&train=0.9&hidden=16,16,16,16,16,16&batch=0"));
        run(browser, "/index.html#speed=1000");
        run(browser, "/index.html");
        run(browser, "/index.html#data=spiral&points=2000&train=0.9&hidden=16,16,16,16,16,16&batch=10&speed=1000");
    }
}
