#!/usr/bin/env python3
"""Writes the validation corpus: one manifest (a Pod or a workload) per file.

Each case is derived from a case of upstream kubernetes/kubernetes
pkg/apis/core/validation/validation_test.go (named in "# source:"), turned into the YAML a
user would send. The expected errors ("# expect: <path>: <type>", in the server's order) are
written by hand from pkg/apis/core/validation/validation.go (v1.33) and the feature-gate
timeline, never copied from the validator's output. Run from this directory: python3 _generate.py
"""
import copy
import importlib
import inspect
import os
import sys
import re

import yaml

CASES = []


class _Dumper(yaml.SafeDumper):
    """PyYAML's YAML 1.1 resolver leaves y, n and 008 plain, which kubectl's go-yaml v2 reads as a
    boolean or a number; quote them, so that each case reaches the API server as written."""


def _str(dumper, value):
    go_non_string = re.fullmatch(r"[yYnN]|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9_]+)?", value)
    style = '"' if go_non_string else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def c(name="app", image="nginx:1.27", **kw):
    d = {"name": name, "image": image}
    d.update(kw)
    return d


def pod(containers=None, init=None, meta=None, **spec):
    p = {"apiVersion": "v1", "kind": "Pod", "metadata": meta if meta is not None else {"name": "web"}, "spec": {}}
    if init is not None:
        p["spec"]["initContainers"] = init
    p["spec"]["containers"] = containers if containers is not None else [c()]
    p["spec"].update(spec)
    return p


def case(slug, source, manifest, *expect, version=None, warn=(), gates=()):
    CASES.append((slug, source, manifest, list(expect), version, list(warn), list(gates)))


def named(prefix):
    """The two case functions of a topic module: bad(slug, ...) writes "<prefix>-<slug>", a
    manifest the server refuses with the errors given, ok(slug, ...) "valid-<prefix>-<slug>"."""
    def bad(slug, source, manifest, *expect, **kw):
        case(prefix + "-" + slug, source, manifest, *expect, **kw)

    def ok(slug, source, manifest, **kw):
        case("valid-" + prefix + "-" + slug, source, manifest, **kw)

    return bad, ok


SIDECAR = c("proxy", "istio/proxyv2:1.24", restartPolicy="Always",
            readinessProbe={"httpGet": {"path": "/healthz/ready", "port": 15021}})
TCP = {"tcpSocket": {"port": 8080}}
EMPTY = {"name": "data", "emptyDir": {}}
MOUNT = {"name": "data", "mountPath": "/data"}

# ---------------------------------------------------------------- valid
case("valid-minimal", "TestValidatePodSpec/successCases", pod())
case("valid-sidecar-with-probes", "TestValidateInitContainers/successCases/restartable",
     pod(init=[SIDECAR]))
case("valid-sidecar-1-29", "TestValidateInitContainers/successCases/restartable",
     pod(init=[SIDECAR]), version="1.29")
case("valid-sidecar-1-35", "TestValidateInitContainers/successCases/restartable",
     pod(init=[SIDECAR]), version="1.35")
case("valid-init-and-main", "TestValidateInitContainers/successCases",
     pod(init=[c("migrate", command=["sh", "-c", "true"])]))
case("valid-relaxed-env-name", "TestValidateEnv/relaxed successCase",
     pod([c(env=[{"name": "1st var!", "value": "x"}])]))
case("valid-env-fieldref-label", "TestValidateEnv/successCases",
     pod([c(env=[{"name": "APP", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels['app']"}}}])]))
case("valid-env-fieldref-podips", "TestValidateEnv/successCases",
     pod([c(env=[{"name": "IPS", "valueFrom": {"fieldRef": {"fieldPath": "status.podIPs"}}}])]))
case("valid-env-resourcefieldref", "TestValidateEnv/successCases",
     pod([c(env=[{"name": "MEM", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory", "divisor": "1Mi"}}}])]))
case("valid-env-hugepages-ref", "TestValidateEnv/successCases",
     pod([c(env=[{"name": "HP", "valueFrom": {"resourceFieldRef": {"resource": "requests.hugepages-2Mi"}}}])]))
case("valid-envfrom-prefix", "TestValidateEnvFrom/successCases",
     pod([c(envFrom=[{"prefix": "CFG_", "configMapRef": {"name": "settings-"}}])]))
case("valid-volumes", "TestValidateVolumes/successCases",
     pod([c(volumeMounts=[{"name": "cfg", "mountPath": "/etc/cfg"}, {"name": "claim", "mountPath": "/var/lib"}])],
         volumes=[{"name": "cfg", "configMap": {"name": "cfg", "items": [{"key": "a", "path": "a.conf", "mode": 0o400}]}},
                  {"name": "sec", "secret": {"secretName": "tls", "defaultMode": 0o400}},
                  {"name": "claim", "persistentVolumeClaim": {"claimName": "data"}},
                  {"name": "logs", "hostPath": {"path": "/var/log", "type": "Directory"}},
                  {"name": "info", "downwardAPI": {"items": [{"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}}]}}]))
case("valid-volume-without-source", "TestValidateVolumes/default emptyDir",
     pod([c(volumeMounts=[{"name": "scratch", "mountPath": "/tmp"}])], volumes=[{"name": "scratch"}]))
case("valid-projected-token", "TestValidatePod/serviceaccount token projected volume",
     pod(serviceAccountName="default", volumes=[{"name": "token", "projected": {"sources": [
         {"serviceAccountToken": {"path": "token", "expirationSeconds": 3600, "audience": "vault"}},
         {"configMap": {"name": "ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]}}]}}]))
case("valid-resources", "TestValidateResourceRequirements/successCases",
     pod([c(resources={"requests": {"cpu": "250m", "memory": "64Mi"}, "limits": {"cpu": "1", "memory": "128Mi"}})]))
case("valid-extended-limit-only", "TestValidateResourceRequirements/extended resource limit only",
     pod([c(resources={"limits": {"nvidia.com/gpu": 1}})]))
case("valid-hugepages", "TestValidateResourceRequirements/hugepages with memory",
     pod([c(resources={"limits": {"hugepages-2Mi": "4Mi", "memory": "1Gi"}})]))
case("valid-probes", "TestValidateProbe/successCases",
     pod([c(ports=[{"name": "http", "containerPort": 8080}],
            livenessProbe={"httpGet": {"path": "/", "port": "http"}},
            readinessProbe={"grpc": {"port": 9090}, "successThreshold": 3},
            startupProbe={"exec": {"command": ["cat", "/ready"]}, "failureThreshold": 30})]))
case("valid-zero-probe-timings", "TestValidateProbe/defaulted zero values",
     pod([c(livenessProbe=dict(TCP, timeoutSeconds=0, periodSeconds=0, successThreshold=0, failureThreshold=0))]))
case("valid-prestop-sleep", "TestValidateLifecycle/valid sleep",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 5}}})]))
case("valid-prestop-sleep-zero", "TestValidateLifecycle/valid sleep zero (AllowZero)",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 0}}})]))
case("valid-host-network", "TestValidatePodSpec/hostNetwork defaulted hostPort",
     pod([c(ports=[{"containerPort": 8080}])], hostNetwork=True))
case("valid-tolerations", "TestValidateTolerations/successCases",
     pod(tolerations=[{"operator": "Exists"},
                      {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
                      {"key": "dedicated", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"}]))
case("valid-security-context", "TestValidateSecurityContext/successCases",
     pod([c(securityContext={"runAsUser": 0, "runAsNonRoot": False, "allowPrivilegeEscalation": False,
                             "capabilities": {"add": ["NET_ADMIN"], "drop": ["ALL"]},
                             "seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/audit.json"}})],
         securityContext={"fsGroup": 2000, "runAsGroup": 3000, "seccompProfile": {"type": "RuntimeDefault"}}))
case("valid-pod-settings", "TestValidatePodSpec/successCases",
     pod(restartPolicy="OnFailure", dnsPolicy="Default", activeDeadlineSeconds=1,
         priorityClassName="system-node-critical", nodeSelector={"kubernetes.io/os": "linux"},
         terminationGracePeriodSeconds=10))
case("valid-generate-name", "TestValidateObjectMeta/generateName",
     pod(meta={"generateName": "web-"}))
case("valid-labels-annotations", "TestValidateObjectMeta/successCases",
     pod(meta={"name": "web.v1", "namespace": "team-a", "labels": {"app.kubernetes.io/name": "web", "tier": ""},
               "annotations": {"Example.com/Team": "x"}}),
     warn=["metadata.name"])  # a DNS subdomain, not a label: WarningsOnCreate warns (1.27+)
case("valid-mounts", "TestValidateVolumeMounts/successCases",
     pod([c(volumeMounts=[dict(MOUNT, subPath="sub/dir", mountPropagation="HostToContainer"),
                          {"name": "data", "mountPath": "/expr", "subPathExpr": "$(POD_NAME)"}]),
          c("other", volumeMounts=[MOUNT])], volumes=[EMPTY]))
case("valid-bidirectional-privileged", "TestValidateVolumeMounts/Bidirectional privileged",
     pod([c(volumeMounts=[dict(MOUNT, mountPropagation="Bidirectional")], securityContext={"privileged": True})],
         volumes=[EMPTY]))
case("valid-restart-rules-1-35", "TestValidateContainerRestartPolicy/successCases",
     pod([c(restartPolicy="Never", restartPolicyRules=[{"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}])]),
     version="1.35")
case("valid-init-never-1-35", "TestValidateInitContainers/restartPolicy Never (ContainerRestartRules)",
     pod(init=[c("init", restartPolicy="Never")]), version="1.35")
case("valid-policies", "TestValidateContainers/successCases",
     pod([c(image="nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            imagePullPolicy="Never", terminationMessagePolicy="FallbackToLogsOnError")]))
case("valid-ports", "TestValidateContainerPorts/successCases",
     pod([c(ports=[{"name": "dns", "containerPort": 53, "protocol": "UDP", "hostPort": 53},
                   {"name": "dns-tcp", "containerPort": 53, "protocol": "TCP", "hostPort": 53},
                   {"name": "sctp", "containerPort": 9999, "protocol": "SCTP"}])]))
case("valid-sidecar-hostport-per-init", "TestValidateInitContainers/host ports checked one by one",
     pod(init=[c("one", ports=[{"containerPort": 80, "hostPort": 8080}]),
               c("two", ports=[{"containerPort": 80, "hostPort": 8080}])]),
     warn=["spec.initContainers[1].ports[0]"])  # GetWarningsForPod: duplicate port definition
case("valid-strict-env-1-31", "TestValidateEnv/successCases",
     pod([c(env=[{"name": "my.env-name", "value": "x"}, {"name": "_X", "value": "y"}])]), version="1.31")
case("valid-downward-resource", "TestValidateDownwardAPIVolume/resourceFieldRef",
     pod(volumes=[{"name": "info", "downwardAPI": {"items": [
         {"path": "cpu", "resourceFieldRef": {"containerName": "app", "resource": "limits.cpu", "divisor": "1m"}}]}}]))
case("valid-sidecar-1-28-gate-on", "TestValidateInitContainers/restartable (SidecarContainers alpha)",
     pod(init=[SIDECAR]), version="1.28", gates=["SidecarContainers=true"], warn=["spec.initContainers"])
case("valid-unknown-volume-source", "TestValidateVolumes/nfs",
     pod(volumes=[{"name": "share", "nfs": {"server": "nfs.local", "path": "/exports"}}]))
case("valid-1-27-plain", "TestValidatePodSpec/successCases", pod(init=[c("init")]), version="1.27")

# ------------------------------------------------------------- metadata
case("meta-no-name", "TestValidateObjectMeta/missing name", pod(meta={}),
     "metadata.name: Required value")
case("meta-name-uppercase", "TestValidatePod/bad name", pod(meta={"name": "Web_1"}),
     "metadata.name: Invalid value")
case("meta-name-too-long", "TestValidateObjectMeta/name too long", pod(meta={"name": "a" * 254}),
     "metadata.name: Invalid value")
case("meta-generate-name-invalid", "TestValidateObjectMeta/invalid generateName", pod(meta={"generateName": "Web-"}),
     "metadata.generateName: Invalid value", "metadata.name: Invalid value")
case("meta-namespace-invalid", "TestValidateObjectMeta/invalid namespace", pod(meta={"name": "web", "namespace": "Team"}),
     "metadata.namespace: Invalid value")
case("meta-namespace-dots", "TestValidateObjectMeta/namespace with dots", pod(meta={"name": "web", "namespace": "team.a"}),
     "metadata.namespace: Invalid value")
case("meta-label-key-invalid", "TestValidateLabels/invalid key", pod(meta={"name": "web", "labels": {"-bad": "x"}}),
     "metadata.labels: Invalid value")
case("meta-label-key-two-slashes", "TestValidateLabels/invalid key", pod(meta={"name": "web", "labels": {"a/b/c": "x"}}),
     "metadata.labels: Invalid value")
case("meta-label-key-empty-prefix", "TestValidateLabels/invalid key", pod(meta={"name": "web", "labels": {"/name": "x"}}),
     "metadata.labels: Invalid value")
case("meta-label-value-too-long", "TestValidateLabels/invalid value", pod(meta={"name": "web", "labels": {"app": "v" * 64}}),
     "metadata.labels: Invalid value")
case("meta-label-value-invalid", "TestValidateLabels/invalid value", pod(meta={"name": "web", "labels": {"app": "bad value"}}),
     "metadata.labels: Invalid value")
case("meta-annotation-key-invalid", "TestValidateAnnotations/invalid key", pod(meta={"name": "web", "annotations": {"a b": "x"}}),
     "metadata.annotations: Invalid value")
case("meta-deletion-cost-text", "TestValidatePod/invalid pod-deletion-cost",
     pod(meta={"name": "web", "annotations": {"controller.kubernetes.io/pod-deletion-cost": "text"}}),
     "metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value")
case("meta-deletion-cost-leading-zero", "TestValidatePod/invalid leading zeros pod-deletion-cost",
     pod(meta={"name": "web", "annotations": {"controller.kubernetes.io/pod-deletion-cost": "008"}}),
     "metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value")
case("meta-deletion-cost-plus", "TestValidatePod/invalid leading plus sign pod-deletion-cost",
     pod(meta={"name": "web", "annotations": {"controller.kubernetes.io/pod-deletion-cost": "+10"}}),
     "metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value")
case("meta-mirror-without-node", "TestValidatePod/mirror-pod present without nodeName",
     pod(meta={"name": "web", "annotations": {"kubernetes.io/config.mirror": "foo"}}),
     "metadata.annotations[kubernetes.io/config.mirror]: Invalid value")
case("meta-seccomp-annotation", "TestValidateSeccompAnnotationsAndFields/invalid profile",
     pod(meta={"name": "web", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "foo"}}),
     "metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value")
case("meta-apparmor-unknown-container", "TestValidateAppArmorPodAnnotations/container not found",
     pod(meta={"name": "web", "annotations": {"container.apparmor.security.beta.kubernetes.io/nope": "runtime/default"}}),
     "metadata.annotations[container.apparmor.security.beta.kubernetes.io/nope]: Invalid value")

# ----------------------------------------------------------- containers
case("ctr-none", "TestValidatePodSpec/missing containers", pod([]), "spec.containers: Required value")
case("ctr-zero-length-name", "TestValidateContainers/zero-length name", pod([c("")]),
     "spec.containers[0].name: Required value")
case("ctr-name-too-long", "TestValidateContainers/name > 63 characters", pod([c("a" * 64)]),
     "spec.containers[0].name: Invalid value")
case("ctr-name-dots", "TestValidateContainers/name not a DNS label", pod([c("a.b")]),
     "spec.containers[0].name: Invalid value")
case("ctr-name-uppercase", "TestValidateContainers/name not a DNS label", pod([c("My_App")]),
     "spec.containers[0].name: Invalid value")
case("ctr-name-not-unique", "TestValidateContainers/name not unique", pod([c("a"), c("a")]),
     "spec.containers[1].name: Duplicate value")
case("ctr-init-name-clash", "TestValidateInitContainers/duplicate name with regular container",
     pod([c("app")], init=[c("app")]), "spec.initContainers[0].name: Duplicate value")
case("ctr-init-names-clash", "TestValidateInitContainers/duplicate name",
     pod(init=[c("init"), c("init")]), "spec.initContainers[1].name: Duplicate value")
case("ctr-zero-length-image", "TestValidateContainers/zero-length image", pod([c(image="")]),
     "spec.containers[0].image: Required value")
case("ctr-image-whitespace", "TestValidatePod/image whitespace", pod([c(image=" nginx")]),
     "spec.containers[0].image: Invalid value")
case("ctr-init-image-whitespace", "TestValidatePod/init image whitespace", pod(init=[c("init", image="busybox ")]),
     "spec.initContainers[0].image: Invalid value")
case("ctr-pull-policy", "TestValidateContainers/invalid image pull policy", pod([c(imagePullPolicy="Sometimes")]),
     "spec.containers[0].imagePullPolicy: Unsupported value")
case("ctr-message-policy", "TestValidateContainers/invalid termination message policy",
     pod([c(terminationMessagePolicy="Stdout")]), "spec.containers[0].terminationMessagePolicy: Unsupported value")
case("ctr-restart-policy-regular", "TestValidateContainers/invalid restart policy",
     pod([c(restartPolicy="Always")]), "spec.containers[0].restartPolicy: Forbidden")
case("ctr-init-restart-onfailure", "TestValidateInitContainers/invalid restartPolicy OnFailure",
     pod(init=[c("init", restartPolicy="OnFailure")]), "spec.initContainers[0].restartPolicy: Unsupported value")
case("ctr-init-restart-never", "TestValidateInitContainers/invalid restartPolicy Never",
     pod(init=[c("init", restartPolicy="Never")]), "spec.initContainers[0].restartPolicy: Unsupported value")
case("ctr-name-and-image-missing", "TestValidateContainers/zero-length name and image", pod([c("", "")]),
     "spec.containers[0].name: Required value", "spec.containers[0].image: Required value")

# ---------------------------------------------------------------- ports
def port_case(slug, src, ports, *expect, **kw):
    case(slug, "TestValidateContainerPorts/" + src, pod([c(ports=ports)], **kw), *expect)


port_case("port-zero", "zero container port", [{"containerPort": 0}],
          "spec.containers[0].ports[0].containerPort: Required value")
port_case("port-too-big", "invalid container port", [{"containerPort": 70000}],
          "spec.containers[0].ports[0].containerPort: Invalid value")
port_case("port-negative", "negative container port", [{"containerPort": -1}],
          "spec.containers[0].ports[0].containerPort: Invalid value")
port_case("port-host-too-big", "invalid host port", [{"containerPort": 80, "hostPort": 70000}],
          "spec.containers[0].ports[0].hostPort: Invalid value")
port_case("port-protocol", "invalid protocol", [{"containerPort": 80, "protocol": "HTTP"}],
          "spec.containers[0].ports[0].protocol: Unsupported value")
port_case("port-name-too-long", "name > 15 characters", [{"name": "a" * 16, "containerPort": 80}],
          "spec.containers[0].ports[0].name: Invalid value")
port_case("port-name-digits", "name contains no letter", [{"name": "80", "containerPort": 80}],
          "spec.containers[0].ports[0].name: Invalid value")
port_case("port-name-hyphens", "name has consecutive hyphens", [{"name": "a--b", "containerPort": 80}],
          "spec.containers[0].ports[0].name: Invalid value")
port_case("port-name-uppercase", "name not lower case", [{"name": "HTTP", "containerPort": 80}],
          "spec.containers[0].ports[0].name: Invalid value", "spec.containers[0].ports[0].name: Invalid value")
port_case("port-name-duplicate", "name not unique", [{"name": "http", "containerPort": 80}, {"name": "http", "containerPort": 81}],
          "spec.containers[0].ports[1].name: Duplicate value")
case("port-host-clash", "TestValidatePodSpec/duplicate hostPort",
     pod([c("a", ports=[{"containerPort": 80, "hostPort": 8080}]), c("b", ports=[{"containerPort": 81, "hostPort": 8080}])]),
     "spec.containers[1].ports[0].hostPort: Duplicate value")
case("port-host-clash-init-quirk", "TestValidateInitContainers/duplicate hostPort within one init container",
     pod(init=[c("one"), c("two", ports=[{"containerPort": 80, "hostPort": 8080}, {"containerPort": 81, "hostPort": 8080}])]),
     "spec.initContainers[0].ports[1].hostPort: Duplicate value")
case("port-host-network-mismatch", "TestValidatePodSpec/hostNetwork hostPort mismatch",
     pod([c(ports=[{"containerPort": 8080, "hostPort": 9090}])], hostNetwork=True),
     "spec.containers[0].ports[0].hostPort: Invalid value")

# ------------------------------------------------------------------ env
def env_case(slug, src, env, *expect, version=None):
    case(slug, "TestValidateEnv/" + src, pod([c(env=env)]), *expect, version=version)


env_case("env-empty-name", "zero-length name", [{"name": "", "value": "x"}], "spec.containers[0].env[0].name: Required value")
env_case("env-strict-digit", "illegal character (strict)", [{"name": "1st", "value": "x"}],
         "spec.containers[0].env[0].name: Invalid value", version="1.31")
env_case("env-strict-space", "illegal character (strict)", [{"name": "a b", "value": "x"}],
         "spec.containers[0].env[0].name: Invalid value", version="1.30")
env_case("env-strict-dotdot", "name '..'", [{"name": "..", "value": "x"}],
         "spec.containers[0].env[0].name: Invalid value", version="1.31")
env_case("env-relaxed-equals", "relaxed name with '='", [{"name": "A=B", "value": "x"}],
         "spec.containers[0].env[0].name: Invalid value")
env_case("env-valuefrom-empty", "missing source", [{"name": "X", "valueFrom": {}}],
         "spec.containers[0].env[0].valueFrom: Invalid value")
env_case("env-value-and-valuefrom", "value and valueFrom",
         [{"name": "X", "value": "v", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}],
         "spec.containers[0].env[0].valueFrom: Invalid value")
env_case("env-two-sources", "more than one source",
         [{"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}, "secretKeyRef": {"name": "s", "key": "k"}}}],
         "spec.containers[0].env[0].valueFrom: Invalid value")
env_case("env-fieldref-no-path", "missing field path", [{"name": "X", "valueFrom": {"fieldRef": {"apiVersion": "v1"}}}],
         "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Required value")
env_case("env-fieldref-labels", "metadata.labels without subscript", [{"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels"}}}],
         "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value")
env_case("env-fieldref-unknown", "invalid fieldPath", [{"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "spec.hostname"}}}],
         "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value")
env_case("env-fieldref-version", "unsupported version", [{"name": "X", "valueFrom": {"fieldRef": {"apiVersion": "v2", "fieldPath": "metadata.name"}}}],
         "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value")
env_case("env-fieldref-subscript", "subscript on non-map", [{"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name['x']"}}}],
         "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value")
env_case("env-fieldref-bad-label-key", "invalid label key subscript", [{"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels['-x']"}}}],
         "spec.containers[0].env[0].valueFrom.fieldRef: Invalid value")
env_case("env-resource-missing", "missing resource", [{"name": "X", "valueFrom": {"resourceFieldRef": {"containerName": "app"}}}],
         "spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Required value")
env_case("env-resource-unknown", "invalid resource", [{"name": "X", "valueFrom": {"resourceFieldRef": {"resource": "limits.gpu"}}}],
         "spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value")
env_case("env-cpu-divisor", "invalid cpu divisor", [{"name": "X", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "2"}}}],
         "spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value")
env_case("env-memory-divisor", "invalid memory divisor", [{"name": "X", "valueFrom": {"resourceFieldRef": {"resource": "requests.memory", "divisor": "1m"}}}],
         "spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value")
env_case("env-configmap-no-key", "missing key", [{"name": "X", "valueFrom": {"configMapKeyRef": {"name": "cfg"}}}],
         "spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value")
env_case("env-configmap-bad-name", "invalid name", [{"name": "X", "valueFrom": {"configMapKeyRef": {"name": "Cfg", "key": "k"}}}],
         "spec.containers[0].env[0].valueFrom.configMapKeyRef.name: Invalid value")
env_case("env-secret-bad-key", "invalid key", [{"name": "X", "valueFrom": {"secretKeyRef": {"name": "s", "key": "a b"}}}],
         "spec.containers[0].env[0].valueFrom.secretKeyRef.key: Invalid value")
env_case("env-secret-key-dotdot", "key '..'", [{"name": "X", "valueFrom": {"secretKeyRef": {"name": "s", "key": ".."}}}],
         "spec.containers[0].env[0].valueFrom.secretKeyRef.key: Invalid value")


def envfrom_case(slug, src, env_from, *expect, version=None):
    case(slug, "TestValidateEnvFrom/" + src, pod([c(envFrom=env_from)]), *expect, version=version)


envfrom_case("envfrom-none", "no source", [{"prefix": "X_"}], "spec.containers[0].envFrom: Invalid value")
envfrom_case("envfrom-both", "both sources", [{"configMapRef": {"name": "a"}, "secretRef": {"name": "b"}}],
             "spec.containers[0].envFrom: Invalid value")
envfrom_case("envfrom-no-name", "zero-length name", [{"configMapRef": {}}],
             "spec.containers[0].envFrom[0].configMapRef.name: Required value")
envfrom_case("envfrom-bad-secret-name", "invalid name", [{"secretRef": {"name": "Bad"}}],
             "spec.containers[0].envFrom[0].secretRef.name: Invalid value")
envfrom_case("envfrom-strict-prefix", "invalid prefix (strict)", [{"prefix": "1_", "configMapRef": {"name": "a"}}],
             "spec.containers[0].envFrom[0].prefix: Invalid value", version="1.31")

# -------------------------------------------------------------- volumes
def vol_case(slug, src, volumes, *expect, containers=None, **spec):
    case(slug, "TestValidateVolumes/" + src, pod(containers, volumes=volumes, serviceAccountName="default", **spec), *expect)


vol_case("vol-empty-name", "empty name", [{"emptyDir": {}}], "spec.volumes[0].name: Required value")
vol_case("vol-bad-name", "name not a DNS label", [{"name": "Data", "emptyDir": {}}], "spec.volumes[0].name: Invalid value")
vol_case("vol-duplicate", "duplicate name", [EMPTY, EMPTY], "spec.volumes[1].name: Duplicate value")
vol_case("vol-two-sources", "multiple volume types", [{"name": "v", "emptyDir": {}, "configMap": {"name": "c"}}],
         "spec.volumes[0].configMap: Forbidden")
vol_case("vol-two-sources-unknown", "multiple volume types (nfs)", [{"name": "v", "emptyDir": {}, "nfs": {"server": "s", "path": "/"}}],
         "spec.volumes[0].nfs: Forbidden")
vol_case("vol-pvc-and-downward-typo", "multiple volume types (downwardAPI typo path)",
         [{"name": "v", "persistentVolumeClaim": {"claimName": "c"}, "downwardAPI": {}}],
         "spec.volumes[0].downwarAPI: Forbidden")
vol_case("vol-secret-no-name", "secret without secretName", [{"name": "s", "secret": {}}],
         "spec.volumes[0].secret.secretName: Required value")
vol_case("vol-secret-mode", "secret invalid defaultMode", [{"name": "s", "secret": {"secretName": "s", "defaultMode": 0o1000}}],
         "spec.volumes[0].secret.defaultMode: Invalid value")
vol_case("vol-secret-item-no-key", "secret item without key", [{"name": "s", "secret": {"secretName": "s", "items": [{"path": "p"}]}}],
         "spec.volumes[0].secret.items[0].key: Required value")
vol_case("vol-configmap-no-name", "configMap without name", [{"name": "c", "configMap": {}}],
         "spec.volumes[0].configMap.name: Required value")
vol_case("vol-configmap-abs-path", "configMap item absolute path", [{"name": "c", "configMap": {"name": "c", "items": [{"key": "k", "path": "/etc/x"}]}}],
         "spec.volumes[0].configMap.items[0].path: Invalid value")
vol_case("vol-configmap-dotdot-path", "configMap item path '..'", [{"name": "c", "configMap": {"name": "c", "items": [{"key": "k", "path": ".."}]}}],
         "spec.volumes[0].configMap.items[0].path: Invalid value", "spec.volumes[0].configMap.items[0].path: Invalid value")
vol_case("vol-configmap-item-no-path", "configMap item without path", [{"name": "c", "configMap": {"name": "c", "items": [{"key": "k"}]}}],
         "spec.volumes[0].configMap.items[0].path: Required value")
vol_case("vol-configmap-item-mode", "configMap item invalid mode", [{"name": "c", "configMap": {"name": "c", "items": [{"key": "k", "path": "p", "mode": -1}]}}],
         "spec.volumes[0].configMap.items[0].mode: Invalid value")
vol_case("vol-hostpath-no-path", "hostPath without path", [{"name": "h", "hostPath": {}}],
         "spec.volumes[0].hostPath.path: Required value")
vol_case("vol-hostpath-backsteps", "hostPath with '..'", [{"name": "h", "hostPath": {"path": "/var/../etc"}}],
         "spec.volumes[0].hostPath.path: Invalid value")
vol_case("vol-hostpath-type", "hostPath invalid type", [{"name": "h", "hostPath": {"path": "/var", "type": "Dir"}}],
         "spec.volumes[0].hostPath.type: Unsupported value")
vol_case("vol-pvc-no-claim", "PVC without claimName", [{"name": "p", "persistentVolumeClaim": {}}],
         "spec.volumes[0].persistentVolumeClaim.claimName: Required value")
vol_case("vol-emptydir-negative-size", "emptyDir negative sizeLimit", [{"name": "e", "emptyDir": {"sizeLimit": "-1Gi"}}],
         "spec.volumes[0].emptyDir.sizeLimit: Forbidden")
vol_case("vol-downward-no-ref", "downwardAPI item without path or ref", [{"name": "d", "downwardAPI": {"items": [{}]}}],
         "spec.volumes[0].downwardAPI.path: Required value", "spec.volumes[0].downwardAPI: Required value")
vol_case("vol-downward-bad-field", "downwardAPI unsupported fieldPath", [{"name": "d", "downwardAPI": {"items": [{"path": "n", "fieldRef": {"fieldPath": "spec.nodeName"}}]}}],
         "spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value")
vol_case("vol-downward-both-refs", "downwardAPI fieldRef and resourceFieldRef",
         [{"name": "d", "downwardAPI": {"items": [{"path": "n", "fieldRef": {"fieldPath": "metadata.name"}, "resourceFieldRef": {"containerName": "app", "resource": "limits.cpu"}}]}}],
         "spec.volumes[0].downwardAPI: Invalid value")
vol_case("vol-downward-no-container", "downwardAPI resourceFieldRef without containerName",
         [{"name": "d", "downwardAPI": {"items": [{"path": "cpu", "resourceFieldRef": {"resource": "limits.cpu"}}]}}],
         "spec.volumes[0].downwardAPI.resourceFieldRef.containerName: Required value")
vol_case("vol-downward-mode", "downwardAPI invalid defaultMode", [{"name": "d", "downwardAPI": {"defaultMode": 0o1000}}],
         "spec.volumes[0].downwardAPI.defaultMode: Invalid value")
vol_case("vol-token-short", "serviceAccountToken expiration too short",
         [{"name": "t", "projected": {"sources": [{"serviceAccountToken": {"path": "token", "expirationSeconds": 60}}]}}],
         "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value")
vol_case("vol-token-long", "serviceAccountToken expiration too long",
         [{"name": "t", "projected": {"sources": [{"serviceAccountToken": {"path": "token", "expirationSeconds": 4294967297}}]}}],
         "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value")
vol_case("vol-token-no-path", "serviceAccountToken without path",
         [{"name": "t", "projected": {"sources": [{"serviceAccountToken": {}}]}}],
         "spec.volumes[0].projected.path: Required value")
vol_case("vol-token-abs-path", "serviceAccountToken absolute path",
         [{"name": "t", "projected": {"sources": [{"serviceAccountToken": {"path": "/token"}}]}}],
         "spec.volumes[0].projected.path: Invalid value")
vol_case("vol-projected-two-in-one", "projection with two sources",
         [{"name": "p", "projected": {"sources": [{"configMap": {"name": "a"}, "secret": {"name": "b"}}]}}],
         "spec.volumes[0].projected.sources[0]: Forbidden")
vol_case("vol-projected-duplicate-paths", "projection duplicate paths",
         [{"name": "p", "projected": {"sources": [{"configMap": {"name": "a", "items": [{"key": "k", "path": "same"}]}},
                                                  {"secret": {"name": "b", "items": [{"key": "k", "path": "same"}]}}]}}],
         "spec.volumes[0].projected: Invalid value")
vol_case("vol-projected-secret-no-name", "projected secret without name",
         [{"name": "p", "projected": {"sources": [{"secret": {}}]}}],
         "spec.volumes[0].projected.sources[0].secret.name: Required value")
vol_case("vol-projected-mode", "projected invalid defaultMode", [{"name": "p", "projected": {"defaultMode": -1, "sources": []}}],
         "spec.volumes[0].projected.defaultMode: Invalid value")
# validation.go forbids this, but the ServiceAccount admission plugin (on by default) sets
# serviceAccountName: default before validation runs, so a real server accepts it.
case("vol-token-without-service-account", "TestValidatePod/serviceaccount token projected volume with no serviceaccount name specified (accepted after ServiceAccount admission)",
     pod(volumes=[{"name": "t", "projected": {"sources": [{"serviceAccountToken": {"path": "token", "audience": "foo", "expirationSeconds": 6000}}]}}]))
vol_case("vol-invalid-means-mount-not-found", "invalid volume is not mountable", [{"name": "cfg", "configMap": {}}],
         "spec.volumes[0].configMap.name: Required value", "spec.containers[0].volumeMounts[0].name: Not found",
         containers=[c(volumeMounts=[{"name": "cfg", "mountPath": "/etc/cfg"}])])


def mount_case(slug, src, mounts, *expect, sc=None):
    ctr = c(volumeMounts=mounts)
    if sc:
        ctr["securityContext"] = sc
    case(slug, "TestValidateVolumeMounts/" + src, pod([ctr], volumes=[EMPTY]), *expect)


mount_case("mount-not-found", "name not found", [{"name": "cache", "mountPath": "/cache"}],
           "spec.containers[0].volumeMounts[0].name: Not found")
mount_case("mount-empty-name", "empty name", [{"mountPath": "/cache"}],
           "spec.containers[0].volumeMounts[0].name: Required value", "spec.containers[0].volumeMounts[0].name: Not found")
mount_case("mount-empty-path", "empty mountpath", [{"name": "data"}],
           "spec.containers[0].volumeMounts[0].mountPath: Required value")
mount_case("mount-duplicate-path", "mountpath collision", [MOUNT, MOUNT],
           "spec.containers[0].volumeMounts[1].mountPath: Invalid value")
mount_case("mount-subpath-absolute", "absolute subpath", [dict(MOUNT, subPath="/baz")],
           "spec.containers[0].volumeMounts.subPath: Invalid value")
mount_case("mount-subpath-backsteps", "subpath in ..", [dict(MOUNT, subPath="../baz")],
           "spec.containers[0].volumeMounts.subPath: Invalid value")
mount_case("mount-subpath-and-expr", "subpath and subpathexpr", [dict(MOUNT, subPath="a", subPathExpr="$(B)")],
           "spec.containers[0].volumeMounts[0].subPathExpr: Invalid value")
mount_case("mount-subpathexpr-absolute", "absolute subpathexpr", [dict(MOUNT, subPathExpr="/$(B)")],
           "spec.containers[0].volumeMounts.subPathExpr: Invalid value")
mount_case("mount-propagation-invalid", "invalid propagation", [dict(MOUNT, mountPropagation="Shared")],
           "spec.containers[0].volumeMounts.mountPropagation: Unsupported value")
mount_case("mount-bidirectional-unprivileged", "Bidirectional in non-privileged container", [dict(MOUNT, mountPropagation="Bidirectional")],
           "spec.containers[0].volumeMounts.mountPropagation: Forbidden")

# --------------------------------------------------------------- probes
def probe_case(slug, src, kind, probe, *expect):
    case(slug, "TestValidateProbe/" + src, pod([c(**{kind: probe})]), *expect)


probe_case("probe-no-handler", "no handler", "livenessProbe", {"initialDelaySeconds": 5},
           "spec.containers[0].livenessProbe: Required value")
probe_case("probe-two-handlers", "multiple handlers", "readinessProbe", {"exec": {"command": ["true"]}, "httpGet": {"port": 80}},
           "spec.containers[0].readinessProbe.httpGet: Forbidden")
probe_case("probe-exec-no-command", "exec without command", "livenessProbe", {"exec": {}},
           "spec.containers[0].livenessProbe.exec.command: Required value")
probe_case("probe-http-port-zero", "invalid http port", "livenessProbe", {"httpGet": {"port": 0}},
           "spec.containers[0].livenessProbe.httpGet.port: Invalid value")
probe_case("probe-http-port-name", "invalid http port name", "readinessProbe", {"httpGet": {"port": "HTTP"}},
           "spec.containers[0].readinessProbe.httpGet.port: Invalid value", "spec.containers[0].readinessProbe.httpGet.port: Invalid value")
probe_case("probe-http-scheme", "invalid scheme", "livenessProbe", {"httpGet": {"port": 80, "scheme": "FTP"}},
           "spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value")
probe_case("probe-http-header", "invalid header name", "livenessProbe", {"httpGet": {"port": 80, "httpHeaders": [{"name": "X Bad", "value": "1"}]}},
           "spec.containers[0].livenessProbe.httpGet.httpHeaders: Invalid value")
probe_case("probe-tcp-port", "invalid tcp port", "startupProbe", {"tcpSocket": {"port": 65536}},
           "spec.containers[0].startupProbe.tcpSocket.port: Invalid value")
probe_case("probe-grpc-port", "invalid grpc port", "livenessProbe", {"grpc": {"port": 0}},
           "spec.containers[0].livenessProbe.grpc.port: Invalid value")
probe_case("probe-initial-delay", "negative initialDelaySeconds", "livenessProbe", dict(TCP, initialDelaySeconds=-1),
           "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value")
probe_case("probe-timeout", "negative timeoutSeconds", "readinessProbe", dict(TCP, timeoutSeconds=-1),
           "spec.containers[0].readinessProbe.timeoutSeconds: Invalid value")
probe_case("probe-liveness-success", "liveness-probe-successThreshold", "livenessProbe", dict(TCP, successThreshold=2),
           "spec.containers[0].livenessProbe.successThreshold: Invalid value")
probe_case("probe-startup-success", "startup-probe-successThreshold", "startupProbe", dict(TCP, successThreshold=2),
           "spec.containers[0].startupProbe.successThreshold: Invalid value")
probe_case("probe-readiness-grace", "readiness probe terminationGracePeriodSeconds", "readinessProbe", dict(TCP, terminationGracePeriodSeconds=10),
           "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value")
probe_case("probe-liveness-grace-zero", "liveness probe terminationGracePeriodSeconds zero", "livenessProbe", dict(TCP, terminationGracePeriodSeconds=0),
           "spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value")
probe_case("probe-startup-grace-negative", "startup probe terminationGracePeriodSeconds negative", "startupProbe", dict(TCP, terminationGracePeriodSeconds=-1),
           "spec.containers[0].startupProbe.terminationGracePeriodSeconds: Invalid value")
for kind in ("livenessProbe", "readinessProbe", "startupProbe"):
    case("init-" + kind.lower(), "TestValidateInitContainers/invalid " + kind + " on init container",
         pod(init=[c("init", **{kind: TCP})]), "spec.initContainers[0]." + kind + ": Forbidden")
case("init-lifecycle", "TestValidateInitContainers/invalid lifecycle on init container",
     pod(init=[c("init", lifecycle={"postStart": {"exec": {"command": ["true"]}}})]), "spec.initContainers[0].lifecycle: Forbidden")
case("sidecar-liveness-success", "TestValidateInitContainers/restartable liveness successThreshold",
     pod(init=[c("proxy", restartPolicy="Always", livenessProbe=dict(TCP, successThreshold=2))]),
     "spec.initContainers[0].livenessProbe.successThreshold: Invalid value")
case("sidecar-lifecycle-no-handler", "TestValidateInitContainers/restartable invalid lifecycle",
     pod(init=[c("proxy", restartPolicy="Always", lifecycle={"preStop": {}})]),
     "spec.initContainers[0].lifecycle.preStop: Required value")

# ------------------------------------------------------------ lifecycle
def hook_case(slug, src, lifecycle, *expect, version=None, warn=(), **spec):
    case(slug, "TestValidateLifecycle/" + src, pod([c(lifecycle=lifecycle)], **spec), *expect, version=version, warn=warn)


hook_case("hook-no-handler", "no handler", {"postStart": {}}, "spec.containers[0].lifecycle.postStart: Required value")
hook_case("hook-two-handlers", "exec and sleep", {"preStop": {"exec": {"command": ["true"]}, "sleep": {"seconds": 1}}},
          "spec.containers[0].lifecycle.preStop.sleep: Forbidden")
hook_case("hook-http-no-port-name", "invalid http port", {"postStart": {"httpGet": {"port": "-web"}}},
          "spec.containers[0].lifecycle.postStart.httpGet.port: Invalid value")
hook_case("hook-sleep-too-long", "sleep longer than grace period", {"preStop": {"sleep": {"seconds": 40}}},
          "spec.containers[0].lifecycle.preStop.sleep: Invalid value")
hook_case("hook-sleep-grace", "sleep longer than custom grace period", {"preStop": {"sleep": {"seconds": 11}}},
          "spec.containers[0].lifecycle.preStop.sleep: Invalid value", terminationGracePeriodSeconds=10)
hook_case("hook-sleep-negative", "negative sleep", {"preStop": {"sleep": {"seconds": -1}}},
          "spec.containers[0].lifecycle.preStop.sleep: Invalid value")
hook_case("hook-sleep-zero-1-32", "zero sleep without AllowZero", {"preStop": {"sleep": {"seconds": 0}}},
          "spec.containers[0].lifecycle.preStop.sleep: Invalid value", version="1.32")
hook_case("hook-sleep-dropped-1-29", "sleep with PodLifecycleSleepAction off", {"preStop": {"sleep": {"seconds": 5}}},
          "spec.containers[0].lifecycle.preStop: Required value", version="1.29",
          warn=["spec.containers[0].lifecycle.preStop.sleep"])

# ------------------------------------------------------------ resources
def res_case(slug, src, resources, *expect):
    case(slug, "TestValidateResourceRequirements/" + src, pod([c(resources=resources)]), *expect)


res_case("res-unknown-name", "Resource name invalid", {"limits": {"foo": "1"}},
         "spec.containers[0].resources.limits[foo]: Invalid value", "spec.containers[0].resources.limits[foo]: Invalid value",
         "spec.containers[0].resources.requests[foo]: Invalid value", "spec.containers[0].resources.requests[foo]: Invalid value")
res_case("res-pods", "Resource pods invalid for containers", {"requests": {"pods": "1"}},
         "spec.containers[0].resources.requests[pods]: Invalid value")
res_case("res-negative-cpu", "Resource CPU invalid", {"requests": {"cpu": "-1"}},
         "spec.containers[0].resources.requests[cpu]: Invalid value")
res_case("res-negative-memory-limit", "Resource Memory invalid", {"limits": {"memory": "-1Gi"}},
         "spec.containers[0].resources.limits[memory]: Invalid value", "spec.containers[0].resources.requests[memory]: Invalid value")
res_case("res-request-above-limit-cpu", "Request limit simple invalid", {"limits": {"cpu": "1"}, "requests": {"cpu": "2"}},
         "spec.containers[0].resources.requests: Invalid value")
res_case("res-request-above-limit-both", "Request limit multiple invalid",
         {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "2", "memory": "2Gi"}},
         "spec.containers[0].resources.requests: Invalid value", "spec.containers[0].resources.requests: Invalid value")
res_case("res-storage-request-above-limit", "Invalid storage limit request",
         {"limits": {"ephemeral-storage": "1Gi"}, "requests": {"ephemeral-storage": "2Gi"}},
         "spec.containers[0].resources.requests: Invalid value")
res_case("res-extended-not-equal", "invalid extended resource requirement: request must be == limit",
         {"limits": {"example.com/a": "2"}, "requests": {"example.com/a": "1"}},
         "spec.containers[0].resources.requests: Invalid value")
res_case("res-extended-no-limit", "invalid extended resource requirement without limit", {"requests": {"example.com/a": "2"}},
         "spec.containers[0].resources.limits: Required value")
res_case("res-extended-fraction", "invalid fractional extended resource in container limit", {"limits": {"example.com/a": "2.5"}},
         "spec.containers[0].resources.limits[example.com/a]: Invalid value", "spec.containers[0].resources.requests[example.com/a]: Invalid value")
res_case("res-extended-bad-name", "invalid extended resource name", {"limits": {"requests.example.com/a": "1"}},
         "spec.containers[0].resources.limits[requests.example.com/a]: Invalid value",
         "spec.containers[0].resources.requests[requests.example.com/a]: Invalid value")
res_case("res-hugepages-alone", "HugePages require cpu or memory", {"limits": {"hugepages-2Mi": "2Mi"}},
         "spec.containers[0].resources: Forbidden")
res_case("res-hugepages-not-multiple", "HugePages not a multiple of the page size", {"limits": {"hugepages-2Mi": "3Mi", "memory": "1Gi"}},
         "spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value", "spec.containers[0].resources.requests[hugepages-2Mi]: Invalid value")
res_case("res-hugepages-request-differs", "HugePages request must equal limit", {"limits": {"hugepages-2Mi": "4Mi", "cpu": "1"}, "requests": {"hugepages-2Mi": "2Mi"}},
         "spec.containers[0].resources.requests: Invalid value")
case("res-init-extended-fraction", "TestValidatePod/invalid fractional extended resource in init container request",
     pod(init=[c("init", resources={"requests": {"example.com/a": "500m"}})]),
     "spec.initContainers[0].resources.requests[example.com/a]: Invalid value", "spec.initContainers[0].resources.limits: Required value")
case("res-overhead", "TestValidatePodSpec/overhead without RuntimeClass", pod(overhead={"cpu": "100m"}),
     "spec.overhead: Forbidden")

# ------------------------------------------------------------ pod level
case("pod-restart-policy", "TestValidatePodSpec/bad restart policy", pod(restartPolicy="UnlessStopped"),
     "spec.restartPolicy: Unsupported value")
case("pod-dns-policy", "TestValidatePodSpec/bad dns policy", pod(dnsPolicy="Google"), "spec.dnsPolicy: Unsupported value")
case("pod-dns-none", "TestValidatePodDNSConfig/DNSNone without DNSConfig", pod(dnsPolicy="None"), "spec.dnsConfig: Required value")
case("pod-deadline-zero", "TestValidatePodSpec/bad activeDeadlineSeconds", pod(activeDeadlineSeconds=0),
     "spec.activeDeadlineSeconds: Invalid value")
case("pod-deadline-negative", "TestValidatePodSpec/bad activeDeadlineSeconds", pod(activeDeadlineSeconds=-1),
     "spec.activeDeadlineSeconds: Invalid value")
case("pod-deadline-too-big", "TestValidatePodSpec/activeDeadlineSeconds too large", pod(activeDeadlineSeconds=2147483648),
     "spec.activeDeadlineSeconds: Invalid value")
case("pod-node-selector-key", "TestValidatePodSpec/bad nodeSelector", pod(nodeSelector={"bad key": "x"}),
     "spec.nodeSelector: Invalid value")
case("pod-node-selector-value", "TestValidatePodSpec/bad nodeSelector value", pod(nodeSelector={"disk": "fast ssd"}),
     "spec.nodeSelector: Invalid value")
case("pod-service-account", "TestValidatePodSpec/bad service account name", pod(serviceAccountName="Robot"),
     "spec.serviceAccountName: Invalid value")
case("pod-priority-class", "TestValidatePodSpec/bad priorityClassName", pod(priorityClassName="high_prio"),
     "spec.priorityClassName: Invalid value")
case("pod-run-as-user", "TestValidatePodSpec/bad pod runAsUser", pod(securityContext={"runAsUser": -1}),
     "spec.securityContext.runAsUser: Invalid value")
case("pod-fs-group", "TestValidatePodSpec/bad fsGroup", pod(securityContext={"fsGroup": 4294967296}),
     "spec.securityContext.fsGroup: Invalid value")
case("pod-seccomp-no-profile", "TestValidateSeccompProfileField/Localhost without profile",
     pod(securityContext={"seccompProfile": {"type": "Localhost"}}), "spec.securityContext.seccompProfile.localhostProfile: Required value")
case("pod-seccomp-no-type", "TestValidateSeccompProfileField/missing type",
     pod(securityContext={"seccompProfile": {}}), "spec.securityContext.seccompProfile.type: Required value")
case("pod-seccomp-bad-type", "TestValidateSeccompProfileField/invalid type",
     pod(securityContext={"seccompProfile": {"type": "Audit"}}), "spec.securityContext.seccompProfile.type: Unsupported value")
case("pod-seccomp-profile-not-localhost", "TestValidateSeccompProfileField/localhostProfile with RuntimeDefault",
     pod(securityContext={"seccompProfile": {"type": "RuntimeDefault", "localhostProfile": "x.json"}}),
     "spec.securityContext.seccompProfile.localhostProfile: Invalid value")
case("pod-seccomp-absolute", "TestValidateSeccompProfileField/absolute localhostProfile",
     pod(securityContext={"seccompProfile": {"type": "Localhost", "localhostProfile": "/x.json"}}),
     "spec.securityContext.seccompProfile.localhostProfile: Invalid value")
case("ctr-seccomp-bad-type", "TestValidateSecurityContext/invalid seccomp type",
     pod([c(securityContext={"seccompProfile": {"type": "Audit"}})]), "spec.containers[0].securityContext.seccompProfile.type: Unsupported value")
case("ctr-run-as-user-big", "TestValidateSecurityContext/invalid runAsUser",
     pod([c(securityContext={"runAsUser": 4294967296})]), "spec.containers[0].securityContext.runAsUser: Invalid value")
case("ctr-run-as-group-negative", "TestValidateSecurityContext/invalid runAsGroup",
     pod([c(securityContext={"runAsGroup": -1})]), "spec.containers[0].securityContext.runAsGroup: Invalid value")
case("ctr-privileged-no-escalation", "TestValidateSecurityContext/invalid AllowPrivilegeEscalation with privileged",
     pod([c(securityContext={"privileged": True, "allowPrivilegeEscalation": False})]),
     "spec.containers[0].securityContext: Invalid value")
case("ctr-sys-admin-no-escalation", "TestValidateSecurityContext/invalid AllowPrivilegeEscalation with CAP_SYS_ADMIN",
     pod([c(securityContext={"allowPrivilegeEscalation": False, "capabilities": {"add": ["CAP_SYS_ADMIN"]}})]),
     "spec.containers[0].securityContext: Invalid value")


def tol_case(slug, src, tolerations, *expect):
    case(slug, "TestValidateTolerations/" + src, pod(tolerations=tolerations), *expect)


tol_case("tol-no-key-equal", "empty key with Equal operator", [{"operator": "Equal", "value": "x"}],
         "spec.tolerations[0].operator: Invalid value")
tol_case("tol-no-key-no-operator", "empty key without operator", [{"effect": "NoSchedule"}],
         "spec.tolerations[0].operator: Invalid value")
tol_case("tol-exists-value", "Exists with value", [{"key": "k", "operator": "Exists", "value": "v"}],
         "spec.tolerations[0].operator: Invalid value")
tol_case("tol-bad-operator", "invalid operator", [{"key": "k", "operator": "In"}],
         "spec.tolerations[0].operator: Unsupported value")
tol_case("tol-bad-effect", "invalid effect", [{"key": "k", "operator": "Exists", "effect": "Never"}],
         "spec.tolerations[0].effect: Unsupported value")
tol_case("tol-seconds-not-noexecute", "tolerationSeconds with NoSchedule", [{"key": "k", "operator": "Exists", "effect": "NoSchedule", "tolerationSeconds": 60}],
         "spec.tolerations[0].effect: Invalid value")
tol_case("tol-bad-key", "invalid key", [{"key": "-k", "operator": "Exists"}], "spec.tolerations[0].key: Invalid value")
tol_case("tol-bad-value", "invalid value", [{"key": "k", "value": "bad value"}], "spec.tolerations[0].operator: Invalid value")

case("pod-hostname", "TestValidatePodSpec/bad hostname", pod(hostname="Web_1"), "spec.hostname: Invalid value")
case("pod-subdomain", "TestValidatePodSpec/bad subdomain", pod(subdomain="a.b"), "spec.subdomain: Invalid value")
case("pod-node-name", "TestValidatePodSpec/bad nodeName", pod(nodeName="Node_1"), "spec.nodeName: Invalid value")
case("pod-runtime-class", "TestValidatePodSpec/bad RuntimeClassName", pod(runtimeClassName="Kata_1"),
     "spec.runtimeClassName: Invalid value")
case("pod-preemption-policy", "TestValidatePodSpec/bad PreemptionPolicy", pod(preemptionPolicy="Sometimes"),
     "spec.preemptionPolicy: Forbidden")  # the Priority admission plugin refuses before validation
case("pod-ephemeral-on-create", "TestValidatePodCreate/ephemeral containers",
     pod(ephemeralContainers=[{"name": "debug", "image": "busybox"}]), "spec.ephemeralContainers: Forbidden")
case("pod-node-name-with-gates", "TestValidatePodCreateWithSchedulingGates/nodeName and schedulingGates",
     pod(nodeName="node", schedulingGates=[{"name": "foo"}]), "spec.nodeName: Forbidden")
case("valid-unknown-field-warning", "strict field validation (warning only)",
     pod([c(imagePullPolicyy="Always")]), warn=["spec.containers[0].imagePullPolicyy"])
case("valid-real-unmodelled-fields", "TestValidatePodSpec/successCases",
     pod([c(stdin=True, tty=True)], hostname="web-0", subdomain="web", schedulerName="default-scheduler",
         enableServiceLinks=False, affinity={"nodeAffinity": {}}))

# ------------------------------------------------------- version profile
case("ver-sidecar-1-27", "TestValidateInitContainers/restartable (field absent before 1.28)", pod(init=[c("proxy", restartPolicy="Always")]),
     "spec.initContainers[0].restartPolicy: Forbidden", version="1.27")
case("ver-sidecar-probe-1-27", "TestValidateInitContainers/restartable (field absent before 1.28)", pod(init=[SIDECAR]),
     "spec.initContainers[0].restartPolicy: Forbidden", "spec.initContainers[0].readinessProbe: Forbidden", version="1.27")
case("ver-sidecar-dropped-1-28", "TestValidateInitContainers/restartable (SidecarContainers off)", pod(init=[c("proxy", restartPolicy="Always")]),
     version="1.28", warn=["spec.initContainers[0].restartPolicy"])
case("ver-sidecar-probe-1-28", "TestValidateInitContainers/restartable (SidecarContainers off)", pod(init=[SIDECAR]),
     "spec.initContainers[0].readinessProbe: Forbidden", version="1.28", warn=["spec.initContainers[0].restartPolicy"])
case("ver-regular-restart-1-27", "TestValidateContainers/restartPolicy (field absent before 1.28)", pod([c(restartPolicy="Always")]),
     "spec.containers[0].restartPolicy: Forbidden", version="1.27")
RULE = {"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}
case("ver-rules-1-33", "TestValidateContainerRestartPolicy (field absent before 1.34)", pod([c(restartPolicy="Never", restartPolicyRules=[RULE])]),
     "spec.containers[0].restartPolicyRules: Forbidden", "spec.containers[0].restartPolicy: Forbidden", version="1.33")
case("ver-rules-dropped-1-34", "TestValidateContainerRestartPolicy (ContainerRestartRules off)", pod([c(restartPolicy="Never", restartPolicyRules=[RULE])]),
     version="1.34", warn=["spec.containers[0].restartPolicy", "spec.containers[0].restartPolicyRules"])
case("ver-rules-no-policy-1-35", "TestValidateContainerRestartPolicy/rules without restartPolicy", pod([c(restartPolicyRules=[RULE])]),
     "spec.containers[0].restartPolicy: Required value", version="1.35")
case("ver-rules-bad-action-1-35", "TestValidateContainerRestartPolicy/invalid action",
     pod([c(restartPolicy="Never", restartPolicyRules=[dict(RULE, action="DoNotRestart")])]),
     "spec.containers[0].restartPolicyRules[0].action: Unsupported value", version="1.35")
case("ver-rules-bad-operator-1-35", "TestValidateContainerRestartPolicy/invalid operator",
     pod([c(restartPolicy="Never", restartPolicyRules=[{"action": "Restart", "exitCodes": {"operator": "Equals", "values": [1]}}])]),
     "spec.containers[0].restartPolicyRules[0].exitCodes.operator: Unsupported value", version="1.35")
case("ver-rules-no-exit-codes-1-35", "TestValidateContainerRestartPolicy/missing exitCodes",
     pod([c(restartPolicy="OnFailure", restartPolicyRules=[{"action": "Restart"}])]),
     "spec.containers[0].restartPolicyRules[0].exitCodes: Required value", version="1.35")
case("ver-rules-too-many-1-35", "TestValidateContainerRestartPolicy/too many rules",
     pod([c(restartPolicy="Never", restartPolicyRules=[RULE] * 21)]),
     "spec.containers[0].restartPolicyRules: Too long", version="1.35")
case("ver-regular-policy-1-35", "TestValidateContainerRestartPolicy/invalid restartPolicy", pod([c(restartPolicy="Sometimes")]),
     "spec.containers[0].restartPolicy: Unsupported value", version="1.35")
case("ver-sidecar-rules-1-35", "TestValidateInitContainers/restartPolicyRules on sidecar",
     pod(init=[c("proxy", restartPolicy="Always", restartPolicyRules=[RULE])]),
     "spec.initContainers[0].restartPolicyRules: Forbidden", version="1.35")
case("ver-init-rules-no-policy-1-35", "TestValidateInitContainers/rules without restartPolicy",
     pod(init=[c("init", restartPolicyRules=[RULE])]),
     "spec.initContainers[0].restartPolicy: Required value", version="1.35")
case("ver-init-onfailure-dropped-1-34", "TestValidateInitContainers/restartPolicy OnFailure (ContainerRestartRules off)",
     pod(init=[c("init", restartPolicy="OnFailure")]), version="1.34", warn=["spec.initContainers[0].restartPolicy"])
case("ver-rules-gate-on-1-34", "TestValidateContainerRestartPolicy/invalid restartPolicy (gate forced on)",
     pod([c(restartPolicy="Sometimes")]), "spec.containers[0].restartPolicy: Unsupported value",
     version="1.34", gates=["ContainerRestartRules=true"])
case("ver-restart-all-1-35", "TestValidateContainerRestartPolicy/RestartAllContainers (gate forced on)",
     pod([c(restartPolicy="Never", restartPolicyRules=[dict(RULE, action="RestartAllContainers")])]),
     version="1.35", gates=["RestartAllContainersOnContainerExits=true"])
case("ver-relaxed-env-forced-1-30", "TestValidateEnv/relaxed names (gate forced on)",
     pod([c(env=[{"name": "1st", "value": "x"}])]), version="1.30",
     gates=["RelaxedEnvironmentVariableValidation=true"])
case("ver-relaxed-env-1-32", "TestValidateEnv/relaxed names (gate on)", pod([c(env=[{"name": "a b", "value": "x"}])]), version="1.32")

# 1.36 and 1.37 (k8s-1.36-1.38.md sections 3.1, 3.2, 4.1)
case("ver-restart-all-1-36", "TestValidateContainerRestartPolicy/RestartAllContainers (beta, on in 1.36)",
     pod([c(restartPolicy="Never", restartPolicyRules=[dict(RULE, action="RestartAllContainers")])]),
     version="1.36")
case("ver-sidecar-rules-1-36", "TestValidateInitContainers/restartPolicyRules on sidecar (RestartAllContainers on)",
     pod(init=[c("proxy", restartPolicy="Always", restartPolicyRules=[dict(RULE, action="RestartAllContainers")])]),
     version="1.36")
case("ver-sidecar-rules-gate-off-1-36", "TestValidateInitContainers/restartPolicyRules on sidecar (gate forced off)",
     pod(init=[c("proxy", restartPolicy="Always", restartPolicyRules=[RULE])]),
     "spec.initContainers[0].restartPolicyRules: Forbidden", version="1.36",
     gates=["RestartAllContainersOnContainerExits=false"])
case("ver-rules-bad-action-1-36", "TestValidateContainerRestartPolicy/invalid action (#137368)",
     pod([c(restartPolicy="Never", restartPolicyRules=[dict(RULE, action="invalid")])]),
     "spec.containers[0].restartPolicyRules[0].action: Unsupported value", version="1.36")
case("ver-rules-too-many-1-36", "TestValidateContainerRestartPolicy/too many rules (#137136)",
     pod([c(restartPolicy="Never", restartPolicyRules=[RULE] * 21)]),
     "spec.containers[0].restartPolicyRules: Too many", version="1.36")
case("ver-exit-codes-too-many-1-36", "TestValidateContainerRestartPolicy/too many exit codes (#137136)",
     pod([c(restartPolicy="Never", restartPolicyRules=[{"action": "Restart", "exitCodes": {"operator": "In", "values": list(range(1, 257))}}])]),
     "spec.containers[0].restartPolicyRules[0].exitCodes.values: Too many", version="1.36")
case("ver-exit-codes-too-long-1-35", "TestValidateContainerRestartPolicy/too many exit codes (TooLong before #137136)",
     pod([c(restartPolicy="Never", restartPolicyRules=[{"action": "Restart", "exitCodes": {"operator": "In", "values": list(range(1, 257))}}])]),
     "spec.containers[0].restartPolicyRules[0].exitCodes.values: Too long", version="1.35")
case("ver-init-rules-1-37", "TestValidateInitContainers/restartPolicy Never with rules",
     pod(init=[c("init", restartPolicy="Never", restartPolicyRules=[RULE])]), version="1.37")
case("ver-sidecar-1-37", "TestValidateInitContainers/restartable (SidecarContainers gate removed, always on)",
     pod(init=[SIDECAR]), version="1.37")
case("ver-regular-policy-1-37", "TestValidateContainerRestartPolicy/invalid restartPolicy",
     pod([c(restartPolicy="Sometimes")]), "spec.containers[0].restartPolicy: Unsupported value", version="1.37")
case("ver-sleep-zero-1-37", "TestValidateLifecycle/sleep 0 (PodLifecycleSleepActionAllowZero removed, always on)",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 0}}})]), version="1.37")

# ---------------------------------------------------------------- workloads: defaults before validation
def job(spec, name="report", labels=None):
    meta = {"name": name}
    if labels:
        meta["labels"] = labels
    tmpl_spec = {"restartPolicy": "Never", "containers": [c("work", "busybox:1.37")]}
    tmpl = {"metadata": spec.pop("templateMeta", {}), "spec": tmpl_spec}
    return {"apiVersion": "batch/v1", "kind": "Job", "metadata": meta, "spec": dict(spec, template=tmpl)}


case("wl-job-indexed-defaults", "TestValidateJob/successCases (SetDefaults_Job: completions and parallelism 1)",
     job({"completionMode": "Indexed"}))
case("wl-job-indexed-parallelism-only", "TestValidateJob/Indexed without completions",
     job({"completionMode": "Indexed", "parallelism": 2}), "spec.completions: Required value")
case("wl-job-indexed-dns-label", "TestValidateJob/Indexed pod hostname not a DNS label (default completions)",
     job({"completionMode": "Indexed"}, name="report.v2"), "metadata.name: Invalid value")
case("wl-job-template-labels-copied", "TestValidateJob/template labels (SetDefaults_Job copies them to the Job)",
     job({"templateMeta": {"labels": {"app": "bad value"}}}),
     "metadata.labels: Invalid value", "spec.template.labels: Invalid value")
case("wl-job-own-labels-kept", "TestValidateJob/template labels (the Job has its own)",
     job({"templateMeta": {"labels": {"app": "bad value"}}}, labels={"team": "data"}),
     "spec.template.labels: Invalid value")

# generateName: rest.BeforeCreate (k8s.io/apiserver pkg/registry/rest/create.go) sets the name,
# prefix (at most 58 characters) plus 5 random lower-case letters and digits, before
# strategy.Validate; ValidateObjectMetaAccessor checks generateName first, with
# maskTrailingDash (apimachinery pkg/api/validation/generic.go), then that name.
def generated(manifest, prefix):
    manifest["metadata"] = dict(manifest["metadata"])
    del manifest["metadata"]["name"]
    manifest["metadata"]["generateName"] = prefix
    return manifest


case("wl-job-indexed-generate-name", "TestValidateJob/Indexed pod hostname, name generated from generateName (as Kueue's TAS samples)",
     generated(job({"completionMode": "Indexed", "completions": 10, "parallelism": 10}), "tas-sample-"))
case("wl-job-indexed-generate-name-too-long", "TestValidateJob/Indexed pod hostname not a DNS label (generated name of 63 characters)",
     generated(job({"completionMode": "Indexed", "completions": 10}), "r" * 60),
     "metadata.name: Invalid value")
case("wl-cronjob-generate-name-too-long", "TestValidateCronJobCreate/name longer than 52 characters once generated",
     generated({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "nightly"},
                "spec": {"schedule": "@daily", "jobTemplate": {"spec": job({})["spec"]}}}, "n" * 48),
     "metadata.name: Invalid value")
case("wl-deployment-generate-name-upper", "TestValidateObjectMeta/invalid generateName (NameIsDNSSubdomain with prefix)",
     generated({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": {"app": "web"}},
                         "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [c()]}}}}, "Web-"),
     "metadata.generateName: Invalid value", "metadata.name: Invalid value")
case("wl-statefulset-generate-name", "TestValidateStatefulSet/generateName with a trailing dash (NameIsDNSLabel with prefix)",
     generated({"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"},
                "spec": {"selector": {"matchLabels": {"app": "db"}},
                         "template": {"metadata": {"labels": {"app": "db"}}, "spec": {"containers": [c()]}}}}, "db-"))
case("pod-generate-name-dash-only", "TestValidateObjectMeta/generateName \"-\" (maskTrailingDash needs 2 characters)",
     generated(pod(), "-"), "metadata.generateName: Invalid value", "metadata.name: Invalid value")
case("wl-cronjob-indexed-no-completions", "TestValidateCronJob/jobTemplate Indexed without completions (no SetDefaults_Job)",
     {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "nightly"},
      "spec": {"schedule": "@daily", "jobTemplate": {"spec": job({"completionMode": "Indexed"})["spec"]}}},
     "spec.jobTemplate.spec.completions: Required value")

# ---------------------------------------------------------------- seccomp annotations against fields
SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod"
SECCOMP_CTR = "container.seccomp.security.alpha.kubernetes.io/"
case("pod-seccomp-annotation-matches-field", "TestValidateSeccompAnnotationsAndFields/matching pod profile",
     pod(meta={"name": "web", "annotations": {SECCOMP_POD: "runtime/default"}},
         securityContext={"seccompProfile": {"type": "RuntimeDefault"}}))
case("pod-seccomp-annotation-docker-default", "TestValidateSeccompAnnotationsAndFields/docker/default is RuntimeDefault",
     pod(meta={"name": "web", "annotations": {SECCOMP_POD: "docker/default"}},
         securityContext={"seccompProfile": {"type": "RuntimeDefault"}}))
case("pod-seccomp-annotation-type-mismatch", "TestValidateSeccompAnnotationsAndFields/pod type mismatch",
     pod(meta={"name": "web", "annotations": {SECCOMP_POD: "unconfined"}},
         securityContext={"seccompProfile": {"type": "RuntimeDefault"}}),
     "spec.securityContext.seccompProfile.type: Forbidden")
case("ctr-seccomp-annotation-profile-mismatch", "TestValidateSeccompAnnotationsAndFields/container localhost profile mismatch",
     pod([c(securityContext={"seccompProfile": {"type": "Localhost", "localhostProfile": "a.json"}})],
         meta={"name": "web", "annotations": {SECCOMP_CTR + "app": "localhost/b.json"}}),
     "spec.containers[0].securityContext.seccompProfile.localhostProfile: Forbidden")
case("ctr-seccomp-annotation-init-first", "TestValidateSeccompAnnotationsAndFields/init containers are visited first",
     pod([c(securityContext={"seccompProfile": {"type": "Unconfined"}})],
         init=[c("init", securityContext={"seccompProfile": {"type": "Unconfined"}})],
         meta={"name": "web", "annotations": {SECCOMP_CTR + "app": "runtime/default",
                                               SECCOMP_CTR + "init": "localhost/x.json"}}),
     "spec.initContainers[0].securityContext.seccompProfile.type: Forbidden",
     "spec.containers[0].securityContext.seccompProfile.type: Forbidden")
case("wl-deployment-seccomp-annotation-mismatch", "TestValidatePodTemplateSpecSeccomp/template type mismatch",
     {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
      "spec": {"selector": {"matchLabels": {"app": "web"}},
               "template": {"metadata": {"labels": {"app": "web"}, "annotations": {SECCOMP_POD: "runtime/default"}},
                            "spec": {"securityContext": {"seccompProfile": {"type": "Unconfined"}},
                                     "containers": [c()]}}}},
     "spec.template.spec.securityContext.seccompProfile.type: Forbidden")

# ---------------------------------------------------------------- realistic manifests (audit)
# Typical manifests and the mistakes users make with them. Each case names the upstream test
# whose rule it exercises; expectations follow validation.go (v1.33) and defaults.go.
APP = c("app", "ghcr.io/acme/shop:2.3.1", ports=[{"name": "http", "containerPort": 8080}],
        resources={"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}},
        readinessProbe={"httpGet": {"path": "/ready", "port": "http"}, "periodSeconds": 5},
        livenessProbe={"httpGet": {"path": "/live", "port": "http"}, "initialDelaySeconds": 10})
LOGS = c("log-shipper", "fluent/fluent-bit:3.1", restartPolicy="Always",
         volumeMounts=[{"name": "logs", "mountPath": "/var/log/app", "readOnly": True}],
         resources={"limits": {"cpu": "100m", "memory": "64Mi"}})
LOGVOL = {"name": "logs", "emptyDir": {}}


def real(slug, source, manifest, *expect, **kw):
    case("real-" + slug, source, manifest, *expect, **kw)


def app(**kw):
    return c(**dict(copy.deepcopy(APP), **kw))


real("web-with-log-sidecar", "TestValidatePodSpec/successCases (native sidecar)",
     pod([app(volumeMounts=[{"name": "logs", "mountPath": "/var/log/app"}])], init=[LOGS],
         volumes=[LOGVOL], meta={"generateName": "web-", "labels": {"app.kubernetes.io/name": "shop", "tier": ""},
                                 "annotations": {"prometheus.io/scrape": "true", "Example.COM/Owner": "team-a"}}))
real("job-pod-with-sidecar", "TestValidatePodSpec/successCases (restartPolicy Never with sidecar)",
     pod([c("batch", "python:3.12-slim", command=["python", "-m", "etl"])], init=[LOGS], volumes=[LOGVOL],
         restartPolicy="Never", activeDeadlineSeconds=3600))
real("same-port-name-two-containers", "TestValidateContainers/successCases (port names are per container)",
     pod([app(), c("metrics", "prom/statsd-exporter:v0.26.0", ports=[{"name": "http", "containerPort": 9102}])]),
     warn=["spec.containers[1].ports[0]"])  # GetWarningsForPod: duplicate port name (1.33)
real("same-mount-path-two-containers", "TestValidateVolumeMounts/successCases (mount paths are per container)",
     pod([c(volumeMounts=[MOUNT]), c("helper", "busybox:1.36", volumeMounts=[MOUNT])], volumes=[EMPTY]))
real("limits-without-requests", "TestValidateResourceRequirements/successCases (limits only, pod defaulting)",
     pod([c(resources={"limits": {"cpu": "500m", "memory": "128Mi", "ephemeral-storage": "1Gi"}})]))
real("gpu-limit-only", "TestValidateResourceRequirements/successCases (extended resource limit only)",
     pod([c(resources={"limits": {"nvidia.com/gpu": "1", "memory": "8Gi"}})]))
real("gpu-request-equals-limit", "TestValidateResourceRequirements/successCases (extended resource equal)",
     pod([c(resources={"requests": {"nvidia.com/gpu": 2}, "limits": {"nvidia.com/gpu": 2}})]))
real("memory-units", "TestValidateResourceRequirements/successCases (units)",
     pod([c(resources={"requests": {"memory": "0.5Gi", "cpu": 0.25}, "limits": {"memory": "1G", "cpu": "1.5"}})]))
real("cpu-rounded-to-limit", "TestValidateResourceRequirements/successCases (SetDefaults_ResourceList rounds up)",
     pod([c(resources={"requests": {"cpu": "0.0001"}, "limits": {"cpu": "1m"}})]))
real("hugepages-with-memory", "TestValidateResourceRequirements/successCases (hugepages with memory)",
     pod([c(resources={"limits": {"hugepages-2Mi": "64Mi", "memory": "128Mi"}})]))
real("prestop-sleep-equals-grace", "TestValidateLifecycle/successCases (sleep equal to grace period)",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 30}}})]))
real("prestop-sleep-zero", "TestValidateLifecycle/successCases (sleep zero, AllowZero beta in 1.33)",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 0}}})]))
real("prestop-sleep-custom-grace", "TestValidateLifecycle/successCases (sleep within custom grace period)",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 55}}})], terminationGracePeriodSeconds=60))
real("readiness-success-threshold-2", "TestValidateProbe/successCases (readiness successThreshold > 1)",
     pod([c(readinessProbe={"tcpSocket": {"port": 80}, "successThreshold": 2})]))
real("probe-zero-values-defaulted", "TestValidateProbe/successCases (zero values are defaulted)",
     pod([c(livenessProbe={"exec": {"command": ["true"]}, "successThreshold": 0, "timeoutSeconds": 0,
                           "periodSeconds": 0, "failureThreshold": 0, "initialDelaySeconds": 0})]))
real("grpc-probe", "TestValidateProbe/successCases (grpc)",
     pod([c(livenessProbe={"grpc": {"port": 9090, "service": "liveness"}}, startupProbe={"grpc": {"port": 9090}})]))
real("probe-named-port-not-declared", "TestValidateProbe/successCases (named port is not cross-checked)",
     pod([c(readinessProbe={"httpGet": {"path": "/", "port": "metrics"}})]))
real("probe-https-headers", "TestValidateHTTPGetAction/successCases",
     pod([c(livenessProbe={"httpGet": {"path": "/healthz", "port": 8443, "scheme": "HTTPS",
                                       "httpHeaders": [{"name": "X-Probe", "value": "1"}]}})]))
real("liveness-grace-period", "TestValidateProbe/successCases (probe terminationGracePeriodSeconds)",
     pod([c(livenessProbe={"tcpSocket": {"port": 80}, "terminationGracePeriodSeconds": 5})]))
real("hostnetwork-defaults-hostport", "TestValidatePodSpec/successCases (hostNetwork, hostPort defaulted)",
     pod([c(ports=[{"containerPort": 9100, "name": "metrics"}])], init=[dict(SIDECAR, ports=[{"containerPort": 15090}])],
         hostNetwork=True, dnsPolicy="ClusterFirstWithHostNet"))
real("hostport-reused-by-init-containers", "TestValidateInitContainers/successCases (host ports checked per init container)",
     pod(init=[c("a", "busybox:1.36", ports=[{"containerPort": 80, "hostPort": 8080}]),
               c("b", "busybox:1.36", ports=[{"containerPort": 80, "hostPort": 8080}])]),
     warn=["spec.initContainers[1].ports[0]"])  # GetWarningsForPod: duplicate port definition
real("hostport-different-protocols", "TestValidateContainers/successCases (same hostPort, TCP and UDP)",
     pod([c(ports=[{"containerPort": 53, "hostPort": 53}, {"containerPort": 53, "hostPort": 53, "protocol": "UDP"}])]))
real("sys-admin-without-cap-prefix", "TestValidateSecurityContext/successCases (only CAP_SYS_ADMIN conflicts)",
     pod([c(securityContext={"allowPrivilegeEscalation": False, "capabilities": {"add": ["SYS_ADMIN", "NET_ADMIN"], "drop": ["ALL"]}})]))
real("privileged", "TestValidateSecurityContext/successCases (privileged)",
     pod([c(securityContext={"privileged": True})]))
real("restricted-security-context", "TestValidatePodSpec/successCases (restricted profile)",
     pod([c(securityContext={"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True,
                              "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "RuntimeDefault"}})],
         securityContext={"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001, "fsGroup": 2000,
                          "seccompProfile": {"type": "RuntimeDefault"}}))
real("tolerations", "TestValidateTolerations/successCases",
     pod(tolerations=[{"operator": "Exists"}, {"key": "node.kubernetes.io/not-ready", "operator": "Exists",
                                               "effect": "NoExecute", "tolerationSeconds": 300},
                      {"key": "dedicated", "value": "gpu", "effect": "NoSchedule"}]))
real("scheduling-fields", "TestValidatePodSpec/successCases (scheduling fields)",
     pod(nodeSelector={"kubernetes.io/os": "linux", "node.kubernetes.io/instance-type": "m5.large"},
         priorityClassName="system-cluster-critical", imagePullSecrets=[{"name": "regcred"}, {}],
         serviceAccountName="shop-api", terminationGracePeriodSeconds=0),
     warn=["spec.imagePullSecrets[1].name"])  # GetWarningsForPod: invalid empty name
real("negative-grace-period", "TestValidatePodSpec/successCases (negative terminationGracePeriodSeconds is not checked)",
     pod(terminationGracePeriodSeconds=-1))  # no warning: Convert_v1_Pod_To_core_Pod made it 1
real("env-sources", "TestValidateEnv/successCases",
     pod([c(env=[{"name": "NODE", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
                 {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password", "optional": True}}},
                 {"name": "LEVEL", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "log.level"}}},
                 {"name": "CPU", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1m"}}},
                 {"name": "EMPTY", "value": ""}],
            envFrom=[{"configMapRef": {"name": "shop-config"}}, {"secretRef": {"name": "shop-secrets", "optional": True}, "prefix": "SECRET_"}])]))
real("volume-sources", "TestValidateVolumes/successCases (typical sources)",
     pod([c(volumeMounts=[{"name": "config", "mountPath": "/etc/app", "readOnly": True},
                          {"name": "tls", "mountPath": "/etc/tls", "readOnly": True},
                          {"name": "cache", "mountPath": "/cache"},
                          {"name": "config", "mountPath": "/etc/nginx/nginx.conf", "subPath": "nginx.conf"}])],
         volumes=[{"name": "config", "configMap": {"name": "app-config", "optional": True, "defaultMode": 0o644}},
                  {"name": "tls", "secret": {"secretName": "app-tls", "items": [{"key": "tls.crt", "path": "tls.crt"}]}},
                  {"name": "cache", "emptyDir": {"medium": "Memory", "sizeLimit": "256Mi"}}]))
real("port-name-max-length", "TestValidateContainerPorts/successCases (15 characters)",
     pod([c(ports=[{"name": "http-metrics-01", "containerPort": 9090}])]))

# Mistakes users make.
real("port-name-too-long", "TestValidateContainerPorts/errorCases (name too long)",
     pod([c(ports=[{"name": "http-metrics-port", "containerPort": 9090}])]),
     "spec.containers[0].ports[0].name: Invalid value")
real("port-name-underscore", "TestValidateContainerPorts/errorCases (name with underscore)",
     pod([c(ports=[{"name": "http_metrics", "containerPort": 9090}])]),
     "spec.containers[0].ports[0].name: Invalid value")
real("port-name-uppercase", "TestValidateContainerPorts/errorCases (uppercase name)",
     pod([c(ports=[{"name": "HTTP", "containerPort": 80}])]),
     "spec.containers[0].ports[0].name: Invalid value", "spec.containers[0].ports[0].name: Invalid value")
real("port-name-duplicate", "TestValidateContainerPorts/errorCases (duplicate name)",
     pod([c(ports=[{"name": "http", "containerPort": 80}, {"name": "http", "containerPort": 8080}])]),
     "spec.containers[0].ports[1].name: Duplicate value")
real("port-protocol-lowercase", "TestValidateContainerPorts/errorCases (lowercase protocol)",
     pod([c(ports=[{"containerPort": 53, "protocol": "udp"}])]),
     "spec.containers[0].ports[0].protocol: Unsupported value")
real("hostport-clash-two-containers", "TestValidateContainers/errorCases (duplicate hostPort)",
     pod([c(ports=[{"containerPort": 80, "hostPort": 8080}]), c("b", "busybox:1.36", ports=[{"containerPort": 81, "hostPort": 8080}])]),
     "spec.containers[1].ports[0].hostPort: Duplicate value")
real("hostnetwork-hostport-mismatch", "TestValidatePodSpec/errorCases (hostNetwork hostPort mismatch)",
     pod([c(ports=[{"containerPort": 8080, "hostPort": 80}])], hostNetwork=True),
     "spec.containers[0].ports[0].hostPort: Invalid value")
real("requests-above-limits", "TestValidateResourceRequirements/errorCases (request > limit)",
     pod([c(resources={"requests": {"cpu": "2"}, "limits": {"cpu": "1"}})]),
     "spec.containers[0].resources.requests: Invalid value")
real("memory-request-above-limit", "TestValidateResourceRequirements/errorCases (1Gi > 1000Mi)",
     pod([c(resources={"requests": {"memory": "1Gi"}, "limits": {"memory": "1000Mi"}})]),
     "spec.containers[0].resources.requests: Invalid value")
real("cpu-rounded-above-limit", "TestValidateResourceRequirements/errorCases (rounded request > limit)",
     pod([c(resources={"requests": {"cpu": "100.5m"}, "limits": {"cpu": "100m"}})]),
     "spec.containers[0].resources.requests: Invalid value")
real("gpu-request-below-limit", "TestValidateResourceRequirements/errorCases (extended request != limit)",
     pod([c(resources={"requests": {"nvidia.com/gpu": "1"}, "limits": {"nvidia.com/gpu": "2"}})]),
     "spec.containers[0].resources.requests: Invalid value")
real("gpu-request-only", "TestValidateResourceRequirements/errorCases (extended request without limit)",
     pod([c(resources={"requests": {"nvidia.com/gpu": "1"}})]),
     "spec.containers[0].resources.limits: Required value")
real("gpu-fraction", "TestValidateResourceRequirements/errorCases (extended resource not integer)",
     pod([c(resources={"limits": {"nvidia.com/gpu": "0.5"}})]),
     "spec.containers[0].resources.limits[nvidia.com/gpu]: Invalid value",
     "spec.containers[0].resources.requests[nvidia.com/gpu]: Invalid value")
real("resource-gpu-unprefixed", "TestValidateResourceRequirements/errorCases (unprefixed gpu)",
     pod([c(resources={"limits": {"gpu": "1"}})]),
     "spec.containers[0].resources.limits[gpu]: Invalid value", "spec.containers[0].resources.limits[gpu]: Invalid value",
     "spec.containers[0].resources.requests[gpu]: Invalid value", "spec.containers[0].resources.requests[gpu]: Invalid value")
real("liveness-success-threshold-2", "TestValidateProbe/errorCases (liveness successThreshold must be 1)",
     pod([c(livenessProbe={"httpGet": {"path": "/", "port": 80}, "successThreshold": 2})]),
     "spec.containers[0].livenessProbe.successThreshold: Invalid value")
real("sidecar-startup-success-threshold", "TestValidateInitContainers/errorCases (sidecar startupProbe successThreshold)",
     pod(init=[dict(SIDECAR, startupProbe={"tcpSocket": {"port": 15021}, "successThreshold": 3})]),
     "spec.initContainers[0].startupProbe.successThreshold: Invalid value")
real("readiness-grace-period", "TestValidateProbe/errorCases (readiness terminationGracePeriodSeconds)",
     pod([c(readinessProbe={"tcpSocket": {"port": 80}, "terminationGracePeriodSeconds": 10})]),
     "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value")
real("probe-scheme-lowercase", "TestValidateHTTPGetAction/errorCases (scheme)",
     pod([c(livenessProbe={"httpGet": {"path": "/", "port": 80, "scheme": "https"}})]),
     "spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value")
real("probe-header-space", "TestValidateHTTPGetAction/errorCases (header name)",
     pod([c(readinessProbe={"httpGet": {"path": "/", "port": 80, "httpHeaders": [{"name": "X Probe", "value": "1"}]}})]),
     "spec.containers[0].readinessProbe.httpGet.httpHeaders: Invalid value")
real("probe-negative-delay", "TestValidateProbe/errorCases (negative initialDelaySeconds)",
     pod([c(livenessProbe={"tcpSocket": {"port": 80}, "initialDelaySeconds": -5})]),
     "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value")
real("grpc-port-zero", "TestValidateProbe/errorCases (grpc port 0)",
     pod([c(readinessProbe={"grpc": {"port": 0}})]),
     "spec.containers[0].readinessProbe.grpc.port: Invalid value")
real("prestop-sleep-above-grace", "TestValidateLifecycle/errorCases (sleep longer than grace)",
     pod([c(lifecycle={"preStop": {"sleep": {"seconds": 31}}})]),
     "spec.containers[0].lifecycle.preStop.sleep: Invalid value")
real("init-container-readiness", "TestValidateInitContainers/errorCases (probe on regular init container)",
     pod(init=[c("migrate", "flyway/flyway:10", readinessProbe={"tcpSocket": {"port": 80}})]),
     "spec.initContainers[0].readinessProbe: Forbidden")
real("init-container-lifecycle", "TestValidateInitContainers/errorCases (lifecycle on regular init container)",
     pod(init=[c("migrate", "flyway/flyway:10", lifecycle={"preStop": {"sleep": {"seconds": 5}}})]),
     "spec.initContainers[0].lifecycle: Forbidden")
real("main-container-restart-always", "TestValidateContainers/errorCases (restartPolicy on regular container)",
     pod([c(restartPolicy="Always")]),
     "spec.containers[0].restartPolicy: Forbidden")
real("env-value-and-valuefrom", "TestValidateEnv/errorCases (value and valueFrom)",
     pod([c(env=[{"name": "POD", "value": "x", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}])]),
     "spec.containers[0].env[0].valueFrom: Invalid value")
real("env-valuefrom-empty", "TestValidateEnv/errorCases (valueFrom without source)",
     pod([c(env=[{"name": "POD", "valueFrom": {}}])]),
     "spec.containers[0].env[0].valueFrom: Invalid value")
real("env-fieldref-status-phase", "TestValidateEnv/errorCases (unsupported fieldPath)",
     pod([c(env=[{"name": "PHASE", "valueFrom": {"fieldRef": {"fieldPath": "status.phase"}}}])]),
     "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value")
real("env-secret-no-key", "TestValidateEnv/errorCases (secretKeyRef without key)",
     pod([c(env=[{"name": "PW", "valueFrom": {"secretKeyRef": {"name": "db"}}}])]),
     "spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value")
real("env-cpu-divisor-mi", "TestValidateEnv/errorCases (cpu divisor)",
     pod([c(env=[{"name": "CPU", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1Mi"}}}])]),
     "spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value")
real("envfrom-no-source", "TestValidateEnvFrom/errorCases (no source)",
     pod([c(envFrom=[{"prefix": "APP_"}])]),
     "spec.containers[0].envFrom: Invalid value")
real("label-value-too-long", "TestValidateObjectMetaUpdate/ValidateLabels (value too long)",
     pod(meta={"name": "web", "labels": {"version": "v" * 64}}),
     "metadata.labels: Invalid value")
real("label-value-trailing-dash", "TestValidateLabels/errorCases (value ends with dash)",
     pod(meta={"name": "web", "labels": {"release": "2024-"}}),
     "metadata.labels: Invalid value")
real("label-key-two-slashes", "TestValidateLabels/errorCases (key with two slashes)",
     pod(meta={"name": "web", "labels": {"a/b/c": "x"}}),
     "metadata.labels: Invalid value")
real("annotation-key-space", "TestValidateAnnotations/errorCases (key with space)",
     pod(meta={"name": "web", "annotations": {"owner team": "a"}}),
     "metadata.annotations: Invalid value")
real("pod-name-uppercase", "TestValidatePod/errorCases (name not a DNS subdomain)",
     pod(meta={"name": "Web"}), "metadata.name: Invalid value")
real("namespace-uppercase", "TestValidateObjectMeta/errorCases (namespace not a DNS label)",
     pod(meta={"name": "web", "namespace": "Prod"}), "metadata.namespace: Invalid value")
real("toleration-exists-with-value", "TestValidateTolerations/errorCases (Exists with value)",
     pod(tolerations=[{"key": "dedicated", "operator": "Exists", "value": "gpu", "effect": "NoSchedule"}]),
     "spec.tolerations[0].operator: Invalid value")
real("toleration-seconds-noschedule", "TestValidateTolerations/errorCases (tolerationSeconds without NoExecute)",
     pod(tolerations=[{"key": "k", "operator": "Exists", "effect": "NoSchedule", "tolerationSeconds": 60}]),
     "spec.tolerations[0].effect: Invalid value")
real("toleration-effect-typo", "TestValidateTolerations/errorCases (effect typo)",
     pod(tolerations=[{"key": "k", "operator": "Exists", "effect": "NoExecution"}]),
     "spec.tolerations[0].effect: Unsupported value")
real("active-deadline-negative", "TestValidatePodSpec/errorCases (negative activeDeadlineSeconds)",
     pod(activeDeadlineSeconds=-1), "spec.activeDeadlineSeconds: Invalid value")
real("active-deadline-zero", "TestValidatePodSpec/errorCases (zero activeDeadlineSeconds)",
     pod(activeDeadlineSeconds=0), "spec.activeDeadlineSeconds: Invalid value")
real("restart-policy-unknown", "TestValidatePodSpec/errorCases (bad restartPolicy)",
     pod(restartPolicy="Sometimes"), "spec.restartPolicy: Unsupported value")
real("restart-policy-lowercase", "TestValidatePodSpec/errorCases (lowercase restartPolicy)",
     pod(restartPolicy="always"), "spec.restartPolicy: Unsupported value")
real("dns-policy-typo", "TestValidatePodSpec/errorCases (bad dnsPolicy)",
     pod(dnsPolicy="ClusterFirstWithHostNetwork"), "spec.dnsPolicy: Unsupported value")
real("dns-policy-none-without-nameservers", "TestValidatePodDNSConfig/errorCases (None without nameservers)",
     pod(dnsPolicy="None", dnsConfig={"searches": ["svc.cluster.local"]}),
     "spec.dnsConfig.nameservers: Required value")
real("pull-policy-lowercase", "TestValidatePullPolicy/errorCases (lowercase)",
     pod([c(imagePullPolicy="always")]), "spec.containers[0].imagePullPolicy: Unsupported value")
real("node-selector-bad-value", "TestValidatePodSpec/errorCases (bad nodeSelector value)",
     pod(nodeSelector={"disk": "fast ssd"}), "spec.nodeSelector: Invalid value")
real("priority-class-uppercase", "TestValidatePodSpec/errorCases (bad priorityClassName)",
     pod(priorityClassName="High"), "spec.priorityClassName: Invalid value")
real("service-account-underscore", "TestValidatePodSpec/errorCases (bad serviceAccountName)",
     pod(serviceAccountName="shop_api"), "spec.serviceAccountName: Invalid value")
real("mount-path-twice", "TestValidateVolumeMounts/errorCases (same mountPath in one container)",
     pod([c(volumeMounts=[MOUNT, {"name": "cache", "mountPath": "/data"}])], volumes=[EMPTY, {"name": "cache", "emptyDir": {}}]),
     "spec.containers[0].volumeMounts[1].mountPath: Invalid value")
real("mount-typo-volume", "TestValidateVolumeMounts/errorCases (volume name typo)",
     pod([c(volumeMounts=[{"name": "config", "mountPath": "/etc/app"}])], volumes=[{"name": "configs", "configMap": {"name": "app"}}]),
     "spec.containers[0].volumeMounts[0].name: Not found")
real("subpath-absolute", "TestValidateVolumeMounts/errorCases (absolute subPath)",
     pod([c(volumeMounts=[dict(MOUNT, subPath="/etc/nginx.conf")])], volumes=[EMPTY]),
     "spec.containers[0].volumeMounts.subPath: Invalid value")
real("configmap-item-dotdot", "TestValidateVolumes/errorCases (item path with ..)",
     pod(volumes=[{"name": "cfg", "configMap": {"name": "app", "items": [{"key": "a", "path": "../a"}]}}]),
     "spec.volumes[0].configMap.items[0].path: Invalid value")
real("secret-mode-decimal-too-big", "TestValidateVolumes/errorCases (defaultMode 644 decimal)",
     pod(volumes=[{"name": "tls", "secret": {"secretName": "tls", "defaultMode": 644}}]),
     "spec.volumes[0].secret.defaultMode: Invalid value")
real("privileged-no-escalation", "TestValidateSecurityContext/errorCases (privileged without escalation)",
     pod([c(securityContext={"privileged": True, "allowPrivilegeEscalation": False})]),
     "spec.containers[0].securityContext: Invalid value")
real("run-as-user-negative", "TestValidateSecurityContext/errorCases (negative runAsUser)",
     pod([c(securityContext={"runAsUser": -1})]), "spec.containers[0].securityContext.runAsUser: Invalid value")
real("container-name-underscore", "TestValidateContainers/errorCases (name with underscore)",
     pod([c("log_shipper")]), "spec.containers[0].name: Invalid value")
real("sidecar-name-clash", "TestValidateInitContainers/errorCases (sidecar named like main container)",
     pod(init=[dict(SIDECAR, name="app")]), "spec.initContainers[0].name: Duplicate value")

real("dns-none-with-nameservers", "TestValidatePodDNSConfig/successCases (None with nameservers)",
     pod(dnsPolicy="None", dnsConfig={"nameservers": ["10.96.0.10"], "searches": ["svc.cluster.local.", "example.com"],
                                      "options": [{"name": "ndots", "value": "2"}]}))
real("dns-search-invalid", "TestValidatePodDNSConfig/errorCases (invalid search domain)",
     pod(dnsConfig={"searches": ["Example_Corp"]}), "spec.dnsConfig.searches[0]: Invalid value")
real("dns-option-without-name", "TestValidatePodDNSConfig/errorCases (option without name)",
     pod(dnsConfig={"options": [{"value": "2"}]}), "spec.dnsConfig.options[0]: Required value")
real("dns-four-nameservers", "TestValidatePodDNSConfig/errorCases (too many nameservers)",
     pod(dnsConfig={"nameservers": ["1.1.1.1", "8.8.8.8", "9.9.9.9", "8.8.4.4"]}), "spec.dnsConfig.nameservers: Invalid value")
real("probe-port-quoted-number", "TestValidateProbe/errorCases (quoted port is a port name)",
     pod([c(readinessProbe={"httpGet": {"path": "/", "port": "8080"}})]),
     "spec.containers[0].readinessProbe.httpGet.port: Invalid value")
real("env-duplicate-names", "TestValidateEnv/successCases (duplicate names are accepted)",
     pod([c(env=[{"name": "MODE", "value": "a"}, {"name": "MODE", "value": "b"}])]),
     warn=["spec.containers[0].env[1]"])  # GetWarningsForPod: hides previous definition
real("startup-probe-long-failure-threshold", "TestValidateProbe/successCases (Istio-style startupProbe)",
     pod(init=[dict(SIDECAR, startupProbe={"httpGet": {"path": "/healthz/ready", "port": 15021}, "periodSeconds": 1,
                                           "timeoutSeconds": 3, "failureThreshold": 600})]))

ANTI = {"labelSelector": {"matchLabels": {"app": "shop"}}, "topologyKey": "kubernetes.io/hostname"}
real("affinity-typical", "TestValidateAffinity/successCases (node affinity, pod anti-affinity)",
     pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
                       {"matchExpressions": [{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64", "arm64"]},
                                             {"key": "node.kubernetes.io/lifecycle", "operator": "NotIn", "values": ["spot instance"]}]}]},
                   "preferredDuringSchedulingIgnoredDuringExecution": [
                       {"weight": 50, "preference": {"matchExpressions": [{"key": "zone", "operator": "Exists"}]}}]},
                   "podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": ANTI}],
                                       "requiredDuringSchedulingIgnoredDuringExecution": [dict(ANTI, namespaces=["shop"])]}}),
     version="1.32")  # from 1.33 "spot instance" is refused in required terms (#128212)
real("affinity-missing-topology-key", "TestValidateAffinity/errorCases (empty topologyKey)",
     pod(affinity={"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"labelSelector": {"matchLabels": {"app": "shop"}}}]}}),
     "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value",
     "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value",
     "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value")
real("affinity-weight-zero", "TestValidateAffinity/errorCases (weight out of range)",
     pod(affinity={"podAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 0, "podAffinityTerm": ANTI}]}}),
     "spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value")
real("affinity-no-node-selector-terms", "TestValidateAffinity/errorCases (empty nodeSelectorTerms)",
     pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": []}}}),
     "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value")
real("affinity-exists-with-values", "TestValidateAffinity/errorCases (Exists with values)",
     pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
         {"matchExpressions": [{"key": "gpu", "operator": "Exists", "values": ["true"]}]}]}}}),
     "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Forbidden")
real("topology-spread-typical", "TestValidateTopologySpreadConstraints/successCases",
     pod(topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "ScheduleAnyway",
                                     "labelSelector": {"matchLabels": {"app": "shop"}}},
                                    {"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule",
                                     "minDomains": 2, "labelSelector": {"matchLabels": {"app": "shop"}}}]))
real("topology-spread-mistakes", "TestValidateTopologySpreadConstraints/errorCases",
     pod(topologySpreadConstraints=[{"maxSkew": 0, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule"},
                                    {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule"},
                                    {"maxSkew": 1, "whenUnsatisfiable": "Schedule", "minDomains": 3}]),
     "spec.topologySpreadConstraints[0].maxSkew: Invalid value",
     "spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value",
     "spec.topologySpreadConstraints[2].topologyKey: Required value",
     "spec.topologySpreadConstraints[2].whenUnsatisfiable: Unsupported value",
     "spec.topologySpreadConstraints[2].minDomains: Invalid value")

real("pod-security-context-groups", "TestValidatePodSpec/successCases (supplementalGroups, fsGroupChangePolicy)",
     pod(securityContext={"fsGroup": 2000, "supplementalGroups": [1000, 3000], "fsGroupChangePolicy": "OnRootMismatch"}))
real("supplemental-group-negative", "TestValidatePodSpec/errorCases (negative supplementalGroups entry)",
     pod(securityContext={"supplementalGroups": [1000, -1]}), "spec.securityContext.supplementalGroups[1]: Invalid value")
real("fs-group-change-policy-typo", "TestValidatePodSpec/errorCases (bad fsGroupChangePolicy)",
     pod(securityContext={"fsGroupChangePolicy": "OnMismatch"}), "spec.securityContext.fsGroupChangePolicy: Unsupported value")
real("share-process-namespace-host-pid", "TestValidatePodSpec/errorCases (shareProcessNamespace with hostPID)",
     pod(shareProcessNamespace=True, hostPID=True), "spec.securityContext.shareProcessNamespace: Invalid value")

real("host-aliases", "TestValidateHostAliases/successCases",
     pod(hostAliases=[{"ip": "10.1.2.3", "hostnames": ["db.internal", "cache"]}]))
real("host-alias-bad-hostname", "TestValidateHostAliases/errorCases (hostname not a DNS subdomain)",
     pod(hostAliases=[{"ip": "10.1.2.3", "hostnames": ["DB_Internal"]}]), "spec.hostAliases[0].hostnames[0]: Invalid value")




import _workloads  # noqa: E402  (the workload cases, kept apart to keep this file's sections short)

_workloads.add(case, c)


def write():
    here = os.path.dirname(os.path.abspath(__file__))
    for f in os.listdir(here):
        if f.endswith(".yaml"):
            os.remove(os.path.join(here, f))
    slugs = set()
    for slug, source, manifest, expect, version, warn, gates in CASES:
        assert slug not in slugs, slug
        slugs.add(slug)
        lines = ["# source: " + source]
        if version:
            lines.append("# kubernetes-version: " + version)
        lines += ["# feature-gate: " + g for g in gates]
        lines += ["# expect: " + e for e in expect] or ["# expect: valid"]
        lines += ["# expect-warning: " + w for w in warn]
        if isinstance(manifest, str):
            body = manifest  # a third-party manifest, kept byte for byte
        else:
            body = yaml.dump(copy.deepcopy(manifest), Dumper=_Dumper, sort_keys=False, width=100)
        with open(os.path.join(here, slug + ".yaml"), "w") as out:
            out.write("\n".join(lines) + "\n" + body)
    print(len(CASES), "cases")


if __name__ == "__main__":
    sys.dont_write_bytecode = True  # no __pycache__ among the test resources
    # Every topic module beside this file (_<topic>_cases.py) adds its cases; its add() names
    # the helpers it needs, out of case, named, pod and c. The files written do not depend on
    # the order.
    here = os.path.dirname(os.path.abspath(__file__))
    helpers = {"case": case, "named": named, "pod": pod, "c": c}
    for module_name in sorted(f[:-3] for f in os.listdir(here)
                              if f.startswith("_") and f.endswith("_cases.py")):
        module = importlib.import_module(module_name)
        module.add(**{p: helpers[p] for p in inspect.signature(module.add).parameters})
    write()
