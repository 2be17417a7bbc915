package io.bcekit.benchmarks.load;

import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BceCredential;
import io.bcekit.auth.InMemoryCredentialSource;
import io.bcekit.auth.SignedRequest;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.idempotency.IdempotencyGuard;
import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.core.idempotency.InMemoryIdempotencyStore;
import io.bcekit.redis.RedisIdempotencyStore;
import io.bcekit.jaxrs.BceFeature;
import io.bcekit.servlet.BceAuthFilter;
import io.bcekit.servlet.BceErrorFilter;
import io.bcekit.servlet.BceIdempotencyFilter;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The servers {@code benchmarks/load.sh} drives: {@code java -cp benchmarks.jar
 * io.bcekit.benchmarks.load.LoadServer <config> <port>}, on 127.0.0.1 only. Every configuration
 * serves {@code GET /v1/eip/180.76.1.2} (success, a small JSON body) and {@code GET /v1/eip/<other>}
 * (not found) on Jetty 12 ee11, except (h)-(j), which serve {@code POST /v1/eip?clientToken=…}
 * (a create). {@code LoadServer redis <port>} runs a Redis server for (j) until it is stopped.
 * {@code LoadServer sign <port> <path>} prints the
 * {@code Authorization} value configuration (e) accepts for {@code GET <path>} for the next hour,
 * signed now with the server's made-up credential: wrk sends it as a fixed header.
 */
public final class LoadServer {

    static final String KNOWN_EIP = "180.76.1.2";
    static final Eip EIP = new Eip(KNOWN_EIP, "available", 100);
    static final String ACCESS_KEY_ID = "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99";
    static final String SECRET_KEY = "b7e151628aed2a6abf7158809cf4f3c7";
    static final int SIGNATURE_LIFETIME_SECONDS = 3600;
    static final Duration CREATE_ANSWER_TTL = Duration.ofMinutes(1);

    /** The stacks compared. */
    public enum Config {
        /** (a) a plain servlet; a miss is {@code sendError(404)}. */
        SERVLET,
        /** (b) the same servlet behind {@link BceErrorFilter}; a miss throws {@code EipNotFound}. */
        SERVLET_BCEKIT,
        /** (c) Jersey 4 without bcekit; a miss throws {@code NotFoundException}. */
        JERSEY,
        /** (d) Jersey 4 with {@link BceFeature} behind {@link BceErrorFilter}; a miss throws {@code EipNotFound}. */
        JERSEY_BCEKIT,
        /** (e) (d) with {@link BceAuthFilter} after {@link BceErrorFilter}: every request must be signed. */
        JERSEY_BCEKIT_AUTH,
        /** (f) reference: (a) behind {@link PassThroughFilter}, what mapping any filter costs. */
        SERVLET_PASS_THROUGH_FILTER,
        /** (g) reference: (a) behind {@link HandWrittenRequestIdFilter}, the usual alternative to (b). */
        SERVLET_HAND_WRITTEN_REQUEST_ID,
        /** (h) (b) serving creates, {@code POST /v1/eip?clientToken=…}, unguarded. */
        CREATE,
        /** (i) (h) behind {@link BceIdempotencyFilter} on the in-memory store. */
        CREATE_IDEMPOTENT_IN_MEMORY,
        /** (j) (h) behind {@link BceIdempotencyFilter} on Redis at {@code -Dbcekit.redis.uri}. */
        CREATE_IDEMPOTENT_REDIS;

        /** The letter load.sh and docs/performance.md use for it. */
        public String letter() {
            return String.valueOf((char) ('a' + ordinal()));
        }

        static Config parse(String text) {
            for (Config config : values()) {
                if (config.letter().equals(text) || config.name().equalsIgnoreCase(text.replace('-', '_'))) {
                    return config;
                }
            }
            throw new IllegalArgumentException("Unknown configuration '" + text + "'; one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + " or a-" + values()[values().length - 1]
                            .letter());
        }
    }

    private LoadServer() {
    }

    /** Starts {@code config} on 127.0.0.1:{@code port} (0 picks a free port); the caller stops it. */
    public static Server start(Config config, int port) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        switch (config) {
            case SERVLET -> context.addServlet(new ServletHolder(new EipServlet(false)), "/v1/eip/*");
            case SERVLET_BCEKIT -> {
                addErrorFilter(context);
                context.addServlet(new ServletHolder(new EipServlet(true)), "/v1/eip/*");
            }
            case JERSEY -> context.addServlet(jersey(new ResourceConfig(EipResource.Plain.class)), "/*");
            case JERSEY_BCEKIT -> {
                addErrorFilter(context);
                addJerseyWithBcekit(context);
            }
            case JERSEY_BCEKIT_AUTH -> {
                addErrorFilter(context);
                addAuthFilter(context);
                addJerseyWithBcekit(context);
            }
            case SERVLET_PASS_THROUGH_FILTER -> {
                context.addFilter(PassThroughFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
                context.addServlet(new ServletHolder(new EipServlet(false)), "/v1/eip/*");
            }
            case SERVLET_HAND_WRITTEN_REQUEST_ID -> {
                context.addFilter(HandWrittenRequestIdFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
                context.addServlet(new ServletHolder(new EipServlet(false)), "/v1/eip/*");
            }
            case CREATE -> addCreate(context, null);
            case CREATE_IDEMPOTENT_IN_MEMORY -> addCreate(context, new InMemoryIdempotencyStore());
            case CREATE_IDEMPOTENT_REDIS -> addCreate(context, new RedisIdempotencyStore());
            default -> throw new IllegalStateException(config.name());
        }
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /** BceErrorFilter as the docs say to map it: first, on {@code /*}, for REQUEST, ASYNC and ERROR. */
    private static void addErrorFilter(ServletContextHandler context) {
        FilterHolder filter = new FilterHolder(new BceErrorFilter(BceErrorConfig.defaults()));
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
    }

    /** BceAuthFilter as the docs say to map it: after BceErrorFilter, on {@code /*}, for REQUEST and ASYNC. */
    private static void addAuthFilter(ServletContextHandler context) {
        BceAuthVerifier verifier = BceAuthVerifier.builder(
                InMemoryCredentialSource.of(BceCredential.of(ACCESS_KEY_ID, SECRET_KEY, "load"))).build();
        FilterHolder filter = new FilterHolder(new BceAuthFilter(verifier));
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    }

    /**
     * The create endpoint behind BceErrorFilter, and behind the idempotency filter on {@code store}
     * unless it is null. Answers are kept for {@link #CREATE_ANSWER_TTL}, not a day: wrk sends a new
     * token with every request, and a day of them would fill the store (and Redis's memory).
     */
    private static void addCreate(ServletContextHandler context, IdempotencyStore store) {
        addErrorFilter(context);
        if (store != null) {
            IdempotencyGuard guard = IdempotencyGuard.builder(store).ttl(CREATE_ANSWER_TTL).build();
            FilterHolder filter = new FilterHolder(new BceIdempotencyFilter(guard, 1024 * 1024));
            filter.setAsyncSupported(true);
            context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        context.addServlet(new ServletHolder(new CreateEipServlet()), "/v1/eip");
    }

    private static void addJerseyWithBcekit(ServletContextHandler context) {
        context.addServlet(jersey(new ResourceConfig(EipResource.WithBcekit.class)
                .register(new BceFeature(BceErrorConfig.defaults()))), "/*");
    }

    /**
     * The {@code Authorization} value of {@code GET <path>} to 127.0.0.1:{@code port} as the SDK
     * signs it (default signed headers: here only {@code Host}), at {@code timestamp}.
     */
    public static String authorization(int port, String path, Instant timestamp) {
        SignedRequest request = SignedRequest.builder("GET", path).header("Host", "127.0.0.1:" + port).build();
        return BceAuthV1.authorization(request, ACCESS_KEY_ID, SECRET_KEY, timestamp, SIGNATURE_LIFETIME_SECONDS, "");
    }

    private static ServletHolder jersey(ResourceConfig application) {
        ServletHolder holder = new ServletHolder(new ServletContainer(application));
        holder.setAsyncSupported(true);
        return holder;
    }

    /** The port the server listens on. */
    public static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("sign")) {
            System.out.println(authorization(Integer.parseInt(args[1]), args[2], Instant.now()));
            return;
        }
        if (args.length == 2 && args[0].equals("redis")) {
            LoadRedis.run(Integer.parseInt(args[1]));
            return;
        }
        if (args.length != 2) {
            System.err.println("Usage: LoadServer <a-j|servlet|servlet-bcekit|jersey|jersey-bcekit|jersey-bcekit-auth|"
                    + "servlet-pass-through-filter|servlet-hand-written-request-id|create|create-idempotent-in-memory|"
                    + "create-idempotent-redis> <port>\n"
                    + "       LoadServer sign <port> <path>\n"
                    + "       LoadServer redis <port>");
            System.exit(2);
        }
        Config config = Config.parse(args[0]);
        Server server = start(config, Integer.parseInt(args[1]));
        server.setStopAtShutdown(true);
        System.out.println("READY (" + config.letter() + ") " + config.name().toLowerCase(Locale.ROOT)
                + " http://127.0.0.1:" + port(server) + "/v1/eip/" + KNOWN_EIP);
        System.out.flush();
        server.join();
    }
}
