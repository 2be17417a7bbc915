package io.bcekit.core.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the error tables of {@code shared/seed/bce-error-codes.txt}: one section per heading,
 * rows of four cells (code, message, status, description), some spread over several lines.
 */
final class SeedFile {

    static final String GLOBAL = "BCE global error codes";
    static final String EIP = "EIP service error code";
    static final String EIP_GROUP = "EIPGROUP service error code";
    static final String BANDWIDTH_PACKAGE = "Bandwidth package service error code";

    private static final List<String> SECTIONS = List.of(GLOBAL, EIP, EIP_GROUP, BANDWIDTH_PACKAGE);
    private static final Pattern SEPARATOR = Pattern.compile("-{3,}");
    private static final Pattern LEADING_STATUS = Pattern.compile("^(\\d{3})\\b.*");

    /** One table row as the seed writes it. */
    record Row(String code, String message, int httpStatus, String description) {
    }

    private SeedFile() {
    }

    /** The four sections by heading, in file order. */
    static Map<String, List<Row>> read(Path seed) throws IOException {
        Map<String, List<String>> sectionLines = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (SECTIONS.contains(line.trim())) {
                current = new ArrayList<>();
                sectionLines.put(line.trim(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        if (!sectionLines.keySet().equals(new java.util.LinkedHashSet<>(SECTIONS))) {
            throw new IllegalStateException("Expected sections " + SECTIONS + " in order, found "
                    + sectionLines.keySet());
        }
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        sectionLines.forEach((heading, lines) -> sections.put(heading, rows(heading, lines)));
        return sections;
    }

    private static List<Row> rows(String heading, List<String> lines) {
        List<String> cells = Arrays.stream(String.join(" ", lines).split("\\|"))
                .map(String::trim)
                .filter(cell -> !cell.isEmpty() && !SEPARATOR.matcher(cell).matches())
                .toList();
        if (cells.size() < 4 || !cells.get(0).toLowerCase(Locale.ROOT).contains("code")) {
            throw new IllegalStateException("Section '" + heading + "' does not start with a header row: " + cells);
        }
        List<String> body = cells.subList(4, cells.size());
        if (body.size() % 4 != 0) {
            throw new IllegalStateException("Section '" + heading + "' has " + body.size()
                    + " cells, not a multiple of 4: " + body);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i += 4) {
            rows.add(new Row(body.get(i), body.get(i + 1), status(body.get(i + 2)), body.get(i + 3)));
        }
        return rows;
    }

    private static int status(String cell) {
        Matcher matcher = LEADING_STATUS.matcher(cell);
        if (!matcher.matches()) {
            throw new IllegalStateException("Not a status cell: '" + cell + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
