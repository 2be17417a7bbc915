package io.bcekit.servlet;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A bcekit filter's init-params, and the class loader that names in them are loaded from. */
final class InitParameters {

    private InitParameters() {
    }

    /**
     * Reads the init-params and hands them to {@code configure}, unless the filter was configured in
     * code, in which case any init-param is a mistake. Every {@link IllegalArgumentException} the
     * configuration raises stops the filter from starting with a message naming the filter.
     */
    static void apply(FilterConfig filterConfig, String filterType, boolean configuredInCode,
            Consumer<Map<String, String>> configure) throws ServletException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : Collections.list(filterConfig.getInitParameterNames())) {
            parameters.put(name, filterConfig.getInitParameter(name));
        }
        String filter = filterType + " '" + filterConfig.getFilterName() + "'";
        if (configuredInCode) {
            if (!parameters.isEmpty()) {
                throw new ServletException(filter + " was configured in code; it takes no init-params, got "
                        + parameters.keySet());
            }
            return;
        }
        try {
            configure.accept(parameters);
        } catch (IllegalArgumentException e) {
            throw new ServletException(filter + ": " + e.getMessage(), e);
        }
    }

    /** The webapp's class loader; an embedded context may have none of its own. */
    static ClassLoader classLoader(FilterConfig filterConfig) {
        ClassLoader loader = filterConfig.getServletContext().getClassLoader();
        if (loader == null) {
            loader = Thread.currentThread().getContextClassLoader();
        }
        return loader != null ? loader : InitParameters.class.getClassLoader();
    }
}
