"""Cases of the udwl differential run (issue 10): apps and batch create validation at 1.33,
imported by _generate.py, which writes them.

Upstream's own Go code was compiled and run on the corpus workloads and on 6,000 seeded mutants:
the vendored k8s.io/kubernetes v1.33.3 tree of openshift-kni/scheduler-plugins (0c967825a:
core validation, core/v1 defaults and conversion, apimachinery v0.33.3), with
pkg/apis/apps/validation (kubernetes/kubernetes 2dd1588c, plus #130233's serviceName check),
pkg/apis/batch/validation (a 1.31-1.33-era stored copy), the apps/v1 and batch/v1 defaults and
the registry strategies' PrepareForCreate (generateSelector, the StatefulSet drops) added by
hand. Each case below is one the run exercised; its expected errors ("# expect: <path>: <type>",
in the server's order) are those of that upstream code, never copied from the validator's
output. File names start with "udwl-" (refused) or "valid-udwl-" (accepted by the server).
"""


def add(c, named):
    bad, ok = named("udwl")

    def tmpl(labels, restart=None):
        spec = {"containers": [c()]}
        if restart:
            spec["restartPolicy"] = restart
        return {"metadata": {"labels": dict(labels)}, "spec": spec}

    def apps(kind, name, spec, meta=None):
        m = dict(meta or {"name": name})
        return {"apiVersion": "apps/v1", "kind": kind, "metadata": m, "spec": spec}

    def job(spec, meta=None):
        s = {"template": tmpl({}, "Never")}
        s["template"].pop("metadata")
        s.update(spec)
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": meta or {"name": "pi"},
                "spec": s}

    web = {"app": "web"}

    # ------------------------------------------------ names from generateName
    # rest.BeforeCreate names the object from generateName through names.SimpleNameGenerator,
    # which cuts the base to 58 characters before its 5 random ones: a 61-character prefix
    # still gives a 63-character DNS label for a StatefulSet.
    ok("sts-long-generate-name", "ValidateStatefulSetName (NameIsDNSLabel) on the generated name "
       "(SimpleNameGenerator: base cut to 58)",
       apps("StatefulSet", None, {"serviceName": "db", "selector": {"matchLabels": web},
                                  "template": tmpl(web)},
            meta={"generateName": "a" * 60 + "-"}))

    # ------------------------------------------------ DaemonSet OnDelete with rollingUpdate
    # ValidateDaemonSetUpdateStrategy: the OnDelete case checks nothing, so a rollingUpdate
    # block (defaulting fills it only for RollingUpdate) is accepted as it stands.
    ok("ds-on-delete-with-rolling-update", "ValidateDaemonSetUpdateStrategy (OnDelete: no checks)",
       apps("DaemonSet", "agent", {"selector": {"matchLabels": web}, "template": tmpl(web),
                                   "updateStrategy": {"type": "OnDelete",
                                                      "rollingUpdate": {"maxSurge": "150%"}}}))

    # ------------------------------------------------ Deployment rollingUpdate both zero
    # ValidateRollingUpdateDeployment: "0%" and 0 both count as zero.
    bad("deploy-rolling-zero-percent-and-zero",
        "ValidateRollingUpdateDeployment (getIntOrPercentValue of 0% and 0)",
        apps("Deployment", "web", {"selector": {"matchLabels": web}, "template": tmpl(web),
                                   "strategy": {"rollingUpdate": {"maxUnavailable": "0%",
                                                                  "maxSurge": 0}}}),
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")

    # ------------------------------------------------ StatefulSet maxUnavailable dropped
    # 1.33: MaxUnavailableStatefulSet is alpha (off), so PrepareForCreate's
    # dropStatefulSetDisabledFields clears rollingUpdate.maxUnavailable before validation
    # (Podwright's own warning says it was dropped).
    ok("sts-max-unavailable-zero-dropped-1-33",
       "dropStatefulSetDisabledFields (MaxUnavailableStatefulSet off in 1.33)",
       apps("StatefulSet", "db", {"serviceName": "db", "selector": {"matchLabels": web},
                                  "template": tmpl(web),
                                  "updateStrategy": {"type": "RollingUpdate",
                                                     "rollingUpdate": {"maxUnavailable": 0}}}),
       version="1.33", warn=["spec.updateStrategy.rollingUpdate.maxUnavailable"])
    bad("sts-max-unavailable-zero-gate-on-1-33",
        "validateRollingUpdateStatefulSet (MaxUnavailableStatefulSet on: 'cannot be 0')",
        apps("StatefulSet", "db", {"serviceName": "db", "selector": {"matchLabels": web},
                                   "template": tmpl(web),
                                   "updateStrategy": {"type": "RollingUpdate",
                                                      "rollingUpdate": {"maxUnavailable": 0}}}),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value",
        version="1.33", gates=["MaxUnavailableStatefulSet=true"])

    # ------------------------------------------------ Job selector with generateSelector
    # generateSelector adds batch.kubernetes.io/controller-uid to the user's selector; a
    # selector naming another label then fails validateGeneratedSelector, and the template
    # (which got the generated labels, not the user's) no longer matches it.
    bad("job-selector-other-label", "generateSelector + validateGeneratedSelector (1.33)",
        job({"selector": {"matchLabels": {"tier": "batch"}}}),
        "spec.selector: Invalid value", "spec.template.metadata.labels: Invalid value")

    # ------------------------------------------------ successPolicy with a count only
    bad("job-success-policy-count-non-indexed",
        "validateJobSpec (successPolicy requires indexed completion mode)",
        job({"successPolicy": {"rules": [{"succeededCount": 1}]}}),
        "spec.successPolicy: Invalid value")

    # ------------------------------------------------ podFailurePolicy exit codes
    # validatePodFailurePolicyRuleOnExitCodes: 0 with In, a repeat, then the order.
    bad("job-pfp-exit-codes-zero-duplicate-unordered",
        "validatePodFailurePolicyRuleOnExitCodes (In with 0, Duplicate, must be ordered)",
        job({"podFailurePolicy": {"rules": [{"action": "FailJob", "onExitCodes": {
            "operator": "In", "values": [0, 3, 3, 1]}}]}}),
        "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value",
        "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value",
        "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value")

    # ------------------------------------------------ CronJob time zones
    # validateTimeZone: digits are tolerated (EST5EDT is a zone of the tz database).
    cron = {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "hello"},
            "spec": {"schedule": "0 * * * *", "timeZone": "EST5EDT",
                     "jobTemplate": {"spec": {"template": {"spec": {
                         "restartPolicy": "OnFailure", "containers": [c()]}}}}}}
    ok("cronjob-time-zone-with-digits", "validateTimeZone (0-9 tolerated; LoadLocation)", cron)
