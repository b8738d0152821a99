"""Job and CronJob cases of the batch audit (issue 10), imported by _generate.py.

Each case follows a case of upstream kubernetes/kubernetes pkg/apis/batch/validation/validation_test.go
(TestValidateJob, TestValidateCronJob, TestValidateCronJobScheduleTZ; named in "# source:"), or a
rule of validation.go, pkg/apis/batch/v1/defaults.go (SetDefaults_Job, SetDefaults_CronJob) and
pkg/registry/batch/job/strategy.go (PrepareForCreate: generateSelector and the drops of fields
whose gate is off). The expected errors ("# expect: <path>: <type>", in the server's order) are
written by hand from those files, never copied from the validator's output. File names start
with "batch14-" (refused) or "valid-batch14-" (accepted by the server).
"""

import _batch_shapes


def add(c, named):
    bad, ok = named("batch14")

    def job(spec=None, name="myjob", restart="Never", labels=None, init=None):
        return _batch_shapes.job(c, spec, name, restart, labels, init)

    def cron(spec=None, name="mycronjob", job_spec=None, job_meta=None):
        return _batch_shapes.cron(job(job_spec, restart="OnFailure")["spec"], spec, name,
                                  job_meta=job_meta)

    def on_exit(action="FailJob", operator="In", values=(1, 2, 3), container=None):
        codes = {"operator": operator, "values": list(values)}
        if container:
            codes["containerName"] = container
        return {"action": action, "onExitCodes": codes}

    def pfp(*rules):
        return {"podFailurePolicy": {"rules": list(rules)}}

    indexed = {"completionMode": "Indexed", "completions": 5}

    # ------------------------------------------------------------ FailIndex with its gate off
    # strategy.go PrepareForCreate: with JobBackoffLimitPerIndex off, backoffLimitPerIndex and
    # maxFailedIndexes are cleared and the FailIndex rules removed, so nothing is refused.
    per_index = dict(pfp(on_exit("FailIndex", values=(10,)), on_exit("FailJob", values=(42,))),
                     completionMode="Indexed", completions=2, backoffLimitPerIndex=1)
    ok("fail-index-dropped-1-28", "TestValidateJob/successCases (valid pod failure policy with FailIndex; "
       "strategy PrepareForCreate drops the FailIndex rules while JobBackoffLimitPerIndex is off)",
       job(per_index), version="1.28",
       warn=["spec.backoffLimitPerIndex", "spec.podFailurePolicy.rules[0]"])
    ok("fail-index-gate-on-1-28", "TestValidateJob/successCases (valid pod failure policy with FailIndex)",
       job(per_index), version="1.28", gates=["JobBackoffLimitPerIndex=true"])
    ok("fail-index-gate-off-1-31", "TestValidateJob/successCases (FailIndex rules dropped with JobBackoffLimitPerIndex turned off)",
       job(per_index), version="1.31", gates=["JobBackoffLimitPerIndex=false"],
       warn=["spec.backoffLimitPerIndex", "spec.podFailurePolicy.rules[0]"])
    ok("fail-index-1-33", "TestValidateJob/successCases (valid pod failure policy with FailIndex)", job(per_index))
    # strategy.go PrepareForCreate: podFailurePolicy is cleared while JobPodFailurePolicy is off,
    # so OnFailure is no longer tied to it.
    ok("pod-failure-policy-gate-off-1-30", "TestValidateJob/successCases (pod failure policy dropped with JobPodFailurePolicy off)",
       job(pfp(on_exit("FailJob", values=(42,))), restart="OnFailure"), version="1.30",
       gates=["JobPodFailurePolicy=false"], warn=["spec.podFailurePolicy"])
    # The CronJob strategy drops only disabled pod template fields, never the job template's.
    kept = cron(job_spec=per_index)
    kept["spec"]["jobTemplate"]["spec"]["template"]["spec"]["restartPolicy"] = "Never"
    ok("cronjob-fail-index-kept-1-28", "TestValidateCronJob/successCases (cronjob strategy PrepareForCreate: DropDisabledTemplateFields only)",
       kept, version="1.28")
    kept_bad = cron(job_spec=dict(per_index, backoffLimitPerIndex=None))
    del kept_bad["spec"]["jobTemplate"]["spec"]["backoffLimitPerIndex"]
    kept_bad["spec"]["jobTemplate"]["spec"]["template"]["spec"]["restartPolicy"] = "Never"
    bad("cronjob-fail-index-without-per-index-1-28", "TestValidateCronJob/errorCases (job template FailIndex rule without backoffLimitPerIndex: not dropped)",
        kept_bad, "spec.jobTemplate.spec.podFailurePolicy.rules[0].action: Invalid value", version="1.28")

    # ------------------------------------------------------------ pod failure policy
    ok("pfp-negative-exit-codes", "TestValidateJob/successCases (valid pod failure policy with negative exitCodes - need for Windows support)",
       job(pfp(on_exit("FailJob", "NotIn", (-1073741819, -1073741676, -1073741510)))))
    ok("pfp-plain-init-container", "TestValidateJob/successCases (valid pod failure policy: containerName of an init container)",
       job(pfp(on_exit("Ignore", values=(4,), container="def")), init=[c("def", "busybox:1.37")]))
    bad("pfp-too-many-values", "TestValidateJob/errorCases (spec.podFailurePolicy.rules[0].onExitCodes.values: Too many: 256)",
        job(pfp(on_exit(values=range(256)))),
        "spec.podFailurePolicy.rules[0].onExitCodes.values: Too many",
        "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value")  # 0 with In
    bad("pfp-too-many-patterns", "TestValidateJob/errorCases (spec.podFailurePolicy.rules[0].onPodConditions: Too many: 21)",
        job(pfp({"action": "FailJob", "onPodConditions": [
            {"type": "CustomType_%d" % i, "status": "True"} for i in range(21)]})),
        "spec.podFailurePolicy.rules[0].onPodConditions: Too many")
    bad("pfp-condition-type-empty", "TestValidateJob/errorCases (onPodConditions[0].type: Invalid value: \"\": name part must be non-empty)",
        job(pfp({"action": "Ignore", "onPodConditions": [{"status": "True"}]})),
        "spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value",  # must be non-empty
        "spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value")  # and the regex
    bad("pfp-values-repeated", "TestValidateJob/errorCases (spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 13)",
        job(pfp(on_exit(values=(12, 13, 13, 13)))),
        "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value",
        "spec.podFailurePolicy.rules[0].onExitCodes.values[3]: Duplicate value")
    bad("pfp-empty-rules-on-failure", "TestValidateJob/errorCases (restartPolicy OnFailure with an empty podFailurePolicy)",
        job({"podFailurePolicy": {"rules": []}}, restart="OnFailure"),
        "spec.template.spec.restartPolicy: Invalid value")

    # ------------------------------------------------------------ counts and completion mode
    bad("completion-mode-empty", "validateJobSpec (completionMode set but neither NonIndexed nor Indexed; SetDefaults_Job fills only nil)",
        job({"completionMode": ""}), "spec.completionMode: Unsupported value")
    ok("indexed-parallelism-limit", "TestValidateJob/successCases (valid Indexed completion mode, parallelism 100000)",
       job({"completionMode": "Indexed", "completions": 2, "parallelism": 100000}))
    bad("indexed-parallelism-above-limit", "TestValidateJob/errorCases (spec.parallelism: must be less than or equal to 100000 when completion mode is Indexed)",
        job({"completionMode": "Indexed", "completions": 2, "parallelism": 100001}),
        "spec.parallelism: Invalid value")
    ok("high-completions-per-index", "TestValidateJob/successCases (valid parallelism and maxFailedIndexes for unlimited completions when backoffLimitPerIndex is used)",
       job({"completionMode": "Indexed", "completions": 1000000000, "parallelism": 10000,
            "maxFailedIndexes": 10000, "backoffLimitPerIndex": 1}, name="j"))
    ok("completions-soft-limit", "TestValidateJob/successCases (valid parallelism and maxFailedIndexes for high completions when backoffLimitPerIndex is used)",
       job({"completionMode": "Indexed", "completions": 100000, "parallelism": 100000,
            "maxFailedIndexes": 100000, "backoffLimitPerIndex": 1}, name="j"))
    bad("high-completions-max-failed-required", "TestValidateJob/errorCases (spec.maxFailedIndexes: Required value: must be specified when completions is above 100000)",
        job({"completionMode": "Indexed", "completions": 100001, "backoffLimitPerIndex": 1}, name="j"),
        "spec.maxFailedIndexes: Required value")
    bad("high-completions-parallelism", "TestValidateJob/errorCases (spec.parallelism: Invalid value: 50000: must be less than or equal to 10000 ...)",
        job({"completionMode": "Indexed", "completions": 100001, "parallelism": 50000,
             "maxFailedIndexes": 1, "backoffLimitPerIndex": 1}, name="j"),
        "spec.parallelism: Invalid value")
    bad("max-failed-above-limit", "TestValidateJob/errorCases (spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000)",
        job({"completionMode": "Indexed", "completions": 100001, "maxFailedIndexes": 100001,
             "backoffLimitPerIndex": 1}, name="j"),
        "spec.maxFailedIndexes: Invalid value",   # above 100000
        "spec.maxFailedIndexes: Invalid value")   # above 10000 with more than 100000 completions
    bad("max-failed-negative", "TestValidateJob/errorCases (spec.maxFailedIndexes: must be greater than or equal to 0)",
        job({"completionMode": "Indexed", "completions": 3, "maxFailedIndexes": -1, "backoffLimitPerIndex": 1}),
        "spec.maxFailedIndexes: Invalid value")
    bad("backoff-limit-negative", "TestValidateJob/errorCases (spec.backoffLimit: must be greater than or equal to 0)",
        job({"backoffLimit": -1}), "spec.backoffLimit: Invalid value")
    bad("parallelism-completions-negative", "TestValidateJob/errorCases (spec.parallelism and spec.completions: must be greater than or equal to 0)",
        job({"parallelism": -1, "completions": -1}),
        "spec.parallelism: Invalid value", "spec.completions: Invalid value")

    # ------------------------------------------------------------ managedBy, podReplacementPolicy
    bad("managed-by-empty", "IsDomainPrefixedPath (empty managedBy)", job({"managedBy": ""}),
        "spec.managedBy: Required value")
    bad("managed-by-spaces", "TestValidateJob/errorCases (spec.managedBy: Invalid value: \"invalid custom controller name\")",
        job({"managedBy": "invalid custom controller name"}), "spec.managedBy: Invalid value")
    bad("managed-by-upper-case-host", "IsDomainPrefixedPath (host not a DNS subdomain)",
        job({"managedBy": "Example.com/foo"}), "spec.managedBy: Invalid value")
    bad("managed-by-bad-path", "IsDomainPrefixedPath (path with a space)",
        job({"managedBy": "example.com/foo bar"}), "spec.managedBy: Invalid value")
    bad("pod-replacement-empty", "TestValidateJob/errorCases (spec.podReplacementPolicy: Unsupported value: \"\")",
        job({"podReplacementPolicy": ""}), "spec.podReplacementPolicy: Unsupported value")
    ok("pod-replacement-terminating-or-failed", "TestValidateJob/successCases (valid pod replacement)",
       job({"podReplacementPolicy": "TerminatingOrFailed"}))

    # ------------------------------------------------------------ successPolicy
    ok("success-policy", "TestValidateJob/successCases (valid success policy)",
       job({"completionMode": "Indexed", "completions": 10, "successPolicy": {"rules": [
           {"succeededCount": 1, "succeededIndexes": "0,2,4"}, {"succeededIndexes": "1,3,5-9"}]}}))
    bad("success-policy-invalid-format", "TestValidateJob/errorCases (succeededIndexes: Invalid value: \"invalid-format\")",
        job(dict(indexed, successPolicy={"rules": [{"succeededIndexes": "invalid-format"}]})),
        "spec.successPolicy.rules[0].succeededIndexes: Invalid value")
    bad("success-policy-indexes-too-long", "TestValidateJob/errorCases (succeededIndexes: Too long: may not be more than 65536 bytes)",
        job(dict(indexed, successPolicy={"rules": [{"succeededIndexes": "1" * 65537}]})),
        "spec.successPolicy.rules[0].succeededIndexes: Too long",
        "spec.successPolicy.rules[0].succeededIndexes: Invalid value")  # strconv.Atoi fails too
    bad("success-policy-count-negative", "TestValidateJob/errorCases (succeededCount: must be greater than or equal to 0)",
        job(dict(indexed, successPolicy={"rules": [{"succeededCount": -1}]})),
        "spec.successPolicy.rules[0].succeededCount: Invalid value")
    bad("success-policy-too-many-rules", "TestValidateJob/errorCases (spec.successPolicy.rules: Too many: 21: must have at most 20 items)",
        job(dict(indexed, successPolicy={"rules": [{"succeededCount": 5}] * 21})),
        "spec.successPolicy.rules: Too many")
    bad("success-policy-no-rules", "TestValidateJob/errorCases (spec.successPolicy.rules: Required value)",
        job(dict(indexed, successPolicy={})), "spec.successPolicy.rules: Required value")
    bad("success-policy-non-indexed-empty", "TestValidateJob/errorCases (spec.successPolicy: Invalid value: {\"Rules\":[]}: requires indexed completion mode)",
        job({"successPolicy": {"rules": []}}), "spec.successPolicy: Invalid value")

    # ------------------------------------------------------------ selector, labels, restart policy
    bad("selector-not-generated", "TestValidateJob/errorCases (spec.selector: `selector` not auto-generated)",
        job({"selector": {"matchLabels": {"a": "b"}}}),
        "spec.selector: Invalid value",
        "spec.template.metadata.labels: Invalid value")  # a=b is not on the template either
    bad("selector-not-generated-labelled", "TestValidateJob/errorCases (spec.selector: `selector` not auto-generated, template labelled)",
        job({"selector": {"matchLabels": {"a": "b"}}}, labels={"a": "b"}),
        "spec.selector: Invalid value")
    ok("manual-selector", "TestValidateJob/successCases (valid manual selector)",
       job({"manualSelector": True, "selector": {"matchLabels": {"a": "b"}}}, labels={"a": "b"},
           restart="OnFailure"))
    bad("manual-selector-mismatch", "TestValidateJob/errorCases (spec.template.metadata.labels: `selector` does not match template `labels`)",
        job({"manualSelector": True, "selector": {"matchLabels": {"a": "b"}}}, labels={"y": "z"}),
        "spec.template.metadata.labels: Invalid value")
    # ValidateJobSpec then matches the template against LabelSelectorAsSelector(nil), which is
    # labels.Nothing(): the mismatch error follows, as the case's full ExpectedErrorList in
    # upstream's pkg/apis/batch/validation/declarative job_test.go TestValidateJob has it
    # (spec.selector Required, then spec.template.metadata.labels Invalid; added by wl20).
    bad("manual-selector-missing", "TestValidateJob/errorCases (spec.selector: Required value)",
        job({"manualSelector": True}, labels={"a": "b"}), "spec.selector: Required value",
        "spec.template.metadata.labels: Invalid value")
    bad("restart-policy-always", "TestValidateJob/errorCases (spec.template.spec.restartPolicy: Required value)",
        job(restart="Always"), "spec.template.spec.restartPolicy: Required value")
    bad("restart-policy-invalid", "TestValidateJob/errorCases (spec.template.spec.restartPolicy: Unsupported value)",
        job(restart="Invalid"),
        "spec.template.spec.restartPolicy: Unsupported value",   # ValidatePodSpec
        "spec.template.spec.restartPolicy: Unsupported value")   # validateJobSpec
    # generateSelector puts the name in two template labels; both errors are the same, and
    # ToAggregate keeps one.
    bad("name-not-a-label-value", "validateJobSpec/ValidatePodTemplateSpec (a 64-character name as the generated job-name label values)",
        job(name="a" * 64), "spec.template.labels: Invalid value")
    bad("template-label-copied-to-job", "SetDefaults_Job (the template's labels become the Job's when it has none) and ValidatePodTemplateSpec",
        job(labels={"team": "data science"}),
        "metadata.labels: Invalid value", "spec.template.labels: Invalid value")

    # kubectl get job -o yaml, sent back as a new Job: generateSelector keeps the old uid in the
    # selector and the template labels, so ValidateHasLabel refuses both uid labels and the
    # selector no longer selects the new uid; selector and template labels still agree.
    old_uid = "3c4e9a5e-7f5e-4a47-9a39-2f1d0e0a1b2c"
    uid_labels = {"batch.kubernetes.io/controller-uid": old_uid, "batch.kubernetes.io/job-name": "pi",
                  "controller-uid": old_uid, "job-name": "pi"}
    exported = job({"backoffLimit": 4, "completionMode": "NonIndexed", "completions": 1,
                    "manualSelector": False, "parallelism": 1,
                    "podReplacementPolicy": "TerminatingOrFailed", "suspend": False,
                    "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": old_uid}}},
                   name="pi", labels=dict(uid_labels))
    exported["metadata"]["labels"] = dict(uid_labels)
    bad("job-exported-with-selector", "validateGeneratedSelector (ValidateHasLabel on both uid labels, then `selector` not auto-generated)",
        exported,
        "spec.template.metadata.labels[controller-uid]: Invalid value",
        "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value",
        "spec.selector: Invalid value")
    ok("job-selector-expression-on-name", "TestValidateJob/successCases (a selector the generated labels satisfy: job-name In)",
       job({"selector": {"matchExpressions": [{"key": "batch.kubernetes.io/job-name", "operator": "In",
                                               "values": ["myjob"]}]}}))

    def accepted(field, prefix, rows):
        """One CronJob per (slug, source, value) row, which the server accepts."""
        for slug, source, value in rows:
            ok("cronjob-" + prefix + "-" + slug, source, cron({field: value}))

    def refused(field, prefix, rows):
        """One CronJob per (slug, source, value) row, refused with one Invalid error at the field."""
        for slug, source, value in rows:
            bad("cronjob-" + prefix + "-" + slug, source, cron({field: value}),
                "spec." + field + ": Invalid value")

    ok("job-selector-empty", "generateSelector (an empty selector gets the uid label and matches the generated labels)",
       job({"selector": {}}))
    ok("job-manual-selector-empty", "ValidateJobSpec (a manual empty selector selects everything, the template included)",
       job({"manualSelector": True, "selector": {}}))
    labelled = cron(job_spec={"selector": {}})
    labelled["spec"]["jobTemplate"]["spec"]["template"]["metadata"] = {"labels": {"bad key": "v"}}
    bad("cronjob-job-template-empty-selector-after-template", "ValidateJobTemplateSpec (validateJobSpec first, then `selector` will be auto-generated)",
        labelled,
        "spec.jobTemplate.spec.template.labels: Invalid value",
        "spec.jobTemplate.spec.selector: Invalid value")

    # WarningsOnCreate (1.27, kubernetes#114412): a name that is not a DNS label is warned about,
    # once the object is valid (contour's certgen Job, e.g., "contour-certgen-v1.25.0").
    ok("job-dotted-name-warned", "jobStrategy.WarningsOnCreate (metadata.name: a DNS label is recommended)",
       job(name="contour-certgen-v1.25.0"), warn=["metadata.name"])
    ok("cronjob-dotted-name-warned", "cronJobStrategy.WarningsOnCreate (metadata.name: a DNS label is recommended)",
       cron(name="backup.nightly"), warn=["metadata.name"])
    bad("job-dotted-name-invalid-not-warned", "BeforeCreate (WarningsOnCreate runs only after validation passes)",
        job({"backoffLimit": -1}, name="contour-certgen-v1.25.0"), "spec.backoffLimit: Invalid value")

    # ------------------------------------------------------------ CronJob: time zone
    accepted("timeZone", "time-zone", [
        ("abbreviation", "TestValidateCronJob/successCases (timeZone: time.LoadLocation finds EST)", "EST"),
        ("alias", "TestValidateCronJob/successCases (timeZone: a backward link of the tz database)", "US/Pacific"),
        ("etc-offset", "TestValidateCronJob/successCases (timeZone: digits and + are tolerated)", "Etc/GMT+5")])
    refused("timeZone", "time-zone", [
        ("system-v", "TestValidateCronJob/errorCases (timeZone unknown to the tz database: SystemV zones)", "SystemV/EST5"),
        ("local", "TestValidateCronJob/errorCases (timeZone Local: time.LoadLocation accepts it, the explicit-zone rule does not)", "Local"),
        ("empty", "TestValidateCronJob/errorCases (spec.timeZone: timeZone must be nil or non-empty string)", ""),
        ("space", "TestValidateCronJob/errorCases (spec.timeZone: Invalid value: \" \": unknown time zone)", " "),
        ("bad-prefix", "TestValidateCronJob/errorCases (spec.timeZone: Invalid value: \" Continent/Zone\")", " Europe/Rome"),
        ("dot-dot", "validateTimeZone (time.LoadLocation refuses a name holding '..')", "Europe/Ro..me")])
    bad("cronjob-time-zone-local-upper-case", "TestValidateCronJob/errorCases (spec.timeZone: timeZone must be an explicit time zone, LOCAL)",
        cron({"timeZone": "LOCAL"}),
        "spec.timeZone: Invalid value",   # EqualFold "Local"
        "spec.timeZone: Invalid value")   # time.LoadLocation("LOCAL") fails

    # ------------------------------------------------------------ CronJob: schedule
    accepted("schedule", "schedule", [
        ("question-mark", "TestValidateCronJob/successCases (schedule \"* * * * ?\")", "* * * * ?"),
        ("every", "TestValidateCronJob/successCases (schedule \"@every 1h30m\": a descriptor of robfig/cron v3)", "@every 1h30m"),
        ("midnight", "TestValidateCronJob/successCases (schedule \"@midnight\")", "@midnight"),
        ("names", "TestValidateCronJob/successCases (month and weekday names, any case)", "0 9 * JAN-MAR mon-fri"),
        ("every-fraction", "validateScheduleFormat (time.ParseDuration takes 1.h and .5h)", "@every 1.h")])
    refused("schedule", "schedule", [
        ("tz", "TestValidateCronJobScheduleTZ (create: cannot use TZ or CRON_TZ in schedule)", "TZ=UTC 0 * * * *"),
        ("six-fields", "TestValidateCronJob/errorCases (spec.schedule: expected exactly 5 fields)", "0 0 0 * * *"),
        ("weekday-7", "validateScheduleFormat (weekday above 6)", "0 0 * * 7"),
        ("step-zero", "validateScheduleFormat (step of range should be a positive number)", "*/0 * * * *"),
        ("every-no-unit", "validateScheduleFormat (@every with a duration lacking a unit)", "@every 5"),
        ("descriptor-trailing-space", "validateScheduleFormat (unrecognized descriptor)", "@weekly "),
        ("blank", "validateScheduleFormat (only spaces: no fields)", "   ")])
    bad("cronjob-schedule-cron-tz-unknown", "validateScheduleFormat (the parser's bad location, then the TZ rule)",
        cron({"schedule": "CRON_TZ=Mars/Base 0 * * * *"}),
        "spec.schedule: Invalid value", "spec.schedule: Invalid value")
    bad("cronjob-schedule-empty", "TestValidateCronJob/errorCases (spec.schedule: Required value)",
        cron({"schedule": ""}), "spec.schedule: Required value")

    # ------------------------------------------------------------ CronJob: the rest
    ok("cronjob-name-52", "ValidateCronJobCreate (a name of 52 characters fits the job name suffix)", cron(name="n" * 52))
    bad("cronjob-name-53", "TestValidateCronJob/errorCases (metadata.name: must be no more than 52 characters)",
        cron(name="n" * 53), "metadata.name: Invalid value")
    ok("cronjob-job-template-metadata-unchecked", "ValidateJobTemplateSpec (checks the job spec only, not the template's metadata)",
       cron(job_meta={"labels": {"bad key": "x y"}, "annotations": {"a/b/c": "x"}}))
    ok("cronjob-concurrency-policy-empty", "SetDefaults_CronJob (an empty concurrencyPolicy becomes Allow)",
       cron({"concurrencyPolicy": ""}))
    ok("cronjob-manual-selector-false", "ValidateJobTemplateSpec (manualSelector false is allowed)",
       cron(job_spec={"manualSelector": False}))
    bad("cronjob-job-template-selector", "TestValidateCronJob/errorCases (spec.jobTemplate.spec.selector: `selector` will be auto-generated)",
        cron(job_spec={"selector": {"matchLabels": {"a": "b"}}}),
        "spec.jobTemplate.spec.selector: Invalid value")
    bad("cronjob-manual-selector", "TestValidateCronJob/errorCases (spec.jobTemplate.spec.manualSelector: Unsupported value)",
        cron(job_spec={"manualSelector": True}), "spec.jobTemplate.spec.manualSelector: Unsupported value")
    restartless = cron()
    del restartless["spec"]["jobTemplate"]["spec"]["template"]["spec"]["restartPolicy"]
    bad("cronjob-restart-policy-unset", "TestValidateCronJob/errorCases (spec.jobTemplate.spec.template.spec.restartPolicy: Required value)",
        restartless, "spec.jobTemplate.spec.template.spec.restartPolicy: Required value")
    bad("cronjob-job-counts-negative", "TestValidateCronJob/errorCases (jobTemplate parallelism, completions, activeDeadlineSeconds, ttlSecondsAfterFinished)",
        cron(job_spec={"parallelism": -1, "completions": -1, "activeDeadlineSeconds": -1, "ttlSecondsAfterFinished": -1}),
        "spec.jobTemplate.spec.parallelism: Invalid value",
        "spec.jobTemplate.spec.completions: Invalid value",
        "spec.jobTemplate.spec.activeDeadlineSeconds: Invalid value",
        "spec.jobTemplate.spec.ttlSecondsAfterFinished: Invalid value")
    bad("cronjob-success-history-negative", "TestValidateCronJob/errorCases (spec.successfulJobsHistoryLimit: must be greater than or equal to 0)",
        cron({"successfulJobsHistoryLimit": -1}), "spec.successfulJobsHistoryLimit: Invalid value")
    bad("cronjob-order", "validateCronJobSpec (schedule, startingDeadlineSeconds, timeZone, concurrencyPolicy, jobTemplate, history limits, then the name)",
        cron({"schedule": "61 * * * *", "startingDeadlineSeconds": -1, "timeZone": "Nowhere/City",
              "concurrencyPolicy": "Never", "failedJobsHistoryLimit": -1},
             name="n" * 53, job_spec={"backoffLimit": -1}),
        "spec.schedule: Invalid value",
        "spec.startingDeadlineSeconds: Invalid value",
        "spec.timeZone: Invalid value",
        "spec.concurrencyPolicy: Unsupported value",
        "spec.jobTemplate.spec.backoffLimit: Invalid value",
        "spec.failedJobsHistoryLimit: Invalid value",
        "metadata.name: Invalid value")
