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

    def job(spec):
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "big"}, "spec": spec}

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
