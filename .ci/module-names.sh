#!/usr/bin/env bash
# JPMS: every published jar has its stable module name, from module-info.class (dsl) or from the
# Automatic-Module-Name manifest entry (the others). Run after a build that packaged them.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
check() { # jar expected-name expected-kind (explicit or automatic)
  local line name kind
  line=$(jar --describe-module --file "$1" | grep -E '^[a-z][a-z0-9.]*(@[^ ]*)? ' | head -n 1)
  name=${line%% *}
  name=${name%%@*}
  kind=explicit
  if [[ $line == *" automatic" ]]; then kind=automatic; fi
  if [ "$name" != "$2" ] || [ "$kind" != "$3" ]; then
    echo "module-names: FAILED: $1: expected $3 module $2, found $kind module $name" >&2
    status=1
  else
    echo "module-names: $1: $name ($kind)"
  fi
}
check annotations/target/podwright-annotations-*[0-9T].jar dev.podwright.annotations explicit
check dsl/target/podwright-dsl-*[0-9T].jar dev.podwright.dsl explicit
check codegen/target/podwright-codegen-*[0-9T].jar dev.podwright.codegen automatic
check fabric8/target/podwright-fabric8-*[0-9T].jar dev.podwright.fabric8 automatic
check cli/target/podwright.jar dev.podwright.cli automatic
exit $status
