#!/usr/bin/env bash
# Regenerates api/kubernetes-1.X.json from bare git clones of kubernetes/api and
# kubernetes/apimachinery (the staging mirrors of k8s.io/api and k8s.io/apimachinery).
#
#   tools/apidesc/generate.sh [API_GIT_DIR [APIMACHINERY_GIT_DIR]] [-- VERSION...]
#
# The clones default to $API_REPO / $APIMACHINERY_REPO, else to the mirrors under /work/.mirror.
# Each version's sources are exported with `git archive` into a temporary directory (never into
# this repository), read by the extractor (tools/apidesc, Go standard library only) and deleted.
# Needs git, tar and Go >= 1.19 (Debian: apt-get install golang-go).
#
# FULL_DOCS lists the versions written with docs; the others get empty docs to keep the files
# small (see api/README.md). FULL_DOCS=all keeps docs everywhere.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
api_repo="${API_REPO:-/work/.mirror/kubernetes+api/repo}"
machinery_repo="${APIMACHINERY_REPO:-/work/.mirror/kubernetes+apimachinery/repo}"
if [[ $# -gt 0 && "$1" != "--" ]]; then api_repo="$1"; shift; fi
if [[ $# -gt 0 && "$1" != "--" ]]; then machinery_repo="$1"; shift; fi
[[ "${1:-}" == "--" ]] && shift

# version  k8s.io/api ref  k8s.io/apimachinery ref   (a ref is a tag, or LABEL=COMMIT: the commit,
# recorded in "sources" under that label)
# 1.37: no v0.37.0 tag yet. k8s.io/api at master 10b39a39 (2026-07-24, the 1.37 code freeze);
# apimachinery at master eed236ce (2026-07-23), newer than v0.37.0-beta.0 (2026-07-21, which is
# not on master). Re-extract from v0.37.0 when the tags exist.
VERSIONS="
1.27 v0.27.0 v0.27.0
1.28 v0.28.0 v0.28.0
1.29 v0.29.0 v0.29.0
1.30 v0.30.0 v0.30.0
1.31 v0.31.0 v0.31.0
1.32 v0.32.0 v0.32.0
1.33 v0.33.0 v0.33.0
1.34 v0.34.0 v0.34.0
1.35 v0.35.0 v0.35.0
1.36 v0.36.0 v0.36.0
1.37 master=10b39a39bcee995dfe7cd5e8e7b922be5e46f1e2 master=eed236ceee2c19c2753a3d93ac0631dc20750454
"
FULL_DOCS="${FULL_DOCS:-all}"

wanted=("$@")
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && go build -o "$tmp/apidesc" .)
mkdir -p "$root/api"

# describe REPO REF: "<tag or label> <commit>" for the sources entry
describe() {
  local repo="$1" ref="$2"
  echo "${ref%%=*} $(git -C "$repo" rev-parse "${ref#*=}^{commit}")"
}

# export_dirs REPO REF DEST DIR...: the files of those directories (not their subdirectories)
# that exist at REF, written under DEST
export_dirs() {
  local repo="$1" ref="$2" dest="$3" files
  shift 3
  files="$(git -C "$repo" ls-tree "$ref" -- "${@/%//}" | awk '$2 == "blob" { print $4 }')"
  # shellcheck disable=SC2086
  git -C "$repo" archive "$ref" -- $files | tar -x -C "$dest"
}

while read -r version api_ref machinery_ref; do
  [[ -z "$version" ]] && continue
  if [[ ${#wanted[@]} -gt 0 && ! " ${wanted[*]} " == *" $version "* ]]; then continue; fi
  src="$tmp/$version"
  mkdir -p "$src/api" "$src/apimachinery"
  export_dirs "$api_repo" "${api_ref#*=}" "$src/api" core/v1 apps/v1 batch/v1 scheduling/v1alpha3
  export_dirs "$machinery_repo" "${machinery_ref#*=}" "$src/apimachinery" pkg/apis/meta/v1 \
    pkg/api/resource pkg/util/intstr pkg/types pkg/runtime
  docs=()
  if [[ "$FULL_DOCS" != "all" && ! " $FULL_DOCS " == *" $version "* ]]; then docs=(-no-docs); fi
  out="$root/api/kubernetes-$version.json"
  "$tmp/apidesc" extract -kubernetes "$version" -api "$src/api" -apimachinery "$src/apimachinery" \
    -source-api "$(describe "$api_repo" "$api_ref")" \
    -source-apimachinery "$(describe "$machinery_repo" "$machinery_ref")" \
    "${docs[@]}" -o "$out"
  echo "wrote ${out#"$root"/}" >&2

  # Cross-checks against independent upstream data of the same commit (read, not copied):
  # the round-trip fixtures (one object per kind, every field set) must read with no unknown key
  # outside status, and every struct's JSON keys must match the generated swagger docs.
  fx="$src/api/testdata/HEAD"
  git -C "$api_repo" archive "${api_ref#*=}" -- testdata/HEAD/core.v1.Pod.json \
    testdata/HEAD/core.v1.PodTemplate.json testdata/HEAD/batch.v1.Job.json \
    testdata/HEAD/batch.v1.CronJob.json testdata/HEAD/apps.v1.Deployment.json \
    testdata/HEAD/apps.v1.StatefulSet.json testdata/HEAD/apps.v1.DaemonSet.json | tar -x -C "$src/api"
  "$tmp/apidesc" fixtures "$out" core/v1.Pod="$fx/core.v1.Pod.json" \
    core/v1.PodTemplateSpec="$fx/core.v1.PodTemplate.json#template" batch/v1.Job="$fx/batch.v1.Job.json" \
    batch/v1.CronJob="$fx/batch.v1.CronJob.json" apps/v1.Deployment="$fx/apps.v1.Deployment.json" \
    apps/v1.StatefulSet="$fx/apps.v1.StatefulSet.json" apps/v1.DaemonSet="$fx/apps.v1.DaemonSet.json" \
    > "$tmp/fixtures-$version.txt" || { cat "$tmp/fixtures-$version.txt" >&2; exit 1; }
  grep -v '^  ' "$tmp/fixtures-$version.txt" >&2
  grep '^  ' "$tmp/fixtures-$version.txt" >&2 || true
  if [[ "${docs[*]:-}" != "-no-docs" ]]; then
    "$tmp/apidesc" swagger "$out" core/v1="$src/api/core/v1" apps/v1="$src/api/apps/v1" \
      batch/v1="$src/api/batch/v1" scheduling/v1alpha3="$src/api/scheduling/v1alpha3" \
      meta/v1="$src/apimachinery/pkg/apis/meta/v1" > "$tmp/swagger-$version.txt" \
      || { cat "$tmp/swagger-$version.txt" >&2; exit 1; }
    tail -n 1 "$tmp/swagger-$version.txt" >&2
  fi
  rm -rf "$src"
done <<< "$VERSIONS"

"$tmp/apidesc" check "$root"/api/kubernetes-*.json
