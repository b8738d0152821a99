#!/bin/sh
# What the annotation processor costs javac: 200 annotated pod interfaces (the Istio sleep
# sample under 200 names) compiled without the processor (-proc:none) and with it, timed by
# hyperfine; writes bench/results/javac-processor.json. RUNS=n sets the runs; SPEC_CODE=builders
# passes -Apodwright.specCode=builders (specs that set every value through the model's
# builders instead of reading their manifest), and OUT=file names another result file.
# BREAKDOWN=1 also times the two halves of the processor's cost (bench/results/
# javac-processor-breakdown.json): -proc:only (the processor's own work: reading the
# annotations, assembling and validating through the DSL, the YAML, JavaPoet and the Filer,
# without attributing anything) and -proc:none on the sources plus the specs the processor
# generated (what the generated code costs javac).
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SPEC_CODE=${SPEC_CODE:-resource}
OUT=${OUT:-bench/results/javac-processor.json}
if [ ! -f bench/target/classpath.txt ] || [ ! -d codegen/target/classes ]; then
  mvn -q -B -ntp -Pbench -pl bench -am package -DskipTests 1>&2
fi
WORK=bench/target/javac-200
SRC=samples/src/main/java/dev/podwright/samples/annotated/IstioSleepPod.java
rm -rf "$WORK" && mkdir -p "$WORK/src/bench/pods" "$WORK/out"
i=0
while [ $i -lt 200 ]; do
  sed -e "s/^package .*;/package bench.pods;/" -e "s/interface IstioSleepPod/interface Pod$i/" \
      -e "s/name = \"sleep\",/name = \"sleep-$i\",/" "$SRC" > "$WORK/src/bench/pods/Pod$i.java"
  i=$((i + 1))
done
# What a user of podwright-dsl compiles against (the annotations, the DSL and its runtime jars,
# not the bench module's fabric8 and official-client jars); the processor with JavaPoet to run.
CP="annotations/target/classes:dsl/target/classes:$(cat dsl/target/classpath.txt)"
JAVAPOET="$(tr ':' '\n' < bench/target/classpath.txt | grep javapoet || true)"
if [ -z "$JAVAPOET" ]; then
  JAVAPOET="$(find ~/.m2/repository/com/palantir/javapoet/javapoet -name 'javapoet-*.jar' | head -1)"
fi
# The processor uses a few DSL types (e.g. RestartPolicy) at run time, so it gets the DSL too.
PROC="codegen/target/classes:$JAVAPOET:$CP"
mkdir -p bench/results
uptime | sed 's/^/load before: /' 1>&2
hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT" \
  --prepare "rm -rf $WORK/out && mkdir -p $WORK/out" \
  -n "javac, no processor" \
  "javac -proc:none -d $WORK/out -cp $CP $WORK/src/bench/pods/*.java" \
  -n "javac with the Podwright processor ($SPEC_CODE)" \
  "javac -Apodwright.specCode=$SPEC_CODE -d $WORK/out -s $WORK/out -cp $CP -processorpath $PROC $WORK/src/bench/pods/*.java"
if [ "${BREAKDOWN:-0}" = 1 ]; then
  rm -rf "$WORK/out" "$WORK/gen" && mkdir -p "$WORK/out" "$WORK/gen"
  javac -Apodwright.specCode=$SPEC_CODE -d $WORK/out -s $WORK/gen -cp $CP -processorpath $PROC \
      $WORK/src/bench/pods/*.java
  hyperfine --warmup 1 --runs "$RUNS" --export-json "${OUT%.json}-breakdown.json" \
    --prepare "rm -rf $WORK/out && mkdir -p $WORK/out" \
    -n "javac -proc:only with the processor ($SPEC_CODE)" \
    "javac -proc:only -Apodwright.specCode=$SPEC_CODE -d $WORK/out -s $WORK/out -cp $CP -processorpath $PROC $WORK/src/bench/pods/*.java" \
    -n "javac -proc:none, sources and generated specs ($SPEC_CODE)" \
    "javac -proc:none -d $WORK/out -cp $CP $WORK/src/bench/pods/*.java $WORK/gen/bench/pods/*.java"
fi
uptime | sed 's/^/load after: /' 1>&2
