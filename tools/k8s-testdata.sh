#!/bin/sh
# Extracts upstream's round-trip fixtures (kubernetes/api testdata/) for the workload kinds of
# Kubernetes 1.27..1.37 into a directory outside the sources (default: target/k8s-testdata), one
# subdirectory per version: 1.27/core.v1.Pod.yaml, ... They are upstream's files: never commit
# them. Then run the fixture test on them:
#
#   tools/k8s-testdata.sh [KUBERNETES_API_GIT] [OUT]
#   mvn -B -ntp verify -Dpodwright.k8s.testdata=$PWD/target/k8s-testdata
#
# KUBERNETES_API_GIT is a clone (bare is fine) of https://github.com/kubernetes/api; default
# $API_REPO or /work/.mirror/kubernetes+api/repo. At tag v0.X.0, testdata/HEAD holds the 1.X
# fixtures; 1.37 comes from REF_137 (default: master, as api/kubernetes-1.37.json does) until
# v0.37.0 is tagged.
set -eu
repo=${1:-${API_REPO:-/work/.mirror/kubernetes+api/repo}}
out=${2:-target/k8s-testdata}
files="core.v1.Pod.yaml core.v1.PodTemplate.yaml apps.v1.Deployment.yaml apps.v1.StatefulSet.yaml
apps.v1.DaemonSet.yaml batch.v1.Job.yaml batch.v1.CronJob.yaml"
for minor in 27 28 29 30 31 32 33 34 35 36 37; do
  ref=v0.$minor.0
  if [ "$minor" = 37 ]; then ref=${REF_137:-master}; fi
  mkdir -p "$out/1.$minor"
  for f in $files; do
    git -C "$repo" show "$ref:testdata/HEAD/$f" > "$out/1.$minor/$f"
  done
done
echo "wrote $(ls "$out"/*/ | grep -c yaml) fixtures under $out"
