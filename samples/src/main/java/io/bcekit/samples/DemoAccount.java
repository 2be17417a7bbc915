package io.bcekit.samples;

import java.util.List;
import java.util.Optional;

/**
 * One of the sample's fixed accounts. The values are part of the sample's documented contract
 * (README, start-up banner): tests outside the project sign with these exact keys.
 *
 * @param prepaidAllowed whether the balance pays for prepaid purchases (postpaid always works)
 */
public record DemoAccount(String accessKey, String secretKey, String description, boolean realNameVerified,
        boolean eipActivated, boolean readOnly, boolean prepaidAllowed) {

    /** Every account, in the order the banner and the README list them. */
    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("demo-ak", "demo-sk",
                    "verified, EIP service activated, balance enough for prepaid purchases, full access",
                    true, true, false, true),
            new DemoAccount("unverified-ak", "unverified-sk", "not real-name verified", false, true, false, true),
            new DemoAccount("optout-ak", "optout-sk", "EIP service not activated", true, false, false, true),
            new DemoAccount("readonly-ak", "readonly-sk", "may only read (GET)", true, true, true, true),
            new DemoAccount("broke-ak", "broke-sk", "balance 0: postpaid works, prepaid purchases fail",
                    true, true, false, false));

    /** The BCC instances every account owns, to bind EIPs to. */
    public static final List<String> INSTANCES = List.of("i-demo0001", "i-demo0002", "i-demo0003");
    public static final String INSTANCE_TYPE = "BCC";

    public static Optional<DemoAccount> byAccessKey(String accessKey) {
        return ALL.stream().filter(account -> account.accessKey.equals(accessKey)).findFirst();
    }
}
