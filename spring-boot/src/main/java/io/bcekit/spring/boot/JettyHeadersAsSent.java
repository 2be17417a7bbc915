package io.bcekit.spring.boot;

import io.bcekit.core.internal.Attributes;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Makes Boot's embedded Jetty hand the application header values exactly as the client sent them.
 * Jetty's HTTP parser looks common header lines up in a cache that ignores letter case and hands
 * over its own spelling (Jetty 12.0 turns a signed {@code charset=utf-8} into {@code UTF-8}, 12.1
 * the other way round), so a bce-auth-v1 signature over {@code Content-Type} fails. As bcekit-jetty's
 * {@code BceJetty.install} does: a case-sensitive header cache on every connector, and the context
 * attribute that tells BceAuthFilter so. Boot 4 and Boot 3.5 name the server customizer
 * differently and one jar serves both, so it is a proxy of whichever the factory takes.
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
                            keepHeadersAsSent((Server) args[0]);
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

    /** Boot adds the connectors and the context before its customizers run, and starts the server after. */
    static void keepHeadersAsSent(Server server) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
            }
        }
        server.getDescendants(ContextHandler.class).forEach(context -> context.setAttribute(Attributes.HEADERS_AS_SENT, true));
    }
}
