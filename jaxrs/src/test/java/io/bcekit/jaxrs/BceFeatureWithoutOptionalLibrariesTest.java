package io.bcekit.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2's and 3's databind and Bean Validation are optional: with any of them hidden from
 * bcekit's class loader, BceFeature still configures, registering everything but their parts.
 */
class BceFeatureWithoutOptionalLibrariesTest {

    private static final String JACKSON2 = "com.fasterxml.jackson.databind.";
    private static final String JACKSON3 = "tools.jackson.databind.";
    private static final String VALIDATION = "jakarta.validation.";

    /** Loads io.bcekit classes itself, so their lookups come here, and hides the packages named. */
    static final class WithoutOptionalLibraries extends ClassLoader {
        private final List<String> hidden;

        WithoutOptionalLibraries(String... hiddenPackages) {
            super(BceFeatureWithoutOptionalLibrariesTest.class.getClassLoader());
            this.hidden = List.of(hiddenPackages);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (hidden.stream().anyMatch(name::startsWith)) {
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

    /** The components BceFeature registers when loaded with {@code hiddenPackages} out of sight. */
    private static List<String> registeredWithout(String... hiddenPackages) throws Exception {
        RecordingFeatureContext recorder = new RecordingFeatureContext(Map.of());
        Class<?> feature = Class.forName("io.bcekit.jaxrs.BceFeature", true, new WithoutOptionalLibraries(hiddenPackages));
        Object configured = feature.getMethod("configure", FeatureContext.class).invoke(
                feature.getConstructor().newInstance(), recorder.context(BceFeatureWithoutOptionalLibrariesTest.class.getClassLoader()));
        assertThat(configured).isEqualTo(true);
        return recorder.components();
    }

    @Test
    void featureConfiguresWithoutJacksonDatabindOrBeanValidation() throws Exception {
        assertThat(registeredWithout(JACKSON2, JACKSON3, VALIDATION)).containsExactlyInAnyOrder("RequestIdFilter",
                "FailedWriteInterceptor", "EmptyJsonBodyInterceptor", "BceExceptionMapper",
                "WebApplicationExceptionMapper", "ThrowableMapper");
    }

    /** Jackson 3 ignores unknown properties by default: there is no resolver to offer it. */
    @Test
    void withJackson3AloneItsMappersAreRegisteredAndNoResolver() throws Exception {
        assertThat(registeredWithout(JACKSON2, VALIDATION)).containsExactlyInAnyOrder("RequestIdFilter",
                "FailedWriteInterceptor", "EmptyJsonBodyInterceptor", "BceExceptionMapper",
                "WebApplicationExceptionMapper", "ThrowableMapper", "Jackson3StreamReadExceptionMapper",
                "Jackson3DatabindExceptionMapper", "Jackson3ExceptionMapper");
    }

    @Test
    void withJackson2AloneItsMappersAndResolverAreRegistered() throws Exception {
        assertThat(registeredWithout(JACKSON3, VALIDATION)).containsExactlyInAnyOrder("RequestIdFilter",
                "FailedWriteInterceptor", "EmptyJsonBodyInterceptor", "BceExceptionMapper",
                "WebApplicationExceptionMapper", "ThrowableMapper", "JacksonParseExceptionMapper",
                "JacksonMappingExceptionMapper", "JacksonProcessingExceptionMapper", "BceObjectMapperResolver");
    }
}
