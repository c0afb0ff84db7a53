package io.github.idfraud.scoring.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code /admin/model/*} may load a named artifact from: a file inside one configured directory, after links
 * are followed, so neither {@code ../} nor a symlink reaches the rest of the pod's file system; never the classpath.
 * Refusals name what is wrong, never the location, so the API does not tell which files exist.
 */
final class AdminModelDirectory {

    private final Optional<Path> directory;

    AdminModelDirectory(Optional<String> directory) {
        this.directory = directory.filter(d -> !d.isBlank()).map(Path::of);
    }

    /** The artifact's real path; throws {@link ModelLocationRefusedException} for anything outside the directory. */
    Path resolve(String location) {
        Path root = directory.orElseThrow(() -> new ModelLocationRefusedException(
                "the admin API loads no named model here (no model directory is configured)"));
        try {
            Path candidate = root.resolve(location).normalize();
            if (!Files.isRegularFile(candidate)) {
                throw new ModelLocationRefusedException("is not a file in the model directory");
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new ModelLocationRefusedException("is not inside the model directory");
            }
            return real;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelLocationRefusedException refused) {
                throw refused;
            }
            throw new ModelLocationRefusedException("is not a readable file in the model directory");
        }
    }
}
