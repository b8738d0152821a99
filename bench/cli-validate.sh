#!/bin/sh
# Times `podwright validate` on one small file and on 1,000 manifests, with hyperfine; writes
# bench/results/cli-validate.json. The 1,000 manifests are the seed pod under 1,000 names in one
# directory. One file is timed three ways: the distribution's launcher (bin/podwright: C1 only,
# and the AppCDS archive it records on its first run, which hyperfine's warm-up run makes), the
# launcher with PODWRIGHT_CDS=off, and plain `java -jar`. RUNS=n sets the runs.
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
JAR=cli/target/podwright.jar
LAUNCHER=$(ls -d cli/target/podwright/podwright-*/bin/podwright 2>/dev/null | head -1)
if [ ! -f "$JAR" ] || [ -z "$LAUNCHER" ]; then
  mvn -q -B -ntp -pl cli -am package -DskipTests 1>&2
  LAUNCHER=$(ls -d cli/target/podwright/podwright-*/bin/podwright | head -1)
fi
SEED=samples/src/test/resources/samples/istio-sleep.yaml
DIR=bench/target/manifests
rm -rf "$DIR" && mkdir -p "$DIR"
i=0
while [ $i -lt 1000 ]; do
  sed "s/^  name: sleep$/  name: sleep-$i/" "$SEED" > "$DIR/pod-$i.yaml"
  i=$((i + 1))
done
# The launcher's archive goes to a cache of its own, recorded afresh.
XDG_CACHE_HOME=$PWD/bench/target/cds-cache
export XDG_CACHE_HOME
rm -rf "$XDG_CACHE_HOME"
mkdir -p bench/results
uptime | sed 's/^/load before: /' 1>&2
hyperfine --warmup 1 --runs "$RUNS" --export-json bench/results/cli-validate.json \
  -n "validate one file (launcher, AppCDS)" "$LAUNCHER validate $SEED" \
  -n "validate one file (launcher, PODWRIGHT_CDS=off)" "PODWRIGHT_CDS=off $LAUNCHER validate $SEED" \
  -n "validate one file (java -jar)" "java -jar $JAR validate $SEED" \
  -n "validate 1,000 files (launcher, AppCDS)" "$LAUNCHER validate $DIR"
uptime | sed 's/^/load after: /' 1>&2
