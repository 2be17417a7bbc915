package io.bcekit.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.bcekit.core.ErrorCatalogue;
import io.bcekit.core.ErrorCode;
import io.bcekit.core.testing.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed catalogue file is the wire contract: every enum must equal its table, in order and exactly. */
class SeedCatalogueTest {

    private static Map<String, List<SeedFile.Row>> seed;

    @BeforeAll
    static void readSeed() throws IOException {
        Optional<Path> file = RepositoryFiles.seedCatalogue();
        assumeThat(file).as("shared/seed/bce-error-codes.txt above " + System.getProperty("user.dir")).isPresent();
        seed = SeedFile.read(file.get());
    }

    @Test
    void seedHasThirtyFiveCodesInFourSections() {
        assertThat(seed).containsOnlyKeys(SeedFile.GLOBAL, SeedFile.EIP, SeedFile.EIP_GROUP,
                SeedFile.BANDWIDTH_PACKAGE);
        assertThat(seed.values().stream().mapToInt(List::size).toArray()).containsExactly(14, 8, 6, 7);
    }

    @Test
    void globalErrorsEqualTheSeedsGlobalTable() {
        assertThat(entries(GlobalErrors.values())).containsExactlyElementsOf(expected(SeedFile.GLOBAL));
    }

    @Test
    void eipErrorsEqualTheSeedsEipTable() {
        assertThat(entries(EipErrors.values())).containsExactlyElementsOf(expected(SeedFile.EIP));
    }

    @Test
    void eipGroupErrorsEqualTheSeedsEipGroupTable() {
        assertThat(entries(EipGroupErrors.values())).containsExactlyElementsOf(expected(SeedFile.EIP_GROUP));
    }

    @Test
    void bandwidthPackageErrorsEqualTheSeedsBandwidthPackageTable() {
        assertThat(entries(BandwidthPackageErrors.values()))
                .containsExactlyElementsOf(expected(SeedFile.BANDWIDTH_PACKAGE));
    }

    @Test
    void seedCataloguesHoldTheSeedTablesInOrder() {
        assertCatalogue(Catalogues.GLOBAL, "Global", SeedFile.GLOBAL);
        assertCatalogue(Catalogues.EIP, "EIP", SeedFile.EIP);
        assertCatalogue(Catalogues.EIP_GROUP, "EIPGROUP", SeedFile.EIP_GROUP);
        assertCatalogue(Catalogues.BANDWIDTH_PACKAGE, "BandwidthPackage", SeedFile.BANDWIDTH_PACKAGE);
    }

    @Test
    void seedTextsKeepTheirOddities() {
        assertThat(GlobalErrors.PRECONDITION_FAILED.defaultMessage())
                .isEqualTo("The specified If-Match header doesn\u2019t match the ETag header.");
        assertThat(GlobalErrors.REQUEST_EXPIRED.defaultMessage())
                .isEqualTo("Request has expired. Timestamp date is <Data> .");
        assertThat(EipErrors.INSTANCE_ALREADY_BIND.defaultMessage())
                .isEqualTo("The specified instance is already binded.");
        assertThat(BandwidthPackageErrors.RESOURCE_NOT_EXIT.code()).isEqualTo("ResourceNotExit");
        assertThat(EipErrors.REAL_NAME_QUALIFY.defaultMessage()).doesNotEndWith(".");
        assertThat(EipGroupErrors.REAL_NAME_QUALIFY.defaultMessage()).endsWith(".");
    }

    private static void assertCatalogue(ErrorCatalogue catalogue, String service, String section) {
        assertThat(catalogue.service()).isEqualTo(service);
        assertThat(catalogue.seed()).as(service + " is a seed catalogue").isTrue();
        assertThat(entries(catalogue.entries().toArray(ErrorCode[]::new)))
                .as(service).containsExactlyElementsOf(expected(section));
    }

    private static List<Entry> expected(String section) {
        return seed.get(section).stream().map(row -> new Entry(row.code(), row.httpStatus(), row.message())).toList();
    }

    private static List<Entry> entries(ErrorCode[] codes) {
        return Arrays.stream(codes).map(c -> new Entry(c.code(), c.httpStatus(), c.defaultMessage())).toList();
    }

    /** What the wire carries for one code. */
    private record Entry(String code, int httpStatus, String message) {
    }
}
