package io.bcekit.core.translation;

import io.bcekit.core.BceError;
import io.bcekit.core.ClientFaults;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.RequestBodyException;
import io.bcekit.core.ResponseWriteException;
import io.bcekit.core.catalogue.GlobalErrors;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translation table: a {@link Throwable}, or an HTTP status a container produced, in;
 * a {@link BceError} out. Every adapter calls it, so one failure gets one answer on every stack.
 *
 * <p>A throwable is matched by its class, then each superclass in turn; the first rule found
 * wins, and a throwable no rule matches is {@code InternalError}. Wrappers that only carry
 * another failure ({@link CompletionException}, {@link ExecutionException},
 * {@link UncheckedIOException}, …) are looked through. Rules may name a class instead of referencing it, so optional libraries (Jackson, Bean
 * Validation) need not be on the class path. Immutable and thread-safe.
 */
public final class FailureTranslator {

    private static final Logger LOG = LoggerFactory.getLogger(FailureTranslator.class);
    private static final BceError INTERNAL_ERROR = BceError.of(GlobalErrors.INTERNAL_ERROR);
    private static final int MAX_UNWRAP_DEPTH = 16;

    private final Map<Class<?>, Function<Throwable, BceError>> byType;
    private final Map<String, Function<Throwable, BceError>> byClassName;
    private final Set<Class<? extends Throwable>> wrappers;
    private final BceError[] byStatus;
    /** Per throwable class: whether it is a wrapper, and its rule (null for none). One look-up per failure. */
    private final ClassValue<Resolution> resolved = new ClassValue<>() {
        @Override
        protected Resolution computeValue(Class<?> type) {
            return new Resolution(isWrapperType(type), findRule(type));
        }
    };

    private FailureTranslator(Builder builder) {
        this.byType = Map.copyOf(builder.byType);
        this.byClassName = Map.copyOf(builder.byClassName);
        this.wrappers = Set.copyOf(builder.wrappers);
        this.byStatus = builder.byStatus.clone();
    }

    /** The built-in table (see {@link BuiltInRules}). */
    public static FailureTranslator defaults() {
        return builder().build();
    }

    /** A builder holding the built-in table, to add to or override. */
    public static Builder builder() {
        Builder builder = new Builder();
        new BuiltInRules().addTo(builder);
        return builder;
    }

    /**
     * The error for {@code failure}. A failure that would be a 5xx but was caused by the client's
     * I/O (a {@link RequestBodyException} or {@link ResponseWriteException} among its causes,
     * whatever a handler, JSON library or runtime wrapped it in) is that fault's error instead.
     */
    public BceError translate(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        BceError error = translateOwn(failure);
        if (error.httpStatus() >= 500) {
            Throwable clientFault = ClientFaults.find(failure);
            if (clientFault != null && clientFault != failure) {
                return translateOwn(clientFault);
            }
        }
        return error;
    }

    private BceError translateOwn(Throwable failure) {
        Throwable target = failure;
        Resolution resolution = resolved.get(target.getClass());
        for (int depth = 0; depth < MAX_UNWRAP_DEPTH && resolution.wrapper() && target.getCause() != null; depth++) {
            target = target.getCause();
            resolution = resolved.get(target.getClass());
        }
        Function<Throwable, BceError> rule = resolution.rule();
        if (rule == null) {
            return INTERNAL_ERROR;
        }
        try {
            BceError error = rule.apply(target);
            // Also why a rule returning null where it means InternalError is an equivalent mutant.
            return error == null ? INTERNAL_ERROR : error;
        } catch (RuntimeException ruleFailure) {
            LOG.error("The translation rule for {} failed; answering InternalError", target.getClass().getName(),
                    ruleFailure);
            return INTERNAL_ERROR;
        }
    }

    /**
     * The error for a status a container or handler produced without an exception
     * ({@code sendError(404)}, a 405 for an unsupported method, …). A status without a rule is
     * {@code InvalidHTTPRequest} in the 4xx range and {@code InternalError} otherwise.
     */
    public BceError translateStatus(int status) {
        if (status >= 400 && status <= 599 && byStatus[status - 400] != null) {
            return byStatus[status - 400];
        }
        // 500 always has a rule (BuiltInRules), so "status <= 500" here is an equivalent mutant.
        return status < 500 ? BceError.of(GlobalErrors.INVALID_HTTP_REQUEST) : INTERNAL_ERROR;
    }

    private boolean isWrapperType(Class<?> type) {
        for (Class<? extends Throwable> wrapper : wrappers) {
            if (wrapper.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private Function<Throwable, BceError> findRule(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Function<Throwable, BceError> rule = byType.get(c);
            if (rule == null) {
                rule = byClassName.get(c.getName());
            }
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    private record Resolution(boolean wrapper, Function<Throwable, BceError> rule) {
    }

    /** Collects rules; later rules for the same type, class name or status replace earlier ones. */
    public static final class Builder {

        private final Map<Class<?>, Function<Throwable, BceError>> byType = new HashMap<>();
        private final Map<String, Function<Throwable, BceError>> byClassName = new HashMap<>();
        private final Set<Class<? extends Throwable>> wrappers = new LinkedHashSet<>(Set.of(
                CompletionException.class, ExecutionException.class,
                InvocationTargetException.class, UndeclaredThrowableException.class, UncheckedIOException.class));
        private final BceError[] byStatus = new BceError[200];

        Builder() {
        }

        /** Answers {@code type} (and its subclasses without a rule of their own) with what {@code rule} returns. */
        public <T extends Throwable> Builder map(Class<T> type, Function<? super T, BceError> rule) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(rule, "rule");
            byType.put(type, failure -> rule.apply(type.cast(failure)));
            return this;
        }

        /** Answers {@code type} with {@code errorCode} and its default message. */
        public Builder map(Class<? extends Throwable> type, ErrorCode errorCode) {
            BceError error = BceError.of(errorCode);
            return map(type, failure -> error);
        }

        /** Like {@link #map(Class, Function)} for a class that may be absent at run time. */
        public Builder mapClassName(String className, Function<Throwable, BceError> rule) {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(rule, "rule");
            byClassName.put(className, rule);
            return this;
        }

        /** Answers container-produced {@code status} (400–599) with {@code errorCode}. */
        public Builder mapStatus(int status, ErrorCode errorCode) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("Only error statuses (400-599) can be mapped, not " + status);
            }
            byStatus[status - 400] = BceError.of(errorCode);
            return this;
        }

        /** Looks through {@code type}: its cause is translated instead. */
        public Builder unwrap(Class<? extends Throwable> type) {
            wrappers.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        public Builder apply(TranslationRules rules) {
            rules.addTo(this);
            return this;
        }

        public FailureTranslator build() {
            return new FailureTranslator(this);
        }
    }
}
