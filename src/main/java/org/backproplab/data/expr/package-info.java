/**
 * Formulas typed by a teacher — a curve y = f(x) or a class rule in x₁, x₂ — read by a small recursive-descent
 * parser into a tree of doubles ({@link org.backproplab.data.expr.Expression}); no eval, no reflection, and
 * every mistake an {@link org.backproplab.data.expr.ExpressionException} that points at its character.
 */
package org.backproplab.data.expr;
