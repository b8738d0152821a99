"""Per-version cases of the wl20 audit of the apps and batch create rules, 1.27 to 1.37 (issue 10),
imported by _generate.py, which writes them.

Each case sits on one side of a version boundary found by comparing upstream copies and release
notes of kubernetes/kubernetes pkg/apis/apps/validation/validation.go,
pkg/registry/apps/statefulset/strategy.go, pkg/apis/batch/validation/validation.go and
pkg/registry/batch/job/strategy.go; the copy or changelog entry is named in "# source:". The
expected errors and warnings ("# expect: <path>: <type>", in the server's order) are written by
hand from those sources, never copied from the validator's output. File names start with "wl20-"
(refused) or "valid-wl20-" (accepted by the server).
"""


def add(c, named):
    bad, ok = named("wl20")

    labels = {"app": "db"}

    def sts(spec=None, name="db"):
        s = {"serviceName": "db", "selector": {"matchLabels": dict(labels)},
             "template": {"metadata": {"labels": dict(labels)}, "spec": {"containers": [c()]}}}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": name}, "spec": s}

    # ------------------------------------------------------------ StatefulSet revisionHistoryLimit
    # kubernetes/kubernetes#129017, in the v1.33.0-alpha release notes (CHANGELOG-1.33.md), adds
    # to the StatefulSet strategy's WarningsOnCreate "spec.revisionHistoryLimit: a negative value
    # retains all historical revisions; a value >= 0 is recommended"; ValidateStatefulSetSpec
    # still does not check the field (a 1.34-era copy, aaron-prindle/kubernetes 693c5f53).
    ok("sts-negative-revision-history-1-32", "statefulset strategy.go WarningsOnCreate before #129017 (1.32: no warning, no error)",
       sts({"revisionHistoryLimit": -1}), version="1.32")
    ok("sts-negative-revision-history-1-33", "statefulset strategy.go WarningsOnCreate, #129017 (1.33: a negative limit warns)",
       sts({"revisionHistoryLimit": -1}), version="1.33", warn=["spec.revisionHistoryLimit"])
    ok("sts-negative-revision-history-1-27", "statefulset strategy.go WarningsOnCreate before #129017 (1.27)",
       sts({"revisionHistoryLimit": -5}), version="1.27")

    # ------------------------------------------------------------ Job: WarningsForJobSpec
    # kubernetes/kubernetes#118420 (approved 2023-06-15, the 1.28 cycle; no cherry-pick found)
    # adds pkg/api/job/warnings.go WarningsForJobSpec to the Job and CronJob strategies'
    # WarningsOnCreate: an Indexed Job of more than 10^5 completions and 10^4 parallelism warns
    # at its spec path. 1.27 has no such warning; validateJobSpec caps only parallelism (10^5).
    def big_indexed(completions=100001, parallelism=10001):
        return {"completionMode": "Indexed", "completions": completions, "parallelism": parallelism,
                "template": {"spec": {"restartPolicy": "Never", "containers": [c("main", "busybox:1.37")]}}}

    def job(spec, name="big"):
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name}, "spec": spec}

    def cron(job_spec):
        return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "big"},
                "spec": {"schedule": "0 3 * * *", "jobTemplate": {"spec": job_spec}}}

    ok("job-indexed-big-1-27", "job strategy.go WarningsOnCreate before #118420 (1.27: no warning)",
       job(big_indexed()), version="1.27")
    ok("job-indexed-big-1-28", "pkg/api/job/warnings.go WarningsForJobSpec, #118420 (1.28: completions > 10^5 and parallelism > 10^4)",
       job(big_indexed()), version="1.28", warn=["spec"])
    ok("job-indexed-big-parallelism-at-limit-1-28", "WarningsForJobSpec (parallelism 10^4 is not above the soft limit)",
       job(big_indexed(parallelism=10000)), version="1.28")
    ok("cronjob-indexed-big-1-27", "cronjob strategy.go WarningsOnCreate before #118420 (1.27: no warning)",
       cron(big_indexed()), version="1.27")
    ok("cronjob-indexed-big-1-28", "WarningsForJobSpec at the job template (1.28)",
       cron(big_indexed()), version="1.28", warn=["spec.jobTemplate.spec"])

    # ------------------------------------------------------------ Job: gated fields at their boundaries
    # pkg/registry/batch/job/strategy.go dropDisabledFields clears a field whose gate is off before
    # validation; validateJobSpec (a 1.31-or-later copy, with AllowForSuccessCriteriaMetInExtendedScope)
    # checks it once the gate is on. Stages: JobPodReplacementPolicy alpha 1.28, beta on 1.29;
    # JobSuccessPolicy alpha 1.30, beta on 1.31; JobManagedBy alpha 1.30 and 1.31, beta on 1.32
    # (pkg/features versioned specs).
    def plain(spec):
        s = dict(spec)
        s["template"] = {"spec": {"restartPolicy": "Never", "containers": [c("main", "busybox:1.37")]}}
        return job(s, name="myjob")

    ignore_disruption = {"rules": [{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]}]}
    bad("job-pod-replacement-unsupported-1-29", "validatePodReplacementPolicy (JobPodReplacementPolicy beta and on in 1.29)",
        plain({"podReplacementPolicy": "Sometimes"}), "spec.podReplacementPolicy: Unsupported value", version="1.29")
    bad("job-pod-replacement-with-failure-policy-1-29", "validatePodReplacementPolicy (with a podFailurePolicy only Failed, 1.29)",
        plain({"podReplacementPolicy": "TerminatingOrFailed", "podFailurePolicy": ignore_disruption}),
        "spec.podReplacementPolicy: Unsupported value", version="1.29")
    ok("job-pod-replacement-with-failure-policy-dropped-1-28", "dropDisabledFields (JobPodReplacementPolicy off in 1.28: the field is removed, the policy stays)",
       plain({"podReplacementPolicy": "TerminatingOrFailed", "podFailurePolicy": ignore_disruption}),
       version="1.28", warn=["spec.podReplacementPolicy"])
    ok("job-success-policy-dropped-1-30", "dropDisabledFields (JobSuccessPolicy off in 1.30: a NonIndexed job's policy is removed)",
       plain({"successPolicy": {"rules": [{"succeededCount": 1}]}}), version="1.30", warn=["spec.successPolicy"])
    bad("job-success-policy-non-indexed-1-31", "validateJobSpec (JobSuccessPolicy beta and on in 1.31: requires indexed completion mode)",
        plain({"successPolicy": {"rules": [{"succeededCount": 1}]}}), "spec.successPolicy: Invalid value", version="1.31")
    ok("job-managed-by-dropped-1-31", "dropDisabledFields (JobManagedBy alpha and off in 1.31)",
       plain({"managedBy": "foo"}), version="1.31", warn=["spec.managedBy"])
    bad("job-managed-by-not-prefixed-1-32", "validateJobSpec IsDomainPrefixedPath (JobManagedBy beta and on in 1.32)",
        plain({"managedBy": "foo"}), "spec.managedBy: Invalid value", version="1.32")

    # ------------------------------------------------------------ CronJob: job template spec.scheduling
    # 1.37 adds JobSpec.scheduling (kubernetes/api ac027108a, merged with kubernetes/kubernetes#140188
    # on 2026-07-20). That PR also makes the CronJob strategy's PrepareForCreate call
    # job.DropDisabledFields on the job template, so with WorkloadWithJob off the field is removed
    # before validation (no Forbidden from its +k8s:ifDisabled marker). 1.36 has no such field:
    # the decoder drops it as unknown.
    sched = {"scheduling": {"schedulingPolicy": {"gang": {"minCount": 0}}}, "parallelism": 2,
             "template": {"spec": {"restartPolicy": "Never", "containers": [c("main", "busybox:1.37")]}}}
    ok("cronjob-template-scheduling-unknown-1-36", "apps/batch v1 types of 1.36 (no JobSpec.scheduling: an unknown field)",
       cron(sched), version="1.36", warn=["spec.jobTemplate.spec.scheduling"])
    ok("cronjob-template-scheduling-dropped-1-37", "cronjob strategy.go PrepareForCreate, job.DropDisabledFields (#140188; "
       "WorkloadWithJob off: an invalid minCount is never validated)",
       cron(sched), version="1.37", warn=["spec.jobTemplate.spec.scheduling"])
    bad("cronjob-template-scheduling-gate-on-1-37", "JobSchedulingConfiguration via WorkloadPodGroupSchedulingPolicy "
        "gang.minCount +k8s:minimum=1 (WorkloadWithJob on)",
        cron(sched), "spec.jobTemplate.spec.scheduling.schedulingPolicy.gang.minCount: Invalid value",
        version="1.37", gates=["WorkloadWithJob=true"])

    # ------------------------------------------------------------ Deployment: GCE PD read-only
    # ValidatePodTemplateSpecForReplicaSet checks ValidateReadOnlyPersistentDisks for more than one
    # replica unless SkipReadOnlyValidationGCE is on: alpha (off) in 1.28, deprecated and on in 1.29
    # and 1.30, removed in 1.31 with the check ("The feature gate SkipReadOnlyValidationGCE has been
    # removed", kubernetes/kubernetes#124210, CHANGELOG-1.31).
    def deploy_pd(replicas=3):
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": "web"}},
                         "template": {"metadata": {"labels": {"app": "web"}},
                                      "spec": {"containers": [c()],
                                               "volumes": [{"name": "pd", "gcePersistentDisk": {"pdName": "data"}}]}}}}

    ok("deploy-gce-pd-gate-on-1-28", "ValidatePodTemplateSpecForReplicaSet (SkipReadOnlyValidationGCE turned on in 1.28: no check)",
       deploy_pd(), version="1.28", gates=["SkipReadOnlyValidationGCE=true"])
    ok("deploy-gce-pd-1-31", "ValidatePodTemplateSpecForReplicaSet (1.31: the check and its gate removed, #124210)",
       deploy_pd(), version="1.31")
