package io.bcekit.samples;

import java.time.Instant;

/**
 * One elastic IP of an {@link Account}, standalone or in the recycle bin. Mutable; guarded by the
 * lock of the account that owns it. Every change bumps {@link #version()}, which is its ETag.
 */
final class Eip {

    static final String PREPAID = "Prepaid";

    final String address;
    final String id;
    final String billingMethod;
    final Instant createTime;
    String paymentTiming;
    String name;
    int bandwidthInMbps;
    String instanceType;
    String instanceId;
    Instant expireTime;
    Instant recycleTime;
    boolean deleteProtect;
    private long version = 1;

    Eip(String address, String id, String name, int bandwidthInMbps, String paymentTiming, String billingMethod,
            Instant createTime, Instant expireTime) {
        this.address = address;
        this.id = id;
        this.name = name;
        this.bandwidthInMbps = bandwidthInMbps;
        this.paymentTiming = paymentTiming;
        this.billingMethod = billingMethod;
        this.createTime = createTime;
        this.expireTime = expireTime;
    }

    boolean prepaid() {
        return PREPAID.equals(paymentTiming);
    }

    boolean bound() {
        return instanceId != null;
    }

    String status() {
        return recycleTime != null ? "recycled" : bound() ? "binded" : "available";
    }

    void changed() {
        version++;
    }

    long version() {
        return version;
    }

    /** The strong entity tag of this state, quoted as it goes into {@code ETag}. */
    String etag() {
        return "\"" + id + "-" + version + "\"";
    }
}
