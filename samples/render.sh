#!/bin/sh
# The main job: builds Podwright (quietly, on stderr) and prints every sample to stdout as one
# multi-document YAML stream, e.g. ./samples/render.sh | kubectl apply --dry-run=server -f -
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -pl samples -am package 1>&2
exec java -cp "samples/target/classes:$(cat samples/target/classpath.txt)" \
  dev.podwright.samples.RenderSamples
