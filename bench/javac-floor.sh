#!/bin/sh
# The floor under bench/javac-processor.sh (issue 12): what javac pays on the same 200 annotated
# pod interfaces for running any annotation processor at all, before that processor's own work.
# FloorProcessor (bench module) runs instead of Podwright's: writing nothing, one empty class
# per type, or that class and a one-line resource per type (the Podwright processor's Filer
# calls and files); then the Podwright processor itself. Run bench/javac-processor.sh first (it
# writes the sources and builds what this needs). RUNS=n sets the runs; writes
# bench/results/javac-floor.json.
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
WORK=bench/target/javac-200
if [ ! -d "$WORK/src/bench/pods" ] || [ ! -f bench/target/classes/dev/podwright/bench/FloorProcessor.class ]; then
  echo "run bench/javac-processor.sh first (after building the bench module)" 1>&2
  exit 1
fi
CP="annotations/target/classes:dsl/target/classes:$(cat dsl/target/classpath.txt)"
JAVAPOET="$(find ~/.m2/repository/com/palantir/javapoet/javapoet -name 'javapoet-*.jar' | head -1)"
PROC="codegen/target/classes:$JAVAPOET:$CP"
FLOOR="-processor dev.podwright.bench.FloorProcessor -processorpath bench/target/classes"
OUTS="-d $WORK/out -s $WORK/out -cp $CP"
mkdir -p bench/results
uptime | sed 's/^/load before: /' 1>&2
hyperfine --warmup 1 --runs "$RUNS" --export-json bench/results/javac-floor.json \
  --prepare "rm -rf $WORK/out && mkdir -p $WORK/out" \
  -n "javac, no processor" "javac -proc:none $OUTS $WORK/src/bench/pods/*.java" \
  -n "a processor that writes nothing" \
  "javac -Afloor.mode=nothing $FLOOR $OUTS $WORK/src/bench/pods/*.java" \
  -n "a processor that writes an empty class per type" \
  "javac -Afloor.mode=sources $FLOOR $OUTS $WORK/src/bench/pods/*.java" \
  -n "a processor that writes an empty class and a resource per type" \
  "javac -Afloor.mode=outputs $FLOOR $OUTS $WORK/src/bench/pods/*.java" \
  -n "the Podwright processor" "javac -processorpath $PROC $OUTS $WORK/src/bench/pods/*.java"
uptime | sed 's/^/load after: /' 1>&2
