#!/bin/sh
# Every benchmark of BENCHMARKS.md in one go, in the order the page reports them, each logged to
# bench/results/<name>.txt with the load before and after; then the chart. Needs hyperfine
# (Debian: apt-get install hyperfine). JMH_OPTS overrides JMH's defaults (e.g. "-f1 -wi 3 -i 3").
# MACHINE is the caption of the chart (default: nproc, JDK and the date).
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbench -pl bench,cli -am package -DskipTests 1>&2
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
mkdir -p bench/results
log() { uptime | sed "s/^/$1: /"; }
{ log "load before"
  # shellcheck disable=SC2086
  java -jar bench/target/benchmarks.jar SeedPodBenchmark ${JMH_OPTS:-} -prof gc \
    -rf json -rff bench/results/jmh.json
  log "load after"; } 2>&1 | tee bench/results/jmh.txt
bench/coldstart.sh 2>&1 | tee bench/results/coldstart.txt
bench/cli-validate.sh 2>&1 | tee bench/results/cli-validate.txt
bench/javac-processor.sh 2>&1 | tee bench/results/javac-processor.txt
bench/javac-floor.sh 2>&1 | tee bench/results/javac-floor.txt
bench/javac-warm.sh 2>&1 | tee bench/results/javac-warm.txt
java -cp "$CP" dev.podwright.bench.CpuTimePerPod ${CPU_ARGS:-10 5} 2>&1 | tee bench/results/cpu-time.txt
MACHINE=${MACHINE:-"$(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u +%Y-%m-%d)"}
java -cp "$CP" dev.podwright.bench.BenchmarkChart bench/results/jmh.json \
  bench/results/coldstart.json bench/results/chart.svg "$MACHINE"
