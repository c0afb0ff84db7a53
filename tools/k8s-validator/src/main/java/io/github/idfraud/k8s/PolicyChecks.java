package io.github.idfraud.k8s;

import io.kubernetes.client.openapi.models.V1Container;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Runs every policy rule over one schema-valid render. */
public final class PolicyChecks {

    /** Kinds without a namespace; everything else in an overlay must carry one. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "PriorityClass", "StorageClass", "PersistentVolume", "IngressClass", "RuntimeClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "CustomResourceDefinition");
    /** Our own images: they must run under the Quarkus rules. */
    private static final String OWN_IMAGE_PREFIX = "idfraud/";
    /** How prod names every image: by the digest of its content, which no push can move (a tag can be). */
    private static final Pattern DIGEST_PINNED = Pattern.compile(".+@sha256:[0-9a-f]{64}");

    private final Profile profile;
    private final String docs;

    /** @param docs the operations guide, where prod's Secret names must be documented (null: not checked) */
    public PolicyChecks(Profile profile, String docs) {
        this.profile = profile;
        this.docs = docs;
    }

    public Findings check(List<Manifest> manifests) {
        Findings f = new Findings();
        Set<String> seen = new HashSet<>();
        for (Manifest m : manifests) {
            if (!seen.add(m.id())) {
                f.add(m, "defined twice");
            }
            if (profile != Profile.BASE && m.namespace() == null && !CLUSTER_SCOPED.contains(m.kind())) {
                f.add(m, "has no namespace: the overlay must set one");
            }
        }
        List<Workload> workloads = Workload.of(manifests);
        Map<String, Map<String, String>> configMaps = ReferenceRules.configMapData(manifests);
        PodRules pods = new PodRules();
        for (Workload w : workloads) {
            pods.check(w, configMaps, f);
            for (V1Container c : w.pod().getContainers()) {
                if (c.getImage() != null && ownImage(c.getImage()) && !w.isQuarkus()) {
                    f.add(w.manifest(), "runs our image " + c.getImage() + " without the label "
                            + Workload.RUNTIME_LABEL + ": " + Workload.QUARKUS + " (so the Quarkus rules would be skipped)");
                }
            }
            if (profile == Profile.PROD) {
                digestPinned(w, f);
            }
        }
        new ReferenceRules(profile, docs).check(manifests, workloads, f);
        new RoutingRules().check(manifests, workloads, f);
        new NetworkRules(profile).check(manifests, workloads, f);
        new ManagementPortRules().check(manifests, workloads, f);
        new AvailabilityRules(profile).check(manifests, workloads, f);
        return f;
    }

    private static void digestPinned(Workload w, Findings f) {
        for (V1Container c : w.allContainers()) {
            if (c.getImage() != null && !DIGEST_PINNED.matcher(c.getImage()).matches()) {
                f.add(w.manifest(), "container " + c.getName() + ": image " + c.getImage() + " is not pinned by digest"
                        + " (@sha256: and 64 hex digits): prod runs the exact image a release tested, which a tag does not"
                        + " promise; the release pipeline sets the digests (docs/operations.md, \"Images\")");
            }
        }
    }

    private static boolean ownImage(String image) {
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        return repository.contains("/" + OWN_IMAGE_PREFIX) || repository.startsWith(OWN_IMAGE_PREFIX);
    }
}
