package io.github.idfraud.k8s;

import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Autoscalers and disruption budgets point at real workloads; an autoscaled Deployment leaves replicas to the
 * autoscaler (a fixed count would be re-applied on every deploy); in prod every Quarkus service runs at least two
 * pods, has a disruption budget and spreads its pods with anti-affinity.
 */
final class AvailabilityRules {

    private final Profile profile;

    AvailabilityRules(Profile profile) {
        this.profile = profile;
    }

    void check(List<Manifest> manifests, List<Workload> workloads, Findings f) {
        Map<String, Integer> autoscaledMin = new HashMap<>();
        boolean anyAutoscaler = false;
        for (Manifest m : manifests) {
            if (m.typed() instanceof V2HorizontalPodAutoscaler hpa && hpa.getSpec() != null) {
                anyAutoscaler = true;
                var ref = hpa.getSpec().getScaleTargetRef();
                Workload target = workloads.stream().filter(w -> w.manifest().kind().equals(ref.getKind())
                        && w.manifest().name().equals(ref.getName())).findFirst().orElse(null);
                int min = hpa.getSpec().getMinReplicas() == null ? 1 : hpa.getSpec().getMinReplicas();
                if (target == null) {
                    f.add(m, "scaleTargetRef " + ref.getKind() + "/" + ref.getName() + " is not in the render");
                } else {
                    autoscaledMin.put(target.manifest().id(), min);
                    if (target.replicas() != null) {
                        f.add(target.manifest(), "is autoscaled by " + m.id()
                                + ": remove spec.replicas, or every deploy resets the autoscaler's count");
                    }
                }
                if (profile == Profile.PROD && min < 2) {
                    f.add(m, "minReplicas must be at least 2 in prod");
                }
            } else if (m.typed() instanceof V1PodDisruptionBudget pdb && pdb.getSpec() != null
                    && workloads.stream().noneMatch(w -> Selectors.matches(pdb.getSpec().getSelector(), w.podLabels()))) {
                f.add(m, "selector matches no pod template in the render");
            }
        }
        if (profile != Profile.PROD) {
            return;
        }
        if (!anyAutoscaler) {
            f.add("prod has no HorizontalPodAutoscaler");
        }
        for (Workload w : workloads) {
            if (!w.isQuarkus()) continue;
            Integer min = autoscaledMin.get(w.manifest().id());
            int replicas = min != null ? min : w.replicas() == null ? 1 : w.replicas();
            if (replicas < 2) {
                f.add(w.manifest(), "runs " + replicas + " replica(s): prod needs at least 2");
            }
            boolean budget = manifests.stream().anyMatch(m -> m.typed() instanceof V1PodDisruptionBudget pdb
                    && pdb.getSpec() != null && Selectors.matches(pdb.getSpec().getSelector(), w.podLabels()));
            if (!budget) {
                f.add(w.manifest(), "has no PodDisruptionBudget");
            }
            if (w.pod().getAffinity() == null || w.pod().getAffinity().getPodAntiAffinity() == null) {
                f.add(w.manifest(), "has no pod anti-affinity: its replicas may share a node");
            }
        }
    }
}
