"""Cases of the udold differential run (issue 10): Pod create validation of 1.27 to 1.30 diffed
against upstream's own code, imported by _generate.py, which writes them.

The code run is k8s.io/kubernetes as vendored by ceph/ceph-csi (vendor/modules.txt names the
version): v1.27.4 (b2fdc269), v1.28.0 (ef84a109), v1.29.3 (c1ee1126), v1.30.3 (fb9403e8): a v1
Pod decoded from kubectl's JSON, v1 defaults, conversion, the pod strategy's drops, then
validation.ValidatePodCreate. Each case pins a divergence found there; the words the corpus
cannot pin (paths and types only) are in OlderReleaseMessagesTest.

The expected errors ("# expect: <path>: <type>", in the server's order) are written by hand
from those files and runs, never copied from the validator's output. File names start with
"udold-" (refused) or "valid-udold-" (accepted by the server).
"""


def add(pod, c, named):
    bad, ok = named("udold")

    # ------------------------------------------------ validEnvDownwardAPIFieldPathExpressions
    # v1.27.4 lists no status.hostIPs (added in v1.28.0); the list is in the NotSupported words.
    labels = [c(env=[{"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels"}}}])]
    bad("env-field-ref-labels-1-27", "validateEnvVarValueFrom (v1.27.4: no status.hostIPs)",
        pod(labels),
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value",
        version="1.27")
    bad("env-field-ref-labels-1-28", "validateEnvVarValueFrom (v1.28.0: status.hostIPs listed)",
        pod(labels),
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value",
        version="1.28")

    # ------------------------------------------------ validateResourceName
    # v1.27.4 and v1.28.0 take the name as a string (quoted in the words), v1.29.3 on as a
    # core.ResourceName (a fmt.Stringer, bare); limits copied to requests by SetDefaults_Pod.
    gpu = [c(resources={"limits": {"gpu": "1"}})]
    for v in ("1.27", "1.28", "1.29"):
        bad("resource-name-unqualified-" + v.replace(".", "-"),
            "validateContainerResourceName (v%s)" % v, pod(gpu),
            "spec.containers[0].resources.limits[gpu]: Invalid value",
            "spec.containers[0].resources.limits[gpu]: Invalid value",
            "spec.containers[0].resources.requests[gpu]: Invalid value",
            "spec.containers[0].resources.requests[gpu]: Invalid value", version=v)

    # ------------------------------------------------ ValidateResourceQuantityValue
    # A bare 2.50 reaches the server as the JSON number 2.5; the error value is the parsed
    # resource.Quantity struct (int64Amount{value:25, scale:-1}, no cached string).
    frac = [c(resources={"limits": {"example.com/dongle": 2.5}})]
    for v in ("1.27", "1.30"):
        bad("extended-fraction-bare-" + v.replace(".", "-"),
            "ValidateResourceQuantityValue (v%s: must be an integer)" % v, pod(frac),
            "spec.containers[0].resources.limits[example.com/dongle]: Invalid value",
            "spec.containers[0].resources.requests[example.com/dongle]: Invalid value", version=v)

    # ------------------------------------------------ validateOwnerReference
    event = {"name": "web", "ownerReferences": [
        {"apiVersion": "v1", "kind": "Event", "name": "e", "uid": "6b1e7a3c"}]}
    bad("owner-event-1-30", "validateOwnerReference (v1.30.3: Event disallowed)",
        pod(meta=event), "metadata.ownerReferences: Invalid value", version="1.30")

    # ------------------------------------------------ accepted shapes of the run
    web = pod([c(ports=[{"containerPort": 80, "name": "http"}],
                 resources={"requests": {"cpu": "100m", "memory": "128Mi"},
                            "limits": {"memory": "256Mi", "nvidia.com/gpu": 1}},
                 readinessProbe={"httpGet": {"path": "/", "port": "http"}, "periodSeconds": 5},
                 env=[{"name": "POD_NAME",
                       "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}],
                 securityContext={"runAsNonRoot": True, "runAsUser": 1000,
                                  "allowPrivilegeEscalation": False,
                                  "capabilities": {"drop": ["ALL"]}})],
              init=[c("init", "busybox:1.36", command=["sh", "-c", "true"])],
              securityContext={"fsGroup": 2000, "seccompProfile": {"type": "RuntimeDefault"}},
              topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
                                          "whenUnsatisfiable": "ScheduleAnyway",
                                          "labelSelector": {"matchLabels": {"app": "web"}}}])
    for v in ("1.27", "1.30"):
        ok("web-" + v.replace(".", "-"), "TestValidatePodCreate (v%s run: no errors)" % v, web,
           version=v)
