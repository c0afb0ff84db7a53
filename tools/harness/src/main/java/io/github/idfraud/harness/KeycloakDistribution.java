package io.github.idfraud.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Keycloak server that {@code tools/harness}'s build unpacked into {@code ~/.cache/idfraud/keycloak-<version>},
 * shared by every run on the machine. Keycloak must be built (Quarkus re-augmentation, ~20 s, rewriting
 * {@code lib/quarkus/}) before it can start optimized; that happens once, under a file lock, so two runs starting at
 * the same time never rewrite the server under each other. After that, nothing a run does writes into this folder.
 */
final class KeycloakDistribution {

    /** Build-time options; everything else is given at start. An in-memory database, so runs share nothing. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem");

    private static final String VERSION_RESOURCE = "/keycloak/distribution.properties";
    private static final String BUILT_MARKER = ".idfraud-built";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    /** The server in the cache folder the build unpacks into; fails with the command to fetch it when it is missing. */
    static KeycloakDistribution inCache() {
        String version = version();
        Path home = Path.of(System.getProperty("user.home"), ".cache", "idfraud", "keycloak-" + version);
        return at(home, version);
    }

    /** A server unpacked elsewhere (same layout as Keycloak's zip). */
    static KeycloakDistribution at(Path home, String version) {
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException("Keycloak " + version + " is not unpacked at " + home
                    + ": fetch it with ./mvnw -B -pl tools/harness -am generate-resources (it unpacks "
                    + "org.keycloak:keycloak-quarkus-dist:" + version + ":zip there)");
        }
        return new KeycloakDistribution(home);
    }

    /** The Keycloak version this harness was built against (the root pom's {@code keycloak.version}). */
    static String version() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_RESOURCE + " is missing from the harness jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
    }

    Path home() {
        return home;
    }

    /** {@code bin/kc.sh} with {@code arguments}. */
    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("kc.sh").toString());
        command.addAll(arguments);
        return command;
    }

    /**
     * Runs {@code kc.sh build} unless this folder is already built with {@link #BUILD_OPTIONS}. Threads of one JVM
     * queue on the class (a file lock is held per JVM), other JVMs on the lock file.
     */
    void ensureBuilt(Map<String, String> environment, Path log) {
        synchronized (KeycloakDistribution.class) {
            try (FileChannel channel = FileChannel.open(home.resolve(BUILT_MARKER + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (isBuilt()) {
                    return;
                }
                List<String> arguments = new ArrayList<>(List.of("build"));
                arguments.addAll(BUILD_OPTIONS);
                try (ChildProcess build = ChildProcess.start("keycloak-build", command(arguments), environment, log)) {
                    int exitCode = build.awaitExit(BUILD_TIMEOUT);
                    if (exitCode != 0) {
                        throw new IllegalStateException("kc.sh build exited with code " + exitCode + "; last lines of "
                                + log + ":\n" + build.tail(30));
                    }
                }
                Files.writeString(home.resolve(BUILT_MARKER), builtState(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build Keycloak in " + home, e);
            }
        }
    }

    /** Built by us with these options, and the build output not replaced since (e.g. by a fresh unpack). */
    private boolean isBuilt() throws IOException {
        Path marker = home.resolve(BUILT_MARKER);
        return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(builtState());
    }

    private String builtState() throws IOException {
        Path application = home.resolve("lib").resolve("quarkus").resolve("quarkus-application.dat");
        long modified = Files.exists(application) ? Files.getLastModifiedTime(application).toMillis() : 0;
        return String.join(" ", BUILD_OPTIONS) + "\n" + modified + "\n";
    }
}
