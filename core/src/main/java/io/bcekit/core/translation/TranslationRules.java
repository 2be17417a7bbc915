package io.bcekit.core.translation;

/**
 * A set of translation rules a service adds to the {@link FailureTranslator}: its own exception
 * types, or statuses it wants answered with other codes. Adapters configured by name (e.g. a
 * {@code web.xml} init-param) instantiate it through its public no-argument constructor.
 */
@FunctionalInterface
public interface TranslationRules {

    void addTo(FailureTranslator.Builder translator);
}
