package io.github.idfraud.k8s;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An object that runs pods, with its pod template; replicas is null where the object does not set it. */
public record Workload(Manifest manifest, Map<String, String> labels, V1PodTemplateSpec template, Integer replicas) {

    /** Workloads labelled so run one of our Quarkus services and get the Quarkus rules on top of the general ones. */
    public static final String RUNTIME_LABEL = "idfraud.io/runtime";
    public static final String QUARKUS = "quarkus";

    public static List<Workload> of(List<Manifest> manifests) {
        List<Workload> workloads = new ArrayList<>();
        for (Manifest m : manifests) {
            if (m.typed() instanceof V1Deployment d && d.getSpec() != null) {
                workloads.add(new Workload(m, labels(d.getMetadata()), d.getSpec().getTemplate(), d.getSpec().getReplicas()));
            } else if (m.typed() instanceof V1StatefulSet s && s.getSpec() != null) {
                workloads.add(new Workload(m, labels(s.getMetadata()), s.getSpec().getTemplate(), s.getSpec().getReplicas()));
            } else if (m.typed() instanceof V1DaemonSet s && s.getSpec() != null) {
                workloads.add(new Workload(m, labels(s.getMetadata()), s.getSpec().getTemplate(), null));
            } else if (m.typed() instanceof V1Job j && j.getSpec() != null) {
                workloads.add(new Workload(m, labels(j.getMetadata()), j.getSpec().getTemplate(), null));
            } else if (m.typed() instanceof V1CronJob c && c.getSpec() != null && c.getSpec().getJobTemplate().getSpec() != null) {
                workloads.add(new Workload(m, labels(c.getMetadata()), c.getSpec().getJobTemplate().getSpec().getTemplate(), null));
            }
        }
        return workloads;
    }

    public boolean isQuarkus() {
        return QUARKUS.equals(labels.get(RUNTIME_LABEL));
    }

    public V1PodSpec pod() {
        return template.getSpec();
    }

    /** The pod's containers, init containers included. */
    public List<V1Container> allContainers() {
        List<V1Container> all = new ArrayList<>(pod().getContainers());
        if (pod().getInitContainers() != null) {
            all.addAll(pod().getInitContainers());
        }
        return all;
    }

    public Map<String, String> podLabels() {
        return labels(template.getMetadata());
    }

    public Map<String, String> podAnnotations() {
        V1ObjectMeta meta = template.getMetadata();
        return meta == null || meta.getAnnotations() == null ? Map.of() : meta.getAnnotations();
    }

    public String namespace() {
        return manifest.namespace();
    }

    private static Map<String, String> labels(V1ObjectMeta meta) {
        return meta == null || meta.getLabels() == null ? Map.of() : meta.getLabels();
    }
}
