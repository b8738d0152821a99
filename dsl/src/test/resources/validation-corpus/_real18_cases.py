"""Cases from the fourth sweep over real-world manifests (imported by _generate.py).

Task real18 ran `podwright validate` at 1.27, 1.30, 1.33, 1.35 and 1.37 over the plain
manifests of storage drivers (kubernetes-csi/csi-driver-host-path, csi-driver-nfs,
csi-driver-smb, external-snapshotter, aws-ebs/efs, azuredisk, blob, gcp-pd), batch-heavy
projects (kubernetes-sigs/kueue, jobset, descheduler, volcano, kubeflow/trainer, k8up) and
operators (argo-cd, rook, longhorn, jaeger-operator, minio/operator, trivy-operator, kwok,
autoscaler, ...) and triaged every refusal against upstream kubernetes/kubernetes. No false
refusal was found; each case reproduces a pattern one of those projects showed (its
"# source:" names the project and file, and the upstream rules it follows), accepted or,
where the project's file is really wrong, refused. The manifests are written for the corpus,
not copied. The expected errors are written by hand from upstream validation.go and the
registry strategies, never copied from the validator's output. File names start with
"real18-" (refused) or "valid-real18-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("real18")

    def deployment(name, spec, labels=None):
        labels = labels if labels is not None else {"app": name}
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name},
                "spec": {"selector": {"matchLabels": labels},
                         "template": {"metadata": {"labels": labels}, "spec": spec}}}

    def job(name, spec, template_spec, meta=None, template_meta=None):
        t = {"spec": template_spec}
        if template_meta is not None:
            t["metadata"] = template_meta
        s = dict(spec)
        s["template"] = t
        m = {"name": name}
        m.update(meta or {})
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": m, "spec": s}

    # ------------------------------------------------ a Job dumped from a live cluster
    # argoproj/argo-cd controller/testdata/job-failed.yaml (and gitops-engine
    # pkg/health/testdata/job-*.yaml): `kubectl get job -o yaml` output, with the old
    # controller-uid in spec.selector and in the template labels, and no manualSelector.
    # On create the server sets a new metadata.uid; jobStrategy.Validate's generateSelector
    # keeps the labels that are present, adds the batch.kubernetes.io/ ones and, the selector
    # lacking batch.kubernetes.io/controller-uid, adds that. validateGeneratedSelector's
    # ValidateHasLabel finds controller-uid != the new uid (Invalid on
    # spec.template.metadata.labels[controller-uid]); job-name matches the name. The selector
    # (old controller-uid) does not match the expected labels: "`selector` not auto-generated".
    # ValidateJobSpec's selector/template check passes: the template has both selected labels.
    old_uid = "95052288-f609-11e8-aa53-42010a80021b"
    live = job("fail", {"backoffLimit": 2, "completions": 1, "parallelism": 1,
                        "selector": {"matchLabels": {"controller-uid": old_uid}}},
               {"restartPolicy": "Never",
                "containers": [c("fail", "alpine:3.20", command=["sh", "-c", "exit 1"])]},
               template_meta={"labels": {"controller-uid": old_uid, "job-name": "fail"}})
    for v in ("1.27", "1.33", "1.37"):
        bad("job-live-dump-controller-uid-" + v.replace(".", "-"),
            "argoproj/argo-cd controller/testdata/job-failed.yaml; generateSelector "
            "(pkg/registry/batch/job/strategy.go), validateGeneratedSelector (ValidateHasLabel)",
            live,
            "spec.template.metadata.labels[controller-uid]: Invalid value",
            "spec.selector: Invalid value",
            version=v)
    # The same Job with manualSelector: true keeps its own selector and labels.
    manual = job("fail", {"manualSelector": True,
                          "selector": {"matchLabels": {"controller-uid": old_uid}}},
                 live["spec"]["template"]["spec"],
                 template_meta={"labels": {"controller-uid": old_uid, "job-name": "fail"}})
    ok("job-live-dump-manual-selector",
       "argoproj/argo-cd controller/testdata/job-failed.yaml with manualSelector: true; "
       "validateGeneratedSelector returns early, ValidateJobSpec (selector matches labels)",
       manual)

    # ----------------------------------------------- a placeholder left in a Job
    # rook/rook deploy/examples/cleanup-job.yaml: the file asks the user to replace
    # <node-hostname> in metadata.name and in the nodeSelector. As shipped, ValidateJob's
    # ValidateObjectMeta (ValidateReplicationControllerName, a DNS subdomain) refuses the
    # name; generateSelector copies the name into the job-name and batch.kubernetes.io/job-name
    # template labels, which ValidatePodTemplateSpec's ValidateLabels refuses on
    # spec.template.labels (upstream's path, not metadata.labels; the two identical errors
    # are one after ErrorList.ToAggregate's de-duplication); ValidatePodSpec's ValidateLabels
    # refuses the nodeSelector value.
    rook = job("rook-ceph-cleanup-<node-hostname>", {},
               {"restartPolicy": "OnFailure", "serviceAccountName": "rook-ceph-default",
                "nodeSelector": {"kubernetes.io/hostname": "<node-hostname>"},
                "containers": [c("host-cleanup", "docker.io/rook/ceph:master",
                                 args=["ceph", "clean", "host"],
                                 securityContext={"privileged": True, "runAsUser": 0},
                                 env=[{"name": "ROOK_DATA_DIR_HOST_PATH",
                                       "value": "<dataDirHostPath>"}])]},
               meta={"labels": {"app": "rook-ceph-cleanup", "rook-ceph-cleanup": "true"}},
               template_meta={"labels": {"app": "rook-ceph-cleanup"}})
    bad("job-name-placeholder",
        "rook/rook deploy/examples/cleanup-job.yaml; ValidateObjectMeta (DNS subdomain), "
        "generateSelector (job-name labels), ValidatePodTemplateSpec and ValidatePodSpec "
        "(ValidateLabels)",
        rook,
        "metadata.name: Invalid value",
        "spec.template.labels: Invalid value",
        "spec.template.spec.nodeSelector: Invalid value")
    # With a real host name the Job is accepted.
    fixed = job("rook-ceph-cleanup-worker-1", {}, dict(
        rook["spec"]["template"]["spec"], nodeSelector={"kubernetes.io/hostname": "worker-1"}),
        meta={"labels": rook["metadata"]["labels"]},
        template_meta={"labels": {"app": "rook-ceph-cleanup"}})
    ok("job-name-placeholder-replaced",
       "rook/rook deploy/examples/cleanup-job.yaml with the placeholder replaced", fixed)

    # ------------------------------------------- an envsubst placeholder in a nodeSelector
    # kubernetes-sigs/secrets-store-csi-driver test/bats/tests/e2e_provider/
    # deployment-synck8s-e2e-provider.yaml: `kubernetes.io/os: $NODE_SELECTOR_OS`, replaced by
    # envsubst before kubectl runs. As stored, ValidateLabels refuses the value ('$' is not a
    # label character); the error names the map, not the key.
    bad("node-selector-envsubst",
        "kubernetes-sigs/secrets-store-csi-driver test/bats/tests/e2e_provider/"
        "deployment-synck8s-e2e-provider.yaml; ValidatePodSpec (ValidateLabels on nodeSelector)",
        deployment("busybox-deployment", {
            "nodeSelector": {"kubernetes.io/os": "$NODE_SELECTOR_OS"},
            "containers": [c("busybox", "registry.k8s.io/e2e-test-images/busybox:1.29-4",
                             command=["/bin/sleep", "10000"])]}),
        "spec.template.spec.nodeSelector: Invalid value")

    # ------------------------------------------------ a kustomize base with no labels
    # jaegertracing/jaeger-operator config/manager/manager.yaml: `selector: {matchLabels:}`
    # (null) and template labels null, filled in by kustomize's commonLabels. As a plain
    # manifest ValidateDeploymentSpec refuses the empty selector; ValidatePodTemplateSpecFor
    # ReplicaSet skips the labels check for an empty selector, so that is the one error.
    kb = deployment("jaeger-operator", {
        "securityContext": {"runAsNonRoot": True},
        "containers": [c("jaeger-operator", "controller:latest",
                         command=["/jaeger-operator"], args=["start", "--leader-elect"])]})
    kb["spec"]["selector"] = {"matchLabels": None}
    kb["spec"]["template"]["metadata"] = {"labels": None}
    kb["spec"]["strategy"] = {}
    kb["spec"]["replicas"] = 1
    bad("deployment-kustomize-base-empty-selector",
        "jaegertracing/jaeger-operator config/manager/manager.yaml; ValidateDeploymentSpec "
        "(empty selector is invalid for deployment)",
        kb, "spec.selector: Invalid value")

    # ----------------------------------------------------- a volume mount name typo
    # kubernetes/autoscaler cluster-autoscaler/cloudprovider/bizflycloud/manifest/
    # cluster-autoscaler.yaml: the container mounts "kubeconfig" but the volume is named
    # "ssl-cekubeconfigrts". ValidateVolumeMounts: Not found on the mount's name. The
    # mountPath's trailing space is kept and accepted.
    bad("volume-mount-name-typo",
        "kubernetes/autoscaler cluster-autoscaler/cloudprovider/bizflycloud/manifest/"
        "cluster-autoscaler.yaml; ValidateVolumeMounts (Not found)",
        deployment("cluster-autoscaler", {
            "containers": [c("cluster-autoscaler", "cluster-autoscaler:1.0",
                             imagePullPolicy="Always",
                             volumeMounts=[{"name": "kubeconfig", "readOnly": True,
                                            "mountPath": "/var/lib/kubernetes/cluster.kubeconfig "}])],
            "volumes": [{"name": "ssl-cekubeconfigrts",
                         "hostPath": {"path": "/var/lib/kubernetes/cluster.kubeconfig"}}]}),
        "spec.template.spec.containers[0].volumeMounts[0].name: Not found")

    # ------------------------------------------------------------ an empty image
    # longhorn/longhorn deploy/longhorn-okd.yaml: the longhorn-ui Deployment's oauth-proxy
    # sidecar has `image: ""`, meant to be filled in for OpenShift. validateContainers
    # Required on image, even inside a workload's pod template.
    bad("empty-image",
        "longhorn/longhorn deploy/longhorn-okd.yaml (longhorn-ui oauth-proxy); "
        "validateContainers (image Required)",
        deployment("longhorn-ui", {"containers": [
            c("oauth-proxy", "", imagePullPolicy="IfNotPresent",
              ports=[{"containerPort": 8443, "name": "public"}]),
            c("longhorn-ui", "longhornio/longhorn-ui:v1.9.0",
              ports=[{"containerPort": 8000, "name": "http"}])]}),
        "spec.template.spec.containers[0].image: Required value")

    # ------------------------------------------------ bidirectional mount propagation
    # kubernetes-csi/csi-driver-host-path deploy/kubernetes-1.34/hostpath/
    # csi-hostpath-plugin.yaml: a StatefulSet whose privileged driver container mounts the
    # kubelet directories with mountPropagation: Bidirectional, beside sidecars that share a
    # hostPath socket directory (DirectoryOrCreate and Directory types) and a second port
    # named healthz. validateMountPropagation allows Bidirectional for privileged containers
    # only. The server warns about the duplicated port name (warnings.go), which podwright's
    # PodWarnings dates from 1.33 (first seen in a 1.33 copy; earlier versions unverified).
    def hostpath_sts(privileged):
        driver_sc = {"privileged": True} if privileged else {}
        return {"apiVersion": "apps/v1", "kind": "StatefulSet",
                "metadata": {"name": "csi-hostpathplugin"},
                "spec": {"serviceName": "csi-hostpathplugin", "replicas": 1,
                         "selector": {"matchLabels": {"app.kubernetes.io/name": "csi-hostpathplugin"}},
                         "template": {
                             "metadata": {"labels": {"app.kubernetes.io/name": "csi-hostpathplugin"}},
                             "spec": {
                                 "serviceAccountName": "csi-hostpathplugin-sa",
                                 "containers": [
                                     c("hostpath", "registry.k8s.io/sig-storage/hostpathplugin:v1.17.1",
                                       args=["--drivername=hostpath.csi.k8s.io",
                                             "--endpoint=$(CSI_ENDPOINT)", "--nodeid=$(KUBE_NODE_NAME)"],
                                       env=[{"name": "CSI_ENDPOINT", "value": "unix:///csi/csi.sock"},
                                            {"name": "KUBE_NODE_NAME",
                                             "valueFrom": {"fieldRef": {"apiVersion": "v1",
                                                                        "fieldPath": "spec.nodeName"}}}],
                                       securityContext=driver_sc,
                                       ports=[{"containerPort": 9898, "name": "healthz",
                                               "protocol": "TCP"}],
                                       livenessProbe={"failureThreshold": 5, "initialDelaySeconds": 10,
                                                      "timeoutSeconds": 3, "periodSeconds": 2,
                                                      "httpGet": {"path": "/healthz", "port": "healthz"}},
                                       volumeMounts=[{"mountPath": "/csi", "name": "socket-dir"},
                                                     {"mountPath": "/var/lib/kubelet/pods",
                                                      "mountPropagation": "Bidirectional",
                                                      "name": "mountpoint-dir"}]),
                                     c("node-driver-registrar",
                                       "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.17.0",
                                       args=["--v=5", "--csi-address=/csi/csi.sock",
                                             "--kubelet-registration-path=/var/lib/kubelet/plugins/"
                                             "csi-hostpath/csi.sock"],
                                       securityContext={"privileged": True},
                                       ports=[{"containerPort": 9809, "name": "healthz"}],
                                       volumeMounts=[{"mountPath": "/csi", "name": "socket-dir"},
                                                     {"mountPath": "/registration",
                                                      "name": "registration-dir"}]),
                                     c("liveness-probe", "registry.k8s.io/sig-storage/livenessprobe:v2.19.0",
                                       args=["--csi-address=/csi/csi.sock", "--health-port=9898"],
                                       volumeMounts=[{"mountPath": "/csi", "name": "socket-dir"}])],
                                 "volumes": [
                                     {"name": "socket-dir",
                                      "hostPath": {"path": "/var/lib/kubelet/plugins/csi-hostpath",
                                                   "type": "DirectoryOrCreate"}},
                                     {"name": "mountpoint-dir",
                                      "hostPath": {"path": "/var/lib/kubelet/pods",
                                                   "type": "DirectoryOrCreate"}},
                                     {"name": "registration-dir",
                                      "hostPath": {"path": "/var/lib/kubelet/plugins_registry",
                                                   "type": "Directory"}}]}}}}
    src = ("kubernetes-csi/csi-driver-host-path deploy/kubernetes-1.34/hostpath/"
           "csi-hostpath-plugin.yaml")
    for v in ("1.27", "1.30"):
        ok("csi-hostpath-sidecars-" + v.replace(".", "-"),
           src + "; validateMountPropagation (privileged), ValidateStatefulSetSpec", hostpath_sts(True),
           version=v)
    for v in ("1.33", "1.37"):
        ok("csi-hostpath-sidecars-" + v.replace(".", "-"),
           src + "; validateMountPropagation (privileged), warnings.go (duplicate port name)",
           hostpath_sts(True), version=v,
           warn=["spec.template.spec.containers[1].ports[0]"])
    # Without privileged: true on the driver container. Up to 1.33 ValidateStatefulSetSpec's
    # ValidatePodTemplateSpecForStatefulSet checks only the template's labels and annotations,
    # so the StatefulSet is accepted (its pods are refused later, when the controller creates
    # them); from 1.34 (kubernetes/kubernetes#131790) the template's pod spec is validated and
    # validateMountPropagation refuses the mount, on upstream's unindexed volumeMounts path.
    ok("csi-hostpath-bidirectional-unprivileged-1-30",
       src + " without privileged: true; ValidatePodTemplateSpecForStatefulSet (no pod spec "
       "check before 1.34)", hostpath_sts(False), version="1.30")
    for v in ("1.34", "1.37"):
        bad("csi-hostpath-bidirectional-unprivileged-" + v.replace(".", "-"),
            src + " without privileged: true; ValidateStatefulSetSpec (pod spec from 1.34), "
            "validateMountPropagation",
            hostpath_sts(False),
            "spec.template.spec.containers[0].volumeMounts.mountPropagation: Forbidden",
            version=v)

    # -------------------------------------------------------------- batch examples
    # kubernetes-sigs/kueue site/static/examples/jobs/sample-job.yaml: a Job created
    # suspended with the queue-name label, parallelism and completions; Kueue unsuspends it.
    ok("kueue-suspended-job",
       "kubernetes-sigs/kueue site/static/examples/jobs/sample-job.yaml; ValidateJobSpec",
       {"apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"generateName": "sample-job-",
                     "labels": {"kueue.x-k8s.io/queue-name": "user-queue"}},
        "spec": {"parallelism": 3, "completions": 3, "suspend": True,
                 "template": {"spec": {
                     "restartPolicy": "Never",
                     "containers": [c("dummy-job", "registry.k8s.io/e2e-test-images/agnhost:2.53",
                                      command=["/bin/sh"], args=["-c", "sleep 60"],
                                      resources={"requests": {"cpu": 1, "memory": "200Mi"}})]}}}})
    # kubernetes-sigs/kueue site/static/examples/jobs/sample-job-indexed.yaml-like: an
    # Indexed Job with backoffLimitPerIndex, on 1.29+ where JobBackoffLimitPerIndex is beta.
    ok("kueue-indexed-job",
       "kubernetes-sigs/kueue site/static/examples (indexed Job); validateJobSpec "
       "(Indexed needs completions; backoffLimitPerIndex needs Indexed)",
       {"apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": "sample-indexed", "labels": {"kueue.x-k8s.io/queue-name": "user-queue"}},
        "spec": {"completionMode": "Indexed", "completions": 4, "parallelism": 2,
                 "backoffLimitPerIndex": 1, "maxFailedIndexes": 2, "suspend": True,
                 "template": {"spec": {
                     "restartPolicy": "Never",
                     "containers": [c("worker", "busybox:1.37",
                                      command=["sh", "-c", "echo $JOB_COMPLETION_INDEX"])]}}}},
       version="1.33")
    # kubernetes-sigs/descheduler kubernetes/cronjob/cronjob.yaml: a CronJob with a step
    # schedule, Forbid, a quoted "Never" restart policy and a hardened securityContext.
    ok("descheduler-cronjob",
       "kubernetes-sigs/descheduler kubernetes/cronjob/cronjob.yaml; validateCronJobSpec",
       {"apiVersion": "batch/v1", "kind": "CronJob",
        "metadata": {"name": "descheduler-cronjob", "namespace": "kube-system"},
        "spec": {"schedule": "*/2 * * * *", "concurrencyPolicy": "Forbid",
                 "jobTemplate": {"spec": {"template": {
                     "metadata": {"name": "descheduler-pod"},
                     "spec": {
                         "priorityClassName": "system-cluster-critical",
                         "restartPolicy": "Never",
                         "serviceAccountName": "descheduler-sa",
                         "containers": [c("descheduler", "registry.k8s.io/descheduler/descheduler:v0.36.0",
                                          command=["/bin/descheduler"],
                                          args=["--policy-config-file", "/policy-dir/policy.yaml",
                                                "--v", "3"],
                                          resources={"requests": {"cpu": "500m", "memory": "256Mi"}},
                                          livenessProbe={"failureThreshold": 3,
                                                         "httpGet": {"path": "/healthz", "port": 10258,
                                                                     "scheme": "HTTPS"},
                                                         "initialDelaySeconds": 3, "periodSeconds": 10},
                                          securityContext={"allowPrivilegeEscalation": False,
                                                           "capabilities": {"drop": ["ALL"]},
                                                           "privileged": False,
                                                           "readOnlyRootFilesystem": True,
                                                           "runAsNonRoot": True},
                                          volumeMounts=[{"mountPath": "/policy-dir",
                                                         "name": "policy-volume"}])],
                         "volumes": [{"name": "policy-volume",
                                      "configMap": {"name": "descheduler-policy-configmap"}}]}}}}}})
    # apache/spark resource-managers/kubernetes/integration-tests/kerberos-yml/
    # data-populator-job.yml: manualSelector with a selector matching the template labels,
    # and nn-set.yml: a StatefulSet without serviceName (ValidateStatefulSetSpec never checks
    # it) whose template carries the old pod.beta.kubernetes.io/hostname annotation.
    ok("spark-manual-selector-job",
       "apache/spark resource-managers/kubernetes/integration-tests/kerberos-yml/"
       "data-populator-job.yml; validateGeneratedSelector (manualSelector), ValidateJobSpec",
       job("data-populator",
           {"manualSelector": True, "backoffLimit": 4,
            "selector": {"matchLabels": {"name": "hdfs-data-populator", "job": "kerberostest"}}},
           {"restartPolicy": "OnFailure",
            "containers": [c("data-populator", "spark-kerberos:latest", command=["sh"],
                             args=["/populate-data.sh"])]},
           template_meta={"annotations": {"pod.beta.kubernetes.io/hostname": "data-populator"},
                          "labels": {"name": "hdfs-data-populator", "job": "kerberostest"}}))
    ok("spark-statefulset-no-service-name",
       "apache/spark resource-managers/kubernetes/integration-tests/kerberos-yml/nn-set.yml; "
       "ValidateStatefulSetSpec (serviceName not validated)",
       {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "nn"},
        "spec": {"replicas": 1,
                 "selector": {"matchLabels": {"name": "hdfs-nn", "job": "kerberostest"}},
                 "template": {
                     "metadata": {"annotations": {"pod.beta.kubernetes.io/hostname": "nn"},
                                  "labels": {"name": "hdfs-nn", "job": "kerberostest"}},
                     "spec": {"restartPolicy": "Always",
                              "containers": [c("nn", "spark-kerberos:latest", command=["sh"],
                                               args=["/start-namenode.sh"],
                                               ports=[{"containerPort": 9000}])]}}}})

    # ------------------------------------------------ kompose conversions of compose files
    # kubernetes/kompose script/test/fixtures/domain/output-k8s.json: compose's
    # `domainname: affy.com` becomes the pod's subdomain. ValidatePodSpec checks subdomain
    # with ValidateDNS1123Label: a dotted name is a subdomain, not a label ("must not contain
    # dots"). The empty imagePullPolicy and serviceAccountName are defaulted / ignored.
    kompose = "kubernetes/kompose script/test/fixtures/"
    bad("kompose-subdomain-with-dots",
        kompose + "domain/output-k8s.json; ValidatePodSpec (subdomain, ValidateDNS1123Label)",
        deployment("dns", {"hostname": "affy", "subdomain": "affy.com",
                           "restartPolicy": "Always", "serviceAccountName": "",
                           "containers": [c("dns", "phensley/docker-dns", imagePullPolicy="",
                                            resources={})]}),
        "spec.template.spec.subdomain: Invalid value")
    ok("kompose-subdomain-label",
       kompose + "domain/output-k8s.json with a one-label subdomain; ValidatePodSpec",
       deployment("dns", {"hostname": "affy", "subdomain": "affy",
                          "containers": [c("dns", "phensley/docker-dns", imagePullPolicy="")]}))
    # kubernetes/kompose script/test/fixtures/secrets/output-long-k8s.json: a compose secret
    # "my_secret" becomes a secret volume of that name. ValidateVolumes refuses the name (not a
    # DNS label) and, the volume being invalid, leaves it out of the names the mounts may use,
    # so ValidateVolumeMounts then reports the mount Not found. The secretName itself is not
    # format-checked by validateSecretVolumeSource; 288 (0440) is a valid defaultMode.
    bad("kompose-secret-volume-underscore",
        kompose + "secrets/output-long-k8s.json; ValidateVolumes (ValidateDNS1123Label, invalid "
        "volumes not added), ValidateVolumeMounts (Not found)",
        deployment("redis", {
            "containers": [c("redis", "redis:latest", imagePullPolicy="",
                             volumeMounts=[{"mountPath": "/run/secrets/my_secret",
                                            "name": "my_secret"}])],
            "volumes": [{"name": "my_secret",
                         "secret": {"defaultMode": 288, "secretName": "my_secret",
                                    "items": [{"key": "my_secret", "path": "redis_secret"}]}}]}),
        "spec.template.spec.volumes[0].name: Invalid value",
        "spec.template.spec.containers[0].volumeMounts[0].name: Not found")
    ok("kompose-secret-volume-dashed",
       kompose + "secrets/output-long-k8s.json with a DNS-label volume name; secretName "
       "\"my_secret\" is not format-checked (validateSecretVolumeSource)",
       deployment("redis", {
           "containers": [c("redis", "redis:latest",
                            volumeMounts=[{"mountPath": "/run/secrets/my_secret",
                                           "name": "my-secret"}])],
           "volumes": [{"name": "my-secret",
                        "secret": {"defaultMode": 288, "secretName": "my_secret",
                                   "items": [{"key": "my_secret", "path": "redis_secret"}]}}]}))
    # kubernetes/kompose script/test/fixtures/unused/merge-multiple-compose/
    # output-other-toplevel-merge-template.json: compose's octal mode 644 written as the
    # decimal number 644 (01204): validateConfigMapVolumeSource refuses a defaultMode above
    # 0777 (511); the volume having an error, ValidateVolumes leaves it out of the names the
    # mounts may use, so the mount of it is Not found too (as in the kompose file).
    bad("kompose-config-map-decimal-mode",
        kompose + "unused/merge-multiple-compose/output-other-toplevel-merge-template.json; "
        "validateConfigMapVolumeSource (defaultMode above 0777)",
        deployment("other-toplevel-dev", {
            "containers": [c("other-toplevel-dev", "busybox:1.37",
                             volumeMounts=[{"mountPath": "/cfg", "name": "firstconfig"}])],
            "volumes": [{"name": "firstconfig",
                         "configMap": {"name": "firstconfig", "defaultMode": 644}}]}),
        "spec.template.spec.volumes[0].configMap.defaultMode: Invalid value",
        "spec.template.spec.containers[0].volumeMounts[0].name: Not found")
    # kubernetes/kompose script/test/fixtures/unused/v3/output-k8s-full-example.json: two
    # compose volumes mounted on one path. ValidateVolumeMounts: the second mountPath is
    # "must be unique" (Invalid on the indexed mountPath).
    bad("kompose-duplicate-mount-path",
        kompose + "unused/v3/output-k8s-full-example.json; ValidateVolumeMounts (mountPath "
        "must be unique)",
        pod([c("foo", "foobar", volumeMounts=[{"mountPath": "/opt/data", "name": "data-a"},
                                              {"mountPath": "/opt/data", "name": "data-b"}])],
            volumes=[{"name": "data-a", "emptyDir": {}}, {"name": "data-b", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts[1].mountPath: Invalid value")

    # ------------------------------------------- a native sidecar in a StatefulSet template
    # A mesh-injected StatefulSet whose proxy is a native sidecar (an init container with
    # restartPolicy: Always and a readinessProbe), the shape service-mesh injectors write
    # (seen in this sweep in a mesh project's injection golden file, left to real17's sweep).
    # Up to 1.33 ValidateStatefulSetSpec does not validate the template's pod spec, but
    # statefulSetStrategy.PrepareForCreate still runs pod.DropDisabledTemplateFields: on 1.28
    # (SidecarContainers alpha, off) the restartPolicy is silently removed (the StatefulSet is
    # accepted; its pods would hang in Init or be refused), so the server's behaviour is a
    # warning; on 1.29 (beta, on) nothing is dropped. On 1.27 the field does not exist: strict
    # decoding refuses it, as for every other workload (FieldDrops).
    def mesh_sts():
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "web"},
                "spec": {"serviceName": "web-svc", "replicas": 1,
                         "selector": {"matchLabels": {"app": "web-svc"}},
                         "template": {
                             "metadata": {"labels": {"app": "web-svc"}},
                             "spec": {
                                 "initContainers": [
                                     c("mesh-init", "mesh/proxy-init:1.0",
                                       securityContext={"capabilities": {"add": ["NET_ADMIN", "NET_RAW"]}}),
                                     c("mesh-proxy", "mesh/proxy:1.0", restartPolicy="Always",
                                       ports=[{"containerPort": 4143, "name": "mesh-proxy"}],
                                       readinessProbe={"httpGet": {"path": "/ready", "port": 4191},
                                                       "initialDelaySeconds": 2})],
                                 "containers": [c("web-svc", "buoyantio/emojivoto-web:v10",
                                                  ports=[{"containerPort": 80, "name": "http"}])]}}}}
    mesh = ("mesh-injected StatefulSet with a native sidecar proxy; "
            "statefulSetStrategy.PrepareForCreate (pod.DropDisabledTemplateFields), "
            "ValidatePodTemplateSpecForStatefulSet (no pod spec check before 1.34)")
    ok("statefulset-native-sidecar-gate-off-1-28", mesh, mesh_sts(), version="1.28",
       warn=["spec.template.spec.initContainers[1].restartPolicy: dropped"])
    ok("statefulset-native-sidecar-1-29", mesh, mesh_sts(), version="1.29")
    bad("statefulset-native-sidecar-1-27", mesh + "; strict decoding (field added in 1.28)",
        mesh_sts(), "spec.template.spec.initContainers[1].restartPolicy: Forbidden",
        version="1.27")
