package org.backproplab.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class one {@link Browser}, injected as a parameter of tests (or of
 * {@code @BeforeAll}/{@code @BeforeEach}), started on first use and quit after the class, pass or fail:
 *
 * <pre>{@code
 * @ExtendWith(BrowserExtension.class)
 * class SomethingIT {
 *     @Test
 *     void drawsTheNetwork(Browser browser) { browser.open(...); }
 * }
 * }</pre>
 */
public final class BrowserExtension implements ParameterResolver, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = classStore(context).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    /** The store of the test class's context, so that all tests of a class share the browser. */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }
}
