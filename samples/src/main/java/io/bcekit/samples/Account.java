package io.bcekit.samples;

import io.bcekit.core.BceException;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.catalogue.BandwidthPackageErrors;
import io.bcekit.core.catalogue.EipErrors;
import io.bcekit.core.catalogue.EipGroupErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one {@link DemoAccount} holds. Callers lock the account ({@code synchronized (account)})
 * around each operation, so an operation sees and leaves a consistent state. Maps keep creation
 * order, which is the order lists page in.
 */
final class Account {

    static final int MAX_EIPS = 5;
    static final int MAX_EIP_GROUPS = 2;
    static final int MAX_ADDRESSES_PER_GROUP = 10;
    static final int MIN_EIP_BANDWIDTH = 1;
    static final int MAX_EIP_BANDWIDTH = 200;
    static final int MAX_PACKAGE_PLUS_RESOURCE_BANDWIDTH = 1000;

    final DemoAccount demo;
    final Map<String, Eip> eips = new LinkedHashMap<>();
    final Map<String, Eip> recycleBin = new LinkedHashMap<>();
    final Map<String, EipGroup> groups = new LinkedHashMap<>();
    final Map<String, BandwidthPackage> packages = new LinkedHashMap<>();

    Account(DemoAccount demo) {
        this.demo = demo;
    }

    Eip eip(String address) {
        Eip eip = eips.get(address);
        if (eip == null) {
            throw new BceException(EipErrors.EIP_NOT_FOUND);
        }
        return eip;
    }

    Eip recycled(String address) {
        Eip eip = recycleBin.get(address);
        if (eip == null) {
            throw new BceException(EipErrors.EIP_NOT_FOUND);
        }
        return eip;
    }

    EipGroup group(String id) {
        EipGroup group = groups.get(id);
        if (group == null) {
            throw new BceException(EipGroupErrors.INSTANCE_NOT_FOUND);
        }
        return group;
    }

    BandwidthPackage bandwidthPackage(String id) {
        BandwidthPackage found = packages.get(id);
        if (found == null) {
            throw new BceException(BandwidthPackageErrors.RESOURCE_NOT_EXIT);
        }
        return found;
    }

    Optional<EipGroup> groupHolding(String address) {
        return groups.values().stream().filter(group -> group.holds(address)).findFirst();
    }

    Optional<BandwidthPackage> packageBoundTo(String instanceId) {
        return packages.values().stream().filter(bp -> bp.instanceId.equals(instanceId)).findFirst();
    }

    /** {@code refused} (the service's own RealNameQualify) unless the account passed real-name verification. */
    void requireRealName(ErrorCode refused) {
        if (!demo.realNameVerified()) {
            throw new BceException(refused);
        }
    }

    /** Charges a purchase: prepaid ones need a balance ({@code failed} otherwise), postpaid ones are billed later. */
    void pay(String paymentTiming, ErrorCode failed) {
        if (Eip.PREPAID.equals(paymentTiming) && !demo.prepaidAllowed()) {
            throw new BceException(failed);
        }
    }

    void requireEipQuota(int more) {
        if (eips.size() + more > MAX_EIPS) {
            throw new BceException(EipErrors.EXCEED_LIMIT);
        }
    }
}
