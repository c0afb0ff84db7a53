package io.github.idfraud.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The management port of our Quarkus services (health, metrics) stays private. No Service names it, so no
 * Ingress can route to it: the kubelet's probes and Prometheus reach the pods directly. A NetworkPolicy rule admits
 * it (or Prometheus scrapes nothing), and that rule admits no other port, so the peers allowed on the service port
 * (the ingress controller) never reach the management port by the same rule.
 */
final class ManagementPortRules {

    void check(List<Manifest> manifests, List<Workload> workloads, Findings f) {
        List<Workload> quarkus = workloads.stream()
                .filter(w -> w.isQuarkus() && QuarkusRules.managementPort(w.pod().getContainers().get(0)) != null)
                .toList();
        Set<Workload> admitted = new HashSet<>();
        for (Manifest m : manifests) {
            if (m.typed() instanceof V1Service service) {
                service(m, service, quarkus, f);
            } else if (m.typed() instanceof V1NetworkPolicy policy) {
                admitted.addAll(policy(m, policy, quarkus, f));
            }
        }
        for (Workload w : quarkus) {
            if (!admitted.contains(w)) {
                f.add(w.manifest(), "no NetworkPolicy admits the port " + QuarkusRules.MANAGEMENT_PORT
                        + ": with default deny, Prometheus scrapes nothing");
            }
        }
    }

    private static void service(Manifest m, V1Service service, List<Workload> quarkus, Findings f) {
        Map<String, String> selector = service.getSpec() == null ? null : service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) return;
        for (Workload w : quarkus) {
            if (!Selectors.matches(selector, w.podLabels())) continue;
            for (V1ServicePort port : service.getSpec().getPorts()) {
                // Kubernetes sends to the Service's own port number when targetPort is not given
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                if (QuarkusRules.isPort(target, management(w))) {
                    f.add(m, "port " + (port.getName() == null ? port.getPort() : port.getName()) + " exposes the port "
                            + QuarkusRules.MANAGEMENT_PORT + " of " + w.manifest().id() + ": health and metrics"
                            + " stay off Services (so no Ingress can route to them); probes and Prometheus reach the pod");
                }
            }
        }
    }

    /** The workloads whose management port this policy admits; findings for rules that admit it with other ports. */
    private static Set<Workload> policy(Manifest m, V1NetworkPolicy policy, List<Workload> quarkus, Findings f) {
        Set<Workload> admitted = new HashSet<>();
        if (policy.getSpec() == null || policy.getSpec().getIngress() == null) return admitted;
        for (Workload w : quarkus) {
            if (!Selectors.matches(policy.getSpec().getPodSelector(), w.podLabels())) continue;
            V1ContainerPort management = management(w);
            for (V1NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                List<V1NetworkPolicyPort> ports = rule.getPorts() == null ? List.of() : rule.getPorts();
                boolean admitsManagement = ports.isEmpty()
                        || ports.stream().anyMatch(p -> QuarkusRules.isPort(p.getPort(), management));
                if (!admitsManagement) continue;
                admitted.add(w);
                if (ports.isEmpty() || ports.stream().anyMatch(p -> !QuarkusRules.isPort(p.getPort(), management))) {
                    f.add(m, "an ingress rule admits the port " + QuarkusRules.MANAGEMENT_PORT + " of " + w.manifest().id()
                            + " together with other ports: give the management port a rule of its own, for Prometheus");
                }
            }
        }
        return admitted;
    }

    private static V1ContainerPort management(Workload w) {
        return QuarkusRules.managementPort(w.pod().getContainers().get(0));
    }
}
