#!/bin/sh
# The processor's cost to a warm javac (issue 12): WarmJavacBenchmark compiles the 200 annotated
# pod interfaces of bench/javac-processor.sh again and again in one JVM, as Gradle's daemon and
# mvnd do, without a processor, with FloorProcessor (writing nothing, or a class and a resource
# per type) and with the Podwright processor in a new class loader each time. Run
# bench/javac-processor.sh first (it writes the sources and builds what this needs). JMH_OPTS
# overrides the benchmark's iterations; writes bench/results/javac-warm.json.
set -eu
cd "$(dirname "$0")/.."
if [ ! -d bench/target/javac-200/src/bench/pods ] || [ ! -f bench/target/benchmarks.jar ]; then
  echo "run bench/javac-processor.sh first (after building the bench module)" 1>&2
  exit 1
fi
mkdir -p bench/results
uptime | sed 's/^/load before: /' 1>&2
# shellcheck disable=SC2086
java -jar bench/target/benchmarks.jar WarmJavacBenchmark ${JMH_OPTS:-} \
  -rf json -rff bench/results/javac-warm.json
uptime | sed 's/^/load after: /' 1>&2
