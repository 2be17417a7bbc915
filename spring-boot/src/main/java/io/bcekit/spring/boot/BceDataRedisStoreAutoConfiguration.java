package io.bcekit.spring.boot;

import io.bcekit.core.idempotency.IdempotencyStore;
import io.bcekit.redis.RedisIdempotencyStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Client tokens in the application's own Redis: when it has Spring Data Redis with a
 * {@link LettuceConnectionFactory} (Boot makes one from {@code spring.data.redis.*}), bcekit-redis
 * on the class path and {@code bcekit.idempotency.enabled=true}, the store is a
 * {@link RedisIdempotencyStore} on that factory's Lettuce client, keys under
 * {@code bcekit.redis.prefix}. It backs off when the application declares an IdempotencyStore,
 * names one in {@code bcekit.idempotency.store}, or sets {@code bcekit.redis.uri}. The store opens
 * and closes a connection of its own; the client stays the factory's to shut down.
 */
@AutoConfiguration(after = BceAutoConfiguration.class, afterName = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
        "io.bcekit.redis.RedisIdempotencyStore"})
@ConditionalOnProperty(prefix = "bcekit.idempotency", name = "enabled", havingValue = "true")
@Conditional(BceDataRedisStoreAutoConfiguration.NoOtherStoreNamed.class)
@EnableConfigurationProperties(BceProperties.class)
public class BceDataRedisStoreAutoConfiguration {

    /**
     * The factory is started when its bean is initialised, unless the application switched early
     * start-up off; then it is started here, since the store connects now.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnSingleCandidate(LettuceConnectionFactory.class)
    @ConditionalOnMissingBean(IdempotencyStore.class)
    RedisIdempotencyStore bceRedisIdempotencyStore(LettuceConnectionFactory connections, BceProperties properties) {
        connections.start();
        return RedisIdempotencyStore.onClient(connections.getRequiredNativeClient(), properties.getRedis().getPrefix());
    }

    /** Neither {@code bcekit.idempotency.store} nor {@code bcekit.redis.uri} names a store. */
    static class NoOtherStoreNamed extends NoneNestedConditions {

        NoOtherStoreNamed() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "bcekit.idempotency", name = "store")
        static class StoreClassNamed {
        }

        @ConditionalOnProperty(prefix = "bcekit.redis", name = "uri")
        static class RedisUriSet {
        }
    }
}
