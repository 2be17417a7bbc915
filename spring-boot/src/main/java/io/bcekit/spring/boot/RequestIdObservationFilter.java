package io.bcekit.spring.boot;

import io.bcekit.servlet.BceErrorFilter;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Puts the request id on Spring's HTTP server observation ({@code http.server.requests}) as the
 * high-cardinality key value {@value #KEY}: a span tag when Micrometer Tracing is present, never a
 * metric tag. Read from the request when the observation stops (the error answer, a 404 and an
 * async request included), since {@link BceErrorFilter}, inside Boot's observation filter, has set it by then.
 *
 * <p>The key follows the OpenTelemetry registry's {@code aws.request_id} for the same thing at
 * another cloud: the provider's namespace, then {@code request_id}.
 */
final class RequestIdObservationFilter implements ObservationFilter {

    /** The key value's name. */
    static final String KEY = "bce.request_id";

    @Override
    public Observation.Context map(Observation.Context context) {
        if (context instanceof ServerRequestObservationContext server && server.getCarrier() != null) {
            BceErrorFilter.requestIdOf(server.getCarrier())
                    .ifPresent(id -> server.addHighCardinalityKeyValue(KeyValue.of(KEY, id)));
        }
        return context;
    }
}
