#!/bin/sh
# Times `podwright validate` on one small file and on 1,000 manifests, with hyperfine; writes
# bench/results/cli-validate.json. The 1,000 manifests are the seed pod under 1,000 names in one
# directory. One file is timed four ways: the distribution's launcher (bin/podwright) on the
# default java with the AppCDS archive it records on its first run (hyperfine's warm-up run
# makes it), the launcher on JDK 25 or newer with its AOT cache (JAVA25=<java home>, else the
# first one found under /usr/lib/jvm; left out if none), the launcher with PODWRIGHT_CDS=off,
# and plain `java -jar`; 1,000 files through the launcher on both JDKs. RUNS=n sets the runs.
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
if [ -z "${JAVA25:-}" ]; then
  for home in /usr/lib/jvm/*; do
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
    if [ "${version:-0}" -ge 25 ]; then
      JAVA25=$home
      break
    fi
  done
fi
set -- -n "validate one file (launcher, $(java -version 2>&1 | head -1), AppCDS)" \
  "$LAUNCHER validate $SEED"
if [ -n "${JAVA25:-}" ]; then
  set -- "$@" -n "validate one file (launcher, JDK $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' \
    "$JAVA25/release"), AOT cache)" "PODWRIGHT_JAVA=$JAVA25/bin/java $LAUNCHER validate $SEED"
fi
set -- "$@" \
  -n "validate one file (launcher, PODWRIGHT_CDS=off)" "PODWRIGHT_CDS=off $LAUNCHER validate $SEED" \
  -n "validate one file (java -jar)" "java -jar $JAR validate $SEED" \
  -n "validate 1,000 files (launcher, AppCDS)" "$LAUNCHER validate $DIR"
if [ -n "${JAVA25:-}" ]; then
  set -- "$@" -n "validate 1,000 files (launcher, JDK 25+, AOT cache)" \
    "PODWRIGHT_JAVA=$JAVA25/bin/java $LAUNCHER validate $DIR"
fi
hyperfine --warmup 1 --runs "$RUNS" --export-json bench/results/cli-validate.json "$@"
uptime | sed 's/^/load after: /' 1>&2
