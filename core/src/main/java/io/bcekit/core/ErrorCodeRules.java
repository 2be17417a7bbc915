package io.bcekit.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks every {@link ErrorCode} must pass; each failure names the entry and the problem. */
final class ErrorCodeRules {

    /** Enum classes already checked as a whole (codes unique within the enum). */
    private static final ClassValue<Boolean> CHECKED_ENUMS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            ErrorCode[] entries = (ErrorCode[]) type.getEnumConstants();
            requireUnique(type.getName(), List.of(entries));
            return Boolean.TRUE; // a marker that the enum passed; nothing reads the value itself
        }
    };

    private ErrorCodeRules() {
    }

    /**
     * Checks one entry (and, for an enum constant, its whole enum once). Returns it.
     *
     * <p>Runs on every throw of a {@link BceException}. A constant of an enum already checked as a
     * whole needs no check of its own (the whole-enum check covers every constant), so that
     * common case costs one {@link ClassValue} look-up. When the enum fails, the entry's own defect
     * is reported first, as when it was checked alone.
     */
    static ErrorCode requireValid(ErrorCode entry) {
        if (entry == null) {
            throw new NullPointerException("errorCode");
        }
        if (entry instanceof Enum<?> constant) {
            try {
                CHECKED_ENUMS.get(constant.getDeclaringClass());
            } catch (RuntimeException enumDefect) {
                requireWellFormed(entry);
                throw enumDefect;
            }
            return entry;
        }
        requireWellFormed(entry);
        return entry;
    }

    static void requireWellFormed(ErrorCode entry) {
        String code = entry.code();
        if (!isPlainIdentifier(code)) {
            throw new IllegalArgumentException("Error code " + describe(entry)
                    + " is not a plain identifier (a letter, then letters, digits or '_', at most 64)");
        }
        int status = entry.httpStatus();
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Error code " + code + " has HTTP status " + status
                    + "; an error status must be 400 to 599");
        }
        String message = entry.defaultMessage();
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("Error code " + code + " has an empty default message");
        }
    }

    static void requireUnique(String service, Iterable<? extends ErrorCode> entries) {
        Map<String, ErrorCode> seen = new HashMap<>();
        for (ErrorCode entry : entries) {
            requireWellFormed(entry);
            ErrorCode earlier = seen.putIfAbsent(entry.code(), entry);
            if (earlier != null && !earlier.equals(entry)) {
                throw new IllegalArgumentException("Error code " + entry.code() + " is defined twice in "
                        + service + ": " + earlier + " and " + entry);
            }
        }
    }

    static boolean isPlainIdentifier(String code) {
        if (code == null || code.isEmpty() || code.length() > 64 || !isAsciiLetter(code.charAt(0))) {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String describe(ErrorCode entry) {
        return entry.code() == null ? String.valueOf(entry) : "'" + entry.code() + "'";
    }
}
