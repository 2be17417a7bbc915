package io.bcekit.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.servlet.BceAuthFilter;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.LogCapture;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** BceAuthFilter says at start-up when Jetty may alter the header values a signature covers. */
class HeaderCacheWarningTest {

    @Test
    void stockJettyIsReported() throws Exception {
        assertThat(warningsAtStart(server -> { })).singleElement().asString()
                .startsWith("BceAuthFilter runs on Jetty, whose header cache may hand over header values in its own letter case");
    }

    @Test
    void jettySetUpByBceJettyIsNot() throws Exception {
        assertThat(warningsAtStart(BceJetty::install)).isEmpty();
    }

    private static List<String> warningsAtStart(Consumer<Server> setUp) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        BceAuthVerifier verifier = BceAuthVerifier.builder(AuthFixture.credentialSource()).build();
        context.addFilter(new FilterHolder(new BceAuthFilter(verifier)), "/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        setUp.accept(server);
        try (LogCapture log = new LogCapture()) {
            server.start();
            return log.events("io.bcekit.servlet.BceAuthFilter").stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
        } finally {
            server.stop();
        }
    }
}
