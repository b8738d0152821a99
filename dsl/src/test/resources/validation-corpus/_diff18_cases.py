"""Cases of the diff18 audit (issue 10): core validation from 1.35 to 1.36/1.37, imported by
_generate.py, which writes them.

They pin, per version, a change found by diffing upstream pkg/apis/core/validation/validation.go
as a 1.35-era copy (darshansreenivas/validation-gen 04780fad) has it against a 1.36-era one
(AIAgentSandox/kubernetes 64149d12, taken from master after the 1.36 branch: it already has
kubernetes/kubernetes#135989, which CHANGELOG-1.37 lists under v1.37.0-alpha.1).

validateImageVolumeSource: 04780fad refuses an image volume without a reference only when
opts.ResourceIsPod (a Pod, never a pod template); 64149d12 refuses it everywhere unless
opts.AllowEmptyImageVolumeReference (which only an update of an object that already had one
sets). So in 1.36 a Deployment, StatefulSet, DaemonSet, Job or CronJob template with an empty
image.reference is accepted and the Pod it makes is refused; from 1.37 the template is refused
too. SetDefaults_ImageVolumeSource gives the volume a pull policy (IfNotPresent for an empty
reference), so the pull policy is not refused. An image volume that fails validation is not
added to the volumes the mounts may name (ValidateVolumes keeps only the volumes with no
errors), so a mount of it is "Not found" (volumeMounts[0].name).

The expected errors ("# expect: <path>: <type>", in the server's order) are written by hand
from those files, never copied from the validator's output. File names start with "diff18-"
(refused) or "valid-diff18-" (accepted by the server).
"""


def add(pod, c, named):
    bad, ok = named("diff18")

    labels = {"app": "web"}
    image = {"name": "models", "image": {}}
    mount = {"name": "models", "mountPath": "/models"}

    def podspec(mounted=False, restart=None):
        ctr = c(volumeMounts=[dict(mount)]) if mounted else c()
        s = {"containers": [ctr], "volumes": [{"name": "models", "image": {}}]}
        if restart:
            s["restartPolicy"] = restart
        return s

    def deployment(mounted=False):
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": dict(labels)},
                         "template": {"metadata": {"labels": dict(labels)},
                                      "spec": podspec(mounted)}}}

    def statefulset():
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "web"},
                "spec": {"serviceName": "web", "selector": {"matchLabels": dict(labels)},
                         "template": {"metadata": {"labels": dict(labels)},
                                      "spec": podspec()}}}

    def job():
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "load"},
                "spec": {"template": {"spec": podspec(restart="Never")}}}

    def cronjob():
        return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "load"},
                "spec": {"schedule": "0 * * * *",
                         "jobTemplate": {"spec": {"template": {
                             "spec": podspec(restart="OnFailure")}}}}}

    src_136 = ("validateImageVolumeSource (darshansreenivas/validation-gen 04780fad: "
               "`opts.ResourceIsPod && len(imageVolume.Reference) == 0`, so a template's "
               "empty reference is accepted up to 1.36)")
    src_137 = ("validateImageVolumeSource (AIAgentSandox/kubernetes 64149d12: "
               "`!opts.AllowEmptyImageVolumeReference && len(imageVolume.Reference) == 0`; "
               "kubernetes/kubernetes#135989, v1.37.0-alpha.1)")

    # ------------------------------------------------------------ templates, 1.36: accepted
    ok("deployment-image-volume-no-reference-1-36", src_136, deployment(), version="1.36")
    ok("deployment-image-volume-no-reference-mounted-1-36", src_136, deployment(mounted=True),
       version="1.36")
    ok("statefulset-image-volume-no-reference-1-36", src_136, statefulset(), version="1.36")
    ok("job-image-volume-no-reference-1-36", src_136, job(), version="1.36")
    ok("cronjob-image-volume-no-reference-1-36", src_136, cronjob(), version="1.36")

    # ------------------------------------------------------------ templates, 1.37: refused
    bad("deployment-image-volume-no-reference-1-37", src_137, deployment(),
        "spec.template.spec.volumes[0].image.reference: Required value", version="1.37")
    bad("deployment-image-volume-no-reference-mounted-1-37",
        src_137 + "; ValidateVolumes leaves the failed volume out, so ValidateVolumeMounts "
        "does not find it", deployment(mounted=True),
        "spec.template.spec.volumes[0].image.reference: Required value",
        "spec.template.spec.containers[0].volumeMounts[0].name: Not found", version="1.37")
    bad("statefulset-image-volume-no-reference-1-37", src_137, statefulset(),
        "spec.template.spec.volumes[0].image.reference: Required value", version="1.37")
    bad("job-image-volume-no-reference-1-37", src_137, job(),
        "spec.template.spec.volumes[0].image.reference: Required value", version="1.37")
    bad("cronjob-image-volume-no-reference-1-37", src_137, cronjob(),
        "spec.jobTemplate.spec.template.spec.volumes[0].image.reference: Required value",
        version="1.37")

    # ------------------------------------------------------------ Pods: refused in both
    bad("pod-image-volume-no-reference-1-36", src_136 + "; a Pod is refused",
        pod(volumes=[dict(image)]), "spec.volumes[0].image.reference: Required value",
        version="1.36")
    bad("pod-image-volume-no-reference-1-37", src_137, pod(volumes=[dict(image)]),
        "spec.volumes[0].image.reference: Required value", version="1.37")
    ok("pod-image-volume-reference-1-36", "validateImageVolumeSource (a reference, pull "
       "policy defaulted by SetDefaults_ImageVolumeSource)",
       pod([c(volumeMounts=[dict(mount)])],
           volumes=[{"name": "models", "image": {"reference": "quay.io/models/llm:v1"}}]),
       version="1.36")
