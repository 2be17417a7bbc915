package io.bcekit.micrometer;

import io.bcekit.core.config.ErrorListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Objects;

/**
 * Counts every error answer in counter {@value #METER_NAME}, tagged {@code code}, {@code status}
 * and {@code adapter}: all three come from small fixed sets (the catalogue, the statuses it uses,
 * four adapters), so the number of series stays small. Nothing a client sends (path, request id,
 * message) becomes a tag.
 */
public final class MicrometerErrorListener implements ErrorListener {

    public static final String METER_NAME = "bcekit.errors";

    private final MeterRegistry registry;

    /** Counts in {@link Metrics#globalRegistry}: what the {@code error-listener} init-param creates. */
    public MicrometerErrorListener() {
        this(Metrics.globalRegistry);
    }

    public MicrometerErrorListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void answered(String code, int status, String adapter) {
        Counter.builder(METER_NAME)
                .description("Errors answered with the BCE error envelope")
                .tag("code", code)
                .tag("status", Integer.toString(status))
                .tag("adapter", adapter)
                .register(registry)
                .increment();
    }
}
