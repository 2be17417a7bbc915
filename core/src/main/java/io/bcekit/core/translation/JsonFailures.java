package io.bcekit.core.translation;

import io.bcekit.core.BceError;
import io.bcekit.core.catalogue.GlobalErrors;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

/**
 * The answers to a JSON library's failure, whichever Jackson raised it: what the failure says
 * about the body decides the code, and a field path, where Jackson gives one, goes into the
 * message.
 */
final class JsonFailures {

    /** How many causes are looked through for the parser's own failure. */
    static final int MAX_CAUSES = 8;

    /** Bytes that are not valid UTF-8: the seed's own example of {@code InvalidHTTPRequest}. */
    static final BceError BROKEN_ENCODING = BceError.of(GlobalErrors.INVALID_HTTP_REQUEST);
    /** Not well-formed: bad syntax, early end, no content at all, or past the parser's read limits. */
    static final BceError MALFORMED = BceError.of(GlobalErrors.MALFORMED_JSON);
    /** A type or serializer Jackson cannot use, or a failure while writing: the service's own bug. */
    static final BceError SERVICE_FAULT = BceError.of(GlobalErrors.INTERNAL_ERROR);

    /** The longest detail appended to a catalogue text; field names come from the client. */
    static final int MAX_DETAIL = 512;

    private static final String INVALID_UTF8 = "Invalid UTF-8 ";
    private static final String NO_CONTENT = "No content to map due to end-of-input";

    private JsonFailures() {
    }

    /** The exception types one Jackson generation reports its parser's faults with. */
    record ParserFaultTypes(Class<?> streamRead, Class<?> inputCoercion, Class<?> streamConstraints) {
    }

    /**
     * What the parser itself reported, in {@code failure} or a cause (databind wraps the parser's
     * failure with the field's path): bytes that are not UTF-8, or JSON that is not well-formed
     * (syntax, early end, read limits). A number out of its type's range is not a parser fault: the
     * JSON is fine, the type does not fit. Null when the parser read the JSON fine.
     */
    static BceError parserFault(Throwable failure, ParserFaultTypes types) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof CharConversionException || current instanceof CharacterCodingException) {
                return BROKEN_ENCODING;
            }
            if (types.streamRead().isInstance(current) && !types.inputCoercion().isInstance(current)) {
                return reportsInvalidUtf8(current) ? BROKEN_ENCODING : MALFORMED;
            }
            if (types.streamConstraints().isInstance(current)) {
                return MALFORMED;
            }
            current = current.getCause();
        }
        return null;
    }

    /** Well-formed JSON that does not fit, naming where: {@code Check field 'billing.reservation'.} */
    static BceError inappropriate(String fieldPath) {
        return inappropriateWithDetail(fieldPath.isEmpty() ? "" : "Check field '" + fieldPath + "'.");
    }

    /** {@code InappropriateJSON}: the catalogue text, then {@code detail} (bounded), or the text alone. */
    static BceError inappropriateWithDetail(String detail) {
        String base = GlobalErrors.INAPPROPRIATE_JSON.defaultMessage();
        if (detail.isBlank()) {
            return BceError.of(GlobalErrors.INAPPROPRIATE_JSON);
        }
        String bounded = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
        return BceError.of(GlobalErrors.INAPPROPRIATE_JSON, base + " " + bounded);
    }

    /**
     * Whether a parser's failure reports bytes that are not UTF-8. Both Jackson generations say so
     * only in the message ("Invalid UTF-8 start byte 0xff", "… middle byte …"); tests against the
     * real parsers keep this in step with them.
     */
    private static boolean reportsInvalidUtf8(Throwable parserFailure) {
        String message = parserFailure.getMessage();
        return message != null && message.startsWith(INVALID_UTF8);
    }

    /** Jackson's "mismatch" for a body with no content at all, which is not well-formed JSON. */
    static boolean reportsNoContent(Throwable mismatch) {
        String message = mismatch.getMessage();
        return message != null && message.startsWith(NO_CONTENT);
    }

    /** Appends one step of a field path: {@code name} after a dot, or {@code [index]}. */
    static void appendStep(StringBuilder path, String name, int index) {
        if (name != null) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(name);
        } else if (index >= 0) {
            path.append('[').append(index).append(']');
        }
    }
}
