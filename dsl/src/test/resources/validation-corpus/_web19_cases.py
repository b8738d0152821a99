"""Cases from the sweep over kubernetes/website content/en/examples (imported by _generate.py).

Task web19 ran `podwright validate` at 1.29, 1.31, 1.33, 1.35 and 1.37 over about 90 example
files of the website (pods, controllers, application, admin, debug, service, windows, security
folders; the workload kinds, other kinds skipped) and triaged every refusal against upstream
kubernetes/kubernetes. No false refusal was found; these cases pin what the sweep showed for
examples not pinned before (_real14_cases and _real17_cases hold earlier website examples). The
manifests are written for the corpus after the website files named in "# source:"; expected
errors are written by hand from upstream validation.go. File names start with "web19-"
(refused) or "valid-web19-" (accepted).
"""

WEB = "kubernetes/website content/en/examples/"


def add(pod, c, named):
    bad, ok = named("web19")

    # ------------------------------------------ RestartAllContainers on a sidecar (KEP-5532)
    # pods/restart-policy/restart-all-containers.yaml, flow style as on the website. The gate
    # RestartAllContainersOnContainerExits is beta and on from 1.36 (Profile), so a sidecar may
    # carry restartPolicyRules with the RestartAllContainers action (validateContainerRestartPolicy
    # / validateContainerRestartRules). In 1.35 the gate is alpha and off: ver-restart-all-1-35
    # covers the gate-on form; the website page says the feature is for 1.35+ with the gate.
    restart_all = """---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "ml-worker",
  },
  spec: {
    restartPolicy: "Never", # the pod itself does not restart
    initContainers: [{
      name: "setup-environment",
      image: "registry.k8s.io/busybox:1.27.2",
      command: ["sh", "-c", "echo setting up"],
    }, {
      name: "watcher-sidecar",
      image: "registry.k8s.io/busybox:1.27.2",
      command: ["sh", "-c", "sleep 60; exit 88"],
      restartPolicy: "Always",
      restartPolicyRules: [{
        action: "RestartAllContainers",
        exitCodes: {
          operator: "In",
          values: [
            88,
          ],
        },
      }],
    }],
    containers: [{
      name: "main-application",
      image: "registry.k8s.io/busybox:1.27.2",
      command: ["sh", "-c", "sleep 3600"],
    }],
  },
}
"""
    for v in ("1.36", "1.37"):
        ok("restart-all-containers-sidecar-" + v.replace(".", "-"),
           WEB + "pods/restart-policy/restart-all-containers.yaml; validateContainerRestartRules "
           "(RestartAllContainersOnContainerExits beta, on)", restart_all, version=v)

    # ------------------------------------------------ a sidecar with a startupProbe
    # pods/multi-container/startup-coordination.yaml: startupProbe is allowed on a restartable
    # init container (validateInitContainers: only lifecycle/probes of regular init containers
    # are forbidden), from 1.29 on where SidecarContainers is on.
    coord = pod([c("main-app", "registry.k8s.io/busybox:1.27.2",
                   command=["sh", "-c", "cat /config/app.conf; sleep 3600"],
                   volumeMounts=[{"name": "config", "mountPath": "/config"}])],
                init=[c("config-sidecar", "registry.k8s.io/busybox:1.27.2", restartPolicy="Always",
                        command=["sh", "-c", "echo greeting=hello > /config/app.conf; sleep 3600"],
                        startupProbe={"exec": {"command": ["test", "-f", "/config/app.conf"]},
                                      "periodSeconds": 2},
                        volumeMounts=[{"name": "config", "mountPath": "/config"}])],
                meta={"name": "startup-coordination-example"},
                volumes=[{"name": "config", "emptyDir": {}}])
    for v in ("1.29", "1.37"):
        ok("sidecar-startup-probe-" + v.replace(".", "-"),
           WEB + "pods/multi-container/startup-coordination.yaml; validateInitContainers "
           "(restartable init container may have probes)", coord, version=v)

    # ------------------------------------------------------------- Jobs from controllers/
    def job(name, spec, template_spec):
        s = dict(spec)
        s["template"] = {"spec": template_spec}
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name}, "spec": s}

    python = [c("main", "docker.io/library/python:3", command=["python3", "-c", "print(1)"])]
    fail_index = job("job-backoff-limit-per-index-failindex",
                     {"completions": 4, "parallelism": 2, "completionMode": "Indexed",
                      "backoffLimitPerIndex": 1, "backoffLimit": 6,
                      "podFailurePolicy": {"rules": [{"action": "FailIndex", "onExitCodes": {
                          "containerName": "main", "operator": "In", "values": [42]}}]}},
                     {"restartPolicy": "Never", "containers": python})
    for v in ("1.29", "1.37"):
        ok("job-fail-index-" + v.replace(".", "-"),
           WEB + "controllers/job-backoff-limit-per-index-failindex.yaml; validatePodFailurePolicyRule "
           "(FailIndex with backoffLimitPerIndex; JobBackoffLimitPerIndex beta on from 1.29)",
           fail_index, version=v)

    success = job("job-success", {"parallelism": 10, "completions": 10, "completionMode": "Indexed",
                                  "successPolicy": {"rules": [{"succeededIndexes": "0,2-3",
                                                               "succeededCount": 1}]}},
                  {"restartPolicy": "Never", "containers": python})
    ok("job-success-policy-1-33",
       WEB + "controllers/job-success-policy.yaml; validateSuccessPolicy (JobSuccessPolicy on)",
       success, version="1.33")
    # successPolicy is a field from 1.30 (alpha): a 1.29 server drops it as unknown.
    ok("job-success-policy-1-29",
       WEB + "controllers/job-success-policy.yaml; successPolicy unknown in 1.29 (k8s.io/api v0.29)",
       success, version="1.29", warn=["spec.successPolicy"])

    # controllers/job-success-policy-example.yaml is a page snippet: no metadata.name and no
    # restartPolicy. ValidateJob: ValidateObjectMeta (name Required), then ValidateJobSpec (the
    # template's restartPolicy, defaulted to Always, must be OnFailure or Never), then the Indexed
    # hostname check on "<name>-<completions-1>" = "-9", not a DNS label.
    snippet = {"apiVersion": "batch/v1", "kind": "Job", "spec": {
        "parallelism": 10, "completions": 10, "completionMode": "Indexed",
        "successPolicy": {"rules": [{"succeededIndexes": "0-2", "succeededCount": 1}]},
        "template": {"spec": {"containers": python}}}}
    bad("job-success-policy-snippet",
        WEB + "controllers/job-success-policy-example.yaml; ValidateJob (ObjectMeta, ValidateJobSpec, "
        "Indexed hostname)", snippet,
        "metadata.name: Required value", "spec.template.spec.restartPolicy: Required value",
        "metadata.name: Invalid value", version="1.33")

    # ------------------------------------------------ fields newer than 1.37 or still alpha
    # pods/security/security-context-7.yaml: securityContext.cgroupOptions is KEP-5474's field,
    # alpha in 1.38 (pod-security-admission fixtureData1_38); k8s.io/api v0.37.0-beta.0 has no
    # CgroupOptions, so a 1.37 server drops it as unknown and accepts the pod.
    cgroup = pod([c("sec-ctx-7", "registry.k8s.io/e2e-test-images/agnhost:2.45",
                    command=["sh", "-c", "sleep 1h"],
                    securityContext={"allowPrivilegeEscalation": False,
                                     "cgroupOptions": {"mountMode": "ReadWrite"}})],
                 meta={"name": "security-context-demo-7"})
    ok("cgroup-options-unknown-1-37",
       WEB + "pods/security/security-context-7.yaml; cgroupOptions not in k8s.io/api v0.37",
       cgroup, version="1.37", warn=["spec.containers[0].securityContext.cgroupOptions"])

    # pods/emptydir-volume-mode.yaml: emptyDir.mode (EmptyDirVolumeMode, alpha and off in 1.37)
    # is dropped; 01777 is YAML 1.1 octal (1023), inside 0..01777 anyway.
    mode = """apiVersion: v1
kind: Pod
metadata:
  name: emptydir-mode-demo
spec:
  containers:
  - image: registry.k8s.io/busybox
    name: test-container
    command: ["sleep", "3600"]
    volumeMounts:
    - mountPath: /tmp
      name: tmp-volume
  volumes:
  - name: tmp-volume
    emptyDir:
      mode: 01777
"""
    ok("emptydir-mode-dropped-1-37",
       WEB + "pods/emptydir-volume-mode.yaml; dropped while EmptyDirVolumeMode is off",
       mode, version="1.37", warn=["spec.volumes[0].emptyDir.mode"])

    # ---------------------------------------------- ephemeral containers on create
    # pods/security/seccomp/fields.yaml says itself that ephemeralContainers cannot be set on
    # create: ValidatePodCreate, field.Forbidden(spec.ephemeralContainers, "cannot be set on
    # create").
    fields = pod([c("container", "docker.io/library/debian:stable",
                    securityContext={"seccompProfile": {"type": "Localhost",
                                                        "localhostProfile": "my-profile.json"}})],
                 init=[c("init-container", "debian",
                         securityContext={"seccompProfile": {"type": "RuntimeDefault"}})],
                 meta={"name": "pod"},
                 securityContext={"seccompProfile": {"type": "Unconfined"}},
                 ephemeralContainers=[{"name": "ephemeral-container", "image": "debian",
                                       "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}])
    bad("seccomp-fields-ephemeral-on-create",
        WEB + "pods/security/seccomp/fields.yaml; ValidatePodCreate (ephemeralContainers)",
        fields, "spec.ephemeralContainers: Forbidden", version="1.33")
