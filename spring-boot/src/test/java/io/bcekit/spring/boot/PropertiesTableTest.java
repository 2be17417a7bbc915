package io.bcekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's table of {@code bcekit.*} properties is generated from the shipped configuration
 * metadata (itself generated from {@link BceProperties}' javadoc): this test fails when the two
 * drift, and rewrites the table when run with {@code -Dbcekit.updateDocs=true}.
 */
class PropertiesTableTest {

    static final String START = "<!-- bcekit.* properties: generated from the starter's metadata by PropertiesTableTest -->";
    static final String END = "<!-- end of bcekit.* properties -->";

    @Test
    void readmeTableIsTheMetadata() throws IOException {
        Path readme = repositoryRoot().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README holds the table's start marker").isNotNegative();
        assertThat(end).as("README holds the table's end marker after the start").isGreaterThan(start);
        String generated = START + "\n" + table(metadata()) + END;
        String updated = text.substring(0, start) + generated + text.substring(end + END.length());
        if (Boolean.getBoolean("bcekit.updateDocs") && !updated.equals(text)) {
            Files.writeString(readme, updated, StandardCharsets.UTF_8);
            text = updated;
        }
        assertThat(text.substring(start, text.indexOf(END) + END.length()))
                .as("README's bcekit.* table; regenerate with -Dbcekit.updateDocs=true").isEqualTo(generated);
    }

    /** One row a property, in the metadata's (alphabetical) order. */
    static String table(JsonNode metadata) {
        StringBuilder table = new StringBuilder("| property | what it does | default |\n|---|---|---|\n");
        for (JsonNode property : metadata.get("properties")) {
            table.append("| `").append(property.get("name").asString()).append("` | ")
                    .append(property.get("description").asString().replace("|", "\\|")).append(" | ")
                    .append(property.has("defaultValue") ? "`" + property.get("defaultValue").asString() + "`" : "—")
                    .append(" |\n");
        }
        return table.toString();
    }

    static JsonNode metadata() throws IOException {
        try (InputStream in = PropertiesTableTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    /** The checkout's root: the nearest directory up from the module holding the README and {@code .ci}. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No README.md with .ci beside it above " + Path.of("").toAbsolutePath());
    }
}
