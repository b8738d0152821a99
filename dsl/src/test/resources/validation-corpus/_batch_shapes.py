"""Job and CronJob shapes shared by the batch case modules (imported by them, not by _generate.py).

Each builds the smallest manifest of its kind around a pod template of one container, so a case
names only the fields it is about.
"""


def job(c, spec=None, name="myjob", restart="Never", labels=None, init=None, container="ctr"):
    """A batch/v1 Job whose template runs busybox as `container`, with `spec` merged in."""
    pod = {"containers": [c(container, "busybox:1.37")]}
    if restart is not None:
        pod["restartPolicy"] = restart
    if init:
        pod["initContainers"] = init
    template = {"spec": pod}
    if labels is not None:
        template["metadata"] = {"labels": labels}
    s = dict(spec or {})
    s["template"] = template
    return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name}, "spec": s}


def cron(job_template, spec=None, name="mycronjob", schedule="0 * * * *", job_meta=None):
    """A batch/v1 CronJob around `job_template` (a Job's spec), with `spec` merged in."""
    template = {"spec": job_template}
    if job_meta is not None:
        template["metadata"] = job_meta
    s = {"schedule": schedule, "jobTemplate": template}
    s.update(spec or {})
    return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": name}, "spec": s}
