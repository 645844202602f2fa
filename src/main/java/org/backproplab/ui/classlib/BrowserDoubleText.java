package org.backproplab.ui.classlib;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Tells the TeaVM compiler (at build time, on the JVM; never part of the bundle; named in the pom's
 * teavm-maven-plugin {@code transformers}) to compile Java's two double ↔ text conversions as calls of
 * {@link BrowserDouble}: Double.parseDouble(text) as {@link BrowserDouble#parse}, and
 * AbstractStringBuilder.insert(index, double) — behind Double.toString, String.valueOf(double) and
 * {@code "" + d} — as insert(index, {@link BrowserDouble#text}).
 */
public final class BrowserDoubleText implements ClassHolderTransformer {
    private static final ValueType STRING = ValueType.object("java.lang.String");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals("java.lang.Double")) {
            MethodHolder parse = cls.getMethod(new MethodDescriptor("parseDouble", STRING, ValueType.DOUBLE));
            ProgramEmitter pe = ProgramEmitter.create(parse, context.getHierarchy());
            pe.invoke(BrowserDouble.class, "parse", double.class, pe.var(1, String.class)).returnValue();
        } else if (cls.getName().equals("java.lang.AbstractStringBuilder")) {
            ValueType builder = ValueType.object(cls.getName());
            MethodHolder insert = cls.getMethod(new MethodDescriptor("insert", ValueType.INTEGER, ValueType.DOUBLE,
                    builder));
            ProgramEmitter pe = ProgramEmitter.create(insert, context.getHierarchy());
            pe.var(0, builder).invokeSpecial(new MethodReference(cls.getName(), "insert", ValueType.INTEGER, STRING,
                    builder), pe.var(1, int.class), pe.invoke(BrowserDouble.class, "text", String.class,
                    pe.var(2, double.class))).returnValue();
        }
    }
}
