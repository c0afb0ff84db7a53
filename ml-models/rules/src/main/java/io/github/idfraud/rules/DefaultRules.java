package io.github.idfraud.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The documented default rule set (resource {@value #RESOURCE}, explained rule by rule in docs/rules.md): what a
 * tenant without rules of its own is scored with.
 */
public final class DefaultRules {

    public static final String RESOURCE = "/rules/default-rules.json";

    private DefaultRules() {
    }

    public static RuleSet load() {
        try (InputStream in = DefaultRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rule set " + RESOURCE + " is missing from the classpath");
            }
            return RuleSetJson.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
