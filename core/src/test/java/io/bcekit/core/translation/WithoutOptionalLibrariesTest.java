package io.bcekit.core.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2, Jackson 3 and Bean Validation are optional: with all three hidden from bcekit's class
 * loader, the default table builds and answers every failure.
 */
class WithoutOptionalLibrariesTest {

    /** Loads io.bcekit classes itself, so their look-ups come here, and hides the optional libraries. */
    static final class WithoutOptionalLibraries extends ClassLoader {
        WithoutOptionalLibraries() {
            super(WithoutOptionalLibrariesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson.")
                    || name.startsWith("jakarta.validation.")) {
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

    /** Translates in the hiding loader; returns the code of the answer. */
    public static final class Probe implements Function<Object, String> {
        @Override
        public String apply(Object failureOrStatus) {
            Object error = failureOrStatus instanceof Integer status
                    ? FailureTranslator.defaults().translateStatus(status)
                    : FailureTranslator.defaults().translate((Throwable) failureOrStatus);
            return ((io.bcekit.core.BceError) error).errorCode().code();
        }
    }

    @Test
    void defaultTableAnswersWithoutJacksonOrBeanValidation() throws Exception {
        ClassLoader hiding = new WithoutOptionalLibraries();
        @SuppressWarnings("unchecked")
        Function<Object, String> probe = (Function<Object, String>) Class
                .forName("io.bcekit.core.translation.WithoutOptionalLibrariesTest$Probe", true, hiding)
                .getConstructor().newInstance();

        assertThat(probe.apply(new IllegalStateException("boom"))).isEqualTo("InternalError");
        assertThat(probe.apply(new java.nio.charset.MalformedInputException(1))).isEqualTo("InvalidHTTPRequest");
        assertThat(probe.apply(409)).isEqualTo("Conflict");
        assertThat(probe.apply(404)).isEqualTo("InvalidURI");
    }
}
