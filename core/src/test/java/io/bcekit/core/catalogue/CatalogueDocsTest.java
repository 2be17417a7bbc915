package io.bcekit.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.testing.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/error-catalogue.md} and {@code .json} are generated from {@link Catalogues#ALL}: this
 * test fails when they drift, and rewrites them when run with {@code -Dbcekit.updateDocs=true}
 * (or environment {@code BCEKIT_UPDATE_DOCS=true}).
 */
class CatalogueDocsTest {

    private static final Path DOCS = RepositoryFiles.repositoryRoot().resolve("docs");
    private static final Path MARKDOWN = DOCS.resolve("error-catalogue.md");
    private static final Path JSON = DOCS.resolve("error-catalogue.json");

    /** In update mode the files are rewritten before any test reads them. */
    @BeforeAll
    static void updateWhenAsked() throws IOException {
        if (updateRequested()) {
            Files.createDirectories(DOCS);
            Files.writeString(MARKDOWN, CatalogueDocs.markdown(Catalogues.ALL), StandardCharsets.UTF_8);
            Files.writeString(JSON, CatalogueDocs.json(Catalogues.ALL), StandardCharsets.UTF_8);
        }
    }

    @Test
    void markdownCatalogueMatchesTheCode() throws IOException {
        assertUpToDate(MARKDOWN, CatalogueDocs.markdown(Catalogues.ALL));
    }

    @Test
    void jsonCatalogueMatchesTheCode() throws IOException {
        assertUpToDate(JSON, CatalogueDocs.json(Catalogues.ALL));
    }

    @Test
    void committedJsonHoldsTheThirtyFiveSeedCodes() throws IOException {
        List<Map<String, Object>> rows = readCommittedJson();
        List<Map<String, Object>> expected = Stream.of(GlobalErrors.values(), EipErrors.values(),
                        EipGroupErrors.values(), BandwidthPackageErrors.values())
                .flatMap(Stream::of)
                .map(CatalogueDocsTest::withoutService)
                .toList();

        List<Map<String, Object>> seedRows = rows.stream().filter(row -> Boolean.TRUE.equals(row.get("seed"))).toList();

        assertThat(seedRows).hasSize(35);
        assertThat(seedRows.stream().map(row -> Map.of("code", row.get("code"), "httpStatus", row.get("httpStatus"),
                "message", row.get("message"))).toList()).containsExactlyElementsOf(expected);
        assertThat(seedRows.stream().map(row -> row.get("service")).distinct())
                .containsExactly("Global", "EIP", "EIPGROUP", "BandwidthPackage");
    }

    @Test
    void committedJsonMarksTheExtensionsAsNotSeed() throws IOException {
        List<Map<String, Object>> extension = readCommittedJson().stream()
                .filter(row -> Boolean.FALSE.equals(row.get("seed")))
                .toList();

        assertThat(extension.stream().map(row -> row.get("service") + " " + row.get("code")).toList())
                .containsExactlyElementsOf(Stream.concat(
                        Stream.of(HttpStatusErrors.values()).map(error -> "bcekit-http " + error.code()),
                        Stream.of(IdempotencyErrors.values()).map(error -> "bcekit-idempotency " + error.code())).toList());
    }

    @Test
    void markdownEscapesTableAndHtmlCharactersButKeepsTypographicQuotes() {
        assertThat(CatalogueDocs.escapeMarkdown("a | b <Data> doesn\u2019t"))
                .isEqualTo("a \\| b \\<Data\\> doesn\u2019t");
    }

    @Test
    void markdownMarksSeedAndExtensionTablesApart() {
        String markdown = CatalogueDocs.markdown(Catalogues.ALL);

        assertThat(markdown).contains("## Seed catalogue: Global (`GlobalErrors`)",
                "## bcekit extension: bcekit-http (`HttpStatusErrors`)", "**Not part of the BCE seed.**",
                "| `PreconditionFailed` | 412 | The specified If-Match header doesn\u2019t match the ETag header. |",
                "| `RequestExpired` | 400 | Request has expired. Timestamp date is \\<Data\\> . |");
    }

    private static Map<String, Object> withoutService(ErrorCode code) {
        return Map.of("code", code.code(), "httpStatus", code.httpStatus(), "message", code.defaultMessage());
    }

    private static List<Map<String, Object>> readCommittedJson() throws IOException {
        assertThat(JSON).as("generated catalogue; create it with " + CatalogueDocs.REGENERATE).isRegularFile();
        return new ObjectMapper().readValue(JSON.toFile(), new TypeReference<>() { });
    }

    private static void assertUpToDate(Path file, String generated) throws IOException {
        String onDisk = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "<missing>";
        assertThat(onDisk)
                .as("%s is out of date with the catalogues in io.bcekit.core.catalogue; regenerate it with `%s`"
                        + " (or set BCEKIT_UPDATE_DOCS=true) and commit the result", file, CatalogueDocs.REGENERATE)
                .isEqualTo(generated);
    }

    private static boolean updateRequested() {
        return Boolean.parseBoolean(System.getProperty("bcekit.updateDocs"))
                || Boolean.parseBoolean(System.getenv("BCEKIT_UPDATE_DOCS"));
    }
}
