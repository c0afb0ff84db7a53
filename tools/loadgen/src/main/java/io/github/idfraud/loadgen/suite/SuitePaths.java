package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.Service;
import java.nio.file.Path;

/**
 * Where the suite finds the built services and writes its output, all relative to the repository root.
 *
 * @param resultsDir JSON results (committed: the README table refers to it)
 * @param workDir    logs of the started services and temporary files (git-ignored)
 */
public record SuitePaths(Path repo, Path resultsDir, Path workDir) {

    public Path caseServiceJar() {
        return Service.CASES.jar(repo);
    }

    public Path trainerJar() {
        return repo.resolve("ml-models/trainer/target/trainer.jar");
    }

    public Path readme() {
        return repo.resolve("README.md");
    }

    public Path benchmarksDoc() {
        return repo.resolve("docs/benchmarks.md");
    }
}
