package io.github.idfraud.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Model artifacts the tests load through /admin/model: in the test profile's model directory, pinned by digest. */
final class AdminModels {

    /** The test profile's FRAUD_MODEL_ADMIN_DIRECTORY, relative to the module. */
    static final Path DIRECTORY = Path.of("target/admin-models");

    private AdminModels() {
    }

    /** A fresh directory of this run inside the model directory. */
    static Path runDirectory(String name) throws Exception {
        return Files.createDirectories(DIRECTORY).resolve(Bodies.id(name));
    }

    /** The admin API's body for {@code artifact}: its location in the model directory and its sha256. */
    static String pinned(Path artifact) throws Exception {
        return pinned(artifact, sha256(artifact));
    }

    static String pinned(Path artifact, String sha256) {
        return "{\"location\":\"" + DIRECTORY.toAbsolutePath().relativize(artifact.toAbsolutePath())
                + "\",\"sha256\":\"" + sha256 + "\"}";
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
