#!/usr/bin/env bash
# DEV ONLY. Writes random throwaway secrets for the dev overlay into ./secrets/ (git-ignored), where the
# overlay's secretGenerator reads them. Existing files are kept, so the dev cluster's data stays readable;
# --force makes new ones (then re-apply: the generated Secret names change and the pods roll).
# Needs bash, openssl and coreutils. Never use these values, or this script, for anything but a dev cluster.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="$here/secrets"
force=false
quiet=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    --quiet) quiet=true ;;
    *) echo "usage: $0 [--force] [--quiet]" >&2; exit 2 ;;
  esac
done
command -v openssl >/dev/null || { echo "generate-dev-secrets: openssl is needed" >&2; exit 1; }

# Letters and digits only: the values go into URLs and env files unquoted.
random() { openssl rand -base64 96 | tr -dc 'A-Za-z0-9' | head -c "$1"; }

mkdir -p "$dir"
chmod 700 "$dir"
# Redis: an operator password (the default user) and one user per service (redis.yaml, RedisAccess).
redis_users() {
  local scoring case
  scoring="$(random 32)"
  case="$(random 32)"
  printf 'password=%s\nscoring-password=%s\ncase-password=%s\n' "$(random 32)" "$scoring" "$case"
  printf 'scoring-hosts=redis://scoring-service:%s@redis:6379\ncase-hosts=redis://case-service:%s@redis:6379\n' \
    "$scoring" "$case"
}
# PostgreSQL: the schema's owner (Flyway migrates as it) and the role the case service works as (row rights only).
postgres_roles() {
  printf 'jdbc-url=jdbc:postgresql://postgres:5432/cases\n'
  printf 'owner-username=fraud_case_owner\nowner-password=%s\n' "$(random 32)"
  printf 'username=fraud_case_runtime\npassword=%s\n' "$(random 32)"
}
if $force || [ ! -f "$dir/redis.env" ]; then
  umask 077
  redis_users > "$dir/redis.env"
  printf 'api-keys=bank-a:dev-%s,bank-b:dev-%s\n' "$(random 24)" "$(random 24)" > "$dir/api-keys.env"
  printf 'admin-key=dev-%s\n' "$(random 32)" > "$dir/admin-key.env"
  printf 'key=dev-%s\n' "$(random 48)" > "$dir/pseudonymisation-key.env"
  printf 'key=%s\n' "$(openssl rand -base64 32)" > "$dir/contact-encryption-key.env"
  printf 'key=dev-%s\n' "$(random 48)" > "$dir/link-signing-key.env"
  postgres_roles > "$dir/postgres.env"
  printf 'username=fraud-dev\npassword=%s\n' "$(random 24)" > "$dir/smtp.env"
  # Signs analysts' tokens (mint-dev-token.sh): the dev cluster has no identity provider.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null
  $quiet || echo "generate-dev-secrets: wrote new dev-only secrets to $dir"
else
  $quiet || echo "generate-dev-secrets: keeping the dev-only secrets in $dir (--force to replace them)"
fi
if ! grep -q '^scoring-hosts=' "$dir/redis.env"; then
  # Written before the services had Redis users of their own: replaced (the dev Redis keeps no data).
  (umask 077; redis_users > "$dir/redis.env")
fi
if ! grep -q '^owner-username=' "$dir/postgres.env"; then
  # Written before the service had a runtime role: replaced (the dev PostgreSQL keeps its data in an emptyDir).
  (umask 077; postgres_roles > "$dir/postgres.env")
fi
# Added after the first secrets: a machine with older ones gets it too.
if $force || [ ! -f "$dir/vault-key.env" ]; then
  (umask 077 && printf 'key=%s\n' "$(openssl rand -base64 32)" > "$dir/vault-key.env")
fi
# The key's public half as the case service takes it (base64 of the X.509 encoding, no PEM lines), derived on every
# run so that it matches the key, in a secrets/ directory of any age.
(
  umask 077
  printf 'public-key=%s\n' "$(openssl pkey -in "$dir/jwt-private.pem" -pubout -outform DER | openssl base64 -A)" \
    > "$dir/oidc-public-key.env"
)

$quiet && exit 0
issuer="$(sed -n 's/^ *- QUARKUS_OIDC_TOKEN_ISSUER=//p' "$here/kustomization.yaml")"
cat <<INFO
Tenant API keys (Authorization: Bearer ...):  $(sed -n 's/^api-keys=//p' "$dir/api-keys.env")
Admin key (/admin/model/*, via port-forward):  $(sed -n 's/^admin-key=//p' "$dir/admin-key.env")
Analyst token for the case API (accepted for 15 minutes after minting):
  DEV_JWT_PRIVATE_KEY=$dir/jwt-private.pem DEV_JWT_ISSUER=$issuer \\
    services/case-service/mint-dev-token.sh bank-a analyst
INFO
