package io.bcekit.servlet;

import io.bcekit.core.BceException;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.ExcludedPaths;
import io.bcekit.auth.SignedRequest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private volatile BceAuthVerifier verifier;
    private volatile ExcludedPaths excludedPaths;
    private final boolean configuredInCode;
    private final AtomicBoolean warnedAboutMissingErrorFilter = new AtomicBoolean();

    /** For {@code web.xml}: configured from init-params in {@link #init}. */
    public BceAuthFilter() {
        this.configuredInCode = false;
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
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.excludedPaths = Objects.requireNonNull(excludedPaths, "excludedPaths");
        this.configuredInCode = true;
    }

    /** The principal {@code request} was verified as, once this filter (or another bcekit layer) has. */
    public static Optional<BcePrincipal> principalOf(ServletRequest request) {
        return request.getAttribute(BcePrincipal.ATTRIBUTE) instanceof BcePrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : Collections.list(filterConfig.getInitParameterNames())) {
            parameters.put(name, filterConfig.getInitParameter(name));
        }
        if (configuredInCode) {
            if (!parameters.isEmpty()) {
                throw new ServletException("BceAuthFilter '" + filterConfig.getFilterName()
                        + "' was given a verifier in code; it takes no init-params, got " + parameters.keySet());
            }
            return;
        }
        try {
            AuthFilterParameters.Settings settings = AuthFilterParameters.read(parameters, classLoader(filterConfig));
            verifier = settings.verifier();
            excludedPaths = settings.excludedPaths();
        } catch (IllegalArgumentException e) {
            throw new ServletException("BceAuthFilter '" + filterConfig.getFilterName() + "': " + e.getMessage(), e);
        }
    }

    /** The webapp's class loader; an embedded context may have none of its own. */
    private static ClassLoader classLoader(FilterConfig filterConfig) {
        ClassLoader loader = filterConfig.getServletContext().getClassLoader();
        if (loader == null) {
            loader = Thread.currentThread().getContextClassLoader();
        }
        return loader != null ? loader : BceAuthFilter.class.getClassLoader();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest httpRequest)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<BcePrincipal> verified = principalOf(httpRequest);
        if (verified.isPresent()) {
            chain.doFilter(authenticated(httpRequest, verified.get()), response);
        } else if (httpRequest.getDispatcherType() != DispatcherType.REQUEST
                || excludedPaths().matches(routedPath(httpRequest))) {
            chain.doFilter(request, response);
        } else {
            BcePrincipal principal = verify(httpRequest);
            httpRequest.setAttribute(BcePrincipal.ATTRIBUTE, principal);
            chain.doFilter(new AuthenticatedRequest(httpRequest, principal), response);
        }
    }

    private BcePrincipal verify(HttpServletRequest request) {
        BceAuthVerifier current = verifier;
        if (current == null) {
            throw new IllegalStateException("BceAuthFilter used before init()");
        }
        try {
            return current.verify(signedRequest(request));
        } catch (BceException rejected) {
            warnIfNothingAnswersIt(request);
            throw rejected;
        }
    }

    private ExcludedPaths excludedPaths() {
        ExcludedPaths current = excludedPaths;
        if (current == null) {
            throw new IllegalStateException("BceAuthFilter used before init()");
        }
        return current;
    }

    /** Method, raw path and query, every header: what the client signed. Never the body. */
    private static SignedRequest signedRequest(HttpServletRequest request) {
        SignedRequest.Builder signed = SignedRequest.builder(request.getMethod(), request.getRequestURI())
                .query(request.getQueryString());
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                signed.header(name, value);
            }
        }
        return signed.build();
    }

    /** The decoded, normalised path within the context that the container routes on. */
    private static String routedPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
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
}
