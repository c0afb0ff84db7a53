package io.github.idfraud.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1IngressServiceBackend;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Ingress paths lead to existing Services and ports; Services select pods that have the target ports. */
final class RoutingRules {

    void check(List<Manifest> manifests, List<Workload> workloads, Findings f) {
        for (Manifest m : manifests) {
            if (m.typed() instanceof V1Ingress ingress) {
                ingress(m, ingress, manifests, f);
            } else if (m.typed() instanceof V1Service service) {
                service(m, service, workloads, f);
            }
        }
    }

    private static void ingress(Manifest m, V1Ingress ingress, List<Manifest> manifests, Findings f) {
        if (ingress.getSpec() == null) return;
        for (V1IngressRule rule : ingress.getSpec().getRules() == null ? List.<V1IngressRule>of() : ingress.getSpec().getRules()) {
            if (rule.getHttp() == null) continue;
            for (V1HTTPIngressPath path : rule.getHttp().getPaths()) {
                V1IngressServiceBackend backend = path.getBackend().getService();
                if (backend == null) continue;
                V1Service target = null;
                for (Manifest other : manifests) {
                    if (other.typed() instanceof V1Service s && other.name().equals(backend.getName())) target = s;
                }
                if (target == null) {
                    f.add(m, "path " + path.getPath() + " goes to Service " + backend.getName() + ", which is not defined");
                } else if (backend.getPort() != null && target.getSpec().getPorts().stream().noneMatch(p ->
                        (backend.getPort().getName() != null && backend.getPort().getName().equals(p.getName()))
                                || (backend.getPort().getNumber() != null && backend.getPort().getNumber().equals(p.getPort())))) {
                    f.add(m, "path " + path.getPath() + " names a port that Service " + backend.getName() + " does not have");
                }
            }
        }
    }

    private static void service(Manifest m, V1Service service, List<Workload> workloads, Findings f) {
        Map<String, String> selector = service.getSpec() == null ? null : service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) return;
        List<Workload> selected = workloads.stream().filter(w -> Selectors.matches(selector, w.podLabels())).toList();
        if (selected.isEmpty()) {
            f.add(m, "selector " + selector + " matches no pod template");
            return;
        }
        for (V1ServicePort port : service.getSpec().getPorts()) {
            IntOrString target = port.getTargetPort();
            if (target == null) continue;
            boolean found = selected.stream().flatMap(w -> w.pod().getContainers().stream())
                    .flatMap(c -> c.getPorts() == null ? Stream.<V1ContainerPort>empty() : c.getPorts().stream())
                    .anyMatch(p -> target.isInteger() ? target.getIntValue().equals(p.getContainerPort())
                            : target.getStrValue().equals(p.getName()));
            if (!found) {
                f.add(m, "targetPort " + (target.isInteger() ? target.getIntValue() : target.getStrValue())
                        + " is not a port of the selected pods");
            }
        }
    }
}
