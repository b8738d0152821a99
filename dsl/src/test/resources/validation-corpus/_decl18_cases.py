"""Declarative validation (KEP-5073) cases for 1.33 to 1.37 (issue 10), imported by _generate.py.

Upstream merges the hand-written errors with the declarative ones in
k8s.io/apiserver pkg/registry/rest/validate.go (ValidateDeclarativelyWithMigrationChecks: v0.35.0
appends them only with DeclarativeValidationTakeover, off by default; v0.36.0 and v0.37.0-beta.0
enforce unprefixed and, with DeclarativeValidationBeta on, +k8s:beta rules, never +k8s:alpha
ones). The tags are those of kubernetes/api core/v1, apps/v1, batch/v1 types.go at v0.33.0 to
v0.37.0-beta.0 and of kubernetes/apimachinery pkg/apis/meta/v1/types.go (ObjectMeta, alpha only
in v0.37.0-beta.0). For Pod, Deployment, StatefulSet, DaemonSet, Job and CronJob the only enforced
declarative rule on an existing field is CronJobSpec.schedule's +k8s:beta(since: "1.37")=
+k8s:required; every other tag on their fields is alpha (shadowed), so the hand-written errors
keep their place and words. The expected errors ("<path>: <type>", in the server's order) are
written by hand from those sources and pkg/apis/{apps,batch,core}/validation, never copied from
the validator's output. File names start with "decl18-" (refused) or "valid-decl18-" (accepted).
"""


def add(c, named):
    bad, ok = named("decl18")

    def job_spec(extra=None, restart="Never"):
        s = dict(extra or {})
        s["template"] = {"spec": {"restartPolicy": restart,
                                  "containers": [c("main", "busybox:1.37")]}}
        return s

    def cron(spec=None, name="nightly", job=None, restart="Never"):
        s = {"schedule": "0 3 * * *", "jobTemplate": {"spec": job_spec(job, restart)}}
        s.update(spec or {})
        return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": name}, "spec": s}

    def job(spec=None, name="train"):
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name},
                "spec": job_spec(spec)}

    labels = {"app": "web"}

    def deploy(spec=None, name="web"):
        s = {"selector": {"matchLabels": dict(labels)},
             "template": {"metadata": {"labels": dict(labels)},
                          "spec": {"containers": [c("app", "nginx:1.27")]}}}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name}, "spec": s}

    def sts(spec=None, name="db"):
        s = {"serviceName": "db", "selector": {"matchLabels": dict(labels)},
             "template": {"metadata": {"labels": dict(labels)},
                          "spec": {"containers": [c("app", "nginx:1.27")]}}}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": name}, "spec": s}

    # ------------------------------------------------------------ CronJob schedule: beta in 1.37
    # The hand-written Required (validateCronJobSpec) is covered by the declarative +k8s:required.
    # With DeclarativeValidationBeta on (1.37 default) FilterCoveredHandwrittenErrors drops it and
    # the enforced declarative Required is appended after every hand-written error: the job
    # template's, the history limits' and the 52-character name rule of ValidateCronJobCreate.
    many = {"schedule": "", "concurrencyPolicy": "Sometimes", "successfulJobsHistoryLimit": -1}
    bad("cronjob-schedule-empty-last-1-37", "ValidateDeclarativelyWithMigrationChecks (beta +k8s:required on "
        "CronJobSpec.schedule, appended after the hand-written errors; kubernetes/api 48344fcc2)",
        cron(many, name="n" * 53, job={"parallelism": -1}),
        "spec.concurrencyPolicy: Unsupported value",
        "spec.jobTemplate.spec.parallelism: Invalid value",
        "spec.successfulJobsHistoryLimit: Invalid value",
        "metadata.name: Invalid value",
        "spec.schedule: Required value", version="1.37")
    # With the safety switch off the beta rule runs in shadow: hand-written order.
    bad("cronjob-schedule-empty-beta-off-1-37", "FilterEnforcedDeclarativeErrors (DeclarativeValidationBeta off: "
        "beta rules shadowed, the hand-written Required stays first)",
        cron(many, name="n" * 53, job={"parallelism": -1}),
        "spec.schedule: Required value",
        "spec.concurrencyPolicy: Unsupported value",
        "spec.jobTemplate.spec.parallelism: Invalid value",
        "spec.successfulJobsHistoryLimit: Invalid value",
        "metadata.name: Invalid value", version="1.37", gates=["DeclarativeValidationBeta=false"])
    bad("cronjob-schedule-empty-1-36", "validateCronJobSpec (1.36: +k8s:alpha(since: \"1.36\")=+k8s:required is shadowed)",
        cron(many, job={"parallelism": -1}),
        "spec.schedule: Required value",
        "spec.concurrencyPolicy: Unsupported value",
        "spec.jobTemplate.spec.parallelism: Invalid value",
        "spec.successfulJobsHistoryLimit: Invalid value", version="1.36")
    # 1.35: no tag on CronJobSpec.schedule (kubernetes/api v0.35.0), so turning the takeover on
    # changes nothing (inferred: the 1.35 CronJob strategy itself was not read).
    bad("cronjob-schedule-empty-takeover-1-35", "validateCronJobSpec (1.35: no declarative tag on schedule; "
        "DeclarativeValidationTakeover has nothing to take over)",
        cron(many, job={"parallelism": -1}),
        "spec.schedule: Required value",
        "spec.concurrencyPolicy: Unsupported value",
        "spec.jobTemplate.spec.parallelism: Invalid value",
        "spec.successfulJobsHistoryLimit: Invalid value", version="1.35",
        gates=["DeclarativeValidationTakeover=true"])
    bad("cronjob-schedule-empty-1-33", "validateCronJobSpec (1.33: no declarative tag on schedule)",
        cron({"schedule": "", "startingDeadlineSeconds": -5}),
        "spec.schedule: Required value",
        "spec.startingDeadlineSeconds: Invalid value", version="1.33")
    # Only the empty schedule moves: a malformed one is the hand-written Invalid, in place.
    bad("cronjob-schedule-malformed-in-place-1-37", "validateScheduleFormat (no declarative rule for the syntax)",
        cron({"schedule": "61 * * * *", "startingDeadlineSeconds": -5}),
        "spec.schedule: Invalid value",
        "spec.startingDeadlineSeconds: Invalid value", version="1.37")
    ok("cronjob-1-37-beta-off", "TestValidateCronJob/successCases (DeclarativeValidationBeta off)",
       cron(), version="1.37", gates=["DeclarativeValidationBeta=false"])
    ok("cronjob-1-37", "TestValidateCronJob/successCases", cron(), version="1.37")
    # The job template's spec.scheduling rules (gang.minCount: unprefixed +k8s:minimum=1,
    # kubernetes/api 10b39a39b scheduling/v1alpha3) stay enforced with the beta switch off, after
    # the hand-written schedule Required; with it on, both declarative errors follow
    # validation-gen's field order. The gate is turned on: with WorkloadWithJob off the 1.37
    # CronJob strategy drops the field before validation (job.DropDisabledFields,
    # kubernetes/kubernetes#140188; corrected by wl20, these cases first used the gate-off Forbidden).
    gang = {"scheduling": {"schedulingPolicy": {"gang": {"minCount": 0}}}}
    min_count = "spec.jobTemplate.spec.scheduling.schedulingPolicy.gang.minCount: Invalid value"
    bad("cronjob-schedule-and-scheduling-1-37", "validation-gen field order (schedule, then jobTemplate.spec.scheduling)",
        cron({"schedule": ""}, job=gang),
        "spec.schedule: Required value",
        min_count, version="1.37", gates=["WorkloadWithJob=true"])
    bad("cronjob-schedule-and-scheduling-beta-off-1-37", "FilterEnforcedDeclarativeErrors (standard rules bypass "
        "the beta switch)",
        cron({"schedule": "", "startingDeadlineSeconds": -5}, job=gang),
        "spec.schedule: Required value",
        "spec.startingDeadlineSeconds: Invalid value",
        min_count, version="1.37", gates=["DeclarativeValidationBeta=false", "WorkloadWithJob=true"])

    # ------------------------------------------------------------ alpha rules in 1.37: shadowed
    # StatefulSetSpec.selector +k8s:alpha(since: "1.37")=+k8s:required (apps/v1 types.go):
    # the hand-written Required and the template-labels mismatch stay as in 1.36.
    bad("sts-selector-missing-1-37", "ValidateStatefulSetSpec (the 1.37 alpha +k8s:required on selector is shadowed)",
        sts({"selector": None}),
        "spec.selector: Required value", "spec.template.metadata.labels: Invalid value", version="1.37")
    # JobSpec.maxFailedIndexes +k8s:alpha(since: "1.37")=+k8s:dependentRequired("backoffLimitPerIndex").
    bad("job-max-failed-without-per-index-1-37", "validateJobSpec (backoffLimitPerIndex Required when maxFailedIndexes "
        "is specified; the 1.37 alpha dependentRequired is shadowed)",
        job({"completionMode": "Indexed", "completions": 5, "maxFailedIndexes": 2}),
        "spec.backoffLimitPerIndex: Required value", version="1.37")
    # Toleration.key +k8s:alpha(since: "1.37")=+k8s:format=k8s-label-key (core/v1 types.go).
    bad("pod-toleration-bad-key-1-37", "ValidateTolerations (the 1.37 alpha k8s-label-key format is shadowed)",
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"},
         "spec": {"containers": [c()], "tolerations": [{"key": "-k", "operator": "Exists"}],
                  "restartPolicy": "Always"}},
        "spec.tolerations[0].key: Invalid value", version="1.37")
    # ObjectMeta's 1.37 tags (kubernetes/apimachinery 926f69b28 line: all +k8s:alpha) are shadowed:
    # metadata errors keep their hand-written place, before the spec's.
    bad("deploy-bad-name-and-spec-1-37", "ValidateObjectMeta then ValidateDeploymentSpec (ObjectMeta's 1.37 rules are alpha)",
        deploy({"replicas": -1}, name="Web_1"),
        "metadata.name: Invalid value", "spec.replicas: Invalid value", version="1.37")
    bad("cronjob-bad-name-and-empty-schedule-1-37", "ValidateObjectMeta (hand-written, first) and the beta schedule "
        "Required (declarative, last)",
        cron({"schedule": "", "startingDeadlineSeconds": -5}, name="Nightly"),
        "metadata.name: Invalid value",
        "spec.startingDeadlineSeconds: Invalid value",
        "spec.schedule: Required value", version="1.37")
    ok("deploy-1-37", "TestValidateDeployment/successCases (no enforced declarative rule)", deploy(), version="1.37")
