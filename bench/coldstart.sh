#!/bin/sh
# Cold start: a fresh JVM that builds the seed pod and prints it, once per contender, timed by
# hyperfine (Debian: apt-get install hyperfine); prints the table and writes
# bench/results/coldstart.json (median, mean, min, max per contender). RUNS=n sets the runs.
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
if [ ! -f bench/target/classpath.txt ] || [ ! -d bench/target/classes ]; then
  mvn -q -B -ntp -Pbench -pl bench -am package -DskipTests 1>&2
fi
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
mkdir -p bench/results
uptime | sed 's/^/load before: /' 1>&2
hyperfine --shell=none --warmup 2 --runs "$RUNS" --export-json bench/results/coldstart.json \
  -n podwright "java -cp $CP dev.podwright.bench.PrintSeedPod podwright" \
  -n fabric8 "java -cp $CP dev.podwright.bench.PrintSeedPod fabric8" \
  -n official "java -cp $CP dev.podwright.bench.PrintSeedPod official" \
  -n jackson "java -cp $CP dev.podwright.bench.PrintSeedPod jackson"
uptime | sed 's/^/load after: /' 1>&2
