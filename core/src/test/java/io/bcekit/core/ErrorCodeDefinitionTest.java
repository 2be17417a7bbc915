package io.bcekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad catalogue definition fails fast, naming the entry and the problem. */
class ErrorCodeDefinitionTest {

    /** One enum per defect: each constant is (code, status, default message). */
    enum NotAnIdentifier implements Entry {
        NO_SUCH_KEY("No Such Key", 404, "m");

        private final Definition definition;

        NotAnIdentifier(String code, int status, String message) {
            definition = new Definition(code, status, message);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    enum RedirectStatus implements Entry {
        MOVED("Moved", 302, "m");

        private final Definition definition;

        RedirectStatus(String code, int status, String message) {
            definition = new Definition(code, status, message);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    enum StatusAbove599 implements Entry {
        STRANGE("Strange", 600, "m");

        private final Definition definition;

        StatusAbove599(String code, int status, String message) {
            definition = new Definition(code, status, message);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    enum EmptyMessages implements Entry {
        EMPTY("Empty", 400, ""),
        BLANK("Blank", 400, "  ");

        private final Definition definition;

        EmptyMessages(String code, int status, String message) {
            definition = new Definition(code, status, message);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    /** The first constant has one defect, the second another: each use names its own. */
    enum TwoDefects implements Entry {
        FIRST(new Definition("No Such", 404, "Gone.")),
        SECOND(new Definition("Moved", 302, "Elsewhere."));

        private final Definition definition;

        TwoDefects(Definition definition) {
            this.definition = definition;
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    enum DuplicateCodes implements Entry {
        FIRST("NoSuchKey", 404, "first"),
        SECOND("NoSuchKey", 404, "second");

        private final Definition definition;

        DuplicateCodes(String code, int status, String message) {
            definition = new Definition(code, status, message);
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    @Test
    void codeThatIsNotAnIdentifierIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(NotAnIdentifier.NO_SUCH_KEY))
                .withMessage("Error code 'No Such Key' is not a plain identifier"
                        + " (a letter, then letters, digits or '_', at most 64)");
    }

    @Test
    void statusBelow400IsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(RedirectStatus.MOVED))
                .withMessage("Error code Moved has HTTP status 302; an error status must be 400 to 599");
    }

    @Test
    void statusAbove599IsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> BceError.of(StatusAbove599.STRANGE))
                .withMessage("Error code Strange has HTTP status 600; an error status must be 400 to 599");
    }

    @Test
    void emptyDefaultMessageIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(EmptyMessages.EMPTY, "given"))
                .withMessage("Error code Empty has an empty default message");
    }

    @Test
    void blankDefaultMessageIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ErrorCatalogue("Mine", false, List.of(EmptyMessages.BLANK)))
                .withMessage("Error code Blank has an empty default message");
    }

    @Test
    void duplicateCodeInAnEnumIsRejectedOnFirstUseOfAnyConstant() {
        String expected = "Error code NoSuchKey is defined twice in " + DuplicateCodes.class.getName()
                + ": FIRST and SECOND";

        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(DuplicateCodes.FIRST))
                .withMessage(expected);
        assertThatIllegalArgumentException().isThrownBy(() -> BceError.of(DuplicateCodes.SECOND))
                .withMessage(expected);
        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(DuplicateCodes.SECOND))
                .withMessage(expected);
    }

    @Test
    void duplicateCodeIsRejectedByTheCatalogue() {
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorCatalogue.of("Storage", DuplicateCodes.class))
                .withMessage("Error code NoSuchKey is defined twice in Storage: FIRST and SECOND");
    }

    @Test
    void blankServiceNameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ErrorCatalogue(" ", false, List.of()))
                .withMessage("A catalogue needs a service name");
    }

    /** The three values of a test entry. */
    record Definition(String code, int status, String message) {
    }

    /** Lets each defective enum above implement {@link ErrorCode} in one line. */
    interface Entry extends ErrorCode {

        Definition definition();

        @Override
        default String code() {
            return definition().code();
        }

        @Override
        default int httpStatus() {
            return definition().status();
        }

        @Override
        default String defaultMessage() {
            return definition().message();
        }
    }

    @Test
    void aConstantOfADefectiveEnumIsReportedWithItsOwnDefect() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(TwoDefects.SECOND))
                .withMessage("Error code Moved has HTTP status 302; an error status must be 400 to 599");
        assertThatIllegalArgumentException().isThrownBy(() -> BceError.of(TwoDefects.FIRST))
                .withMessage("Error code 'No Such' is not a plain identifier"
                        + " (a letter, then letters, digits or '_', at most 64)");
    }

    /** An entry that is not an enum constant, as a service might define one on the fly. */
    record Custom(String code, int httpStatus, String defaultMessage) implements ErrorCode {
    }

    @Test
    void entryOutsideAnEnumIsCheckedOnItsOwn() {
        Custom good = new Custom("AZaz09_", 599, "Fine.");

        assertThat(BceError.of(good).errorCode()).isSameAs(good);
        assertThat(BceError.of(new Custom("Za", 404, "Fine.")).errorCode().code()).isEqualTo("Za");
        assertThat(BceError.of(new Custom("zA", 404, "Fine.")).errorCode().code()).isEqualTo("zA");
        assertThat(new BceException(new Custom("Q", 400, "Fine.")).getErrorCode().httpStatus()).isEqualTo(400);
        assertThat(BceError.of(new Custom("A" + "b".repeat(63), 404, "Fine.")).errorCode().code()).hasSize(64);
    }

    @Test
    void entryOutsideAnEnumWithADefectIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> BceError.of(new Custom("No-Such", 404, "Gone.")))
                .withMessage("Error code 'No-Such' is not a plain identifier"
                        + " (a letter, then letters, digits or '_', at most 64)");
        assertThatIllegalArgumentException().isThrownBy(() -> new BceException(new Custom("Late", 600, "Late.")))
                .withMessage("Error code Late has HTTP status 600; an error status must be 400 to 599");
    }

    @Test
    void identifierCharactersAreLettersDigitsAndUnderscoreOnly() {
        for (String code : new String[] {"A/", "A:", "A@", "A[", "A`", "A{", "A ", "9A", "_A", "A" + "b".repeat(64)}) {
            assertThatIllegalArgumentException().as(code)
                    .isThrownBy(() -> BceError.of(new Custom(code, 404, "Gone.")))
                    .withMessageContaining("is not a plain identifier");
        }
    }
}
