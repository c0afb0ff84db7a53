#!/usr/bin/env bash
# ADR 0006's memory figures for a simulated log. From the repository root, after a build:
#   flock /tmp/mvn.lock docs/adr/0006-memory/measure.sh ml-models/trainer/target/trainer.jar events.jsonl mem-probe:
# replays LOG through the feature engine under PREFIX on the local Redis, sums MEMORY USAGE (SAMPLES 0) and STRLEN of
# every key under PREFIX by identifier kind (the letter after the brace), per customer, then deletes the keys.
# The bench's own probe alone: java -cp tools/loadgen/target/loadgen.jar docs/adr/0006-memory/BenchMemory.java 20000 bm:
set -euo pipefail
jar=$1; log=$2; prefix=$3
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$(java -XX:+UseParallelGC -cp "$jar" "$here/MemoryPerIdentity.java" "$log" "$prefix")
echo "$out"
customers=$(echo "$out" | sed 's/.*customers=\([0-9]*\).*/\1/')
redis-cli --scan --pattern "${prefix}*" > $work/keys
awk '{print "MEMORY USAGE " $0 " SAMPLES 0"}' $work/keys | redis-cli > $work/sizes
awk '{print "STRLEN " $0}' $work/keys | redis-cli > $work/lens
paste $work/keys $work/sizes $work/lens | awk -v c="$customers" -v p="$prefix" '
  { kind=substr($1, length(p)+2, 1); n[kind]++; b[kind]+=$2; v[kind]+=$3; tb+=$2; tn++ }
  END { printf "keys=%d bytes=%d keys/customer=%.2f bytes/customer=%.1f\n", tn, tb, tn/c, tb/c;
        for (k in n) printf "  kind %s: keys %d, MEMORY USAGE %.1f B/key, value %.1f B/key, %.1f B per customer\n", k, n[k], b[k]/n[k], v[k]/n[k], b[k]/c }'
redis-cli --scan --pattern "${prefix}*" | xargs -r -n 1000 redis-cli unlink > /dev/null
