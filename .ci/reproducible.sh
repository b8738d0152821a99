#!/usr/bin/env bash
# Reproducible builds: checks that no plugin of the build plan is known to give unstable output
# (maven-artifact-plugin's check-buildplan), then builds the published modules twice from clean,
# with the release profile (sources and javadoc jars included), and compares the SHA-256 of
# every jar they produce. Exits 1 and lists the jars that differ. The samples jar is compared too,
# though never published: it holds the annotation processor's generated manifests.
set -euo pipefail
cd "$(dirname "$0")/.."

published=bom,annotations,dsl,codegen,cli,fabric8
compared=$published,samples
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

mvn -B -ntp -q artifact:check-buildplan -pl "$published" -am

build() {
  mvn -B -ntp -q -Prelease -Dmaven.test.skip=true clean package -pl "$compared" -am
  for module in ${compared//,/ }; do
    find "$module/target" -maxdepth 1 -name '*.jar' -exec sha256sum {} + 2>/dev/null || true
  done | sort -k2 > "$out/$1"
}

build first
build second
jars=$(grep -c '\.jar$' "$out/first" || true)
if ! diff "$out/first" "$out/second"; then
  echo "reproducible: FAILED: the jars above differ between two builds of the same commit" >&2
  exit 1
fi
if [ "$jars" -lt 17 ]; then
  echo "reproducible: FAILED: expected the jars of $compared, found $jars" >&2
  exit 1
fi
echo "reproducible: $jars jars, byte-identical in two clean builds:"
grep '\.jar$' "$out/first"
