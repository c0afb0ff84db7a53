package io.github.idfraud.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the good fixture, optionally broken, through the schema check and the policy rules. */
final class Render {

    static String good() {
        try (InputStream in = Render.class.getResourceAsStream("/good-prod.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Schema errors, or when there are none, policy findings. */
    static List<String> findings(String yaml, Profile profile) {
        List<String> errors = new ArrayList<>();
        List<Manifest> typed = new ArrayList<>();
        SchemaValidator schema = new SchemaValidator();
        for (Manifest m : new ManifestReader().read("test.yaml", yaml)) {
            SchemaValidator.Result result = schema.validate(m);
            errors.addAll(result.errors());
            typed.add(m.withTyped(result.typed()));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        return new PolicyChecks(profile, "`fraud-api-keys` `api-keys`").check(typed).messages();
    }

    /** The good fixture with the first occurrence of {@code from} replaced; fails if there is none. */
    static String breaking(String from, String to) {
        String good = good();
        int at = good.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("the fixture has no " + from);
        }
        return good.substring(0, at) + to + good.substring(at + from.length());
    }

    private Render() {
    }
}
