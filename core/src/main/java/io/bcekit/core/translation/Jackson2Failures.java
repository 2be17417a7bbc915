package io.bcekit.core.translation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.bcekit.core.BceError;

/**
 * Jackson 2 ({@code com.fasterxml.jackson}) failures. Loaded only when one occurs, so only then
 * is Jackson 2 needed on the class path.
 */
final class Jackson2Failures {

    private static final JsonFailures.ParserFaultTypes PARSER_FAULTS = new JsonFailures.ParserFaultTypes(
            StreamReadException.class, InputCoercionException.class, StreamConstraintsException.class);

    private Jackson2Failures() {
    }

    static BceError translate(Throwable failure) {
        if (failure instanceof InvalidDefinitionException) {
            return JsonFailures.SERVICE_FAULT;
        }
        BceError fromParser = JsonFailures.parserFault(failure, PARSER_FAULTS);
        if (fromParser != null) {
            return fromParser;
        }
        if (failure instanceof JsonMappingException mapping) {
            if (mapping instanceof MismatchedInputException && JsonFailures.reportsNoContent(mapping)) {
                return JsonFailures.MALFORMED;
            }
            return madeWhileReading(mapping) ? JsonFailures.inappropriate(fieldPath(mapping))
                    : JsonFailures.SERVICE_FAULT;
        }
        // A number out of its type's range, read without databind; anything else (a generator's
        // failure) happened while writing.
        return failure instanceof InputCoercionException ? JsonFailures.inappropriate("") : JsonFailures.SERVICE_FAULT;
    }

    /** Mapping failures made while reading blame the client's JSON; made while writing, the service. */
    private static boolean madeWhileReading(JsonMappingException mapping) {
        return mapping instanceof MismatchedInputException || mapping instanceof ValueInstantiationException
                || mapping.getProcessor() instanceof JsonParser;
    }

    private static String fieldPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            JsonFailures.appendStep(path, step.getFieldName(), step.getIndex());
        }
        return path.toString();
    }
}
