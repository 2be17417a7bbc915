package io.bcekit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.bcekit.auth.BceAuthV1;
import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.auth.BceCredential;
import io.bcekit.auth.BcePrincipal;
import io.bcekit.auth.InMemoryCredentialSource;
import io.bcekit.auth.SignedRequest;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * bce-auth-v1 verification of a typical SDK request: the EIP bind call of bce-protocol.md's worked
 * example A ({@code PUT /v1/eip/180.76.1.2?bind&clientToken=…}, default signed headers, 1800 s).
 * Besides {@code verify} on a ready {@link SignedRequest}: building that request from a container's
 * headers and verifying it (what an adapter does), and the floor no verifier can go below, the
 * protocol's two HMAC-SHA256 computations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AuthVerifyBenchmark {

    static final String AK = "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99";
    static final String SK = "b7e151628aed2a6abf7158809cf4f3c7";
    static final Instant SIGNED_AT = Instant.parse("2024-05-20T08:30:00Z");
    static final String EXPECTED_AUTHORIZATION = "bce-auth-v1/4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99/2024-05-20T08:30:00Z"
            + "/1800//9c96e29ed2bc61d6a8f38acf03ea34e1f354e13d6ff04c3cc81a4e274d46c3bf";

    private final BceAuthVerifier verifier =
            BceAuthVerifier.builder(InMemoryCredentialSource.of(BceCredential.of(AK, SK, "benchmark"))).build();
    private final Instant now = SIGNED_AT.plusSeconds(60);
    private final Map<String, List<String>> containerHeaders = new LinkedHashMap<>();
    private SignedRequest request;
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(AuthVerifyBenchmark::newMac);
    private final byte[] secretKey = SK.getBytes(UTF_8);
    private final byte[] prefix = ("bce-auth-v1/" + AK + "/2024-05-20T08:30:00Z/1800").getBytes(UTF_8);
    private final byte[] canonicalRequest = ("PUT\n/v1/eip/180.76.1.2\n"
            + "bind=&clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f\ncontent-length:48\n"
            + "content-type:application%2Fjson%3B%20charset%3Dutf-8\nhost:eip.bj.baidubce.com").getBytes(UTF_8);

    @Setup(Level.Trial)
    public void setUp() {
        containerHeaders.put("Host", List.of("eip.bj.baidubce.com"));
        containerHeaders.put("Content-Type", List.of("application/json; charset=utf-8"));
        containerHeaders.put("Content-Length", List.of("48"));
        containerHeaders.put("Date", List.of("Mon, 20 May 2024 08:30:00 GMT"));
        containerHeaders.put("User-Agent", List.of("bce-sdk-java/0.10.448/17.0.15/linux"));
        containerHeaders.put("Connection", List.of("Keep-Alive"));
        containerHeaders.put("Accept-Encoding", List.of("gzip,deflate"));
        SignedRequest unsigned = build(containerHeaders);
        String authorization = BceAuthV1.authorization(unsigned, AK, SK, SIGNED_AT, 1800, "");
        ErrorPathBenchmark.expect(authorization.equals(EXPECTED_AUTHORIZATION), "worked example A's signature");
        containerHeaders.put("Authorization", List.of(authorization));
        request = build(containerHeaders);
        ErrorPathBenchmark.expect(verify().accessKeyId().equals(AK), "the request verifies");
    }

    private static SignedRequest build(Map<String, List<String>> headers) {
        return SignedRequest.of("PUT", "/v1/eip/180.76.1.2", "bind&clientToken=7d0c1f2e-3a4b-4c5d-8e6f-9a0b1c2d3e4f",
                headers);
    }

    @Benchmark
    public BcePrincipal verify() {
        return verifier.verify(request, now);
    }

    @Benchmark
    public BcePrincipal buildAndVerify() {
        return verifier.verify(build(containerHeaders), now);
    }

    /** The arithmetic bce-auth-v1 cannot avoid: HMAC(SK, prefix), then HMAC(hex of that, canonical request). */
    @Benchmark
    public byte[] floor_twoHmacs() throws GeneralSecurityException {
        Mac hmac = mac.get();
        hmac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
        byte[] signingKey = hex(hmac.doFinal(prefix));
        hmac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
        return hmac.doFinal(canonicalRequest);
    }

    private static byte[] hex(byte[] bytes) {
        byte[] hex = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            hex[2 * i] = (byte) Character.forDigit((bytes[i] >>> 4) & 0xF, 16);
            hex[2 * i + 1] = (byte) Character.forDigit(bytes[i] & 0xF, 16);
        }
        return hex;
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
