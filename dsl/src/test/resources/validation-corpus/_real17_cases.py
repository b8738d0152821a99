"""Cases from the third sweep over real-world manifests (imported by _generate.py).

Task real17 ran `podwright validate` at 1.27, 1.30, 1.33, 1.35 and 1.37 over the plain
manifests of public projects not swept before (GKE samples, eks-workshop, longhorn, rook,
kyverno policies, istio and linkerd injector fixtures, kubeflow, kueue, argo-cd, csi drivers,
kubernetes/website pod-level resources examples and more) and triaged every refusal against
upstream kubernetes/kubernetes. No false refusal was found; these cases pin the patterns the
sweep showed, so that they stay right. Each "# source:" names the project and file and the
upstream rule; the manifests are written for the corpus, not copied (the raw-text ones keep the
YAML spelling that matters: octal modes, flow style). The expected errors are written by hand
from upstream validation.go, never copied from the validator's output. File names start with
"real17-" (refused) or "valid-real17-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("real17")

    # ------------------------------------------------ YAML 1.1 octal file modes
    # kubectl turns YAML into JSON with go-yaml v2 (sigs.k8s.io/yaml), whose resolver reads a
    # plain scalar with a leading 0 through strconv.ParseInt(s, 0, 64), i.e. as octal: 0744 is
    # 484, 0700 is 448, 0400 is 256. ValidateConfigMapVolumeSource / validateSecretVolumeSource
    # bound defaultMode to 0..0777 (511): "must be a number between 0 and 0777 (octal), both
    # inclusive". Written without the 0 the same digits are decimal and out of range; then
    # ValidateVolumes leaves the volume out of the names it hands on (a volume with errors is not
    # added), so validateVolumeMounts also reports the mount of it as Not found.
    longhorn = ("longhorn/longhorn deploy/prerequisite/longhorn-gke-cos-node-agent.yaml; "
                "go-yaml v2 octal int, ValidateConfigMapVolumeSource (defaultMode)")
    node_agent = """apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: longhorn-gke-cos-node-agent
  namespace: default
spec:
  selector:
    matchLabels:
      app: longhorn-gke-cos-node-agent
  template:
    metadata:
      labels:
        app: longhorn-gke-cos-node-agent
    spec:
      hostPID: true
      containers:
      - name: node-agent
        image: alpine:3.20
        command: ["/entrypoint/entrypoint.sh"]
        securityContext:
          privileged: true
        volumeMounts:
        - name: host-mount
          mountPath: /host
        - name: entrypoint
          mountPath: /entrypoint
      volumes:
      - name: host-mount
        hostPath:
          path: /
      - name: entrypoint
        configMap:
          name: longhorn-gke-cos-node-agent-entrypoint
          defaultMode: %s
"""
    ok("daemonset-configmap-mode-octal", longhorn, node_agent % "0744")
    bad("daemonset-configmap-mode-decimal", longhorn + " (744 read as decimal)",
        node_agent % "744", "spec.template.spec.volumes[1].configMap.defaultMode: Invalid value",
        "spec.template.spec.containers[0].volumeMounts[1].name: Not found")

    saxml = ("GoogleCloudPlatform/kubernetes-engine-samples ai-ml/llm-serving-gemma/saxml/"
             "job-2b.yaml; go-yaml v2 octal int, validateSecretVolumeSource and "
             "ValidateConfigMapVolumeSource (defaultMode)")
    download = """apiVersion: batch/v1
kind: Job
metadata:
  name: data-loader-2b
spec:
  ttlSecondsAfterFinished: 120
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: gcloud
        image: gcr.io/google.com/cloudsdktool/google-cloud-cli:slim
        command: ["/scripts/convert.sh"]
        volumeMounts:
        - name: kaggle-credentials
          mountPath: /kaggle
          readOnly: true
        - name: scripts-volume
          mountPath: /scripts
      volumes:
      - name: kaggle-credentials
        secret:
          defaultMode: %s
          secretName: kaggle-secret
      - name: scripts-volume
        configMap:
          defaultMode: %s
          name: checkpoint-converter-script
"""
    ok("job-secret-and-configmap-modes-octal", saxml, download % ("0400", "0700"))
    bad("job-configmap-mode-decimal", saxml + " (700 read as decimal; 400 is in range)",
        download % ("400", "700"), "spec.template.spec.volumes[1].configMap.defaultMode: Invalid value",
        "spec.template.spec.containers[0].volumeMounts[1].name: Not found")

    # --------------------------------------------- a mount naming a volume that is not there
    # istio/istio samples/mtls-echo/mtls-echo.yaml: the container mounts "ca-certs" while the
    # pod's volumes are "certs" and "ca", a real mistake in the sample. validateVolumeMounts
    # looks every mount's name up among the pod's volumes: Not found (the Deployment's pod
    # template is checked by ValidatePodTemplateSpecForReplicaSet like a Pod's spec).
    echo = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "mtls-echo"},
            "spec": {"selector": {"matchLabels": {"app": "mtls-echo"}},
                     "template": {"metadata": {"labels": {"app": "mtls-echo"}},
                                  "spec": {"containers": [c(
                                      "app", "gcr.io/istio-testing/app:latest",
                                      ports=[{"containerPort": 8443, "protocol": "TCP"}],
                                      volumeMounts=[{"name": "certs", "mountPath": "/certs"},
                                                    {"name": "ca-certs",
                                                     "mountPath": "/etc/certs/ca.crt"}])],
                                      "volumes": [{"name": "certs",
                                                   "secret": {"secretName": "mtls-echo-certs"}},
                                                  {"name": "ca",
                                                   "secret": {"secretName": "mtls-echo-ca"}}]}}}}
    bad("deployment-mount-unknown-volume",
        "istio/istio samples/mtls-echo/mtls-echo.yaml; validateVolumeMounts (Not found)",
        echo, "spec.template.spec.containers[0].volumeMounts[1].name: Not found")

    # ---------------------------------------- pod-level resources from kubernetes/website
    # content/en/examples/pods/resource/pod-level-resize.yaml is written in YAML flow style,
    # with comments and trailing commas inside the braces, which go-yaml v2 reads like block
    # YAML. PodLevelResources is beta and on from 1.34, so spec.resources is kept and checked
    # (validatePodResources: pod requests 200m/200Mi cover the container's 100m/100Mi; each
    # resizePolicy names cpu or memory with NotRequired or RestartContainer, validateResizePolicy).
    # In 1.33 the gate is off (alpha in 1.32 and 1.33) and dropDisabledPodLevelResourcesFields
    # removes spec.resources; InPlacePodVerticalScaling is beta and on from 1.33, so resizePolicy
    # stays.
    resize = """---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "pod-level-resize-demo",
  },
  spec: {
    containers: [{
      name: "pause",
      image: "registry.k8s.io/pause:3.9",
      resizePolicy: [{
        resourceName: "cpu",
        restartPolicy: "NotRequired", # the default, spelled out
      }, {
        resourceName: "memory",
        restartPolicy: "RestartContainer",
      }],
      resources: {
        requests: {
          cpu: "100m",
          memory: "100Mi",
        },
      },
    }, {
      name: "nginx-server",
      image: "registry.k8s.io/nginx:latest",
      resizePolicy: [{
        resourceName: "cpu",
        restartPolicy: "RestartContainer",
      }, {
        resourceName: "memory",
        restartPolicy: "RestartContainer",
      }],
    }],
    resources: {
      requests: {
        cpu: "200m",
        memory: "200Mi",
      },
      limits: {
        cpu: "200m",
        memory: "200Mi",
      },
    }, # pod-level resources
  },
}
"""
    web = "kubernetes/website content/en/examples/pods/resource/"
    ok("pod-level-resize-flow-style-1-35",
       web + "pod-level-resize.yaml; validatePodResources, validateResizePolicy (PodLevelResources on)",
       resize, version="1.35")
    ok("pod-level-resize-flow-style-1-33",
       web + "pod-level-resize.yaml; dropDisabledPodLevelResourcesFields (PodLevelResources off)",
       resize, version="1.33", warn=["spec.resources"])

    # pod-level-resource-managers-empty-shared-pool.yaml: the page says this pod "will be
    # rejected at admission" -- by the kubelet's resource managers, not by the API server. Its
    # pod-level requests (4 CPUs, 4Gi) equal the sum of the Guaranteed sidecar (1) and main
    # container (3), which validatePodResources allows (pod requests must not be below the
    # aggregate of container requests, sidecars included); the second sidecar asks for nothing.
    def guaranteed(cpu, mem):
        return {"requests": {"cpu": cpu, "memory": mem}, "limits": {"cpu": cpu, "memory": mem}}

    pool = pod([c("main-app", "registry.k8s.io/pause:3.9", resources=guaranteed("3", "3Gi"))],
               init=[c("metrics-sidecar", "registry.k8s.io/pause:3.9", restartPolicy="Always",
                       resources=guaranteed("1", "1Gi")),
                     c("logging-sidecar", "registry.k8s.io/pause:3.9", restartPolicy="Always")],
               meta={"name": "empty-shared-pool"}, resources=guaranteed("4", "4Gi"))
    for v in ("1.34", "1.37"):
        ok("pod-level-resources-exact-budget-" + v.replace(".", "-"),
           web + "pod-level-resource-managers-empty-shared-pool.yaml; validatePodResources "
           "(aggregate with sidecars equals the pod budget; the kubelet, not the API server, refuses)",
           pool, version=v)

    # ------------------------- projected sources dropped while their gate is off (website)
    # content/en/examples/pods/storage/projected-podcertificate.yaml and
    # projected-clustertrustbundle.yaml. PodCertificateRequest and ClusterTrustBundleProjection
    # are off by default in these versions, and dropDisabledPodCertificateProjection /
    # dropDisabledClusterTrustBundleProjection (pkg/api/pod/util.go, in PrepareForCreate) set the
    # source's field to nil, leaving the source in the list. registry/rest BeforeCreate runs
    # Validate and then WarningsOnCreate on that object, so an emptied source is no second volume
    # type (validateProjectionSources) and warningsForPodSpecAndMeta says the volume "has no
    # sources provided" -- once, as the API server's warning recorder drops repeated texts (a
    # 1.36 server's dry run gives this warning for a dropped podCertificate source). A
    # clusterTrustBundle dropped from a source that also holds a configMap leaves no path behind:
    # no overlapping-paths warning for it.
    src_pc = web.replace("resource/", "storage/") + "projected-podcertificate.yaml"
    certs = pod([c("main", "debian", command=["sleep", "infinity"],
                   volumeMounts=[{"name": "my-x509-credentials",
                                  "mountPath": "/var/run/my-x509-credentials"}])],
                meta={"name": "podcertificate-pod", "namespace": "default"},
                serviceAccountName="default",
                volumes=[{"name": "my-x509-credentials", "projected": {"defaultMode": 420, "sources": [
                    {"podCertificate": {"keyType": "ED25519", "signerName": "coolcert.example.com/foo",
                                        "credentialBundlePath": "credentialbundle.pem",
                                        "userAnnotations": {"example.com/annotation1": "value1"}}}]}}])
    ok("projected-pod-certificate-dropped-1-36",
       src_pc + "; dropDisabledPodCertificateProjection, then WarningsOnCreate (empty source)",
       certs, version="1.36",
       warn=["spec.volumes[0].projected.sources[0].podCertificate",
             'volume "my-x509-credentials" (Projected) has no sources provided'])

    src_ctb = web.replace("resource/", "storage/") + "projected-clustertrustbundle.yaml"
    bundles = pod([c("container-test", "busybox", command=["sleep", "3600"],
                     volumeMounts=[{"name": "token-vol", "mountPath": "/root-certificates",
                                    "readOnly": True}])],
                  meta={"name": "sa-ctb-name-test"}, serviceAccountName="default",
                  volumes=[{"name": "token-vol", "projected": {"sources": [
                      {"clusterTrustBundle": {"name": "example", "path": "example-roots.pem"}},
                      {"clusterTrustBundle": {"labelSelector": {"matchLabels": {"version": "live"}},
                                              "optional": True, "path": "mysigner-roots.pem",
                                              "signerName": "example.com/mysigner"}}]}}])
    ok("projected-trust-bundles-dropped-1-35",
       src_ctb + "; dropDisabledClusterTrustBundleProjection, then WarningsOnCreate (empty sources, "
       "one warning text)",
       bundles, version="1.35",
       warn=["spec.volumes[0].projected.sources[0].clusterTrustBundle",
             "spec.volumes[0].projected.sources[1].clusterTrustBundle",
             'volume "token-vol" (Projected) has no sources provided'])
    beside = pod(volumes=[{"name": "trust", "projected": {"sources": [
        {"configMap": {"name": "ca"}, "clusterTrustBundle": {"name": "example", "path": "roots.pem"}},
        {"secret": {"name": "tls"}}]}}])
    ok("projected-trust-bundle-beside-config-map-1-35",
       src_ctb + " (a bundle beside a configMap); dropDisabledClusterTrustBundleProjection leaves "
       "no path for warningsForPodSpecAndMeta's overlap check",
       beside, version="1.35", warn=["spec.volumes[0].projected.sources[0].clusterTrustBundle"])
