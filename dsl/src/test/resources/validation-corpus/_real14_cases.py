"""Cases from running the validator over real-world manifests (imported by _generate.py).

Task real14 ran `podwright validate` over the plain manifests of public projects, which real API
servers accept, and triaged every refusal against upstream kubernetes/kubernetes. Each case here
reproduces a pattern one of those projects showed (its "# source:" names the project and file,
and the upstream rules it follows); the manifests are written for the corpus, not copied. The
expected errors are written by hand from upstream validation.go, never copied from the
validator's output. File names start with "real14-" (refused) or "valid-real14-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("real14")

    # ------------------------------------------------- env[].valueFrom.fileKeyRef (EnvFiles)
    # kubernetes/website content/en/examples/pods/inject/envars-file-container.yaml: an init
    # container writes an env file into an emptyDir that the app reads with fileKeyRef. EnvFiles is
    # alpha in 1.34 and beta (on) from 1.35; validateEnvVarValueFrom counts fileKeyRef as a source,
    # validateFileKeySelector checks it, validateFileKeyRefVolumes (last in ValidatePodSpec) wants
    # an emptyDir volume (1.35-era validation.go, darshansreenivas/validation-gen 04780fad).
    web = "kubernetes/website content/en/examples/pods/inject/envars-file-container.yaml"
    env_dir = {"name": "settings", "emptyDir": {}}
    writer = c("write-env", "busybox:1.36", command=["sh", "-c", "echo LEVEL=debug > /env/app.env"],
               volumeMounts=[{"name": "settings", "mountPath": "/env"}])

    def reader(*refs):
        return c("reader", "busybox:1.36", command=["env"],
                 env=[{"name": n, "valueFrom": {"fileKeyRef": r}} for n, r in refs])

    level = {"volumeName": "settings", "path": "app.env", "key": "LEVEL", "optional": True}
    for v in ("1.35", "1.36", "1.37"):
        ok("env-file-key-ref-" + v.replace(".", "-"), web + "; validateEnvVarValueFrom (EnvFiles on)",
           pod([reader(("LOG_LEVEL", level))], init=[writer], restartPolicy="Never", volumes=[env_dir]),
           version=v)
    bad("env-file-key-ref-gate-off-1-34", web + "; dropFileKeyRefInUse (EnvFiles alpha, off)",
        pod([reader(("LOG_LEVEL", level))], init=[writer], restartPolicy="Never", volumes=[env_dir]),
        "spec.containers[0].env[0].valueFrom: Invalid value",
        version="1.34", warn=["spec.containers[0].env[0].valueFrom.fileKeyRef: dropped"])
    bad("env-file-key-ref-selector", web + "; validateFileKeySelector (key, volumeName, path)",
        pod([reader(("A", {"volumeName": "Settings", "path": "../app.env", "key": "A=B"}),
                    ("B", {"volumeName": "", "path": "", "key": ""}))],
            volumes=[env_dir]),
        "spec.containers[0].env[0].valueFrom.fileKeyRef.key: Invalid value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Invalid value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.path: Invalid value",
        "spec.containers[0].env[1].valueFrom.fileKeyRef.key: Required value",
        "spec.containers[0].env[1].valueFrom.fileKeyRef.volumeName: Required value",
        "spec.containers[0].env[1].valueFrom.fileKeyRef.path: Required value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Not found",
        "spec.containers[0].env[1].valueFrom.fileKeyRef.volumeName: Not found",
        version="1.35")
    bad("env-file-key-ref-volume-kind", web + "; validateFileKeyRefVolumes (emptyDir only)",
        pod([reader(("A", {"volumeName": "cfg", "path": "a.env", "key": "A"}))],
            init=[c("seed", "busybox:1.36",
                    env=[{"name": "B", "valueFrom": {"fileKeyRef": {"volumeName": "gone", "path": "b.env", "key": "B"}}}])],
            volumes=[{"name": "cfg", "configMap": {"name": "cfg"}}]),
        "spec.initContainers[0].env[0].valueFrom.fileKeyRef.volumeName: Not found",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Invalid value",
        version="1.36")
    bad("env-file-key-ref-and-value", web + "; validateEnvVarValueFrom (one source, no value)",
        pod([c(env=[{"name": "A", "value": "x", "valueFrom": {"fileKeyRef": level}},
                    {"name": "B", "valueFrom": {"fileKeyRef": level, "secretKeyRef": {"name": "s", "key": "b"}}},
                    {"name": "C", "valueFrom": {}}])],
            volumes=[env_dir]),
        "spec.containers[0].env[0].valueFrom: Invalid value",
        "spec.containers[0].env[1].valueFrom: Invalid value",
        "spec.containers[0].env[2].valueFrom: Invalid value",
        version="1.35")

    # ------------------------------------------------- volumes[].image before ImageVolume is on
    # kubernetes/website content/en/examples/pods/image-volumes-subpath.yaml: an image volume
    # mounted with a subPath. Before 1.31 the field is unknown: the decoder drops it and
    # SetDefaults_Volume makes the source-less volume an emptyDir, mounts kept. From 1.31 to 1.34
    # ImageVolume is off by default and dropImageVolumes (pkg/api/pod/util.go) removes the volume
    # and every mount of it before validation. From 1.35 the gate is on and the volume is checked.
    img = "kubernetes/website content/en/examples/pods/image-volumes-subpath.yaml"
    shell = c("shell", "debian", command=["sleep", "infinity"],
              volumeMounts=[{"name": "artifact", "mountPath": "/volume", "subPath": "dir"},
                            {"name": "scratch", "mountPath": "/scratch"}])
    no_ref = [{"name": "artifact", "image": {"pullPolicy": "IfNotPresent"}},
              {"name": "scratch", "emptyDir": {}}]
    ok("image-volume-unknown-1-30", img + "; SetDefaults_Volume (emptyDir) after the decoder drops `image`",
       pod([shell], volumes=no_ref), version="1.30", warn=["spec.volumes[0].image"])
    ok("image-volume-dropped-1-33", img + "; dropImageVolumes (ImageVolume beta, off)",
       pod([shell], volumes=no_ref), version="1.33", warn=["spec.volumes[0].image: dropped"])
    ok("image-volume-dropped-1-34", img + "; dropImageVolumes (ImageVolume beta, off)",
       pod([shell], volumes=no_ref), version="1.34", warn=["spec.volumes[0].image: dropped"])
    bad("image-volume-no-reference-1-35", img + "; validateImageVolumeSource (ImageVolume on)",
        pod([c("shell", "debian", volumeMounts=[{"name": "artifact", "mountPath": "/volume"}])],
            volumes=no_ref[:1]),
        "spec.volumes[0].image.reference: Required value",
        "spec.containers[0].volumeMounts[0].name: Not found",
        version="1.35")
