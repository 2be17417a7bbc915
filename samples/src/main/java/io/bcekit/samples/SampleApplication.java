package io.bcekit.samples;

import io.bcekit.jaxrs.BceFeature;
import java.time.Clock;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Jersey application of the sample (named by {@code WEB-INF/web.xml}): the EIP, EIP-group
 * and bandwidth-package resources over one in-memory {@link Cloud}, with {@link BceFeature}
 * answering every JAX-RS failure, and {@code /vN/} paths other than {@code v1} {@code InvalidVersion}.
 */
public class SampleApplication extends ResourceConfig {

    /** What every answer is: UTF-8 JSON, said so, like the error envelopes. */
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    public SampleApplication() {
        Cloud cloud = new Cloud(Clock.systemUTC());
        register(new EipResource(cloud));
        register(new EipRecycleResource(cloud));
        register(new EipGroupResource(cloud));
        register(new BandwidthPackageResource(cloud));
        register(JacksonFeature.class);
        register(BceFeature.class);
        property("bcekit.api-versions", "v1");
    }
}
