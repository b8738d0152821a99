"""Cases of the container audit (task ctr15; imported by _generate.py).

Containers, init containers and sidecars: handlers, lifecycle hooks and the sleep action, pull
policy, probes, ports, restart rules and resize policy, mostly on sidecars, whose probes and
hooks validateInitContainers checks as validateContainers does a regular container's. The
expected errors are written by hand from upstream validation.go (the 1.35-era
darshansreenivas/validation-gen 04780fad and the 1.36-era AIAgentSandox/kubernetes 64149d12),
pkg/api/pod/util.go and, for 1.37, KEP-4939's README; never copied from the validator's output.
File names start with "ctr15-" (refused) or "valid-ctr15-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("ctr15")

    def sidecar(**kw):
        return c("proxy", "envoyproxy/envoy:v1.31.0", restartPolicy="Always", **kw)

    sleep_off = ["PodLifecycleSleepAction=false"]

    # ------------------------------------------------------------- the sleep action
    # dropPodLifecycleSleepAction (pkg/api/pod/util.go, from the 1.30 development window on):
    # with the gate off, a hook whose only handler was sleep goes, and a lifecycle left without
    # hooks goes too, so validation never sees them.
    ok("sleep-only-gate-off-1-30",
       "pkg/api/pod TestDropPodLifecycleSleepAction (hook without another handler dropped)",
       pod([c(lifecycle={"preStop": {"sleep": {"seconds": 5}}})]),
       version="1.30", gates=sleep_off, warn=["spec.containers[0].lifecycle.preStop.sleep"])
    ok("sleep-plain-init-gate-off-1-33",
       "pkg/api/pod TestDropPodLifecycleSleepAction (emptied lifecycle dropped, so "
       "validateInitContainers sees none)",
       pod(init=[c("migrate", "busybox:1.37", lifecycle={"postStart": {"sleep": {"seconds": 1}}})]),
       version="1.33", gates=sleep_off, warn=["spec.initContainers[0].lifecycle.postStart.sleep"])
    exec_and_sleep = {"preStop": {"exec": {"command": ["sh", "-c", "nginx -s quit"]},
                                  "sleep": {"seconds": 5}}}
    ok("sleep-and-exec-gate-off-1-30",
       "pkg/api/pod TestDropPodLifecycleSleepAction (exec kept); TestValidateHandler",
       pod([c(lifecycle=exec_and_sleep)]),
       version="1.30", gates=sleep_off, warn=["spec.containers[0].lifecycle.preStop.sleep"])
    bad("sleep-and-exec-1-30", "TestValidateLifecycle/errorCases (exec and sleep)",
        pod([c(lifecycle=exec_and_sleep)]),
        "spec.containers[0].lifecycle.preStop.sleep: Forbidden",
        version="1.30")
    bad("sleep-sidecar-too-long-1-33", "TestValidateLifecycle/errorCases (sleep longer than the "
        "grace period), on a sidecar",
        pod(init=[sidecar(lifecycle={"postStart": {"sleep": {"seconds": 40}}})],
            terminationGracePeriodSeconds=30),
        "spec.initContainers[0].lifecycle.postStart.sleep: Invalid value",
        version="1.33")
    bad("sleep-sidecar-zero-1-32", "TestValidateLifecycle/errorCases (zero sleep without "
        "PodLifecycleSleepActionAllowZero, alpha in 1.32), on a sidecar",
        pod(init=[sidecar(lifecycle={"preStop": {"sleep": {"seconds": 0}}})]),
        "spec.initContainers[0].lifecycle.preStop.sleep: Invalid value",
        version="1.32")
    ok("sleep-sidecar-zero-1-34", "TestValidateLifecycle/successCases (zero sleep; "
       "PodLifecycleSleepActionAllowZero GA in 1.34), on a sidecar",
       pod(init=[sidecar(lifecycle={"preStop": {"sleep": {"seconds": 0}}})]),
       version="1.34")

    # ------------------------------------------------------------- handlers on sidecars
    bad("handler-sidecar-http-port-too-big", "TestValidateHandler/errorCases (port 65536), on a "
        "sidecar's postStart",
        pod(init=[sidecar(lifecycle={"postStart": {"httpGet": {"port": 65536}}})]),
        "spec.initContainers[0].lifecycle.postStart.httpGet.port: Invalid value")
    bad("handler-sidecar-header-name", "TestValidateHTTPGetAction/errorCases (header name with "
        "'_'), on a sidecar's readiness probe",
        pod(init=[sidecar(readinessProbe={"httpGet": {"port": 15021, "path": "/ready",
                                                      "httpHeaders": [{"name": "X_Probe",
                                                                       "value": "1"}]}})]),
        "spec.initContainers[0].readinessProbe.httpGet.httpHeaders: Invalid value")
    bad("handler-sidecar-exec-empty", "TestValidateHandler/errorCases (exec without command), on "
        "a sidecar's preStop",
        pod(init=[sidecar(lifecycle={"preStop": {"exec": {"command": []}}})]),
        "spec.initContainers[0].lifecycle.preStop.exec.command: Required value")
    bad("handler-sidecar-scheme", "TestValidateHTTPGetAction/errorCases (scheme is case-sensitive),"
        " on a sidecar's liveness probe",
        pod(init=[sidecar(livenessProbe={"httpGet": {"port": 15021, "scheme": "https"}})]),
        "spec.initContainers[0].livenessProbe.httpGet.scheme: Unsupported value")
    ok("handler-tcp-lifecycle", "TestValidateHandler/successCases (tcpSocket hook: deprecated, "
       "still accepted)",
       pod([c(lifecycle={"postStart": {"tcpSocket": {"port": 8080}}})]))
    bad("handler-tcp-lifecycle-bad-port-name", "TestValidatePortNumOrName/errorCases (upper case "
        "and '_'), on a tcpSocket hook",
        pod([c(lifecycle={"preStop": {"tcpSocket": {"port": "Admin_Port"}}})]),
        "spec.containers[0].lifecycle.preStop.tcpSocket.port: Invalid value")
    bad("handler-sidecar-grpc-port-zero", "TestValidateProbe/errorCases (grpc port 0), on a "
        "sidecar's liveness probe",
        pod(init=[sidecar(livenessProbe={"grpc": {"port": 0}})]),
        "spec.initContainers[0].livenessProbe.grpc.port: Invalid value")
    bad("handler-sidecar-two-handlers", "TestValidateHandler/errorCases (two handler types), on a "
        "sidecar's startup probe",
        pod(init=[sidecar(startupProbe={"tcpSocket": {"port": 15021},
                                        "grpc": {"port": 15021}})]),
        "spec.initContainers[0].startupProbe.grpc: Forbidden")

    # ------------------------------------------------------------- pull policy, names
    bad("pull-policy-sidecar", "TestValidatePullPolicy/errorCases (values are case-sensitive), "
        "on a sidecar",
        pod(init=[sidecar(imagePullPolicy="always")]),
        "spec.initContainers[0].imagePullPolicy: Unsupported value")
    bad("name-sidecar-upper-case", "TestValidateInitContainers/errorCases (name not a DNS label), "
        "on a sidecar",
        pod(init=[c("Proxy", "envoyproxy/envoy:v1.31.0", restartPolicy="Always")]),
        "spec.initContainers[0].name: Invalid value")
    bad("name-sidecar-empty-image", "TestValidateInitContainers/errorCases (image required), on a "
        "sidecar",
        pod(init=[c("proxy", "", restartPolicy="Always")]),
        "spec.initContainers[0].image: Required value")

    # ------------------------------------------------------------- probes on sidecars
    bad("probe-sidecar-startup-success-threshold", "TestValidateInitContainers/errorCases "
        "(restartable startupProbe successThreshold must be 1)",
        pod(init=[sidecar(startupProbe={"tcpSocket": {"port": 15021}, "successThreshold": 2})]),
        "spec.initContainers[0].startupProbe.successThreshold: Invalid value")
    ok("probe-sidecar-readiness-success-threshold", "TestValidateProbe/successCases (readiness "
       "successThreshold may exceed 1), on a sidecar",
       pod(init=[sidecar(readinessProbe={"tcpSocket": {"port": 15021}, "successThreshold": 3})]))
    bad("probe-sidecar-readiness-grace-period", "TestValidateProbe/errorCases (readiness probe "
        "terminationGracePeriodSeconds), on a sidecar",
        pod(init=[sidecar(readinessProbe={"tcpSocket": {"port": 15021},
                                          "terminationGracePeriodSeconds": 10})]),
        "spec.initContainers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value")
    ok("probe-sidecar-liveness-grace-period", "TestValidateProbe/successCases (liveness probe "
       "terminationGracePeriodSeconds), on a sidecar",
       pod(init=[sidecar(livenessProbe={"tcpSocket": {"port": 15021},
                                        "terminationGracePeriodSeconds": 10})]))
    bad("probe-sidecar-negative-period", "TestValidateProbe/errorCases (negative periodSeconds), "
        "on a sidecar",
        pod(init=[sidecar(livenessProbe={"tcpSocket": {"port": 15021}, "periodSeconds": -1})]),
        "spec.initContainers[0].livenessProbe.periodSeconds: Invalid value")
    bad("probe-init-restart-never-1-35", "TestValidateInitContainers/errorCases (probes need "
        "restartPolicy Always: an init container with restartPolicy Never is no sidecar)",
        pod(init=[c("migrate", "busybox:1.37", restartPolicy="Never",
                    readinessProbe={"tcpSocket": {"port": 8080}})]),
        "spec.initContainers[0].readinessProbe: Forbidden",
        version="1.35")
    bad("probe-sidecar-grpc-mode-1-37", "KEP-4939 README test plan (TestValidateGRPCAction: "
        "unsupported mode rejected with NotSupported), on a sidecar",
        pod(init=[sidecar(livenessProbe={"grpc": {"port": 15020, "mode": "Verify"}})]),
        "spec.initContainers[0].livenessProbe.grpc.mode: Unsupported value",
        version="1.37", gates=["GRPCContainerProbeTLS=true"])
    ok("probe-sidecar-grpc-tls-1-37", "KEP-4939 README test plan (TestValidateGRPCAction: mode "
       "TLS accepted with the gate on), on a sidecar",
       pod(init=[sidecar(startupProbe={"grpc": {"port": 15020, "mode": "TLS"}})]),
       version="1.37", gates=["GRPCContainerProbeTLS=true"])

    # ------------------------------------------------------------- ports on sidecars
    bad("ports-sidecar-duplicate-name", "TestValidateContainerPorts/errorCases (duplicate name), "
        "on a sidecar",
        pod(init=[sidecar(ports=[{"name": "admin", "containerPort": 9901},
                                 {"name": "admin", "containerPort": 9902}])]),
        "spec.initContainers[0].ports[1].name: Duplicate value")
    bad("ports-sidecar-protocol", "TestValidateContainerPorts/errorCases (protocol is "
        "case-sensitive), on a sidecar",
        pod(init=[sidecar(ports=[{"containerPort": 9901, "protocol": "tcp"}])]),
        "spec.initContainers[0].ports[0].protocol: Unsupported value")
    bad("ports-sidecar-host-port-twice", "TestValidateInitContainers/errorCases (duplicate "
        "hostPort within one init container), on a sidecar",
        pod(init=[sidecar(ports=[{"containerPort": 9901, "hostPort": 9901},
                                 {"containerPort": 9902, "hostPort": 9901}])]),
        "spec.initContainers[0].ports[1].hostPort: Duplicate value")

    # ------------------------------------------------------------- restart rules, 1.36 and 1.37
    exit_42 = {"operator": "In", "values": [42]}
    bad("rules-sidecar-bad-operator-1-36", "TestValidateContainerRestartPolicy (invalid "
        "operator), on a sidecar (validated since RestartAllContainersOnContainerExits is on)",
        pod(init=[sidecar(restartPolicyRules=[{"action": "Restart",
                                               "exitCodes": {"operator": "Equals",
                                                             "values": [1]}}])]),
        "spec.initContainers[0].restartPolicyRules[0].exitCodes.operator: Unsupported value",
        version="1.36")
    bad("rules-sidecar-no-exit-codes-1-36", "TestValidateContainerRestartPolicy (exitCodes "
        "required), on a sidecar",
        pod(init=[sidecar(restartPolicyRules=[{"action": "RestartAllContainers"}])]),
        "spec.initContainers[0].restartPolicyRules[0].exitCodes: Required value",
        version="1.36")
    ok("rules-sidecar-restart-1-37", "TestValidateInitContainers (restartPolicyRules on a "
       "sidecar, action Restart: validateContainerRestartPolicy allows it)",
       pod(init=[sidecar(restartPolicyRules=[{"action": "Restart", "exitCodes": exit_42}])]),
       version="1.37")
    bad("rules-regular-bad-policy-1-36", "TestValidateContainerRestartPolicy (invalid "
        "restartPolicy)",
        pod([c(restartPolicy="Sometimes")]),
        "spec.containers[0].restartPolicy: Unsupported value",
        version="1.36")

    # ------------------------------------------------------------- resize policy, 1.36
    ok("resize-sidecar-restart-container-1-36", "TestValidateInitContainers (resizePolicy "
       "RestartContainer allowed on a sidecar, kubernetes/kubernetes#137458)",
       pod(init=[sidecar(resizePolicy=[{"resourceName": "memory",
                                         "restartPolicy": "RestartContainer"}])]),
       version="1.36")
    ok("resize-init-not-required-1-36", "TestValidateInitContainers (resizePolicy NotRequired "
       "still allowed on a plain init container)",
       pod(init=[c("migrate", "busybox:1.37",
                   resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"}])]),
       version="1.36")
    bad("resize-init-restart-container-never-1-36", "TestValidateResizePolicy/errorCases (pod "
        "restartPolicy Never) and TestValidateInitContainers (RestartContainer on a non-sidecar "
        "init container): validateContainerCommon's error comes first",
        pod(init=[c("migrate", "busybox:1.37",
                    resizePolicy=[{"resourceName": "cpu", "restartPolicy": "RestartContainer"}])],
            restartPolicy="Never"),
        "spec.initContainers[0].resizePolicy: Invalid value",
        "spec.initContainers[0].resizePolicy[0].restartPolicy: Invalid value",
        version="1.36")
    bad("resize-init-restart-policy-never-1-37", "TestValidateInitContainers (an init container "
        "with restartPolicy Never is no sidecar: RestartContainer refused)",
        pod(init=[c("migrate", "busybox:1.37", restartPolicy="Never",
                    resizePolicy=[{"resourceName": "memory", "restartPolicy": "NotRequired"},
                                  {"resourceName": "cpu", "restartPolicy": "RestartContainer"}])]),
        "spec.initContainers[0].resizePolicy[1].restartPolicy: Invalid value",
        version="1.37")

    # ------------------------------------------------------------- negative grace period
    # Convert_v1_Pod_To_core_Pod turns a Pod's negative terminationGracePeriodSeconds into 1
    # before validation (1.27, kubernetes/kubernetes#115606); a template keeps its value, which
    # validateSleepAction then compares the sleep with.
    hook = {"preStop": {"sleep": {"seconds": 1}}}
    ok("sleep-negative-grace-pod", "TestValidateLifecycle (sleep within the grace period, once "
       "a Pod's negative grace period is 1: kubernetes/kubernetes#115606)",
       pod([c(lifecycle=hook)], terminationGracePeriodSeconds=-5))
    bad("sleep-negative-grace-template", "TestValidateLifecycle/errorCases (sleep longer than "
        "the grace period: a template's negative grace period stays as it is)",
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
         "spec": {"selector": {"matchLabels": {"app": "web"}},
                  "template": {"metadata": {"labels": {"app": "web"}},
                               "spec": {"terminationGracePeriodSeconds": -5,
                                        "containers": [c(lifecycle=hook)]}}}},
        "spec.template.spec.containers[0].lifecycle.preStop.sleep: Invalid value")

    # ------------------------------------------------------------- before 1.28
    # The pod-Never resize rule came in 1.29 (kubernetes/kubernetes#118768: the vendored v1.28.0
    # validation.go in ceph/ceph-csi ff3e84ad6 lacks it, v1.29.0 has it; vdiff20a has the 1.28
    # side); a 1.27 server with the alpha InPlacePodVerticalScaling gate on takes
    # RestartContainer in a Never pod.
    ok("resize-restart-container-never-1-27", "TestValidateResizePolicy (no pod restartPolicy "
       "rule before kubernetes/kubernetes#118768, 1.29)",
       pod([c(resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])],
           restartPolicy="Never"),
       version="1.27", gates=["InPlacePodVerticalScaling=true"])
    bad("resize-restart-container-never-1-29", "TestValidateResizePolicy/errorCases (pod "
        "restartPolicy Never, kubernetes/kubernetes#118768)",
        pod([c(resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])],
            restartPolicy="Never"),
        "spec.containers[0].resizePolicy: Invalid value",
        version="1.29", gates=["InPlacePodVerticalScaling=true"])
