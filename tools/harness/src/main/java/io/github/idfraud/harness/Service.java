package io.github.idfraud.harness;

import java.nio.file.Path;

/** Our two services as the tools start them: from the packaged jar a build leaves in the module's target folder. */
public enum Service {

    SCORING("scoring-service"),
    CASES("case-service");

    private final String module;

    Service(String module) {
        this.module = module;
    }

    /** The module's name, also the name of its log file ({@code scoring-service.log}). */
    public String module() {
        return module;
    }

    /** The packaged service under a repository root. */
    public Path jar(Path repo) {
        return repo.resolve("services").resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
