package io.bcekit.samples;

import java.time.Instant;

/** One bandwidth package of an {@link Account}, bound to one EIP or EIP group. Guarded by the account's lock. */
final class BandwidthPackage {

    static final String BIND_EIP = "eip";
    static final String BIND_EIP_GROUP = "eipgroup";

    final String id;
    final String bindType;
    final String instanceId;
    final String type;
    final Instant createTime;
    String name;
    int bandwidthInMbps;
    String autoReleaseTime;

    BandwidthPackage(String id, String name, int bandwidthInMbps, String bindType, String instanceId, String type,
            Instant createTime, String autoReleaseTime) {
        this.id = id;
        this.name = name;
        this.bandwidthInMbps = bandwidthInMbps;
        this.bindType = bindType;
        this.instanceId = instanceId;
        this.type = type;
        this.createTime = createTime;
        this.autoReleaseTime = autoReleaseTime;
    }
}
