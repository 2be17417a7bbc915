package io.bcekit.spring.boot;

import io.bcekit.jetty.HeadersAsSent;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Makes Boot's embedded Jetty hand the application header values exactly as the client sent them
 * ({@link HeadersAsSent}), so that a bce-auth-v1 signature over {@code Content-Type} verifies. Boot 4
 * and Boot 3.5 name the server customizer differently and one jar serves both, so it is a proxy of
 * whichever the factory takes.
 */
final class JettyHeadersAsSent implements WebServerFactoryCustomizer<WebServerFactory> {

    @Override
    public void customize(WebServerFactory factory) {
        serverCustomizerAdder(factory).ifPresent(add -> {
            Class<?> type = add.getParameterTypes()[0].getComponentType();
            Object customizers = Array.newInstance(type, 1);
            Array.set(customizers, 0, Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "customize" -> {
                            // Boot adds the connectors and the context before its customizers run.
                            HeadersAsSent.keep((Server) args[0]);
                            yield null;
                        }
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "toString" -> "bcekit: Jetty header values as sent";
                        default -> throw new UnsupportedOperationException(method.getName());
                    }));
            try {
                add.invoke(factory, customizers);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot customise " + factory.getClass().getName(), e);
            }
        });
    }

    /** A Jetty factory's {@code addServerCustomizers(JettyServerCustomizer...)}; empty for other servers. */
    private static Optional<Method> serverCustomizerAdder(WebServerFactory factory) {
        return Arrays.stream(factory.getClass().getMethods())
                .filter(method -> method.getName().equals("addServerCustomizers") && method.getParameterCount() == 1)
                .filter(method -> method.getParameterTypes()[0].isArray() && method.getParameterTypes()[0]
                        .getComponentType().getSimpleName().equals("JettyServerCustomizer"))
                .findFirst();
    }
}
