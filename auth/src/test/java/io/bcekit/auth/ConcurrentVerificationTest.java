package io.bcekit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.bcekit.core.BceException;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.catalogue.GlobalErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One verifier shared by many threads, as in a server: each thread keeps its own {@code Mac}, so
 * threads verifying different requests with different keys at once must each get exactly the
 * principal, or the rejection, that verifying alone gives.
 */
class ConcurrentVerificationTest {

    private static final Instant TIME = Instant.parse("2024-05-20T08:30:00Z");
    private static final int KEYS = 4;
    private static final int THREADS = 8;
    private static final int ROUNDS = Samples.of(3_000);

    /** A request with the outcome verifying it alone gives: a principal's name or an error code. */
    private record Case(SignedRequest request, String principal, ErrorCode error) {
    }

    @Test
    void threadsVerifyingDifferentRequestsAtOnceGetTheirOwnOutcomes() throws InterruptedException {
        List<BceCredential> credentials = new ArrayList<>();
        for (int key = 0; key < KEYS; key++) {
            credentials.add(BceCredential.of("ak" + key, "secret-key-" + key, "principal-" + key));
        }
        BceAuthVerifier verifier = BceAuthVerifier.builder(InMemoryCredentialSource.of(credentials)).build();
        List<Case> cases = cases(credentials);
        for (Case expected : cases) { // the outcomes alone, before any concurrency
            assertThat(outcome(verifier, expected.request())).isEqualTo(describe(expected));
        }

        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int thread = 0; thread < THREADS; thread++) {
            int offset = thread * 7;
            threads.execute(() -> {
                awaitQuietly(start);
                for (int round = 0; round < ROUNDS; round++) {
                    Case expected = cases.get((offset + round) % cases.size());
                    String actual = outcome(verifier, expected.request());
                    if (!actual.equals(describe(expected))) {
                        mismatches.add(describe(expected) + " but got " + actual);
                    }
                }
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(mismatches).isEmpty();
    }

    /** For each key, requests that differ in path, query and headers, each also with one thing tampered. */
    private static List<Case> cases(List<BceCredential> credentials) {
        List<Case> cases = new ArrayList<>();
        for (int key = 0; key < credentials.size(); key++) {
            String accessKeyId = "ak" + key;
            String secretKey = "secret-key-" + key;
            for (int variant = 0; variant < 5; variant++) {
                String path = "/v1/eip/10.0." + key + "." + variant;
                String query = "bind&clientToken=t" + variant + (variant % 2 == 0 ? "&z=" + key : "");
                String contentLength = Integer.toString(10 * key + variant);
                String signedHeaders = variant == 4 ? "host;x-bce-date" : "";
                SignedRequest unsigned = request(path, query, contentLength, null);
                String authorization =
                        BceAuthV1.authorization(unsigned, accessKeyId, secretKey, TIME, 1800, signedHeaders);
                cases.add(new Case(request(path, query, contentLength, authorization), "principal-" + key, null));
                String tamperedLength = variant == 4 ? contentLength : contentLength + "0";
                String tamperedPath = variant == 4 ? path + "0" : path; // content-length unsigned there
                cases.add(new Case(request(tamperedPath, query, tamperedLength, authorization), null,
                        GlobalErrors.SIGNATURE_DOES_NOT_MATCH));
            }
            cases.add(new Case(request("/v1/eip", null, "0", "bce-auth-v1/" + accessKeyId + "/x/1800//"), null,
                    GlobalErrors.INVALID_HTTP_AUTH_HEADER));
        }
        return cases;
    }

    private static SignedRequest request(String path, String query, String contentLength, String authorization) {
        SignedRequest.Builder request = SignedRequest.builder("PUT", path).query(query)
                .header("Host", "eip.bj.baidubce.com")
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Content-Length", contentLength)
                .header("x-bce-date", "2024-05-20T08:30:00Z");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static String outcome(BceAuthVerifier verifier, SignedRequest request) {
        try {
            return verifier.verify(request, TIME.plusSeconds(60)).name();
        } catch (BceException e) {
            return e.getErrorCode().toString();
        }
    }

    private static String describe(Case expected) {
        return expected.principal() != null ? expected.principal() : expected.error().toString();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
