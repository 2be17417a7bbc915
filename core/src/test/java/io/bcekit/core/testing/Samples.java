package io.bcekit.core.testing;

/**
 * How many random samples a randomised test draws. Under mutation testing (pitest passes
 * {@code -Dbcekit.test.samples=mutation}) every test runs once per mutant it covers, so a tenth of
 * the usual count is drawn; the fixed seeds keep each run reproducible either way.
 */
public final class Samples {

    private static final boolean MUTATION_RUN = "mutation".equals(System.getProperty("bcekit.test.samples"));

    private Samples() {
    }

    /** {@code usual}, or a tenth of it (at least 50) in a mutation run. */
    public static int of(int usual) {
        return MUTATION_RUN ? Math.max(50, usual / 10) : usual;
    }
}
