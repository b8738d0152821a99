"""Workload cases for the validation corpus (imported by _generate.py, which writes them).

Each case is derived from a case of upstream kubernetes/kubernetes pkg/apis/batch/validation and
pkg/apis/apps/validation validation_test.go (named in "# source:"), turned into the YAML a user
would send, or is a typical manifest that real servers accept. The expected errors are written by
hand from validation.go and the apps/batch v1 defaults (SetDefaults_Job, SetDefaults_StatefulSet,
SetDefaults_DaemonSet) per version, never copied from the validator's output.
"""
import copy


def add(case, c):
    work = c("main", "busybox:1.37")
    sidecar = c("proxy", "envoyproxy/envoy:v1.31.0", restartPolicy="Always")

    def job(spec=None, init=None, restart="Never", name="train"):
        tmpl_spec = {"containers": [copy.deepcopy(work)]}
        if restart:
            tmpl_spec["restartPolicy"] = restart
        if init:
            tmpl_spec["initContainers"] = init
        s = dict(spec or {})
        s["template"] = {"spec": tmpl_spec}
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name}, "spec": s}

    def pfp(*rules):
        return {"podFailurePolicy": {"rules": list(rules)}}

    def exit_rule(action="FailJob", operator="In", values=(42,), container=None):
        codes = {"operator": operator, "values": list(values)}
        if container:
            codes["containerName"] = container
        return {"action": action, "onExitCodes": codes}

    ignore_disruption = {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]}

    # ------------------------------------------------------------ Job: podFailurePolicy
    case("valid-job-pod-failure-policy", "TestValidateJob/successCases (valid pod failure policy; onPodConditions status defaulted to True)",
         job(pfp(exit_rule(container="main"), ignore_disruption, exit_rule("Count", "NotIn", (0, 1, 2)))))
    case("valid-job-pod-failure-policy-sidecar", "TestValidateJob/successCases (containerName of an init container: the set holds containers and initContainers)",
         job(pfp(exit_rule(container="proxy")), init=[sidecar]))
    case("wl-job-pfp-unknown-container", "TestValidateJob/errorCases (pod failure policy: containerName not in the template)",
         job(pfp(exit_rule(container="trainer"))),
         "spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value")
    case("wl-job-pfp-restart-on-failure", "TestValidateJob/errorCases (pod failure policy with restartPolicy OnFailure)",
         job(pfp(exit_rule()), restart="OnFailure"),
         "spec.template.spec.restartPolicy: Invalid value")
    case("wl-job-pfp-no-restart-policy", "TestValidateJob/errorCases (restartPolicy defaulted to Always)",
         job(pfp(exit_rule()), restart=None),
         "spec.template.spec.restartPolicy: Required value")
    case("wl-job-pfp-in-zero", "TestValidateJob/errorCases (exit code 0 with the In operator)",
         job(pfp(exit_rule(values=(0, 1)))),
         "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value")
    case("wl-job-pfp-values-duplicate-unordered", "TestValidateJob/errorCases (duplicated and unordered exit codes)",
         job(pfp(exit_rule(operator="NotIn", values=(2, 1, 1)))),
         "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value",
         "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value")
    case("wl-job-pfp-values-empty", "TestValidateJob/errorCases (empty exit code values)",
         job(pfp(exit_rule(values=()))),
         "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value")
    case("wl-job-pfp-operator-missing", "TestValidateJob/errorCases (onExitCodes without operator)",
         job(pfp({"action": "FailJob", "onExitCodes": {"values": [1]}})),
         "spec.podFailurePolicy.rules[0].onExitCodes.operator: Required value")
    case("wl-job-pfp-operator-unknown", "TestValidateJob/errorCases (unknown onExitCodes operator)",
         job(pfp(exit_rule(operator="Between", values=(1,)))),
         "spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value")
    case("wl-job-pfp-no-requirement", "TestValidateJob/errorCases (neither onExitCodes nor onPodConditions)",
         job(pfp({"action": "FailJob"})),
         "spec.podFailurePolicy.rules[0]: Invalid value")
    case("wl-job-pfp-both-requirements", "TestValidateJob/errorCases (both onExitCodes and onPodConditions)",
         job(pfp({"action": "FailJob", "onExitCodes": {"operator": "In", "values": [1]},
                  "onPodConditions": [{"type": "DisruptionTarget"}]})),
         "spec.podFailurePolicy.rules[0]: Invalid value")
    case("wl-job-pfp-action-unknown", "TestValidateJob/errorCases (unknown action)",
         job(pfp(exit_rule(action="Restart"))),
         "spec.podFailurePolicy.rules[0].action: Unsupported value")
    case("wl-job-pfp-action-missing", "TestValidateJob/errorCases (empty action)",
         job(pfp({"onExitCodes": {"operator": "In", "values": [1]}})),
         "spec.podFailurePolicy.rules[0].action: Required value")
    case("wl-job-pfp-fail-index-without-per-index", "TestValidateJob/errorCases (FailIndex requires backoffLimitPerIndex)",
         job(dict(pfp(exit_rule(action="FailIndex")), completionMode="Indexed", completions=3)),
         "spec.podFailurePolicy.rules[0].action: Invalid value")
    case("ver-job-pfp-fail-index-1-27", "TestValidateJob/errorCases (1.27: no FailIndex action yet)",
         job(pfp(exit_rule(action="FailIndex"))),
         "spec.podFailurePolicy.rules[0].action: Unsupported value", version="1.27")
    case("wl-job-pfp-condition-type-invalid", "TestValidateJob/errorCases (onPodConditions type not a qualified name)",
         job(pfp({"action": "Ignore", "onPodConditions": [{"type": "Disruption Target"}]})),
         "spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value")
    case("wl-job-pfp-condition-status-unknown", "TestValidateJob/errorCases (onPodConditions status not True/False/Unknown)",
         job(pfp({"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "Maybe"}]})),
         "spec.podFailurePolicy.rules[0].onPodConditions[0].status: Unsupported value")
    case("wl-job-pfp-too-many-rules", "TestValidateJob/errorCases (more than 20 rules)",
         job(pfp(*[exit_rule(values=(i + 1,)) for i in range(21)])),
         "spec.podFailurePolicy.rules: Too many")

    # ------------------------------------------------------------ Job: backoffLimitPerIndex, maxFailedIndexes
    case("valid-job-backoff-limit-per-index", "TestValidateJob/successCases (backoffLimitPerIndex and maxFailedIndexes, FailIndex)",
         job(dict(pfp(exit_rule(action="FailIndex")), completionMode="Indexed", completions=10,
                  parallelism=5, backoffLimitPerIndex=1, maxFailedIndexes=3)))
    case("wl-job-backoff-per-index-non-indexed", "TestValidateJob/errorCases (backoffLimitPerIndex requires indexed completion mode)",
         job({"backoffLimitPerIndex": 1}),
         "spec.backoffLimitPerIndex: Invalid value")
    case("wl-job-max-failed-without-per-index", "TestValidateJob/errorCases (maxFailedIndexes without backoffLimitPerIndex)",
         job({"completionMode": "Indexed", "completions": 5, "maxFailedIndexes": 2}),
         "spec.backoffLimitPerIndex: Required value")
    case("wl-job-max-failed-above-completions", "TestValidateJob/errorCases (maxFailedIndexes above completions)",
         job({"completionMode": "Indexed", "completions": 3, "backoffLimitPerIndex": 1, "maxFailedIndexes": 5}),
         "spec.maxFailedIndexes: Invalid value")
    case("wl-job-per-index-negative", "TestValidateJob/errorCases (negative backoffLimitPerIndex)",
         job({"completionMode": "Indexed", "completions": 3, "backoffLimitPerIndex": -1}),
         "spec.backoffLimitPerIndex: Invalid value")
    case("ver-job-per-index-gate-off-1-28", "TestValidateJob (JobBackoffLimitPerIndex alpha and off in 1.28: the field is dropped)",
         job({"backoffLimitPerIndex": 1}), version="1.28", warn=["spec.backoffLimitPerIndex"])

    # ------------------------------------------------------------ Job: successPolicy
    case("valid-job-success-policy", "TestValidateJob/successCases (successPolicy with succeededIndexes and succeededCount)",
         job({"completionMode": "Indexed", "completions": 5, "parallelism": 5,
              "successPolicy": {"rules": [{"succeededIndexes": "0-2,4", "succeededCount": 2}]}}))
    case("wl-job-success-policy-non-indexed", "TestValidateJob/errorCases (successPolicy requires indexed completion mode)",
         job({"successPolicy": {"rules": [{"succeededCount": 1}]}}),
         "spec.successPolicy: Invalid value")
    case("wl-job-success-policy-indexes-unordered", "TestValidateJob/errorCases (succeededIndexes not in increasing order)",
         job({"completionMode": "Indexed", "completions": 5, "successPolicy": {"rules": [{"succeededIndexes": "0-2,1"}]}}),
         "spec.successPolicy.rules[0].succeededIndexes: Invalid value")
    case("wl-job-success-policy-index-too-large", "TestValidateJob/errorCases (succeededIndexes beyond completions)",
         job({"completionMode": "Indexed", "completions": 5, "successPolicy": {"rules": [{"succeededIndexes": "3-5"}]}}),
         "spec.successPolicy.rules[0].succeededIndexes: Invalid value")
    case("wl-job-success-policy-count-above-completions", "TestValidateJob/errorCases (succeededCount above completions)",
         job({"completionMode": "Indexed", "completions": 5, "successPolicy": {"rules": [{"succeededCount": 6}]}}),
         "spec.successPolicy.rules[0].succeededCount: Invalid value")
    case("wl-job-success-policy-count-above-indexes", "TestValidateJob/errorCases (succeededCount above the number of succeededIndexes)",
         job({"completionMode": "Indexed", "completions": 5,
              "successPolicy": {"rules": [{"succeededIndexes": "0,1", "succeededCount": 3}]}}),
         "spec.successPolicy.rules[0].succeededCount: Invalid value")
    case("wl-job-success-policy-empty-rule", "TestValidateJob/errorCases (a rule with neither succeededCount nor succeededIndexes)",
         job({"completionMode": "Indexed", "completions": 5, "successPolicy": {"rules": [{}]}}),
         "spec.successPolicy.rules[0]: Required value")
    case("ver-job-success-policy-gate-off-1-30", "TestValidateJob (JobSuccessPolicy alpha and off in 1.30: the field is dropped)",
         job({"successPolicy": {"rules": [{"succeededCount": 1}]}}), version="1.30",
         warn=["spec.successPolicy"])

    # ------------------------------------------------------------ Job: podReplacementPolicy, managedBy, counts
    case("wl-job-pod-replacement-with-pfp", "TestValidateJob/errorCases (podReplacementPolicy TerminatingOrFailed with podFailurePolicy)",
         job(dict(pfp(exit_rule()), podReplacementPolicy="TerminatingOrFailed")),
         "spec.podReplacementPolicy: Unsupported value")
    case("wl-job-pod-replacement-unknown", "TestValidateJob/errorCases (unknown podReplacementPolicy)",
         job({"podReplacementPolicy": "Always"}),
         "spec.podReplacementPolicy: Unsupported value")
    case("valid-job-pod-replacement-failed", "TestValidateJob/successCases (podReplacementPolicy Failed)",
         job({"podReplacementPolicy": "Failed"}))
    case("valid-job-managed-by", "TestValidateJob/successCases (managedBy a domain-prefixed path, as MultiKueue sets it)",
         job({"managedBy": "kueue.x-k8s.io/multikueue"}))
    case("wl-job-managed-by-no-domain", "TestValidateJob/errorCases (managedBy not a domain-prefixed path)",
         job({"managedBy": "kueue"}),
         "spec.managedBy: Invalid value")
    case("wl-job-managed-by-too-long", "TestValidateJob/errorCases (managedBy longer than 63 characters)",
         job({"managedBy": "example.com/" + "c" * 60}),
         "spec.managedBy: Too long")
    case("ver-job-managed-by-gate-off-1-31", "TestValidateJob (JobManagedBy alpha and off in 1.31: the field is dropped)",
         job({"managedBy": "kueue"}), version="1.31", warn=["spec.managedBy"])
    case("wl-job-negative-counts", "TestValidateJob/errorCases (negative ttlSecondsAfterFinished and activeDeadlineSeconds)",
         job({"activeDeadlineSeconds": -1, "ttlSecondsAfterFinished": -1}),
         "spec.activeDeadlineSeconds: Invalid value", "spec.ttlSecondsAfterFinished: Invalid value")

    # ------------------------------------------------------------ CronJob
    def cron(spec=None, job_spec=None):
        s = {"schedule": "*/15 * * * *", "jobTemplate": {"spec": job(job_spec)["spec"]}}
        s.update(spec or {})
        return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "report"}, "spec": s}

    # From 1.34 only: before, a job template's onPodConditions status was not defaulted
    # (kubernetes/kubernetes#131512, fixed by #131525; see _batch17_cases.py).
    case("valid-cronjob-time-zone-pfp", "TestValidateCronJob/successCases (timeZone, Forbid, pod failure policy in the job template)",
         cron({"timeZone": "Europe/Berlin", "concurrencyPolicy": "Forbid", "successfulJobsHistoryLimit": 0},
              pfp(ignore_disruption, exit_rule(container="main"))), version="1.34")
    case("wl-cronjob-pfp-unknown-container", "TestValidateCronJob/errorCases (job template pod failure policy names no container)",
         cron(job_spec=pfp(exit_rule(container="worker"))),
         "spec.jobTemplate.spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value")
    case("wl-cronjob-concurrency-unknown", "TestValidateCronJob/errorCases (concurrencyPolicy)",
         cron({"concurrencyPolicy": "Sometimes"}),
         "spec.concurrencyPolicy: Unsupported value")
    case("wl-cronjob-negative-limits", "TestValidateCronJob/errorCases (negative startingDeadlineSeconds and history limits)",
         cron({"startingDeadlineSeconds": -10, "failedJobsHistoryLimit": -1}),
         "spec.startingDeadlineSeconds: Invalid value", "spec.failedJobsHistoryLimit: Invalid value")
    case("wl-cronjob-time-zone-unknown", "TestValidateCronJob/errorCases (unknown timeZone)",
         cron({"timeZone": "Mars/Olympus_Mons"}),
         "spec.timeZone: Invalid value")

    # ------------------------------------------------------------ StatefulSet
    def sts(spec=None, claims=None, name="db"):
        s = {"serviceName": "db", "selector": {"matchLabels": {"app": "db"}},
             "template": {"metadata": {"labels": {"app": "db"}},
                          "spec": {"containers": [c("postgres", "postgres:17",
                                                    volumeMounts=[{"name": "data", "mountPath": "/var/lib/postgresql/data"}])]}},
             "volumeClaimTemplates": claims if claims is not None else [
                 {"metadata": {"name": "data"},
                  "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}}}]}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": name}, "spec": s}

    full = {"replicas": 3, "podManagementPolicy": "Parallel", "ordinals": {"start": 1},
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 1}},
            "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Delete", "whenScaled": "Retain"}}
    case("valid-statefulset-full", "TestValidateStatefulSet/successCases (partition, ordinals, claim retention, claim templates)",
         sts(full))
    case("valid-statefulset-full-1-34", "TestValidateStatefulSet/successCases (1.34: pod spec and claim templates are checked)",
         sts(full), version="1.34")
    case("wl-statefulset-partition-negative", "TestValidateStatefulSet/errorCases (negative partition)",
         sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": -1}}}),
         "spec.updateStrategy.rollingUpdate.partition: Invalid value")
    case("wl-statefulset-on-delete-rolling-update", "TestValidateStatefulSet/errorCases (OnDelete with rollingUpdate)",
         sts({"updateStrategy": {"type": "OnDelete", "rollingUpdate": {"partition": 1}}}),
         "spec.updateStrategy.rollingUpdate: Invalid value")
    case("wl-statefulset-strategy-unknown", "TestValidateStatefulSet/errorCases (unknown update strategy type)",
         sts({"updateStrategy": {"type": "Blue-Green"}}),
         "spec.updateStrategy: Invalid value")
    case("wl-statefulset-retention-unknown", "TestValidateStatefulSet/errorCases (invalid PersistentVolumeClaimRetentionPolicy)",
         sts({"persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Keep"}}),
         "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value")
    case("wl-statefulset-ordinals-negative", "TestValidateStatefulSet/errorCases (negative ordinals.start)",
         sts({"ordinals": {"start": -1}}),
         "spec.ordinals.start: Invalid value")
    case("ver-statefulset-max-unavailable-zero-1-35", "TestValidateStatefulSet/errorCases (maxUnavailable 0; MaxUnavailableStatefulSet beta in 1.35)",
         sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0}}}),
         "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value", version="1.35",
         gates=["MaxUnavailableStatefulSet=true"])  # on only up to 1.35.3 (#137926)
    case("ver-statefulset-max-unavailable-percent-1-37", "TestValidateStatefulSet/errorCases (maxUnavailable above 100%)",
         sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "150%"}}}),
         "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value", version="1.37")
    case("ver-statefulset-max-unavailable-gate-off-1-33", "TestValidateStatefulSet (MaxUnavailableStatefulSet alpha and off: the field is dropped)",
         sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0}}}),
         version="1.33", warn=["spec.updateStrategy.rollingUpdate.maxUnavailable"])
    case("ver-statefulset-max-unavailable-gate-off-1-36", "TestValidateStatefulSet (MaxUnavailableStatefulSet off by default in 1.36, #137904)",
         sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 2}}}),
         version="1.36", warn=["spec.updateStrategy.rollingUpdate.maxUnavailable"])
    case("ver-statefulset-service-name-1-33", "TestValidateStatefulSet/errorCases (serviceName not a DNS label, #130233, 1.33)",
         sts({"serviceName": "DB_Headless"}),
         "spec.serviceName: Invalid value", version="1.33")
    case("ver-statefulset-service-name-1-32", "TestValidateStatefulSet/successCases (1.32 does not check serviceName)",
         sts({"serviceName": "DB_Headless"}), version="1.32")
    case("valid-statefulset-no-service-name", "TestValidateStatefulSet/successCases (serviceName optional)",
         sts({"serviceName": ""}))
    case("ver-statefulset-claim-no-access-modes-1-34", "TestValidateStatefulSet/errorCases (claim template without accessModes, #132212)",
         sts(claims=[{"metadata": {"name": "data"}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}]),
         "spec.volumeClaimTemplates[0].spec.accessModes: Required value", version="1.34")
    case("ver-statefulset-claim-no-access-modes-1-33", "TestValidateStatefulSet/successCases (1.33 does not check claim templates)",
         sts(claims=[{"metadata": {"name": "data"}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}]),
         version="1.33")
    case("ver-statefulset-claim-no-storage-1-35", "TestValidateStatefulSet/errorCases (claim template without a storage request)",
         sts(claims=[{"metadata": {"name": "data"}, "spec": {"accessModes": ["ReadWriteOnce"]}}]),
         "spec.volumeClaimTemplates[0].spec.resources[storage]: Required value", version="1.35")
    case("ver-statefulset-claim-rwop-mixed-1-34", "TestValidateStatefulSet/errorCases (ReadWriteOncePod with another access mode)",
         sts(claims=[{"metadata": {"name": "data"},
                      "spec": {"accessModes": ["ReadWriteOncePod", "ReadOnlyMany"], "volumeMode": "Raw",
                               "resources": {"requests": {"storage": "1Gi"}}}}]),
         "spec.volumeClaimTemplates[0].spec.accessModes: Forbidden",
         "spec.volumeClaimTemplates[0].spec.volumeMode: Unsupported value", version="1.34")

    def claim(**spec):
        d = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}
        d.update(spec)
        return [{"metadata": {"name": "data"}, "spec": d}]

    case("ver-statefulset-claim-snapshot-source-1-34", "TestValidateStatefulSet/successCases (claim template restored from a snapshot)",
         sts(claims=claim(dataSourceRef={"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "nightly"},
                          volumeAttributesClassName="gold")), version="1.34")
    case("ver-statefulset-claim-core-data-source-1-34", "TestValidatePersistentVolumeClaimSpec/errorCases (core-group dataSource that is not a claim)",
         sts(claims=claim(dataSource={"kind": "Pod", "name": "p"})),
         "spec.volumeClaimTemplates[0].spec.dataSource: Invalid value", version="1.34")
    case("ver-statefulset-claim-bad-vac-1-35", "TestValidatePersistentVolumeClaimSpec/errorCases (volumeAttributesClassName not a DNS subdomain)",
         sts(claims=claim(volumeAttributesClassName="Gold_Class")),
         "spec.volumeClaimTemplates[0].spec.volumeAttributesClassName: Invalid value", version="1.35")
    case("ver-statefulset-claim-bad-selector-1-34", "TestValidatePersistentVolumeClaimSpec/errorCases (invalid selector)",
         sts(claims=claim(selector={"matchLabels": {"tier": "a b"}})),
         "spec.volumeClaimTemplates[0].spec.selector.matchLabels: Invalid value", version="1.34")
    case("valid-statefulset-claim-status", "kubectl get -o yaml output (claim templates carry status: phase: Pending)",
         sts(claims=[{"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                      "metadata": {"creationTimestamp": None, "name": "data"},
                      "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}},
                               "volumeMode": "Filesystem"},
                      "status": {"phase": "Pending"}}]), version="1.34")
    case("ver-statefulset-claim-core-data-source-1-33", "TestValidateStatefulSet/successCases (1.33 does not check claim templates)",
         sts(claims=claim(dataSource={"kind": "Pod", "name": "p"})), version="1.33")

    # ------------------------------------------------------------ DaemonSet
    def ds(strategy=None):
        s = {"selector": {"matchLabels": {"app": "agent"}},
             "template": {"metadata": {"labels": {"app": "agent"}},
                          "spec": {"containers": [c("agent", "fluent/fluent-bit:3.1")]}}}
        if strategy is not None:
            s["updateStrategy"] = strategy
        return {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent"}, "spec": s}

    case("valid-daemonset-rolling-percent", "TestValidateDaemonSet/successCases (maxUnavailable 10%)",
         ds({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "10%"}}))
    case("valid-daemonset-surge", "TestValidateDaemonSet/successCases (maxSurge with maxUnavailable 0)",
         ds({"rollingUpdate": {"maxUnavailable": 0, "maxSurge": "25%"}}))
    case("valid-daemonset-on-delete", "TestValidateDaemonSet/successCases (OnDelete)",
         ds({"type": "OnDelete"}))
    case("wl-daemonset-both-zero", "TestValidateDaemonSetUpdateStrategy/errorCases (maxUnavailable and maxSurge both 0)",
         ds({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 0}}),
         "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value")
    case("wl-daemonset-both-set", "TestValidateDaemonSetUpdateStrategy/errorCases (both non-zero)",
         ds({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 1}}),
         "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value")
    case("wl-daemonset-surge-with-default-unavailable", "TestValidateDaemonSetUpdateStrategy/errorCases (maxSurge set, maxUnavailable defaulted to 1)",
         ds({"rollingUpdate": {"maxSurge": "25%"}}),
         "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value")
    case("wl-daemonset-percent-above-100", "TestValidateDaemonSetUpdateStrategy/errorCases (maxUnavailable above 100%)",
         ds({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "150%"}}),
         "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value")
    case("wl-daemonset-percent-malformed", "TestValidateDaemonSetUpdateStrategy/errorCases (not a percent: its value counts as 0, as intstr's IntValue gives)",
         ds({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "ten"}}),
         "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value",
         "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value")
    case("wl-daemonset-strategy-unknown", "TestValidateDaemonSetUpdateStrategy/errorCases (unknown type)",
         ds({"type": "Canary"}),
         "spec.updateStrategy: Unsupported value")

    # ------------------------------------------------------------ Deployment
    def deploy(spec=None):
        s = {"selector": {"matchLabels": {"app": "web"}},
             "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [c()]}}}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": s}

    case("valid-deployment-strategy", "TestValidateDeployment/successCases (maxSurge 1, maxUnavailable 0)",
         deploy({"replicas": 3, "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
                 "minReadySeconds": 10, "progressDeadlineSeconds": 120}))
    case("wl-deployment-recreate-with-rolling-update", "TestValidateDeployment/errorCases (Recreate with rollingUpdate)",
         deploy({"strategy": {"type": "Recreate", "rollingUpdate": {"maxSurge": 1}}}),
         "spec.strategy.rollingUpdate: Forbidden")
    case("wl-deployment-both-zero", "TestValidateDeployment/errorCases (maxSurge and maxUnavailable both 0)",
         deploy({"strategy": {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 0}}}),
         "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")
    case("wl-deployment-progress-deadline", "TestValidateDeployment/errorCases (progressDeadlineSeconds not above minReadySeconds)",
         deploy({"minReadySeconds": 30, "progressDeadlineSeconds": 30}),
         "spec.progressDeadlineSeconds: Invalid value")
    case("wl-deployment-negative-counts", "TestValidateDeployment/errorCases (negative replicas and revisionHistoryLimit)",
         deploy({"replicas": -1, "revisionHistoryLimit": -1}),
         "spec.replicas: Invalid value", "spec.revisionHistoryLimit: Invalid value")

    # ------------------------------------------------------------ realistic workloads (accepted by real servers)
    case("real-statefulset-web-docs", "TestValidateStatefulSet/successCases (the StatefulSet basics tutorial: nginx, claim templates, storage class)",
         {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "web"},
          "spec": {"selector": {"matchLabels": {"app": "nginx"}}, "serviceName": "nginx", "replicas": 3,
                   "minReadySeconds": 10,
                   "template": {"metadata": {"labels": {"app": "nginx"}},
                                "spec": {"terminationGracePeriodSeconds": 10,
                                         "containers": [c("nginx", "registry.k8s.io/nginx-slim:0.24",
                                                          ports=[{"containerPort": 80, "name": "web"}],
                                                          volumeMounts=[{"name": "www", "mountPath": "/usr/share/nginx/html"}])]}},
                   "volumeClaimTemplates": [{"metadata": {"name": "www"},
                                             "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "my-storage-class",
                                                      "resources": {"requests": {"storage": "1Gi"}}}}]}},
         version="1.35")
    case("real-job-indexed-per-index-docs", "TestValidateJob/successCases (the backoffLimitPerIndex example of the Job docs)",
         job({"completions": 10, "parallelism": 3, "completionMode": "Indexed",
              "backoffLimitPerIndex": 1, "maxFailedIndexes": 5}, name="job-backoff-limit-per-index-example"))
    case("real-job-success-policy-docs", "TestValidateJob/successCases (the successPolicy example of the Job docs)",
         job({"parallelism": 10, "completions": 10, "completionMode": "Indexed",
              "successPolicy": {"rules": [{"succeededIndexes": "0", "succeededCount": 1}]}},
             name="job-success"), version="1.33")
    case("real-job-pod-failure-policy-docs", "TestValidateJob/successCases (the pod failure policy example of the Job docs)",
         job(dict(pfp(exit_rule(container="main"), ignore_disruption), completions=8, parallelism=2,
                  backoffLimit=6), name="job-pod-failure-policy-example"), version="1.29")
    case("real-daemonset-fluentd-docs", "TestValidateDaemonSet/successCases (the DaemonSet docs example: tolerations, hostPath)",
         {"apiVersion": "apps/v1", "kind": "DaemonSet",
          "metadata": {"name": "fluentd-elasticsearch", "namespace": "kube-system", "labels": {"k8s-app": "fluentd-logging"}},
          "spec": {"selector": {"matchLabels": {"name": "fluentd-elasticsearch"}},
                   "template": {"metadata": {"labels": {"name": "fluentd-elasticsearch"}},
                                "spec": {"tolerations": [{"key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"}],
                                         "containers": [c("fluentd-elasticsearch", "quay.io/fluentd_elasticsearch/fluentd:v5.0.1",
                                                          resources={"limits": {"memory": "200Mi"}, "requests": {"cpu": "100m", "memory": "200Mi"}},
                                                          volumeMounts=[{"name": "varlog", "mountPath": "/var/log"}])],
                                         "terminationGracePeriodSeconds": 30,
                                         "volumes": [{"name": "varlog", "hostPath": {"path": "/var/log"}}]}}}})
    case("wl-deployment-gce-pd-read-write", "TestValidateDeployment/errorCases (ValidateReadOnlyPersistentDisks: more than one replica; 1.28, before SkipReadOnlyValidationGCE is on)",
         deploy({"replicas": 2, "template": {"metadata": {"labels": {"app": "web"}},
                                              "spec": {"containers": [c()],
                                                       "volumes": [{"name": "pd", "gcePersistentDisk": {"pdName": "data"}}]}}}),
         "spec.template.spec.volumes[0].gcePersistentDisk.readOnly: Invalid value", version="1.28")
    case("valid-deployment-gce-pd-one-replica", "TestValidateDeployment/successCases (a read-write GCE PD with one replica)",
         deploy({"template": {"metadata": {"labels": {"app": "web"}},
                              "spec": {"containers": [c()],
                                       "volumes": [{"name": "pd", "gcePersistentDisk": {"pdName": "data"}}]}}}))

    # ------------------------------------------------------------ versions: fields a version lacks, gates
    case("ver-job-per-index-1-27", "TestValidateJob (1.27 has no backoffLimitPerIndex: an unknown field, dropped)",
         job({"backoffLimitPerIndex": 1}), version="1.27", warn=["spec.backoffLimitPerIndex"])
    case("ver-job-pod-replacement-gate-off-1-28", "TestValidateJob (JobPodReplacementPolicy alpha and off in 1.28: dropped before the pod failure policy rule)",
         job(dict(pfp(exit_rule()), podReplacementPolicy="TerminatingOrFailed")), version="1.28",
         warn=["spec.podReplacementPolicy"])
    case("ver-statefulset-recreate-gate-on-1-37", "TestValidateStatefulSet/successCases (Recreate with StatefulSetRecreateStrategy on)",
         sts({"updateStrategy": {"type": "Recreate"}}), version="1.37",
         gates=["StatefulSetRecreateStrategy=true"])
    case("ver-statefulset-recreate-gate-off-1-37", "TestValidateStatefulSet/errorCases (Recreate with its gate off)",
         sts({"updateStrategy": {"type": "Recreate"}}),
         "spec.updateStrategy: Invalid value", version="1.37")

    # ------------------------------------------------------------ Job: generated selector and labels
    exported = job()
    exported["spec"]["template"]["metadata"] = {"labels": {
        "batch.kubernetes.io/controller-uid": "3c4e9a5e-7f5e-4a47-9a39-2f1d0e0a1b2c",
        "batch.kubernetes.io/job-name": "train", "controller-uid": "3c4e9a5e-7f5e-4a47-9a39-2f1d0e0a1b2c",
        "job-name": "train"}}
    case("real-job-exported-with-uid-labels", "TestValidateJob/errorCases (ValidateHasLabel: template labels copied from kubectl get -o yaml keep the old uid)",
         exported,
         "spec.template.metadata.labels[controller-uid]: Invalid value",
         "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value",
         # ValidateJobSpec: the generated selector (batch.kubernetes.io/controller-uid = the new
         # uid) does not select the template, which keeps the old uid (batch17 audit)
         "spec.template.metadata.labels: Invalid value")
    renamed = job()
    renamed["spec"]["template"]["metadata"] = {"labels": {"job-name": "train-v1"}}
    case("wl-job-template-job-name-label", "TestValidateJob/errorCases (ValidateHasLabel: job-name label not the job's name)",
         renamed, "spec.template.metadata.labels[job-name]: Invalid value")
    named = job({"selector": {"matchLabels": {"job-name": "train"}}})
    case("valid-job-selector-of-generated-labels", "TestValidateJob/successCases (a selector on the job-name label matches the generated labels)",
         named)
