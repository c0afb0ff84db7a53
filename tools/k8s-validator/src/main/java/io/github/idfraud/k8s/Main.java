package io.github.idfraud.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code k8s-validate [--docs FILE] [--dashboard FILE --metrics a,b --sources DIR] PROFILE=RENDERED.yaml ...}
 * Exit 0 when every render passes the schema and policy checks, 1 on any finding, 2 on a usage or I/O error.
 */
public final class Main {

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("k8s-validate: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(String[] args) throws IOException {
        String docs = null;
        Path dashboard = null;
        List<String> metrics = List.of();
        Set<String> exported = null;
        List<Render> renders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Files.readString(Path.of(args[++i]));
                case "--dashboard" -> dashboard = Path.of(args[++i]);
                case "--metrics" -> metrics = Arrays.asList(args[++i].split(","));
                case "--sources" -> exported = MeterNames.scan(Path.of(args[++i]));
                default -> {
                    int eq = args[i].indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("expected PROFILE=FILE, got " + args[i]);
                    }
                    renders.add(new Render(Profile.parse(args[i].substring(0, eq)), Path.of(args[i].substring(eq + 1))));
                }
            }
        }
        if (renders.isEmpty() && dashboard == null) {
            throw new IllegalArgumentException("usage: [--docs FILE] [--dashboard FILE --metrics a,b --sources DIR] PROFILE=FILE...");
        }
        int problems = 0;
        SchemaValidator schema = new SchemaValidator();
        for (Render render : renders) {
            problems += validate(render.profile(), render.file(), schema, docs);
        }
        if (dashboard != null) {
            List<String> errors = new DashboardCheck().check(Files.readString(dashboard), metrics, exported);
            for (String e : errors) {
                System.out.println("[dashboard] " + dashboard + ": " + e);
            }
            System.out.println("[dashboard] " + (errors.isEmpty() ? "ok" : errors.size() + " finding(s)"));
            problems += errors.size();
        }
        return problems == 0 ? 0 : 1;
    }

    private record Render(Profile profile, Path file) {
    }

    private static int validate(Profile profile, Path file, SchemaValidator schema, String docs) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String tag = "[" + profile.name().toLowerCase(Locale.ROOT) + ":" + name + "] ";
        List<Manifest> manifests = new ManifestReader().read(file);
        List<Manifest> typed = new ArrayList<>();
        int schemaErrors = 0;
        for (Manifest m : manifests) {
            SchemaValidator.Result result = schema.validate(m);
            if (result.valid()) {
                typed.add(m.withTyped(result.typed()));
            } else {
                for (String error : result.errors()) {
                    System.out.println(tag + "schema: " + m.id() + " (" + file + " document " + m.index() + "): " + error);
                    schemaErrors++;
                }
            }
        }
        if (manifests.isEmpty()) {
            System.out.println(tag + file + ": no objects rendered");
            return 1;
        }
        if (schemaErrors > 0) {
            System.out.println(tag + schemaErrors + " schema error(s) in " + manifests.size() + " objects; policy checks skipped");
            return schemaErrors;
        }
        Findings findings = new PolicyChecks(profile, docs).check(typed);
        findings.messages().forEach(msg -> System.out.println(tag + "policy: " + msg));
        Map<String, Integer> kinds = new TreeMap<>();
        typed.forEach(m -> kinds.merge(m.kind(), 1, Integer::sum));
        System.out.println(tag + manifests.size() + " objects " + kinds + ": schema ok, "
                + (findings.isEmpty() ? "policy ok" : findings.messages().size() + " policy finding(s)"));
        return findings.messages().size();
    }
}
