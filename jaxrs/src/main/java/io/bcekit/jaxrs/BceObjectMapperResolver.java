package io.bcekit.jaxrs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The ObjectMapper for JSON providers that look one up (Jersey's JacksonFeature, the Jackson
 * JAX-RS provider, RESTEasy's Jackson 2 provider): unknown properties are ignored, as the BCE
 * seed requires ("all unrecognized items should be directly ignored"). Registered by BceFeature at
 * a priority below the default, so an application's own resolver wins; such an application
 * should call {@link #ignoreUnknownProperties(ObjectMapper)} on its mapper.
 */
public final class BceObjectMapperResolver implements ContextResolver<ObjectMapper> {

    /** Below {@code Priorities.USER} (5000): the application's own resolver comes first. */
    public static final int PRIORITY = 9000;

    private final ObjectMapper mapper = ignoreUnknownProperties(JsonMapper.builder().build());

    /** Configures {@code mapper} to ignore unknown properties; returns it. */
    public static ObjectMapper ignoreUnknownProperties(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
