package io.bcekit.servlet;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.auth.internal.AuthGate;
import io.bcekit.core.BceException;
import io.bcekit.core.internal.Attributes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies bce-auth-v1 signatures in a servlet container and makes the signer the request's
 * principal: {@code getUserPrincipal()} returns the {@link BcePrincipal}, {@code getRemoteUser()}
 * its name and {@code getAuthType()} {@code "bce-auth-v1"}.
 *
 * <p>Map it <em>after</em> {@link BceErrorFilter} (its {@code <filter-mapping>} below that one),
 * to {@code /*}, for the {@code REQUEST} and {@code ASYNC} dispatcher types: a failed check is
 * thrown as the {@link BceException} the verifier raised ({@code InvalidHTTPAuthHeader},
 * {@code InvalidAccessKeyId}, {@code RequestExpired}, {@code SignatureDoesNotMatch},
 * {@code InvalidURI}, {@code AccessDenied}), and {@code BceErrorFilter} turns it into the envelope.
 *
 * <p>It verifies what the client signed: the raw {@code getRequestURI()} (context path included:
 * it is part of the URL the client signed), the raw {@code getQueryString()} and every header as
 * received. It never reads, wraps or buffers the body, which bce-auth-v1 does not sign. Only
 * {@code REQUEST} dispatches are verified; the principal is kept in the request attribute
 * {@value BcePrincipal#ATTRIBUTE}, so later {@code ASYNC}, {@code ERROR}, {@code FORWARD} or
 * {@code INCLUDE} dispatches of a verified request carry it without a second check, and those of
 * an unverified one (an excluded path, a request rejected before it got here) pass unchanged.
 *
 * <p>Init-params (an unknown one stops the filter from starting):
 * <ul>
 *   <li>{@code credential-source} (required): class name of a
 *       {@link io.bcekit.auth.CredentialSource} with a public no-argument constructor;</li>
 *   <li>{@code authorizer}: class name of an {@link io.bcekit.auth.Authorizer}; default allows all;</li>
 *   <li>{@code exclude-paths}: comma-separated paths relative to the context that skip verification,
 *       exact or prefix, e.g. {@code /health,/status/*} (see {@link ExcludedPaths});</li>
 *   <li>{@code max-clock-skew-seconds}: how far ahead of the server clock a timestamp may be (default 900);</li>
 *   <li>{@code trust-forwarded-host}: {@code true} to verify against {@code X-Forwarded-Host} set by
 *       a trusted reverse proxy; default {@code false}.</li>
 * </ul>
 */
public class BceAuthFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(BceAuthFilter.class);

    private volatile AuthGate gate;
    private final AtomicBoolean warnedAboutMissingErrorFilter = new AtomicBoolean();

    /** For {@code web.xml}: configured from init-params in {@link #init}. */
    public BceAuthFilter() {
    }

    /** For programmatic registration, verifying every path; such a filter takes no init-params. */
    public BceAuthFilter(BceAuthVerifier verifier) {
        this(verifier, ExcludedPaths.none());
    }

    /**
     * For programmatic registration; {@code excludedPaths} as for the {@code exclude-paths} init-param.
     *
     * @throws IllegalArgumentException for a pattern that is not {@code /exact} or {@code /prefix/*}
     */
    public BceAuthFilter(BceAuthVerifier verifier, Collection<String> excludedPaths) {
        this(verifier, ExcludedPaths.of(excludedPaths));
    }

    public BceAuthFilter(BceAuthVerifier verifier, ExcludedPaths excludedPaths) {
        this.gate = new AuthGate(verifier, excludedPaths);
    }

    /** The principal {@code request} was verified as, once this filter (or another bcekit layer) has. */
    public static Optional<BcePrincipal> principalOf(ServletRequest request) {
        return request.getAttribute(BcePrincipal.ATTRIBUTE) instanceof BcePrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        InitParameters.apply(filterConfig, "BceAuthFilter", gate != null, parameters -> {
            AuthFilterParameters.Settings settings =
                    AuthFilterParameters.read(parameters, InitParameters.classLoader(filterConfig));
            gate = new AuthGate(settings.verifier(), settings.excludedPaths());
        });
        warnIfTheContainerAltersHeaders(filterConfig.getServletContext());
    }

    /**
     * Jetty's header cache matches common header lines ignoring case and hands over its own
     * spelling ({@code charset=utf-8} for a signed {@code charset=UTF-8}), so requests that sign
     * such a header fail verification, unless the connectors are told otherwise.
     */
    private static void warnIfTheContainerAltersHeaders(ServletContext context) {
        String server = String.valueOf(context.getServerInfo()).toLowerCase(Locale.ROOT);
        if (server.startsWith("jetty") && !Boolean.TRUE.equals(context.getAttribute(Attributes.HEADERS_AS_SENT))) {
            LOG.warn("BceAuthFilter runs on Jetty, whose header cache may hand over header values in its own letter"
                    + " case, failing signatures over them (e.g. the BCE JavaScript SDK's Content-Type). Set up the"
                    + " server with bcekit-jetty's BceJetty.install(server), or set headerCacheCaseSensitive=true on"
                    + " every connector's HttpConfiguration and context attribute " + Attributes.HEADERS_AS_SENT + "=true.");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest httpRequest)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<BcePrincipal> verified = principalOf(httpRequest);
        if (verified.isEmpty() && httpRequest.getDispatcherType() == DispatcherType.REQUEST) {
            verified = check(httpRequest);
        }
        chain.doFilter(verified.isPresent() ? authenticated(httpRequest, verified.get()) : request, response);
    }

    private Optional<BcePrincipal> check(HttpServletRequest request) {
        AuthGate current = gate;
        if (current == null) {
            throw new IllegalStateException("BceAuthFilter used before init()");
        }
        try {
            return current.check(new ContainerRequest(request));
        } catch (BceException rejected) {
            warnIfNothingAnswersIt(request);
            throw rejected;
        }
    }

    private static HttpServletRequest authenticated(HttpServletRequest request, BcePrincipal principal) {
        return request instanceof AuthenticatedRequest ? request : new AuthenticatedRequest(request, principal);
    }

    /** Without BceErrorFilter ahead of it, a rejection reaches the container as a 500: say so, once. */
    private void warnIfNothingAnswersIt(HttpServletRequest request) {
        if (BceErrorFilter.requestIdOf(request).isEmpty() && warnedAboutMissingErrorFilter.compareAndSet(false, true)) {
            LOG.warn("BceAuthFilter rejected a request but no BceErrorFilter ran before it: the container will"
                    + " answer with its own error page instead of the BCE envelope. Map BceErrorFilter first.");
        }
    }

    @Override
    public void destroy() {
    }

    /**
     * What the client signed: the raw {@code getRequestURI()} (context path included: it is part of
     * the URL the client signed), the raw query and every header as received. Exclusions match the
     * decoded, normalised path within the context that the container routes on.
     */
    private record ContainerRequest(HttpServletRequest request) implements AuthGate.Request {

        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public String rawPath() {
            return request.getRequestURI();
        }

        @Override
        public String rawQuery() {
            return request.getQueryString();
        }

        @Override
        public String routedPath() {
            String pathInfo = request.getPathInfo();
            return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
        }

        @Override
        public void forEachHeader(BiConsumer<String, String> header) {
            for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
                String name = names.nextElement();
                for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                    header.accept(name, values.nextElement());
                }
            }
        }

        @Override
        public Object attribute(String name) {
            return request.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            request.setAttribute(name, value);
        }
    }
}
