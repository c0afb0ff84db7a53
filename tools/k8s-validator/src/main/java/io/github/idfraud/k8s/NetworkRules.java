package io.github.idfraud.k8s;

import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import io.kubernetes.client.openapi.models.V1NetworkPolicySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * NetworkPolicies: a default deny for both directions, DNS egress, and no selector that matches nothing. A label
 * typo in a policy fails silently in a cluster (traffic is just dropped, or a rule never applies), so it fails here.
 */
final class NetworkRules {

    private final Profile profile;

    NetworkRules(Profile profile) {
        this.profile = profile;
    }

    void check(List<Manifest> manifests, List<Workload> workloads, Findings f) {
        boolean defaultDeny = false;
        boolean dns = false;
        for (Manifest m : manifests) {
            if (!(m.typed() instanceof V1NetworkPolicy policy) || policy.getSpec() == null) continue;
            V1NetworkPolicySpec spec = policy.getSpec();
            List<String> types = spec.getPolicyTypes() == null ? List.of() : spec.getPolicyTypes();
            if (Selectors.isEmpty(spec.getPodSelector()) && types.contains("Ingress") && types.contains("Egress")
                    && empty(spec.getIngress()) && empty(spec.getEgress())) {
                defaultDeny = true;
            }
            if (!Selectors.isEmpty(spec.getPodSelector())
                    && workloads.stream().noneMatch(w -> Selectors.matches(spec.getPodSelector(), w.podLabels()))) {
                f.add(m, "podSelector matches no pod template in the render");
            }
            List<V1NetworkPolicyPeer> peers = new ArrayList<>();
            for (V1NetworkPolicyIngressRule rule : spec.getIngress() == null ? List.<V1NetworkPolicyIngressRule>of() : spec.getIngress()) {
                if (rule.getFrom() != null) peers.addAll(rule.getFrom());
                if (empty(rule.getFrom())) f.add(m, "an ingress rule without 'from' admits every source");
            }
            for (V1NetworkPolicyEgressRule rule : spec.getEgress() == null ? List.<V1NetworkPolicyEgressRule>of() : spec.getEgress()) {
                if (rule.getTo() != null) peers.addAll(rule.getTo());
                if (rule.getPorts() != null && rule.getPorts().stream().anyMatch(NetworkRules::isDns)) dns = true;
                if (empty(rule.getPorts())) f.add(m, "an egress rule without ports allows every port");
            }
            if (profile != Profile.BASE) {
                for (V1NetworkPolicyPeer peer : peers) {
                    if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null
                            && workloads.stream().noneMatch(w -> Selectors.matches(peer.getPodSelector(), w.podLabels()))) {
                        f.add(m, "peer podSelector " + peer.getPodSelector().getMatchLabels()
                                + " matches no pod template in this namespace");
                    }
                }
            }
        }
        if (!defaultDeny) {
            f.add("no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress and Egress, no rules)");
        }
        if (!dns) {
            f.add("no NetworkPolicy allows DNS egress (port 53): with default deny, nothing resolves names");
        }
    }

    private static boolean isDns(V1NetworkPolicyPort port) {
        return port.getPort() != null && port.getPort().isInteger() && port.getPort().getIntValue() == 53;
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
