#!/usr/bin/env bash
# Prints a bearer token for the case service's DEV profile: signed with the throwaway dev key in
# src/main/resources/dev/ (public, worthless elsewhere; the prod profile has no key and accepts no token).
# Usage: ./mint-dev-token.sh TENANT GROUP [VALIDITY_SECONDS]   e.g. ./mint-dev-token.sh bank-a analyst
# Needs only bash, openssl and coreutils.
set -euo pipefail

if [[ $# -lt 2 || ! "$2" =~ ^(analyst|supervisor)$ || ! "$1" =~ ^[A-Za-z0-9._:-]+$ ]]; then
  echo "usage: $0 TENANT analyst|supervisor [VALIDITY_SECONDS]" >&2
  exit 2
fi
tenant="$1"
group="fraud-$2" # the product's namespaced role names (AnalystRoles)
validity="${3:-3600}"
here="$(cd "$(dirname "$0")" && pwd)"
key="${DEV_JWT_PRIVATE_KEY:-$here/src/main/resources/dev/dev-only-jwt-private.pem}"
issuer="${DEV_JWT_ISSUER:-https://idfraud.invalid/dev-issuer}"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now="$(date +%s)"
header='{"alg":"RS256","typ":"JWT"}'
payload="$(printf '{"iss":"%s","sub":"dev-%s@%s","upn":"dev-%s@%s","tenant":"%s","groups":["%s"],"aud":"idfraud-case-service","iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$2" "$tenant" "$2" "$tenant" "$tenant" "$group" "$now" "$((now + validity))" "$(openssl rand -hex 8)")"
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
