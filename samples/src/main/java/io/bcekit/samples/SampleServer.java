package io.bcekit.samples;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.jetty.BceJetty;
import io.bcekit.redis.RedisIdempotencyStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The sample EIP, EIP-group and bandwidth-package service on embedded Jetty 12 (ee11, Servlet
 * 6.1), on 127.0.0.1 only: {@code java -jar bcekit-samples.jar [--port N] [--redis URI]}. The
 * webapp ({@code WEB-INF/web.xml} with {@code BceErrorFilter}, {@link FaultInjectionFilter},
 * {@code BceAuthFilter}, {@code BceIdempotencyFilter} and Jersey running {@link SampleApplication})
 * ships inside the jar as class-path resources; with {@code --redis}, {@code redis-override-web.xml}
 * moves the idempotency store to Redis.
 * {@link BceJetty#install} closes the gaps around the filters at the server level (what Jetty
 * rejects before the webapp runs, header values as sent, a reset after a failure past commit), and
 * {@link EnvelopeErrorPageHandler} hands what Jetty rejects inside the webapp, outside the filter
 * chain, to the filter.
 *
 * <p>Limits, set here rather than left to Jetty's defaults so that a slow or idle client costs a
 * connection for a bounded time and never a thread while it sends nothing:
 * <ul>
 *   <li>{@link #IDLE_TIMEOUT} 30 s: a connection that sends nothing (mid-request or between
 *       requests) for that long is closed, so a client that opens and goes silent is dropped;</li>
 *   <li>{@link #MIN_REQUEST_DATA_RATE} 1 KiB/s: a servlet reading a body that arrives slower
 *       (averaged from its first byte) fails with 408 instead of holding its thread; the EIP API's
 *       bodies are small JSON, and Jetty ee11 checks this only while the application reads;</li>
 *   <li>{@link #MAX_THREADS} 200 and {@link #MIN_THREADS} 8: the thread pool is bounded; Jetty reads
 *       requests without a thread per connection, so waiting connections do not use these up;</li>
 *   <li>{@link #REQUEST_HEADER_SIZE} 8 KiB: a request line plus headers longer than that is
 *       rejected (414 or 431) before any of it is buffered further; signed BCE requests need far less.</li>
 * </ul>
 */
public final class SampleServer {

    /** The class-path folder holding the webapp. */
    public static final String WEBAPP_RESOURCE = "bcekit-sample-webapp/";
    public static final int DEFAULT_PORT = 8080;
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final long MIN_REQUEST_DATA_RATE = 1024;
    static final int MAX_THREADS = 200;
    static final int MIN_THREADS = 8;
    static final int REQUEST_HEADER_SIZE = 8 * 1024;
    static final String REDIS_OVERRIDE = WEBAPP_RESOURCE + "WEB-INF/redis-override-web.xml";
    static final String USAGE = "Usage: java -jar bcekit-samples.jar [--port N] [--redis URI]   (N in 0-65535,"
            + " 0 = any free port; default " + DEFAULT_PORT + "; URI e.g. redis://127.0.0.1:6379)";

    private final Server server;
    private final URI baseUri;

    private SampleServer(Server server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /** Starts the service on 127.0.0.1:{@code port} ({@code 0} picks a free port). */
    public static SampleServer start(int port) throws Exception {
        return start(new Options(port, Optional.empty()), IDLE_TIMEOUT, BceErrorConfig.defaults());
    }

    /**
     * What the command line asks for: the port, and the Redis that holds client tokens (in memory
     * when empty).
     */
    record Options(int port, Optional<String> redisUri) {
    }

    /**
     * As {@link #start(int)}, for tests: another idle timeout (a test cannot wait 30 s) and the
     * configuration of the server-level error handler (to observe its failure log).
     */
    static SampleServer start(int port, Duration idleTimeout, BceErrorConfig serverErrors) throws Exception {
        return start(new Options(port, Optional.empty()), idleTimeout, serverErrors);
    }

    static SampleServer start(Options options, Duration idleTimeout, BceErrorConfig serverErrors) throws Exception {
        int port = options.port();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("bcekit-sample");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(REQUEST_HEADER_SIZE);
        http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeout.toMillis());
        server.addConnector(connector);
        server.setHandler(webapp(server, options.redisUri()));
        BceJetty.install(server, serverErrors);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new SampleServer(server, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    private static WebAppContext webapp(Server server, Optional<String> redisUri) {
        // A class-path folder: a directory under target/classes, or a jar: URL Jetty mounts for the server's life.
        Resource base = ResourceFactory.of(server).newResource(resource(WEBAPP_RESOURCE));
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setBaseResource(base);
        webapp.setParentLoaderPriority(true);
        webapp.setErrorHandler(new EnvelopeErrorPageHandler());
        webapp.setThrowUnavailableOnStartupException(true); // a broken web.xml fails start(), loudly
        redisUri.ifPresent(uri -> {
            // The store's no-argument constructor (named by the override descriptor) reads the URI from here.
            System.setProperty(RedisIdempotencyStore.URI_PROPERTY, uri);
            webapp.addOverrideDescriptor(resource(REDIS_OVERRIDE).toString());
        });
        return webapp;
    }

    private static URL resource(String name) {
        URL found = SampleServer.class.getClassLoader().getResource(name);
        if (found == null) {
            throw new IllegalStateException("Class-path resource " + name + " not found");
        }
        return found;
    }

    /** Where the service listens, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    public void stop() throws Exception {
        server.stop();
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parseOptions(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SampleServer sample;
        try {
            sample = start(options, IDLE_TIMEOUT, BceErrorConfig.defaults());
        } catch (IOException e) { // typically the port is taken
            System.err.println("Cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        printWelcome(sample.baseUri(), System.out);
        sample.server.join();
    }

    /** What {@code args} ask for: any of {@code --port N} and {@code --redis URI}, each at most once. */
    static Options parseOptions(String... args) {
        Integer port = null;
        String redis = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !(args[i].equals("--port") && port == null
                    || args[i].equals("--redis") && redis == null)) {
                throw new IllegalArgumentException("Unexpected arguments: " + String.join(" ", args));
            }
            if (args[i].equals("--port")) {
                port = parsePort(args[i + 1]);
            } else {
                redis = args[i + 1];
            }
        }
        return new Options(port == null ? DEFAULT_PORT : port, Optional.ofNullable(redis));
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not a port: " + text);
    }

    static void printWelcome(URI base, PrintStream out) {
        out.println("bcekit sample EIP, EIP-group and bandwidth-package service listening on " + base);
        out.println("Point EipClient, EipGroupClient or EipBpClient at it (endpoint " + base + ") with one of:");
        for (DemoAccount account : DemoAccount.ALL) {
            out.printf("  %-14s %-14s %s%n", account.accessKey(), account.secretKey(), account.description());
        }
        out.println("Each account owns BCC instances " + String.join(", ", DemoAccount.INSTANCES)
                + " and starts with no EIPs.");
        out.println("Inject faults (loopback only): curl -si -X POST " + base + FaultInjectionFilter.ADMIN_PATH
                + " -d '{\"method\":\"PUT\",\"path\":\"/v1/eip/100.64.0.1\",\"code\":\"ServiceUnavailable\",\"count\":2}'");
        out.println("Try unsigned: curl -si " + base + "/v1/eip   # InvalidHTTPAuthHeader: every API call is signed");
        out.flush();
    }
}
