package io.bcekit.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One EIP group of an {@link Account}: shared bandwidth over up to ten IPv4 and IPv6 addresses. Guarded by the account's lock. */
final class EipGroup {

    final String id;
    final String paymentTiming;
    final String billingMethod;
    final Instant createTime;
    final List<String> ipv4 = new ArrayList<>();
    final List<String> ipv6 = new ArrayList<>();
    String name;
    int bandwidthInMbps;
    Instant expireTime;

    EipGroup(String id, String name, int bandwidthInMbps, String paymentTiming, String billingMethod,
            Instant createTime, Instant expireTime) {
        this.id = id;
        this.name = name;
        this.bandwidthInMbps = bandwidthInMbps;
        this.paymentTiming = paymentTiming;
        this.billingMethod = billingMethod;
        this.createTime = createTime;
        this.expireTime = expireTime;
    }

    boolean prepaid() {
        return Eip.PREPAID.equals(paymentTiming);
    }

    int size() {
        return ipv4.size() + ipv6.size();
    }

    boolean holds(String address) {
        return ipv4.contains(address) || ipv6.contains(address);
    }
}
