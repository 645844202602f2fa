package org.backproplab.ui.classlib;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Tells the TeaVM compiler (at build time, on the JVM; never part of the bundle) to compile
 * Double.parseDouble(String) as a call of {@link BrowserDouble#parse}. Named in the pom's teavm-maven-plugin
 * {@code transformers}.
 */
public final class BrowserDoubleParsing implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.Double")) {
            return;
        }
        MethodHolder parse = cls.getMethod(new MethodDescriptor("parseDouble", String.class, double.class));
        ProgramEmitter pe = ProgramEmitter.create(parse, context.getHierarchy());
        pe.invoke(BrowserDouble.class, "parse", double.class, pe.var(1, String.class)).returnValue();
    }
}
