package io.bcekit.samples;

import io.bcekit.auth.BcePrincipal;
import io.bcekit.core.BceException;
import io.bcekit.core.catalogue.GlobalErrors;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The sample's whole in-memory region: one {@link Account} per {@link DemoAccount}, and the
 * counters that hand out addresses and ids (unique across accounts, so two accounts never hold
 * the same address).
 */
final class Cloud {

    static final String REGION = "bj";

    private final Map<String, Account> accounts = DemoAccount.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(DemoAccount::accessKey, Account::new));
    private final AtomicInteger addresses = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final Clock clock;

    Cloud(Clock clock) {
        this.clock = clock;
    }

    /**
     * The account of the verified caller; {@code OptInRequired} when it has not activated the EIP
     * service (every EIP, EIP-group and bandwidth-package operation needs it).
     */
    Account caller(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        Account account = principal instanceof BcePrincipal bce ? accounts.get(bce.accessKeyId()) : null;
        if (account == null) {
            throw new BceException(GlobalErrors.ACCESS_DENIED); // BceAuthFilter lets only known keys through
        }
        if (!account.demo.eipActivated()) {
            throw new BceException(GlobalErrors.OPT_IN_REQUIRED);
        }
        return account;
    }

    /** {@code 100.64.0.1}, {@code 100.64.0.2}, … (shared address space, never routed on the internet). */
    String newIpv4() {
        int n = addresses.getAndIncrement();
        return "100.64." + (n / 250) + "." + (n % 250 + 1);
    }

    String newIpv6() {
        return "240c:4081::" + Integer.toHexString(addresses.getAndIncrement() + 1);
    }

    /** {@code prefix-} and eight base-36 digits, e.g. {@code eip-0000001a}. */
    String newId(String prefix) {
        String digits = Integer.toString(ids.incrementAndGet(), 36).toLowerCase(Locale.ROOT);
        return prefix + "-" + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }

    /** Now, to the second (the API's times have no fractions). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
