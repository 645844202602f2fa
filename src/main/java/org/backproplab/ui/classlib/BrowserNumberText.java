package org.backproplab.ui.classlib;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells the TeaVM compiler (at build time, on the JVM; never part of the bundle) to take this package's
 * DoubleAnalyzer instead of the class of the same name in
 * org.teavm.classlib.impl.text. Found through
 * META-INF/services/org.teavm.extension.spi.substitution.SubstitutionPolicy.
 */
public final class BrowserNumberText extends SimpleSubstitutionPolicy {
    private static final String TEAVM_PACKAGE = "org.teavm.classlib.impl.text";

    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named(TEAVM_PACKAGE + ".DoubleAnalyzer")
                        .or(named(TEAVM_PACKAGE + ".DoubleAnalyzer$Result")))
                .replacePackage(TEAVM_PACKAGE, BrowserNumberText.class.getPackageName());
    }
}
