"""Apps cases of the apps17 audit (issue 10), imported by _generate.py, which writes them.

Written against upstream kubernetes/kubernetes: pkg/registry/apps/daemonset/strategy.go
(PrepareForCreate raises spec.templateGeneration below 1 to 1 before validation),
pkg/apis/apps/v1/conversion.go (Convert_v1_DaemonSet_To_apps_DaemonSet: the
deprecated.daemonset.template.generation annotation, when present, is read with
strconv.ParseInt(value, 10, 64), and a value it refuses fails the decoding),
pkg/registry/apps/statefulset/strategy.go (dropStatefulSetDisabledFields: the claim retention
policy without StatefulSetAutoDeletePVC, rollingUpdate.maxUnavailable without
MaxUnavailableStatefulSet, ordinals without StatefulSetStartOrdinal), pkg/apis/apps/v1/defaults.go
(SetDefaults_StatefulSet: the retention policy's Retain/Retain only while StatefulSetAutoDeletePVC
is on) and pkg/apis/apps/validation/validation.go (ValidateStatefulSetSpec, ValidateDaemonSetSpec).
The gates' stages come from pkg/features' versioned specs (StatefulSetAutoDeletePVC beta 1.27,
GA locked 1.32; StatefulSetStartOrdinal beta 1.27, GA locked 1.31), so they can be turned off
only up to 1.31 and 1.30. Expected errors ("# expect: <path>: <type>", in the server's order)
are written by hand from those files, never copied from the validator's output. File names
start with "apps17-" (refused) or "valid-apps17-" (accepted by the server).
"""


def add(c, named):
    bad, ok = named("apps17")

    labels = {"app": "agent"}

    def template(spec=None):
        s = {"containers": [c()]}
        s.update(spec or {})
        return {"metadata": {"labels": dict(labels)}, "spec": s}

    def ds(spec=None, generation=None):
        s = {"selector": {"matchLabels": dict(labels)}, "template": template()}
        s.update(spec or {})
        m = {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent"}, "spec": s}
        if generation is not None:
            m["metadata"]["annotations"] = {"deprecated.daemonset.template.generation": generation}
        return m

    def sts(spec=None):
        s = {"serviceName": "db", "selector": {"matchLabels": dict(labels)}, "template": template()}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"}, "spec": s}

    annotation = "metadata.annotations[deprecated.daemonset.template.generation]: Invalid value"

    # ------------------------------------------------------------ DaemonSet templateGeneration
    # PrepareForCreate: "if daemonSet.Spec.TemplateGeneration < 1 { ... = 1 }", so the
    # ValidateDaemonSetSpec check of spec.templateGeneration never fires on create.
    ok("ds-template-generation-negative", "PrepareForCreate (a negative templateGeneration becomes 1 before ValidateDaemonSetSpec)",
       ds(generation="-7"))
    ok("ds-template-generation-zero", "PrepareForCreate (templateGeneration 0 becomes 1)",
       ds(generation="0"))
    ok("ds-template-generation-negative-1-27", "PrepareForCreate (the same in 1.27)",
       ds(generation="-1"), version="1.27")
    ok("ds-template-generation-plus-sign", "Convert_v1_DaemonSet_To_apps_DaemonSet (ParseInt takes a leading '+')",
       ds(generation="+3"))
    ok("ds-template-generation-int64-max", "Convert_v1_DaemonSet_To_apps_DaemonSet (ParseInt takes the largest int64)",
       ds(generation="9223372036854775807"))
    bad("ds-template-generation-empty", "Convert_v1_DaemonSet_To_apps_DaemonSet (a present but empty annotation: ParseInt(\"\") fails, the request is refused before validation)",
        ds({"minReadySeconds": -1}, generation=""), annotation)
    bad("ds-template-generation-overflow", "Convert_v1_DaemonSet_To_apps_DaemonSet (ParseInt: value out of range)",
        ds({"minReadySeconds": -1}, generation="9223372036854775808"), annotation)
    bad("ds-template-generation-hex", "Convert_v1_DaemonSet_To_apps_DaemonSet (base 10: 0x10 is invalid syntax)",
        ds(generation="0x10"), annotation)
    bad("ds-template-generation-space", "Convert_v1_DaemonSet_To_apps_DaemonSet (ParseInt does not trim: ' 3' is invalid syntax)",
        ds(generation=" 3"), annotation)
    bad("ds-template-generation-underscore", "Convert_v1_DaemonSet_To_apps_DaemonSet (underscores only with base 0: 1_000 is invalid syntax)",
        ds(generation="1_000"), annotation)

    # ------------------------------------------------------------ StatefulSetAutoDeletePVC
    keep = {"persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Keep", "whenScaled": "Sometimes"}}
    bad("sts-retention-unsupported-1-27", "ValidatePersistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC beta and on in 1.27)",
        sts(keep), "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value",
        "spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value", version="1.27")
    ok("sts-retention-dropped-gate-off-1-30", "dropStatefulSetDisabledFields (StatefulSetAutoDeletePVC off: the policy is removed before validation)",
       sts(keep), version="1.30", gates=["StatefulSetAutoDeletePVC=false"],
       warn=["spec.persistentVolumeClaimRetentionPolicy"])
    ok("sts-retention-dropped-gate-off-1-31", "dropStatefulSetDisabledFields (StatefulSetAutoDeletePVC can still be turned off in 1.31, beta)",
       sts(keep), version="1.31", gates=["StatefulSetAutoDeletePVC=false"],
       warn=["spec.persistentVolumeClaimRetentionPolicy"])
    bad("sts-retention-unsupported-1-32", "ValidatePersistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC GA and locked in 1.32)",
        sts({"persistentVolumeClaimRetentionPolicy": {"whenScaled": "Delete", "whenDeleted": "delete"}}),
        "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value", version="1.32")
    ok("sts-retention-halves-defaulted", "SetDefaults_StatefulSet (empty whenDeleted and whenScaled become Retain)",
       sts({"persistentVolumeClaimRetentionPolicy": {"whenDeleted": "", "whenScaled": "Delete"}}))
    ok("sts-retention-empty-object", "SetDefaults_StatefulSet (an empty policy becomes Retain/Retain)",
       sts({"persistentVolumeClaimRetentionPolicy": {}}), version="1.37")

    # ------------------------------------------------------------ StatefulSetStartOrdinal
    negative = {"ordinals": {"start": -3}}
    bad("sts-ordinals-negative-1-27", "ValidateStatefulSetSpec (StatefulSetStartOrdinal beta and on in 1.27: ordinals.start checked)",
        sts(negative), "spec.ordinals.start: Invalid value", version="1.27")
    ok("sts-ordinals-dropped-gate-off-1-30", "dropStatefulSetDisabledFields (StatefulSetStartOrdinal off: ordinals removed before validation)",
       sts(negative), version="1.30", gates=["StatefulSetStartOrdinal=false"], warn=["spec.ordinals"])
    bad("sts-ordinals-negative-1-31", "ValidateStatefulSetSpec (StatefulSetStartOrdinal GA and locked in 1.31)",
        sts(negative), "spec.ordinals.start: Invalid value", version="1.31")

    # All three drops of dropStatefulSetDisabledFields at once (1.28: MaxUnavailableStatefulSet
    # alpha and off), warned in the strategy's order.
    ok("sts-all-drops-1-28", "dropStatefulSetDisabledFields (retention policy, maxUnavailable, ordinals, in that order)",
       sts({"persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Keep"}, "ordinals": {"start": -1},
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0}}}),
       version="1.28", gates=["StatefulSetAutoDeletePVC=false", "StatefulSetStartOrdinal=false"],
       warn=["spec.persistentVolumeClaimRetentionPolicy", "spec.updateStrategy.rollingUpdate.maxUnavailable",
             "spec.ordinals"])
    # The maxUnavailable drop does not look at the strategy type, and OnDelete takes no
    # rollingUpdate whatever it holds.
    bad("sts-on-delete-max-unavailable-1-35", "ValidateStatefulSetSpec (OnDelete with a rollingUpdate: one Invalid, its maxUnavailable not checked)",
        sts({"updateStrategy": {"type": "OnDelete", "rollingUpdate": {"maxUnavailable": 0, "partition": -1}}}),
        "spec.updateStrategy.rollingUpdate: Invalid value", version="1.35",
        gates=["MaxUnavailableStatefulSet=true"])  # on only up to 1.35.3 (#137926)
    bad("sts-on-delete-max-unavailable-dropped-1-34", "dropStatefulSetDisabledFields then ValidateStatefulSetSpec (OnDelete: maxUnavailable dropped, the rollingUpdate still refused)",
        sts({"updateStrategy": {"type": "OnDelete", "rollingUpdate": {"maxUnavailable": 0}}}),
        "spec.updateStrategy.rollingUpdate: Invalid value", version="1.34",
        warn=["spec.updateStrategy.rollingUpdate.maxUnavailable"])
    ok("sts-negative-revision-history-1-37", "ValidateStatefulSetSpec (revisionHistoryLimit is not checked) and WarningsOnCreate (a negative one warns)",
       sts({"revisionHistoryLimit": -1}), version="1.37", warn=["spec.revisionHistoryLimit"])

    # ------------------------------------------------------------ ReadWriteOncePod (1.27, 1.28)
    # ValidatePersistentVolumeClaimSpec with opts.AllowReadWriteOncePod from the ReadWriteOncePod
    # gate (beta and on in 1.27 and 1.28, GA from 1.29): supported unless the gate is turned off.
    # Claim templates are not checked before 1.34, so only ephemeral volumes show it.
    def eph_pod(*modes):
        claim = {"spec": {"accessModes": list(modes), "resources": {"requests": {"storage": "1Gi"}}}}
        return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "scratch"},
                "spec": {"containers": [c()], "volumes": [{"name": "cache", "ephemeral": {"volumeClaimTemplate": claim}}]}}

    modes = "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes"
    ok("rwop-ephemeral-1-27", "ValidatePersistentVolumeClaimSpec (ReadWriteOncePod beta and on in 1.27)",
       eph_pod("ReadWriteOncePod"), version="1.27")
    bad("rwop-ephemeral-gate-off-1-28", "ValidatePersistentVolumeClaimSpec (ReadWriteOncePod gate off: the mode is not supported)",
        eph_pod("ReadWriteOncePod"), modes + ": Unsupported value", version="1.28", gates=["ReadWriteOncePod=false"])
    bad("rwop-ephemeral-with-rwo-gate-off-1-27", "ValidatePersistentVolumeClaimSpec (gate off: NotSupported, and still Forbidden next to another mode)",
        eph_pod("ReadWriteOncePod", "ReadWriteOnce"), modes + ": Unsupported value", modes + ": Forbidden",
        version="1.27", gates=["ReadWriteOncePod=false"])
