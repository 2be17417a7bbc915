package io.bcekit.tomcat;

import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.core.internal.Attributes;
import io.bcekit.core.internal.ConfigParameters;
import io.bcekit.core.internal.ErrorResponder;
import io.bcekit.core.internal.ErrorResponse;
import io.bcekit.core.internal.RequestSummary;
import io.bcekit.core.requestid.RequestIds;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report valve, answering with the BCE error envelope instead of an HTML page.
 *
 * <p>Why: Tomcat answers some requests itself, before any webapp (and so before
 * {@code BceErrorFilter}) runs — a path it will not decode or normalise, a header section over its
 * limit, a missing or doubled {@code Host}, an unsupported HTTP version, a request no context
 * maps — and renders every error that reaches the host through this valve. Installed in place of
 * {@link ErrorReportValve}, each becomes the envelope with {@code x-bce-request-id} (the filter's
 * id when it ran), JSON content type and length, and no body for HEAD. A target Tomcat refused to
 * decode is {@code InvalidURI}; an exception that reached the host goes through the translation
 * table; any other status through the status table. Errors the filter already answered pass
 * untouched. A failure after commit resets the connection (see {@link ConnectionReset}), so a
 * close-delimited body cut short cannot pass for complete.
 *
 * <p>Install: {@code <Host errorReportValveClass="io.bcekit.tomcat.BceErrorReportValve" …>} in
 * {@code server.xml}, or {@code ((StandardHost) tomcat.getHost()).setErrorReportValveClass(…)}
 * for embedded Tomcat. The no-argument form uses {@link BceErrorConfig#defaults()}, changed by
 * the attributes of a {@code <Valve className="io.bcekit.tomcat.BceErrorReportValve" …>} element
 * in the same host, named as {@code BceErrorFilter}'s init-params in camel case
 * ({@code errorListener}, {@code translationRules}, {@code requestIdPolicy},
 * {@code requestIdGenerator}, {@code mdcKey}); Tomcat then uses that valve as the host's error
 * report valve. A bad attribute stops the host from starting, naming it.
 */
public class BceErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(BceErrorReportValve.class);

    private final boolean configuredInCode;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private volatile ErrorResponder responder;

    /** With the defaults, or the settings of its {@code server.xml} attributes once initialised. */
    public BceErrorReportValve() {
        this(BceErrorConfig.defaults(), false);
    }

    /** With {@code config}; such a valve takes no attributes. */
    public BceErrorReportValve(BceErrorConfig config) {
        this(Objects.requireNonNull(config, "config"), true);
    }

    private BceErrorReportValve(BceErrorConfig config, boolean configuredInCode) {
        this.configuredInCode = configuredInCode;
        this.responder = new ErrorResponder(config, "tomcat");
        setShowReport(false);
        setShowServerInfo(false);
    }

    public void setRequestIdPolicy(String policy) {
        parameters.put(ConfigParameters.REQUEST_ID_POLICY, policy);
    }

    public void setRequestIdGenerator(String className) {
        parameters.put(ConfigParameters.REQUEST_ID_GENERATOR, className);
    }

    public void setMdcKey(String key) {
        parameters.put(ConfigParameters.MDC_KEY, key);
    }

    public void setTranslationRules(String classNames) {
        parameters.put(ConfigParameters.TRANSLATION_RULES, classNames);
    }

    public void setErrorListener(String className) {
        parameters.put(ConfigParameters.ERROR_LISTENER, className);
    }

    @Override
    protected void initInternal() throws LifecycleException {
        super.initInternal();
        if (!parameters.isEmpty()) {
            if (configuredInCode) {
                throw new LifecycleException("BceErrorReportValve was configured in code; it takes no attributes, got "
                        + parameters.keySet());
            }
            try {
                responder = new ErrorResponder(ConfigParameters.read(parameters,
                        BceErrorReportValve.class.getClassLoader()), "tomcat");
            } catch (IllegalArgumentException e) {
                throw new LifecycleException("BceErrorReportValve: " + e.getMessage(), e);
            }
        }
        if (!ConnectionReset.available()) {
            LOG.warn("This Tomcat does not let bcekit reach a request's socket: a failure after commit on a"
                    + " response ended by closing the connection (HTTP/1.0) will look complete to the client");
        }
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        super.invoke(request, response);
        ConnectionReset.ifAbandoned(response);
    }

    /** As Tomcat's: only an error status with nothing written yet, and only once. */
    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String target = request.getCoyoteRequest().requestURI().toString();
        RequestSummary summary = new RequestSummary(requestId(request), request.getMethod(), target);
        ErrorResponse error;
        if (status == 500 && failure != null) {
            error = responder.forFailure(summary, failure);
        } else if (status == 400 && failure == null && RejectedUri.isRejected(target)) {
            error = responder.forFailure(summary, new BceException(GlobalErrors.INVALID_URI));
        } else {
            error = responder.forStatus(summary, status);
        }
        send(response, error);
    }

    /** The filter's id when it ran for this request, else one for this answer. */
    private String requestId(Request request) {
        return request.getAttribute(Attributes.REQUEST_ID) instanceof String id ? id
                : responder.config().requestIdFor(request.getHeader(RequestIds.HEADER));
    }

    private static void send(Response response, ErrorResponse error) {
        response.setStatus(error.status());
        error.forEachHeader(response::setHeader);
        try {
            Writer writer = response.getReporter(); // null when the response can no longer take a body
            if (writer != null && error.sendsBody()) {
                writer.write(new String(error.body(), StandardCharsets.UTF_8));
                writer.flush();
            }
        } catch (IOException | IllegalStateException clientGone) {
            LOG.debug("requestId={} the client went away before the {} answer was sent: {}",
                    error.envelope().requestId(), error.status(), clientGone.toString());
        }
    }
}
