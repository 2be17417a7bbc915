package io.bcekit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jackson databind and Bean Validation are optional: with both hidden from bcekit's class loader,
 * BceFeature still configures, registering everything but their mappers.
 */
class BceFeatureWithoutOptionalLibrariesTest {

    /** Loads io.bcekit classes itself, so their lookups come here, and hides the optional libraries. */
    static final class WithoutOptionalLibraries extends ClassLoader {
        WithoutOptionalLibraries() {
            super(BceFeatureWithoutOptionalLibrariesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.fasterxml.jackson.databind.") || name.startsWith("jakarta.validation.")) {
                throw new ClassNotFoundException(name + " is hidden by this test");
            }
            if (!name.startsWith("io.bcekit.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }

    @Test
    void featureConfiguresWithoutJacksonDatabindOrBeanValidation() throws Exception {
        RecordingFeatureContext recorder = new RecordingFeatureContext(Map.of());

        Class<?> feature = Class.forName("io.bcekit.jaxrs.BceFeature", true, new WithoutOptionalLibraries());
        Object configured = feature.getMethod("configure", FeatureContext.class)
                .invoke(feature.getConstructor().newInstance(), recorder.context(getClass().getClassLoader()));

        assertThat(configured).isEqualTo(true);
        assertThat(recorder.components()).containsExactlyInAnyOrder("RequestIdFilter", "FailedWriteInterceptor",
                "EmptyJsonBodyInterceptor", "BceExceptionMapper", "WebApplicationExceptionMapper", "ThrowableMapper");
    }
}
