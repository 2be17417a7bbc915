package io.bcekit.auth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The timestamp field of bce-auth-v1, {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in UTC.
 *
 * <p>Parsed by hand rather than with {@code DateTimeFormatter}: hostile input must end in a
 * {@code BceException}, not a {@code DateTimeParseException}, and the strict shape (exactly 20
 * characters, no offset other than {@code Z}, no fraction, no leap second) is easy to state.
 */
final class AuthTimestamp {

    /** What {@link #parseEpochSecond} returns for text that is not a valid timestamp. */
    static final long INVALID = Long.MIN_VALUE;

    private static final String SHAPE = "dddd-dd-ddTdd:dd:ddZ";
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private AuthTimestamp() {
    }

    /** {@code timestamp} as the SDK writes it: whole seconds, UTC, e.g. {@code 2024-05-20T08:30:00Z}. */
    static String format(Instant timestamp) {
        return FORMAT.format(timestamp.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The epoch second {@code text[from, to)} names, or {@link #INVALID}. */
    static long parseEpochSecond(String text, int from, int to) {
        if (to - from != SHAPE.length()) {
            return INVALID;
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char expected = SHAPE.charAt(i);
            char actual = text.charAt(from + i);
            boolean fits = expected == 'd' ? actual >= '0' && actual <= '9' : actual == expected;
            if (!fits) {
                return INVALID;
            }
        }
        int year = number(text, from, 4);
        int month = number(text, from + 5, 2);
        int day = number(text, from + 8, 2);
        int hour = number(text, from + 11, 2);
        int minute = number(text, from + 14, 2);
        int second = number(text, from + 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    private static int number(String text, int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
