package io.bcekit.jaxrs;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records what a Feature registers, for the checks no runtime can make: which components, at which
 * priorities. (A runtime cannot hide a class from itself, nor list what a Feature registered.)
 */
final class RecordingFeatureContext {

    /** One registration: the component's simple class name and its priority. */
    record Registration(String component, int priority) {
    }

    final List<Registration> registrations = new ArrayList<>();
    private final Map<String, Object> properties;

    RecordingFeatureContext(Map<String, Object> properties) {
        this.properties = properties;
    }

    /** A FeatureContext, made in {@code loader}'s view of the JAX-RS API, that records into this. */
    FeatureContext context(ClassLoader loader) {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(loader,
                new Class<?>[] {Configuration.class}, (proxy, method, args) ->
                        method.getName().equals("getProperties") ? properties : null);
        return (FeatureContext) Proxy.newProxyInstance(loader, new Class<?>[] {FeatureContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConfiguration")) {
                        return configuration;
                    }
                    if (method.getName().equals("register")) {
                        registrations.add(new Registration(args[0].getClass().getSimpleName(),
                                args.length > 1 && args[1] instanceof Integer priority ? priority : -1));
                    }
                    return proxy;
                });
    }

    List<String> components() {
        return registrations.stream().map(Registration::component).toList();
    }
}
