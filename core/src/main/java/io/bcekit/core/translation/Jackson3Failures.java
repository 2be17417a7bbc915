package io.bcekit.core.translation;

import io.bcekit.core.BceError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Jackson 3 ({@code tools.jackson}, Spring Boot 4's default) failures, answered as Jackson 2's
 * are. Loaded only when one occurs, so only then is Jackson 3 needed on the class path.
 */
final class Jackson3Failures {

    private static final JsonFailures.ParserFaultTypes PARSER_FAULTS = new JsonFailures.ParserFaultTypes(
            StreamReadException.class, InputCoercionException.class, StreamConstraintsException.class);

    private Jackson3Failures() {
    }

    static BceError translate(Throwable failure) {
        if (failure instanceof InvalidDefinitionException) {
            return JsonFailures.SERVICE_FAULT;
        }
        BceError fromParser = JsonFailures.parserFault(failure, PARSER_FAULTS);
        if (fromParser != null) {
            return fromParser;
        }
        if (failure instanceof MismatchedInputException && JsonFailures.reportsNoContent(failure)) {
            return JsonFailures.MALFORMED;
        }
        JacksonException jackson = (JacksonException) failure;
        // A MismatchedInputException also passes the last test (its processor is the parser), so a
        // mutant that drops it here is equivalent; it is named for the reader.
        boolean whileReading = jackson instanceof InputCoercionException || jackson instanceof MismatchedInputException
                || jackson instanceof ValueInstantiationException
                || (jackson instanceof DatabindException && jackson.processor() instanceof JsonParser);
        return whileReading ? JsonFailures.inappropriate(fieldPath(jackson)) : JsonFailures.SERVICE_FAULT;
    }

    private static String fieldPath(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : failure.getPath()) {
            JsonFailures.appendStep(path, step.getPropertyName(), step.getIndex());
        }
        return path.toString();
    }
}
