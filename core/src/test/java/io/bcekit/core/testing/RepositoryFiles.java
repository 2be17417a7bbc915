package io.bcekit.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files outside the module (the seed, the repository's {@code docs/}) from the working directory. */
public final class RepositoryFiles {

    private static final Path SEED = Path.of("shared", "seed", "bce-error-codes.txt");

    private RepositoryFiles() {
    }

    /**
     * The seed catalogue: {@code <ancestor>/shared/seed/bce-error-codes.txt} or
     * {@code <ancestor>/../shared/seed/bce-error-codes.txt} for the nearest ancestor of the working
     * directory that has one. Empty when neither layout is present.
     */
    public static Optional<Path> seedCatalogue() {
        for (Path dir = workingDirectory(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve(SEED), dir.resolve("..").resolve(SEED)}) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code pom.xml} and {@code core/}. */
    public static Path repositoryRoot() {
        for (Path dir = workingDirectory(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("core"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No directory holding pom.xml and core/ above " + workingDirectory());
    }

    private static Path workingDirectory() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    }
}
