"""Job and CronJob cases of the second batch audit (issue 10), imported by _generate.py.

Each case follows a case of upstream kubernetes/kubernetes pkg/apis/batch/validation/validation_test.go
(TestValidateJob, TestValidateCronJob, TestValidateCronJobScheduleTZ) or a rule of validation.go,
pkg/apis/batch/v1/defaults.go, pkg/registry/batch/job/strategy.go, robfig/cron v3.0.1 parser.go
(Parser.Parse, getRange, parseDescriptor) and Go's time.LoadLocation and time.ParseDuration, named
in "# source:". The expected errors ("# expect: <path>: <type>", in the server's order) are written
by hand from those sources, never copied from the validator's output. File names start with
"batch17-" (refused) or "valid-batch17-" (accepted by the server).
"""

import _batch_shapes


def add(c, named):
    bad, ok = named("batch17")

    def job(spec=None, name="myjob", restart="Never", labels=None, init=None):
        return _batch_shapes.job(c, spec, name, restart, labels, init, container="main")

    def cron(spec=None, name="nightly", job_spec=None):
        return _batch_shapes.cron(job(job_spec)["spec"], spec, name, schedule="0 3 * * *")

    ignore_disruption = {"podFailurePolicy": {"rules": [
        {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]}]}}
    status_path = "spec.jobTemplate.spec.podFailurePolicy.rules[0].onPodConditions[0].status"

    # ------------------------------------------------------------ CronJob: pattern status default
    # Up to 1.33 SetDefaults_Job defaults onPodConditions[].status to True in its own loop, which
    # a CronJob's job template never reaches, so validatePodFailurePolicyRuleOnPodConditions
    # finds it empty (kubernetes/kubernetes#131512). #131525 (merged after the 1.33 release)
    # made it the type defaulter SetDefaults_PodFailurePolicyOnPodConditionsPattern, from 1.34.
    bad("cronjob-pfp-status-unset-1-33", "kubernetes/kubernetes#131512 (spec.jobTemplate.spec.podFailurePolicy.rules[0]"
        ".onPodConditions[0].status: Required value: valid values: [\"False\" \"True\" \"Unknown\"])",
        cron(job_spec=ignore_disruption), status_path + ": Required value", version="1.33")
    bad("cronjob-pfp-status-unset-1-27", "kubernetes/kubernetes#131512 (the job template's pattern status is not defaulted)",
        cron(job_spec=ignore_disruption), status_path + ": Required value", version="1.27")
    ok("cronjob-pfp-status-defaulted-1-34", "kubernetes/kubernetes#131525 (SetDefaults_PodFailurePolicyOnPodConditionsPattern "
       "runs inside the job template)", cron(job_spec=ignore_disruption), version="1.34")
    ok("cronjob-pfp-status-defaulted-1-37", "kubernetes/kubernetes#131525 (pattern status defaulted to True)",
       cron(job_spec=ignore_disruption), version="1.37")
    ok("cronjob-pfp-status-set-1-33", "TestValidateCronJob/successCases (pod failure policy pattern with its status)",
       cron(job_spec={"podFailurePolicy": {"rules": [
           {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]}}),
       version="1.33")
    ok("job-pfp-status-defaulted-1-27", "SetDefaults_Job (a Job's pattern status defaults to True in every version)",
       job(ignore_disruption), version="1.27")

    # ------------------------------------------------------------ CronJob: TZ= in the schedule
    # robfig/cron v3.0.1 Parser.Parse loads the zone between '=' and the first space with
    # time.LoadLocation, which takes "" (UTC) and "Local" without error and refuses a name
    # holding ".." ("time: invalid location name"); validateScheduleFormat then refuses any
    # "TZ" on create.
    bad("cronjob-schedule-tz-empty-zone", "TestValidateCronJobScheduleTZ (TZ= with an empty zone parses as UTC; "
        "only: cannot use TZ or CRON_TZ in schedule)",
        cron({"schedule": "TZ= 0 3 * * *"}), "spec.schedule: Invalid value")
    bad("cronjob-schedule-cron-tz-local", "TestValidateCronJobScheduleTZ (CRON_TZ=Local loads; only the TZ rule refuses it)",
        cron({"schedule": "CRON_TZ=Local 0 3 * * *"}), "spec.schedule: Invalid value")
    bad("cronjob-schedule-tz-utc", "TestValidateCronJobScheduleTZ (TZ=UTC parses; the TZ rule refuses it)",
        cron({"schedule": "TZ=UTC @daily"}), "spec.schedule: Invalid value")
    bad("cronjob-schedule-tz-dot-dot", "validateScheduleFormat (provided bad location Europe/../Rome: time: invalid "
        "location name; then the TZ rule)",
        cron({"schedule": "TZ=Europe/../Rome 0 3 * * *"}),
        "spec.schedule: Invalid value", "spec.schedule: Invalid value")
    bad("cronjob-schedule-tz-lower-case", "validateScheduleFormat (TZ=utc: unknown time zone utc; then the TZ rule)",
        cron({"schedule": "TZ=utc 0 3 * * *"}),
        "spec.schedule: Invalid value", "spec.schedule: Invalid value")
    bad("cronjob-schedule-tz-both", "TestValidateCronJobScheduleTZ (TZ in schedule and a timeZone on create)",
        cron({"schedule": "TZ=UTC 0 3 * * *", "timeZone": "Europe/Rome"}), "spec.schedule: Invalid value")

    # ------------------------------------------------------------ CronJob: @every durations
    # parseDescriptor: time.ParseDuration must parse what follows "@every ".
    for slug, duration in [("overflow", "2562048h"), ("overflow-ns", "9223372036854775808ns"),
                           ("unit-unknown", "1d"), ("unit-missing-last", "1h30"), ("space", " 1h")]:
        bad("cronjob-schedule-every-" + slug, "parseDescriptor (time.ParseDuration refuses %r)" % duration,
            cron({"schedule": "@every " + duration}), "spec.schedule: Invalid value")
    for slug, duration in [("max", "2562047h"), ("negative", "-1h"), ("fraction-ns", "0.5ns"),
                           ("micro", "10\u00b5s"), ("mixed", "1h2m3s4ms5us6ns")]:
        ok("cronjob-schedule-every-" + slug, "parseDescriptor (time.ParseDuration takes %r; Every rounds up to 1s)" % duration,
           cron({"schedule": "@every " + duration}))

    # ------------------------------------------------------------ CronJob: five fields
    # getRange: "*" or "?" takes the whole range whatever follows a hyphen; a step may exceed
    # the range; names only name months and weekdays.
    for slug, schedule in [("star-hyphen", "*-5 * * * *"), ("step-above-range", "*/90 * * * *"),
                           ("start-step", "5/15 * * * *"), ("name-step", "0 0 * JAN/3 *"),
                           ("plus-sign", "+5 * * * *"), ("empty-list-item", "0,,30 * * * *"),
                           ("tabs", "0\t3\t*\t*\t*")]:
        ok("cronjob-schedule-" + slug, "getRange/getField (robfig/cron v3 takes %r)" % schedule,
           cron({"schedule": schedule}))
    for slug, schedule in [("jenkins-hash", "H/5 * * * *"), ("weekday-name-in-hour", "0 MON * * *"),
                           ("sunday-7", "0 0 * * 0-7"), ("negative", "-1 * * * *"),
                           ("seconds", "0 0 3 * * *"), ("last-day", "0 0 L * *"),
                           ("range-reversed", "0 0 * * 5-1"), ("double-slash", "*/5/2 * * * *")]:
        bad("cronjob-schedule-" + slug, "getRange/normalizeFields (robfig/cron v3 refuses %r)" % schedule,
            cron({"schedule": schedule}), "spec.schedule: Invalid value")

    # ------------------------------------------------------------ CronJob: timeZone
    ok("cronjob-time-zone-utc", "TestValidateCronJob/successCases (timeZone UTC)", cron({"timeZone": "UTC"}))
    ok("cronjob-time-zone-etc-utc", "TestValidateCronJob/successCases (timeZone Etc/UTC)", cron({"timeZone": "Etc/UTC"}))
    for slug, zone in [("lower-case", "utc"), ("leading-slash", "/Europe/Rome"), ("trailing-slash", "Europe/Rome/"),
                       ("long-part", "America/Argentina_Buenos_Aires"), ("backslash", "Europe\\Rome")]:
        bad("cronjob-time-zone-" + slug, "validateTimeZone (timeZone %r: unknown time zone)" % zone,
            cron({"timeZone": zone}), "spec.timeZone: Invalid value")

    # ------------------------------------------------------------ Job: generated selector
    # generateSelector keeps a uid label the user left on the template and adds the job's uid
    # to the (generated) selector; validateGeneratedSelector refuses the label, and
    # ValidateJobSpec finds that the generated selector does not select the template.
    bad("job-template-batch-uid-label", "validateGeneratedSelector (ValidateHasLabel) and ValidateJobSpec "
        "(spec.template.metadata.labels: `selector` does not match template `labels`)",
        job(labels={"batch.kubernetes.io/controller-uid": "0d2b6e3c-old"}),
        "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value",
        "spec.template.metadata.labels: Invalid value")
    bad("job-template-legacy-uid-label", "validateGeneratedSelector (ValidateHasLabel on controller-uid only: the "
        "generated selector names batch.kubernetes.io/controller-uid, which generateSelector adds)",
        job(labels={"controller-uid": "0d2b6e3c-old"}),
        "spec.template.metadata.labels[controller-uid]: Invalid value")
    bad("job-selector-and-template-uid", "validateGeneratedSelector (a user selector and template agreeing on an old uid: "
        "ValidateHasLabel, then `selector` not auto-generated; the selector still selects the template)",
        job({"selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "0d2b6e3c-old"}}},
            labels={"batch.kubernetes.io/controller-uid": "0d2b6e3c-old"}),
        "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value",
        "spec.selector: Invalid value")
    bad("job-template-uid-after-spec-errors", "ValidateJobSpec (validateJobSpec's errors, then the selector against the template)",
        job({"backoffLimit": -1}, labels={"batch.kubernetes.io/controller-uid": "0d2b6e3c-old"}),
        "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Invalid value",
        "spec.backoffLimit: Invalid value",
        "spec.template.metadata.labels: Invalid value")
    ok("job-manual-selector-uid-labels", "TestValidateJob/successCases (manualSelector: no generated labels, the user's "
       "uid labels stand)",
       job({"manualSelector": True, "selector": {"matchLabels": {"controller-uid": "0d2b6e3c-old"}}},
           labels={"controller-uid": "0d2b6e3c-old", "batch.kubernetes.io/controller-uid": "0d2b6e3c-old"}))

    # ------------------------------------------------------------ Job: completion mode and policies
    bad("completion-mode-unknown-with-per-index", "validateJobSpec (an unknown completionMode: Unsupported; "
        "backoffLimitPerIndex is checked for NonIndexed or nil only, successPolicy for Indexed)",
        job({"completionMode": "Ordered", "completions": 3, "backoffLimitPerIndex": 1,
             "successPolicy": {"rules": [{"succeededCount": 1}]}}),
        "spec.completionMode: Unsupported value",
        "spec.successPolicy: Invalid value")
    ok("pfp-sidecar-container-name", "TestValidateJob/successCases (onExitCodes.containerName of a restartable init container)",
       job({"podFailurePolicy": {"rules": [{"action": "FailJob", "onExitCodes": {
           "containerName": "proxy", "operator": "In", "values": [1]}}]}},
           init=[c("proxy", "envoyproxy/envoy:v1.33.0", restartPolicy="Always")]))
    bad("pfp-fail-index-not-indexed-1-33", "validatePodFailurePolicyRule (FailIndex without backoffLimitPerIndex), "
        "then maxFailedIndexes with no backoffLimitPerIndex",
        job({"maxFailedIndexes": 1, "podFailurePolicy": {"rules": [
            {"action": "FailIndex", "onExitCodes": {"operator": "In", "values": [3]}}]}}),
        "spec.backoffLimitPerIndex: Required value",
        "spec.maxFailedIndexes: Invalid value",
        "spec.podFailurePolicy.rules[0].action: Invalid value")
    bad("success-policy-count-and-indexes", "validateSuccessPolicyRule (succeededCount above completions and above the "
        "indexes named)",
        job({"completionMode": "Indexed", "completions": 3,
             "successPolicy": {"rules": [{"succeededIndexes": "0-1", "succeededCount": 4}]}}),
        "spec.successPolicy.rules[0].succeededCount: Invalid value",
        "spec.successPolicy.rules[0].succeededCount: Invalid value")
    bad("pod-replacement-before-template", "validateJobSpec (podReplacementPolicy, then the pod template, then its "
        "restart policy)",
        job({"podReplacementPolicy": "Always"}, restart="Always"),
        "spec.podReplacementPolicy: Unsupported value",
        "spec.template.spec.restartPolicy: Required value")
    bad("cronjob-job-template-pod-replacement-pfp", "ValidateJobTemplateSpec (validateJobSpec: with a pod failure "
        "policy only Failed is supported)",
        cron(job_spec={"podReplacementPolicy": "TerminatingOrFailed", "podFailurePolicy": {"rules": [
            {"action": "FailJob", "onExitCodes": {"operator": "In", "values": [42]}}]}}),
        "spec.jobTemplate.spec.podReplacementPolicy: Unsupported value")

    # ------------------------------------------------------------ CronJob: declarative schedule (1.37)
    # kubernetes/api 48344fcc2 (v0.37.0-beta.0) turns CronJobSpec.schedule's
    # +k8s:alpha(since: "1.36")=+k8s:required into +k8s:beta(since: "1.37"); with
    # DeclarativeValidationBeta on, the declarative Required replaces the hand-written one and
    # comes after every hand-written error. In 1.36 the alpha rule is shadowed.
    bad("cronjob-schedule-empty-order-1-36", "validateCronJobSpec (schedule Required first; the 1.36 declarative rule is alpha, shadowed)",
        cron({"schedule": "", "startingDeadlineSeconds": -1}, name="n" * 53),
        "spec.schedule: Required value",
        "spec.startingDeadlineSeconds: Invalid value",
        "metadata.name: Invalid value", version="1.36")
    bad("cronjob-schedule-empty-order-1-37", "ValidateDeclarativelyWithMigrationChecks (the beta +k8s:required on schedule, "
        "appended after the hand-written errors)",
        cron({"schedule": "", "startingDeadlineSeconds": -1}, name="n" * 53),
        "spec.startingDeadlineSeconds: Invalid value",
        "metadata.name: Invalid value",
        "spec.schedule: Required value", version="1.37")
    bad("cronjob-schedule-empty-1-37", "ValidateDeclarativelyWithMigrationChecks (+k8s:required on schedule)",
        cron({"schedule": ""}), "spec.schedule: Required value", version="1.37")

    # ------------------------------------------------------------ CronJob: job template spec.scheduling (1.37)
    # The 1.37 CronJob strategy runs job.DropDisabledFields on the job template
    # (kubernetes/kubernetes#140188, pkg/registry/batch/cronjob/strategy.go PrepareForCreate), so
    # with WorkloadWithJob off (its default) spec.scheduling is removed before validation and its
    # "+k8s:ifDisabled(WorkloadWithJob)=+k8s:forbidden" never fires (corrected by wl20; this case
    # first expected Forbidden); with the gate on the JobSchedulingConfiguration rules follow the
    # hand-written errors.
    gang = {"schedulingPolicy": {"gang": {"minCount": 2}}}
    ok("cronjob-job-template-scheduling-gate-off-1-37", "cronjob strategy.go PrepareForCreate, job.DropDisabledFields "
       "(#140188: WorkloadWithJob off, the job template's scheduling is dropped)",
       cron(job_spec={"scheduling": gang}), version="1.37", warn=["spec.jobTemplate.spec.scheduling"])
    ok("cronjob-job-template-scheduling-gate-on-1-37", "JobSchedulingConfiguration (WorkloadWithJob on)",
       cron(job_spec={"scheduling": gang}), version="1.37", gates=["WorkloadWithJob=true"])
    bad("cronjob-job-template-scheduling-after-name-1-37", "JobSchedulingConfiguration (gang.minCount +k8s:minimum=1), "
        "after the hand-written errors",
        cron(job_spec={"scheduling": {"schedulingPolicy": {"gang": {"minCount": 0}}}}, name="n" * 53),
        "metadata.name: Invalid value",
        "spec.jobTemplate.spec.scheduling.schedulingPolicy.gang.minCount: Invalid value",
        version="1.37", gates=["WorkloadWithJob=true"])
