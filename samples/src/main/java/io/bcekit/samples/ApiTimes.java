package io.bcekit.samples;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times as the API writes them: UTC to the second, e.g. {@code 2026-12-01T08:30:00Z} (the SDK reads these into Dates). */
final class ApiTimes {

    private ApiTimes() {
    }

    static String format(Instant time) {
        return time == null ? null : DateTimeFormatter.ISO_INSTANT.format(time);
    }
}
