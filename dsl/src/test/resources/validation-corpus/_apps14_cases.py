"""Apps audit cases for the validation corpus (imported by _generate.py, which writes them).

Written during an audit of the Deployment, StatefulSet and DaemonSet rules against upstream
kubernetes/kubernetes pkg/apis/apps/validation/validation.go: a 1.27-to-1.30-era copy (no
claim-template or pod-spec checks for StatefulSets) and a 1.34-or-later copy
(aaron-prindle/kubernetes 693c5f53: StatefulSetValidationOptions, volumesToAddForTemplates,
validateVolumeClaimTemplates), apimachinery's ValidateLabelSelector and LabelSelectorAsSelector,
pkg/apis/apps/v1/defaults.go, and the SkipReadOnlyValidationGCE gate (alpha 1.28, deprecated
and on 1.29 and 1.30, removed 1.31). Each case names the validation_test.go case or the
upstream code it follows ("# source:"). The expected errors ("# expect: <path>: <type>", in the
server's order) are written by hand from validation.go, never copied from the validator's
output. File names start with "apps14-" (refused) or "valid-apps14-" (accepted).
"""


def add(c, named):
    bad, ok = named("apps14")

    labels = {"app": "web"}

    def template(spec=None, meta=None):
        s = {"containers": [c()]}
        s.update(spec or {})
        return {"metadata": meta if meta is not None else {"labels": dict(labels)}, "spec": s}

    def deploy(spec=None, tmpl=None):
        s = {"selector": {"matchLabels": dict(labels)}, "template": template(tmpl)}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": s}

    def ds(spec=None, tmpl=None):
        s = {"selector": {"matchLabels": dict(labels)}, "template": template(tmpl)}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent"}, "spec": s}

    def sts(spec=None, tmpl=None, claims=None, meta=None):
        s = {"serviceName": "db", "selector": {"matchLabels": dict(labels)}, "template": template(tmpl, meta)}
        s.update(spec or {})
        if claims is not None:
            s["volumeClaimTemplates"] = claims
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"}, "spec": s}

    def claim(name="data", **spec):
        d = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}
        d.update(spec)
        m = {"spec": d}
        if name is not None:
            m["metadata"] = {"name": name}
        return m

    unselected = {"matchExpressions": [{"key": "app", "operator": "in", "values": ["web"]}]}
    gce_pd = {"volumes": [{"name": "pd", "gcePersistentDisk": {"pdName": "data"}}]}

    # ------------------------------------------------------------ Deployment
    # ValidatePodTemplateSpecForReplicaSet: ValidateReadOnlyPersistentDisks for replicas > 1,
    # skipped under SkipReadOnlyValidationGCE (kubernetes/kubernetes#117531, #121083) and
    # removed with the gate in 1.31 (#124210).
    bad("deploy-gce-pd-read-write-1-27", "TestValidateDeployment/errorCases (read-write GCE PD, replicas > 1; 1.27 has no SkipReadOnlyValidationGCE)",
        deploy({"replicas": 3}, gce_pd), "spec.template.spec.volumes[0].gcePersistentDisk.readOnly: Invalid value",
        version="1.27")
    ok("deploy-gce-pd-read-write-1-29", "TestValidateDeployment/successCases (SkipReadOnlyValidationGCE deprecated and on in 1.29)",
       deploy({"replicas": 3}, gce_pd), version="1.29")
    bad("deploy-gce-pd-gate-off-1-30", "TestValidateDeployment/errorCases (SkipReadOnlyValidationGCE turned off in 1.30)",
        deploy({"replicas": 3}, gce_pd), "spec.template.spec.volumes[0].gcePersistentDisk.readOnly: Invalid value",
        version="1.30", gates=["SkipReadOnlyValidationGCE=false"])
    ok("deploy-gce-pd-read-write", "TestValidateDeployment/successCases (the check is gone from 1.31, #124210)",
       deploy({"replicas": 3}, gce_pd))
    ok("ds-gce-pd-read-write-1-27", "ValidateDaemonSetSpec (no read-only check for DaemonSets in any version)",
       ds(tmpl=gce_pd), version="1.27")
    bad("deploy-selector-missing", "TestValidateDeployment/errorCases (no selector: Required, and the nil selector matches nothing)",
        deploy({"selector": None}), "spec.selector: Required value", "spec.template.metadata.labels: Invalid value")
    bad("deploy-selector-exists-with-values", "TestValidateLabelSelector (Exists with values; LabelSelectorAsSelector fails, so the template is not checked)",
        deploy({"selector": {"matchExpressions": [{"key": "app", "operator": "Exists", "values": ["web"]}]}},
               {"restartPolicy": "Never"}),
        "spec.selector.matchExpressions[0].values: Forbidden", "spec.selector: Invalid value")
    bad("deploy-selector-in-without-values", "TestValidateLabelSelector (In without values)",
        deploy({"selector": {"matchExpressions": [{"key": "app", "operator": "In"}]}}),
        "spec.selector.matchExpressions[0].values: Required value", "spec.selector: Invalid value")
    ok("deploy-selector-not-in", "TestValidateDeployment/successCases (NotIn and DoesNotExist match the template)",
       deploy({"selector": {"matchLabels": dict(labels),
                            "matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["db"]},
                                                 {"key": "canary", "operator": "DoesNotExist"}]}}))
    bad("deploy-selector-does-not-exist-mismatch", "TestValidateDeployment/errorCases (DoesNotExist on a template label)",
        deploy({"selector": {"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}}),
        "spec.template.metadata.labels: Invalid value")
    bad("deploy-progress-deadline-negative", "TestValidateDeployment/errorCases (negative progressDeadlineSeconds: also not above minReadySeconds)",
        deploy({"progressDeadlineSeconds": -1}),
        "spec.progressDeadlineSeconds: Invalid value", "spec.progressDeadlineSeconds: Invalid value")
    bad("deploy-template-hostname", "ValidatePodSpec (a Deployment's template hostname is checked, unlike a StatefulSet's)",
        deploy(tmpl={"hostname": "Web_Host"}), "spec.template.spec.hostname: Invalid value")
    ok("deploy-paused", "TestValidateDeployment/successCases (paused, revisionHistoryLimit 0, Recreate)",
       deploy({"paused": True, "revisionHistoryLimit": 0, "strategy": {"type": "Recreate"}}))
    bad("deploy-rolling-percent-negative", "TestValidateRollingUpdateDeployment (a negative percentage is not a valid percent)",
        deploy({"strategy": {"rollingUpdate": {"maxUnavailable": "-10%"}}}),
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")

    # ------------------------------------------------------------ StatefulSet
    # ValidateStatefulSetSpec order: policies, claim templates (1.34), replicas, minReadySeconds,
    # ordinals.start, serviceName (1.33), selector, template, restart policy, deadline.
    order = {"replicas": -1, "serviceName": "Db_Headless", "ordinals": {"start": -1}}
    bad("sts-order-1-34", "ValidateStatefulSetSpec (1.34 order: claim templates after the retention policy, serviceName after ordinals)",
        sts(order, claims=[claim(accessModes=[])]),
        "spec.volumeClaimTemplates[0].spec.accessModes: Required value", "spec.replicas: Invalid value",
        "spec.ordinals.start: Invalid value", "spec.serviceName: Invalid value", version="1.34")
    bad("sts-order-1-33", "ValidateStatefulSetSpec (1.33: serviceName after ordinals; claim templates unchecked)",
        sts(order, claims=[claim(accessModes=[])]),
        "spec.replicas: Invalid value", "spec.ordinals.start: Invalid value", "spec.serviceName: Invalid value",
        version="1.33")
    # volumesToAddForTemplates and templateToValidate (kubernetes/kubernetes#131790): the pod spec
    # is checked as the controller builds pods.
    ok("sts-template-hostname-1-34", "ValidateStatefulSetSpec (templateToValidate: hostname and subdomain are overwritten by initIdentity, not checked)",
       sts(tmpl={"hostname": "Db_Host", "subdomain": "Db_Sub"}), version="1.34")
    ok("sts-template-volume-shadowed-1-37", "ValidateStatefulSetSpec (a template volume named like a claim template is replaced by the claim's volume)",
       sts(tmpl={"volumes": [{"name": "data", "emptyDir": {}, "hostPath": {"path": "/srv"}}],
                 "containers": [c(volumeMounts=[{"name": "data", "mountPath": "/data"}])]},
           claims=[claim()]), version="1.37")
    bad("sts-template-volume-index-1-34", "ValidateStatefulSetSpec (claim volumes come first: the template's volume is volumes[1])",
        sts(tmpl={"volumes": [{"name": "Scratch", "emptyDir": {}}]}, claims=[claim()]),
        "spec.template.spec.volumes[1].name: Invalid value", version="1.34")
    bad("sts-claim-unnamed-1-35", "ValidateStatefulSetSpec (an unnamed claim template gives an unnamed persistentVolumeClaim volume)",
        sts(claims=[claim(name=None)]),
        "spec.template.spec.volumes[0].persistentVolumeClaim.claimName: Required value",
        "spec.template.spec.volumes[0].name: Required value", version="1.35")
    ok("sts-claim-unnamed-1-33", "ValidatePodTemplateSpecForStatefulSet (1.33 checks neither the pod spec nor the claim templates)",
       sts(claims=[claim(name=None)]), version="1.33")
    bad("sts-claim-name-invalid-1-34", "ValidateStatefulSetSpec (a claim template name must make a valid volume name)",
        sts(claims=[claim(name="Data_1")]), "spec.template.spec.volumes[0].name: Invalid value", version="1.34")
    bad("sts-container-no-image-1-34", "TestValidateStatefulSet/errorCases (1.34: the pod spec is validated)",
        sts(tmpl={"containers": [{"name": "db"}]}), "spec.template.spec.containers[0].image: Required value",
        version="1.34")
    ok("sts-container-no-image-1-33", "TestValidateStatefulSet/successCases (1.33: ValidatePodTemplateSpecForStatefulSet checks labels and annotations only)",
       sts(tmpl={"containers": [{"name": "db"}]}), version="1.33")
    bad("sts-selector-missing", "TestValidateStatefulSet/errorCases (no selector: Required, and the nil selector matches nothing)",
        sts({"selector": None}), "spec.selector: Required value", "spec.template.metadata.labels: Invalid value")
    bad("sts-selector-bad-operator", "TestValidateStatefulSet/errorCases (selector LabelSelectorAsSelector refuses: Invalid with no message; the restart policy is still checked)",
        sts({"selector": unselected}, {"restartPolicy": "Never"}),
        "spec.selector.matchExpressions[0].operator: Invalid value", "spec.selector: Invalid value",
        "spec.template.spec.restartPolicy: Unsupported value")
    bad("sts-template-label-invalid", "TestValidateStatefulSet/errorCases (invalid template label)",
        sts(meta={"labels": {"app": "web", "tier": "back end"}}), "spec.template.labels: Invalid value")
    bad("sts-active-deadline", "TestValidateStatefulSet/errorCases (activeDeadlineSeconds in the template)",
        sts(tmpl={"activeDeadlineSeconds": 60}), "spec.template.spec.activeDeadlineSeconds: Forbidden")
    bad("sts-max-unavailable-malformed-1-35", "validateRollingUpdateStatefulSet (not a percent, and its IntValue is 0)",
        sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "half"}}}),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value",
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value", version="1.35",
        gates=["MaxUnavailableStatefulSet=true"])  # on only up to 1.35.3 (#137926)
    ok("sts-rolling-update-type-only", "SetDefaults_StatefulSet (type RollingUpdate without rollingUpdate: nothing to check)",
       sts({"updateStrategy": {"type": "RollingUpdate"}}))
    ok("sts-gce-pd-1-27", "ValidateStatefulSetSpec (no read-only GCE PD check for StatefulSets)",
       sts({"replicas": 3}, gce_pd), version="1.27")

    # ------------------------------------------------------------ DaemonSet
    bad("ds-selector-missing", "TestValidateDaemonSet/errorCases (nil selector: no Required, it matches nothing)",
        ds({"selector": None}), "spec.template.metadata.labels: Invalid value")
    bad("ds-selector-empty", "TestValidateDaemonSet/errorCases (empty selector: matches everything, then refused as empty)",
        ds({"selector": {}}), "spec.selector: Invalid value")
    bad("ds-selector-bad-operator", "ValidateDaemonSetSpec (an unparsable selector skips the label match; the template is still checked)",
        ds({"selector": unselected}, {"restartPolicy": "Never"}),
        "spec.selector.matchExpressions[0].operator: Invalid value",
        "spec.template.spec.restartPolicy: Unsupported value")
    ok("ds-on-delete-with-rolling-update", "ValidateDaemonSetUpdateStrategy (OnDelete: rollingUpdate is not checked)",
       ds({"updateStrategy": {"type": "OnDelete", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 0}}}))
    bad("ds-both-zero-percent", "ValidateRollingUpdateDaemonSet (0% and 0%)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "0%", "maxSurge": "0%"}}}),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value")
    bad("ds-template-hostname", "ValidatePodTemplateSpec (a DaemonSet's template hostname is checked)",
        ds(tmpl={"hostname": "Agent_Host"}), "spec.template.spec.hostname: Invalid value")

    # ------------------------------------------------------------ apps/v1 conversion annotations
    # Convert_v1_Deployment_To_apps_Deployment / Convert_v1_DaemonSet_To_apps_DaemonSet turn these
    # annotations into internal fields before validation; a value ParseInt refuses fails decoding.
    def annotated(manifest, key, value):
        manifest["metadata"]["annotations"] = {key: value}
        return manifest

    ok("ds-template-generation-exported", "Convert_v1_DaemonSet_To_apps_DaemonSet (kubectl get -o yaml keeps deprecated.daemonset.template.generation)",
       annotated(ds(), "deprecated.daemonset.template.generation", "3"))
    # The decoded templateGeneration is raised to 1 by the DaemonSet strategy's PrepareForCreate
    # (pkg/registry/apps/daemonset/strategy.go) before ValidateDaemonSetSpec checks it (apps17).
    bad("ds-template-generation-negative", "PrepareForCreate (templateGeneration < 1 becomes 1) then ValidateDaemonSetSpec: only minReadySeconds is refused",
        annotated(ds({"minReadySeconds": -1}), "deprecated.daemonset.template.generation", "-1"),
        "spec.minReadySeconds: Invalid value")
    bad("ds-template-generation-not-a-number", "Convert_v1_DaemonSet_To_apps_DaemonSet (strconv.ParseInt fails: the request is refused before validation)",
        annotated(ds({"minReadySeconds": -1}), "deprecated.daemonset.template.generation", "one"),
        "metadata.annotations[deprecated.daemonset.template.generation]: Invalid value")
    bad("deploy-rollback-to-negative", "ValidateRollback (spec.rollbackTo from deprecated.deployment.rollback.to, at spec.rollback.version)",
        annotated(deploy({"revisionHistoryLimit": -1}), "deprecated.deployment.rollback.to", "-2"),
        "spec.revisionHistoryLimit: Invalid value", "spec.rollback.version: Invalid value")
    ok("deploy-rollback-to-empty", "Convert_v1_Deployment_To_apps_Deployment (an empty rollback annotation is ignored)",
       annotated(deploy(), "deprecated.deployment.rollback.to", ""))
    bad("deploy-rollback-to-not-a-number", "Convert_v1_Deployment_To_apps_Deployment (failed to parse annotation as int64)",
        annotated(deploy(), "deprecated.deployment.rollback.to", "latest"),
        "metadata.annotations[deprecated.deployment.rollback.to]: Invalid value")

    # getIntOrPercentValue on a string that is not a percentage: intstr's IntValue, strconv.Atoi
    # (ASCII digits only, 0 when it fails, clamped on overflow).
    bad("ds-unavailable-non-ascii-digit", "ValidateRollingUpdateDaemonSet (Atoi refuses a non-ASCII digit: the value counts as 0)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "\u0663", "maxSurge": 0}}}),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value",
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value")
    bad("ds-surge-overflow", "ValidateRollingUpdateDaemonSet (Atoi clamps an overflowing number: non-zero, so both are set)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "99999999999"}}}),
        "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value",
        "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value")

    # The archived kubernetes/examples CockroachDB StatefulSet: the template also declares the
    # claim template's volume itself (a persistentVolumeClaim of the same name), which 1.34+
    # servers replace with the claim's volume.
    ok("sts-cockroachdb-shaped-1-34", "kubernetes/examples cockroachdb-statefulset.yaml (template volume 'datadir' repeats the claim template's)",
       sts({"podManagementPolicy": "Parallel", "replicas": 3, "updateStrategy": {"type": "RollingUpdate"}},
           {"containers": [c("cockroachdb", "cockroachdb/cockroach:v24.1.0",
                             volumeMounts=[{"name": "datadir", "mountPath": "/cockroach/cockroach-data"}])],
            "volumes": [{"name": "datadir", "persistentVolumeClaim": {"claimName": "datadir"}}]},
           claims=[claim("datadir", resources={"requests": {"storage": "100Gi"}})]), version="1.34")
