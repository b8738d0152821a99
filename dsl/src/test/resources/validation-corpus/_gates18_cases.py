"""Cases of the gates18 feature-gate audit (issue 10), imported by _generate.py, which writes them.

Where a corrected stage in Profile's gate table changes a verdict. MaxUnavailableStatefulSet:
beta and on in 1.35.0 to 1.35.3, then off by default in 1.36 (kubernetes/kubernetes#137904) and
from 1.35.4 by its cherry-pick to release-1.35 (#137926, "Fixes a 1.35 regression in
StatefulSet Parallel pod management by disabling the MaxUnavailableStatefulSet feature by
default"); on again in 1.37 (#139466). The 1.37-era pkg/features/kube_features.go versioned
specs read "1.35: Default: false, PreRelease: Beta" and "1.37: Default: true". While the gate is
off pkg/registry/apps/statefulset/strategy.go's dropStatefulSetDisabledFields clears
spec.updateStrategy.rollingUpdate.maxUnavailable before validation (whatever the strategy
type), so ValidateStatefulSetSpec's validateRollingUpdateStatefulSet never sees it, and
SetDefaults_StatefulSet does not default it to 1. Expected errors ("# expect: <path>: <type>",
in the server's order) are written by hand from those files, never copied from the
validator's output. File names start with "gates18-" (refused) or "valid-gates18-" (accepted).

Topology spread gates (pkg/api/pod/util.go dropDisabledNodeInclusionPolicyFields and
dropDisabledMatchLabelKeysFieldInTopologySpread): NodeInclusionPolicyInPodTopologySpread beta and
on from 1.26, GA locked 1.33; MatchLabelKeysInPodTopologySpread beta and on from 1.27 (versioned
specs of the 1.37-era kube_features.go). Turned off, they clear nodeAffinityPolicy and
nodeTaintsPolicy, or matchLabelKeys, before validateTopologySpreadConstraints runs.
"""


def add(c, named):
    bad, ok = named("gates18")

    labels = {"app": "db"}

    def sts(spec=None):
        s = {"serviceName": "db", "selector": {"matchLabels": dict(labels)},
             "template": {"metadata": {"labels": dict(labels)}, "spec": {"containers": [c()]}}}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"}, "spec": s}

    def rolling(value, **extra):
        r = {"maxUnavailable": value}
        r.update(extra)
        return {"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": r}}

    dropped = ["spec.updateStrategy.rollingUpdate.maxUnavailable"]

    # ------------------------------------------------------------ 1.35: off by default
    ok("sts-max-unavailable-zero-dropped-1-35", "dropStatefulSetDisabledFields (MaxUnavailableStatefulSet off from 1.35.4, #137926: maxUnavailable 0 is cleared before validateRollingUpdateStatefulSet)",
       sts(rolling(0)), version="1.35", warn=dropped)
    ok("sts-max-unavailable-malformed-dropped-1-35", "dropStatefulSetDisabledFields (gate off in 1.35: a malformed maxUnavailable is cleared, not checked)",
       sts(rolling("half")), version="1.35", warn=dropped)
    ok("sts-max-unavailable-over-100-dropped-1-35", "dropStatefulSetDisabledFields (gate off in 1.35: 150% is cleared, not checked)",
       sts(rolling("150%")), version="1.35", warn=dropped)
    bad("sts-max-unavailable-partition-negative-1-35", "validateRollingUpdateStatefulSet (gate off in 1.35: maxUnavailable cleared, the negative partition still refused)",
        sts(rolling(0, partition=-1)),
        "spec.updateStrategy.rollingUpdate.partition: Invalid value", version="1.35", warn=dropped)
    # With the gate turned on (the 1.35.0 to 1.35.3 default) the field is validated.
    bad("sts-max-unavailable-zero-gate-on-1-35", "validateRollingUpdateStatefulSet (MaxUnavailableStatefulSet=true in 1.35: maxUnavailable 0 refused)",
        sts(rolling(0)),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value", version="1.35",
        gates=["MaxUnavailableStatefulSet=true"])

    # ------------------------------------------------------------ 1.37: on again (#139466)
    bad("sts-max-unavailable-zero-1-37", "validateRollingUpdateStatefulSet (MaxUnavailableStatefulSet beta and on in 1.37: maxUnavailable 0 refused)",
        sts(rolling(0)), "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value",
        version="1.37")
    ok("sts-max-unavailable-zero-gate-off-1-37", "dropStatefulSetDisabledFields (MaxUnavailableStatefulSet=false in 1.37: the field is cleared)",
       sts(rolling(0)), version="1.37", gates=["MaxUnavailableStatefulSet=false"], warn=dropped)

    # ------------------------------------------------------------ topology spread gates
    def pod(spread):
        return {"apiVersion": "v1", "kind": "Pod",
                "metadata": {"name": "web", "labels": {"app": "web"}},
                "spec": {"containers": [c()], "topologySpreadConstraints": [spread]}}

    zone = {"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
            "whenUnsatisfiable": "DoNotSchedule"}
    bogus = dict(zone, labelSelector={"matchLabels": {"app": "web"}},
                 nodeAffinityPolicy="Sometimes", nodeTaintsPolicy="Always")
    keys = dict(zone, matchLabelKeys=["app"])  # no labelSelector: Forbidden with the gate on

    bad("spread-node-inclusion-values-1-30", "validateNodeInclusionPolicy (NodeInclusionPolicyInPodTopologySpread on: unsupported values refused)",
        pod(bogus), "spec.topologySpreadConstraints[0].nodeAffinityPolicy: Unsupported value",
        "spec.topologySpreadConstraints[0].nodeTaintsPolicy: Unsupported value", version="1.30")
    ok("spread-node-inclusion-gate-off-1-30", "dropDisabledNodeInclusionPolicyFields (NodeInclusionPolicyInPodTopologySpread=false in 1.30: both fields cleared before validation)",
       pod(bogus), version="1.30", gates=["NodeInclusionPolicyInPodTopologySpread=false"],
       warn=["spec.topologySpreadConstraints[0].nodeAffinityPolicy",
             "spec.topologySpreadConstraints[0].nodeTaintsPolicy"])
    bad("spread-match-label-keys-no-selector-1-30", "validateMatchLabelKeysInTopologySpread (MatchLabelKeysInPodTopologySpread on: matchLabelKeys without a labelSelector)",
        pod(keys), "spec.topologySpreadConstraints[0].matchLabelKeys: Forbidden", version="1.30")
    ok("spread-match-label-keys-gate-off-1-30", "dropDisabledMatchLabelKeysFieldInTopologySpread (MatchLabelKeysInPodTopologySpread=false in 1.30: matchLabelKeys cleared)",
       pod(keys), version="1.30", gates=["MatchLabelKeysInPodTopologySpread=false"],
       warn=["spec.topologySpreadConstraints[0].matchLabelKeys",
             # pkg/api/pod/warnings.go: "a null labelSelector results in matching no pod"
             "spec.topologySpreadConstraints[0].labelSelector"])
