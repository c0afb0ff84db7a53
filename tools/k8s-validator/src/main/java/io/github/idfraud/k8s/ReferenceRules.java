package io.github.idfraud.k8s;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressTLS;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ConfigMaps, Secrets and service accounts that pods name must exist: ConfigMaps and their keys in the render,
 * Secrets and their keys in the dev render (in prod, in the operations guide instead). Secret objects themselves:
 * none with data in base, only dev-only ones in dev, none in prod. ConfigMaps hold nothing secret-looking.
 */
final class ReferenceRules {

    static final String DEV_ONLY_ANNOTATION = "idfraud.io/dev-only";

    private final Profile profile;
    private final String docs;
    private final Set<String> undocumented = new TreeSet<>();

    ReferenceRules(Profile profile, String docs) {
        this.profile = profile;
        this.docs = docs;
    }

    static Map<String, Map<String, String>> configMapData(List<Manifest> manifests) {
        Map<String, Map<String, String>> data = new HashMap<>();
        for (Manifest m : manifests) {
            if (m.typed() instanceof V1ConfigMap cm) {
                data.put(m.name(), cm.getData() == null ? Map.of() : cm.getData());
            }
        }
        return data;
    }

    void check(List<Manifest> manifests, List<Workload> workloads, Findings f) {
        Map<String, Map<String, String>> configMaps = configMapData(manifests);
        Map<String, Set<String>> secrets = new HashMap<>();
        Set<String> serviceAccounts = new TreeSet<>();
        for (Manifest m : manifests) {
            if (m.typed() instanceof V1Secret s) {
                secretObject(m, s, f);
                Set<String> keys = new TreeSet<>();
                if (s.getData() != null) keys.addAll(s.getData().keySet());
                if (s.getStringData() != null) keys.addAll(s.getStringData().keySet());
                secrets.put(m.name(), keys);
            } else if (m.typed() instanceof V1ConfigMap cm) {
                configMapContent(m, cm, f);
            } else if (m.typed() instanceof V1ServiceAccount) {
                serviceAccounts.add(m.name());
            }
        }
        List<String[]> secretRefs = new ArrayList<>(); // {name, key or null, where}
        for (Workload w : workloads) {
            Manifest m = w.manifest();
            String account = w.pod().getServiceAccountName();
            if (account != null && !account.equals("default") && !serviceAccounts.contains(account)) {
                f.add(m, "serviceAccountName " + account + " is not defined in the render");
            }
            List<V1Container> containers = new ArrayList<>(w.pod().getContainers());
            if (w.pod().getInitContainers() != null) containers.addAll(w.pod().getInitContainers());
            for (V1Container c : containers) {
                for (V1EnvVar e : c.getEnv() == null ? List.<V1EnvVar>of() : c.getEnv()) {
                    if (e.getValueFrom() == null) continue;
                    var cmRef = e.getValueFrom().getConfigMapKeyRef();
                    if (cmRef != null && !Boolean.TRUE.equals(cmRef.getOptional())) {
                        configMapKey(m, configMaps, cmRef.getName(), cmRef.getKey(), f);
                    }
                    var sRef = e.getValueFrom().getSecretKeyRef();
                    if (sRef != null && !Boolean.TRUE.equals(sRef.getOptional())) {
                        secretRefs.add(new String[] {sRef.getName(), sRef.getKey(), m.id() + " env " + e.getName()});
                    }
                }
                for (V1EnvFromSource from : c.getEnvFrom() == null ? List.<V1EnvFromSource>of() : c.getEnvFrom()) {
                    if (from.getConfigMapRef() != null && !Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                        configMapKey(m, configMaps, from.getConfigMapRef().getName(), null, f);
                    }
                    if (from.getSecretRef() != null && !Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                        secretRefs.add(new String[] {from.getSecretRef().getName(), null, m.id() + " envFrom"});
                    }
                }
            }
            for (V1Volume v : w.pod().getVolumes() == null ? List.<V1Volume>of() : w.pod().getVolumes()) {
                if (v.getConfigMap() != null && !Boolean.TRUE.equals(v.getConfigMap().getOptional())) {
                    for (String key : keys(v.getConfigMap().getItems())) {
                        configMapKey(m, configMaps, v.getConfigMap().getName(), key, f);
                    }
                }
                if (v.getSecret() != null && !Boolean.TRUE.equals(v.getSecret().getOptional())) {
                    for (String key : keys(v.getSecret().getItems())) {
                        secretRefs.add(new String[] {v.getSecret().getSecretName(), key, m.id() + " volume " + v.getName()});
                    }
                }
                if (v.getProjected() != null && v.getProjected().getSources() != null) {
                    for (V1VolumeProjection p : v.getProjected().getSources()) {
                        if (p.getSecret() != null && !Boolean.TRUE.equals(p.getSecret().getOptional())) {
                            for (String key : keys(p.getSecret().getItems())) {
                                secretRefs.add(new String[] {p.getSecret().getName(), key, m.id() + " volume " + v.getName()});
                            }
                        }
                    }
                }
            }
        }
        for (Manifest m : manifests) {
            if (m.typed() instanceof V1Ingress ingress && ingress.getSpec() != null && ingress.getSpec().getTls() != null) {
                for (V1IngressTLS tls : ingress.getSpec().getTls()) {
                    if (tls.getSecretName() != null) {
                        secretRefs.add(new String[] {tls.getSecretName(), "tls.crt", m.id() + " tls"});
                    }
                }
            }
        }
        for (String[] ref : secretRefs) {
            secretReference(ref[0], ref[1], ref[2], secrets, f);
        }
    }

    private void secretObject(Manifest m, V1Secret s, Findings f) {
        boolean hasData = (s.getData() != null && !s.getData().isEmpty())
                || (s.getStringData() != null && !s.getStringData().isEmpty());
        switch (profile) {
            case BASE -> {
                if (hasData) f.add(m, "base must not carry Secret data: overlays generate (dev) or operators create (prod) it");
            }
            case DEV -> {
                Map<String, String> annotations = s.getMetadata().getAnnotations();
                if (annotations == null || !"true".equals(annotations.get(DEV_ONLY_ANNOTATION))) {
                    f.add(m, "a dev Secret must be annotated " + DEV_ONLY_ANNOTATION + ": \"true\"");
                }
            }
            case PROD -> f.add(m, "prod must not carry Secret objects: operators create them (docs/operations.md)");
        }
    }

    private static void configMapContent(Manifest m, V1ConfigMap cm, Findings f) {
        if (cm.getData() == null) return;
        for (Map.Entry<String, String> e : cm.getData().entrySet()) {
            if (PodRules.secretLike(e.getKey())) {
                f.add(m, "key " + e.getKey() + " looks secret: it belongs in a Secret, not a ConfigMap");
            }
            if (PodRules.looksLikeKeyMaterial(e.getValue())) {
                f.add(m, "key " + e.getKey() + " holds key material: it belongs in a Secret");
            }
        }
    }

    private static void configMapKey(Manifest m, Map<String, Map<String, String>> configMaps, String name, String key,
                                     Findings f) {
        Map<String, String> data = configMaps.get(name);
        if (data == null) {
            f.add(m, "ConfigMap " + name + " is not defined in the render");
        } else if (key != null && !data.containsKey(key)) {
            f.add(m, "ConfigMap " + name + " has no key " + key);
        }
    }

    private void secretReference(String name, String key, String where, Map<String, Set<String>> secrets, Findings f) {
        switch (profile) {
            case BASE -> { }
            case DEV -> {
                Set<String> keys = secrets.get(name);
                if (keys == null) {
                    f.add(where + ": Secret " + name + " is not generated by the dev overlay");
                } else if (key != null && !keys.contains(key)) {
                    f.add(where + ": Secret " + name + " has no key " + key + " (it has " + keys + ")");
                }
            }
            case PROD -> {
                if (docs != null && !docs.contains("`" + name + "`")) {
                    if (undocumented.add(name)) {
                        f.add(where + ": Secret " + name + " is not documented for operators (`" + name + "` in the operations guide)");
                    }
                } else if (docs != null && key != null && !docs.contains("`" + key + "`")) {
                    f.add(where + ": key " + key + " of Secret " + name + " is not documented in the operations guide");
                }
            }
        }
    }

    private static List<String> keys(List<V1KeyToPath> items) {
        if (items == null || items.isEmpty()) {
            List<String> whole = new ArrayList<>();
            whole.add(null);
            return whole;
        }
        return items.stream().map(V1KeyToPath::getKey).toList();
    }
}
