package io.github.idfraud.k8s;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads multi-document YAML into JSON objects, as the API server would see them after kubectl converted them:
 * duplicate keys are an error (the API server's strict decoding rejects them too) and unquoted dates stay strings.
 */
public final class ManifestReader {

    private final Gson gson = new Gson();

    public List<Manifest> read(Path file) throws IOException {
        return read(file.toString(), Files.readString(file));
    }

    public List<Manifest> read(String source, String yamlText) {
        List<Manifest> manifests = new ArrayList<>();
        int index = 0;
        for (Object document : yaml().loadAll(yamlText)) {
            index++;
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException(source + " document " + index + " is not a mapping");
            }
            JsonElement json = gson.toJsonTree(document);
            JsonObject object = json.getAsJsonObject();
            manifests.add(new Manifest(source, index, string(object, "apiVersion"), string(object, "kind"),
                    metadata(object, "namespace"), metadata(object, "name"), object, null));
        }
        return manifests;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new NoTimestampResolver());
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static String metadata(JsonObject object, String key) {
        JsonElement metadata = object.get("metadata");
        return metadata != null && metadata.isJsonObject() ? string(metadata.getAsJsonObject(), key) : null;
    }

    /** Kubernetes has no timestamp type in YAML: an unquoted date must stay the string it is. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
