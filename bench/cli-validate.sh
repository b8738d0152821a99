#!/bin/sh
# Times `podwright validate` (the shaded CLI jar) on one small file and on 1,000 manifests, with
# hyperfine; writes bench/results/cli-validate.json. The 1,000 manifests are the seed pod under
# 1,000 names in one directory. If the CLI takes a directory it gets the directory, otherwise
# the 1,000 file names. RUNS=n sets the runs.
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
JAR=cli/target/podwright.jar
[ -f "$JAR" ] || mvn -q -B -ntp -pl cli -am package -DskipTests 1>&2
SEED=samples/src/test/resources/samples/istio-sleep.yaml
DIR=bench/target/manifests
rm -rf "$DIR" && mkdir -p "$DIR"
i=0
while [ $i -lt 1000 ]; do
  sed "s/^  name: sleep$/  name: sleep-$i/" "$SEED" > "$DIR/pod-$i.yaml"
  i=$((i + 1))
done
if java -jar "$JAR" validate "$DIR" > /dev/null 2>&1; then
  MANY="$DIR"
else
  MANY="$(ls "$DIR"/*.yaml | tr '\n' ' ')"
  echo "validate does not take a directory (yet): passing 1,000 file names" 1>&2
fi
mkdir -p bench/results
uptime | sed 's/^/load before: /' 1>&2
hyperfine --warmup 1 --runs "$RUNS" --export-json bench/results/cli-validate.json \
  -n "validate one file" "java -jar $JAR validate $SEED" \
  -n "validate 1,000 files" "java -jar $JAR validate $MANY"
uptime | sed 's/^/load after: /' 1>&2
