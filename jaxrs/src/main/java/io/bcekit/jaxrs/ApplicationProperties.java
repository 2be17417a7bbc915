package io.bcekit.jaxrs;

import java.util.LinkedHashMap;
import java.util.Map;

/** The features' view of the application's properties: those under a prefix, and the class loader to load named classes with. */
final class ApplicationProperties {

    private ApplicationProperties() {
    }

    /** The properties whose names start with {@code prefix}, by their names without it; null values left out. */
    static Map<String, String> under(String prefix, Map<String, Object> all) {
        Map<String, String> found = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (name.startsWith(prefix) && value != null) {
                found.put(name.substring(prefix.length()), value.toString());
            }
        });
        return found;
    }

    /** The loader of the application's classes: the thread's context loader, else bcekit's own. */
    static ClassLoader classLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : ApplicationProperties.class.getClassLoader();
    }
}
