package io.bcekit.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bcekit.core.BceException;
import io.bcekit.core.RequestBodyException;
import io.bcekit.core.catalogue.HttpStatusErrors;
import org.junit.jupiter.api.Test;

class GuardedRequestBodyTest {

    @Test
    void aBodyIsReadWholeUpToTheBound() throws Exception {
        byte[] four = {1, 2, 3, 4};
        assertThat(GuardedRequestBody.read(new java.io.ByteArrayInputStream(four), 4, 4)).isEqualTo(four);
        assertThat(GuardedRequestBody.read(new java.io.ByteArrayInputStream(four), -1, 4)).isEqualTo(four);
        assertThat(GuardedRequestBody.read(null, -1, 4)).isEmpty();
        for (long declared : new long[] {5, -1}) {
            java.io.ByteArrayInputStream five = new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5});
            assertThatThrownBy(() -> GuardedRequestBody.read(five, declared, 4)).isInstanceOfSatisfying(BceException.class,
                    e -> assertThat(e.getErrorCode()).isSameAs(HttpStatusErrors.ENTITY_TOO_LARGE));
        }
        java.io.ByteArrayInputStream declaredTooLong = new java.io.ByteArrayInputStream(new byte[] {1});
        assertThatThrownBy(() -> GuardedRequestBody.read(declaredTooLong, 5, 4)).isInstanceOf(BceException.class);
        assertThat(declaredTooLong.available()).as("not read at all").isEqualTo(1);
    }

    @Test
    void aDeclaredBodyIsReadToItsLengthAndNoFurther() throws Exception {
        java.io.ByteArrayInputStream six = new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6});
        assertThat(GuardedRequestBody.read(six, 3, 4)).containsExactly(1, 2, 3);
        assertThat(six.available()).isEqualTo(3);
        assertThat(GuardedRequestBody.read(six, 0, 4)).isEmpty();
        assertThat(GuardedRequestBody.read(six, 3, 3)).containsExactly(4, 5, 6);
        assertThatThrownBy(() -> GuardedRequestBody.read(new java.io.ByteArrayInputStream(new byte[] {1, 2}), 3, 4))
                .isInstanceOf(RequestBodyException.class).hasRootCauseMessage("The body ended after 2 of its 3 bytes");
    }
}
