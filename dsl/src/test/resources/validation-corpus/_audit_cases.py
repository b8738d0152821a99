"""Audit cases for the validation corpus (imported by _generate.py, which writes them).

Written during a rule-by-rule audit of the validator against upstream kubernetes/kubernetes:
pkg/apis/core/validation/validation.go (ValidatePodCreate, ValidatePodSpec,
ValidatePodTemplateSpec and what they call), pkg/apis/apps/validation/validation.go
(ValidateDeploymentSpec, ValidateDaemonSetSpec, ValidateStatefulSetSpec, the rolling-update
checks), apimachinery's ValidateObjectMeta, and the v1 defaults (SetDefaults_* in core, apps and
batch). Each case is named after the upstream validation_test.go case it follows ("# source:").
The expected errors ("# expect: <path>: <type>", in the server's order) are written by hand from
validation.go, never copied from the validator's output. File names start with "audit-"
(invalid) or "valid-audit-" (accepted by the server).
"""
import copy


def _prefixed(case):
    """Returns case writers for refused ("audit-") and accepted ("valid-audit-") manifests."""
    def bad(slug, source, manifest, *expect, **kw):
        case("audit-" + slug, source, manifest, *expect, **kw)

    def ok(slug, source, manifest, **kw):
        case("valid-audit-" + slug, source, manifest, **kw)
    return bad, ok


def add(case, pod, c):
    bad, ok = _prefixed(case)

    labels = {"app": "web"}

    def template(spec=None, meta=None):
        t = {"metadata": meta if meta is not None else {"labels": dict(labels)},
             "spec": spec if spec is not None else {"containers": [c()]}}
        return t

    def deploy(spec=None, name="web", tmpl=None):
        s = {"selector": {"matchLabels": dict(labels)}, "template": tmpl or template()}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name}, "spec": s}

    def ds(spec=None, tmpl=None):
        s = {"selector": {"matchLabels": dict(labels)}, "template": tmpl or template()}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent"}, "spec": s}

    def sts(spec=None, tmpl=None, name="db"):
        s = {"serviceName": name, "selector": {"matchLabels": dict(labels)}, "template": tmpl or template()}
        s.update(spec or {})
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": name}, "spec": s}

    # ------------------------------------------------------------ metadata (ValidateObjectMeta)
    bad("meta-no-name", "TestValidateObjectMeta (name or generateName is required)",
        pod(meta={}), "metadata.name: Required value")
    ok("meta-generate-name", "TestValidateObjectMeta (generateName only: the name is generated before validation)",
       pod(meta={"generateName": "web-"}))
    bad("meta-generate-name-invalid", "TestValidateObjectMeta (invalid generateName)",
        pod(meta={"generateName": "Web_"}), "metadata.generateName: Invalid value",
        "metadata.name: Invalid value")  # the name generated from the prefix is checked too
    bad("meta-name-too-long", "TestValidateObjectMeta (name longer than a DNS subdomain)",
        pod(meta={"name": "a" * 254}), "metadata.name: Invalid value")
    bad("meta-namespace-invalid", "TestValidateObjectMeta (namespace not a DNS label)",
        pod(meta={"name": "web", "namespace": "Team_A"}), "metadata.namespace: Invalid value")
    bad("meta-label-value-too-long", "TestValidateLabels (value longer than 63 characters)",
        pod(meta={"name": "web", "labels": {"app": "x" * 64}}), "metadata.labels: Invalid value")
    bad("meta-label-key-invalid", "TestValidateLabels (key not a qualified name)",
        pod(meta={"name": "web", "labels": {"app name": "web"}}), "metadata.labels: Invalid value")
    ok("meta-annotation-upper-case-key", "TestValidateAnnotations (keys are checked lower-cased)",
       pod(meta={"name": "web", "annotations": {"Example.com/Owner": "Team A", "checksum/config": "ab12"}}))
    bad("meta-annotation-key-invalid", "TestValidateAnnotations (key with two slashes)",
        pod(meta={"name": "web", "annotations": {"a/b/c": "x"}}), "metadata.annotations: Invalid value")
    bad("meta-annotations-too-long", "TestValidateAnnotations (total size above 256 KiB)",
        pod(meta={"name": "web", "annotations": {"big": "x" * (256 * 1024)}}), "metadata.annotations: Too long")
    bad("meta-finalizer-not-qualified", "TestValidateObjectMeta (finalizer neither standard nor fully qualified)",
        pod(meta={"name": "web", "finalizers": ["cleanup"]}), "metadata.finalizers[0]: Invalid value")
    ok("meta-finalizers", "TestValidateObjectMeta (standard and domain-qualified finalizers)",
       pod(meta={"name": "web", "finalizers": ["kubernetes", "example.com/cleanup", "foregroundDeletion"]}))
    bad("meta-finalizers-orphan-and-foreground", "TestValidateObjectMeta (orphan and foregroundDeletion together)",
        pod(meta={"name": "web", "finalizers": ["orphan", "foregroundDeletion"]}), "metadata.finalizers: Invalid value")
    bad("meta-owner-reference-incomplete", "TestValidateObjectMeta (ownerReference without apiVersion, kind, name, uid)",
        pod(meta={"name": "web", "ownerReferences": [{"apiVersion": "", "kind": "", "name": "", "uid": ""}]}),
        "metadata.ownerReferences.apiVersion: Invalid value",
        "metadata.ownerReferences.kind: Invalid value",
        "metadata.ownerReferences.name: Invalid value",
        "metadata.ownerReferences.uid: Invalid value")
    bad("meta-owner-references-two-controllers", "TestValidateObjectMeta (only one reference can have Controller set to true)",
        pod(meta={"name": "web", "ownerReferences": [
            {"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "a", "uid": "1", "controller": True},
            {"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "b", "uid": "2", "controller": True}]}),
        "metadata.ownerReferences: Invalid value")

    # ------------------------------------------------------------ containers
    bad("ctr-pull-policy-lower-case", "TestValidatePullPolicy (not one of Always, IfNotPresent, Never)",
        pod([c(imagePullPolicy="always")]), "spec.containers[0].imagePullPolicy: Unsupported value")
    bad("ctr-termination-message-policy", "TestValidateContainers (terminationMessagePolicy not supported)",
        pod([c(terminationMessagePolicy="Logs")]), "spec.containers[0].terminationMessagePolicy: Unsupported value")
    bad("ctr-restart-policy-on-main", "TestValidateContainers (restartPolicy on a regular container)",
        pod([c(restartPolicy="Always")]), "spec.containers[0].restartPolicy: Forbidden")
    bad("ctr-init-restart-never", "TestValidateInitContainers (container restartPolicy other than Always)",
        pod(init=[c("setup", restartPolicy="Never")]), "spec.initContainers[0].restartPolicy: Unsupported value")
    bad("ctr-init-probe-without-always", "TestValidateInitContainers (readinessProbe on a plain init container)",
        pod(init=[c("setup", readinessProbe={"tcpSocket": {"port": 80}})]),
        "spec.initContainers[0].readinessProbe: Forbidden")

    # ------------------------------------------------------------ ports
    bad("port-zero", "TestValidateContainerPorts (zero containerPort)",
        pod([c(ports=[{"containerPort": 0}])]), "spec.containers[0].ports[0].containerPort: Required value")
    bad("port-name-too-long", "TestValidateContainerPorts (name longer than 15 characters)",
        pod([c(ports=[{"name": "http-metrics-port", "containerPort": 9090}])]),
        "spec.containers[0].ports[0].name: Invalid value")
    bad("port-name-duplicate", "TestValidateContainerPorts (duplicate port name)",
        pod([c(ports=[{"name": "http", "containerPort": 80}, {"name": "http", "containerPort": 81}])]),
        "spec.containers[0].ports[1].name: Duplicate value")
    bad("port-protocol-lower-case", "TestValidateContainerPorts (protocol tcp)",
        pod([c(ports=[{"containerPort": 80, "protocol": "tcp"}])]),
        "spec.containers[0].ports[0].protocol: Unsupported value")
    bad("port-host-port-too-big", "TestValidateContainerPorts (hostPort above 65535)",
        pod([c(ports=[{"containerPort": 80, "hostPort": 65536}])]),
        "spec.containers[0].ports[0].hostPort: Invalid value")
    bad("port-host-port-clash", "TestValidatePodSpec (same hostPort in two containers)",
        pod([c(ports=[{"containerPort": 80, "hostPort": 8080}]),
             c("sidecar", ports=[{"containerPort": 81, "hostPort": 8080}])]),
        "spec.containers[1].ports[0].hostPort: Duplicate value")
    ok("port-same-container-port-twice", "TestValidateContainerPorts (same containerPort, TCP and UDP)",
       pod([c(ports=[{"containerPort": 53, "protocol": "TCP"}, {"containerPort": 53, "protocol": "UDP"}])]))
    ok("port-host-port-different-protocol", "TestValidatePodSpec (same hostPort, different protocols)",
       pod([c(ports=[{"containerPort": 53, "hostPort": 53, "protocol": "UDP"},
                     {"containerPort": 53, "hostPort": 53, "protocol": "TCP"}])]))
    bad("port-host-network-mismatch", "TestValidatePodSpec (hostNetwork with hostPort not containerPort)",
        pod([c(ports=[{"containerPort": 80, "hostPort": 8080}])], hostNetwork=True),
        "spec.containers[0].ports[0].hostPort: Invalid value")

    # ------------------------------------------------------------ env
    bad("env-name-empty", "TestValidateEnv (empty name)",
        pod([c(env=[{"name": "", "value": "x"}])]), "spec.containers[0].env[0].name: Required value")
    bad("env-name-equals", "TestValidateEnv (relaxed name with '=')",
        pod([c(env=[{"name": "A=B", "value": "x"}])]), "spec.containers[0].env[0].name: Invalid value")
    bad("env-value-and-value-from", "TestValidateEnv (value and valueFrom together)",
        pod([c(env=[{"name": "A", "value": "x", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}])]),
        "spec.containers[0].env[0].valueFrom: Invalid value")
    bad("env-value-from-empty", "TestValidateEnv (valueFrom with no source)",
        pod([c(env=[{"name": "A", "valueFrom": {}}])]), "spec.containers[0].env[0].valueFrom: Invalid value")
    bad("env-value-from-two-sources", "TestValidateEnv (valueFrom with two sources)",
        pod([c(env=[{"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"},
                                                "configMapKeyRef": {"name": "cfg", "key": "a"}}}])]),
        "spec.containers[0].env[0].valueFrom: Invalid value")
    bad("env-secret-key-ref-no-name", "TestValidateEnv (secretKeyRef without a name: the empty name is not a DNS subdomain)",
        pod([c(env=[{"name": "A", "valueFrom": {"secretKeyRef": {"key": "password"}}}])]),
        "spec.containers[0].env[0].valueFrom.secretKeyRef.name: Invalid value")
    bad("env-config-map-key-invalid", "TestValidateEnv (configMapKeyRef key with a slash)",
        pod([c(env=[{"name": "A", "valueFrom": {"configMapKeyRef": {"name": "cfg", "key": "a/b"}}}])]),
        "spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Invalid value")
    bad("env-field-ref-labels-whole", "TestValidateEnv (metadata.labels without a subscript)",
        pod([c(env=[{"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "metadata.labels"}}}])]),
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value")
    bad("env-field-ref-not-for-env", "TestValidateEnv (a downward API field label env does not support)",
        pod([c(env=[{"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "spec.schedulerName"}}}])]),
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value")
    bad("env-field-ref-unknown", "TestValidateEnv (field label the conversion does not know)",
        pod([c(env=[{"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "spec.hostname"}}}])]),
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value")
    bad("env-resource-divisor-cpu", "TestValidateEnv (cpu divisor other than 1m or 1)",
        pod([c(env=[{"name": "A", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "2m"}}}])]),
        "spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value")
    bad("env-resource-unknown", "TestValidateEnv (resourceFieldRef resource not supported)",
        pod([c(env=[{"name": "A", "valueFrom": {"resourceFieldRef": {"resource": "limits.gpu"}}}])]),
        "spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value")
    bad("envfrom-no-source", "TestValidateEnvFrom (neither configMapRef nor secretRef)",
        pod([c(envFrom=[{"prefix": "A_"}])]), "spec.containers[0].envFrom: Invalid value")
    bad("envfrom-config-map-no-name", "TestValidateEnvFrom (configMapRef without a name)",
        pod([c(envFrom=[{"configMapRef": {}}])]), "spec.containers[0].envFrom[0].configMapRef.name: Required value")

    # ------------------------------------------------------------ resources
    bad("res-request-above-limit", "TestValidateResourceRequirements (request above limit)",
        pod([c(resources={"requests": {"cpu": "2"}, "limits": {"cpu": "1"}})]),
        "spec.containers[0].resources.requests: Invalid value")
    bad("res-negative", "TestValidateResourceRequirements (negative quantity)",
        pod([c(resources={"limits": {"memory": "-1Mi"}})]),
        "spec.containers[0].resources.limits[memory]: Invalid value",
        "spec.containers[0].resources.requests[memory]: Invalid value")
    bad("res-name-unqualified", "TestValidateResourceRequirements (resource name neither standard nor qualified)",
        pod([c(resources={"limits": {"gpu": "1"}})]),
        "spec.containers[0].resources.limits[gpu]: Invalid value",
        "spec.containers[0].resources.limits[gpu]: Invalid value",
        "spec.containers[0].resources.requests[gpu]: Invalid value",
        "spec.containers[0].resources.requests[gpu]: Invalid value")  # validateResourceName, then 'standard resource for containers'
    bad("res-extended-request-only", "TestValidateResourceRequirements (extended resource request without a limit)",
        pod([c(resources={"requests": {"example.com/dongle": "1"}})]),
        "spec.containers[0].resources.limits: Required value")
    bad("res-extended-request-not-limit", "TestValidateResourceRequirements (extended resource request not equal to limit)",
        pod([c(resources={"requests": {"example.com/dongle": "1"}, "limits": {"example.com/dongle": "2"}})]),
        "spec.containers[0].resources.requests: Invalid value")
    bad("res-extended-fraction", "TestValidateResourceRequirements (extended resource not an integer)",
        pod([c(resources={"limits": {"example.com/dongle": "500m"}})]),
        "spec.containers[0].resources.limits[example.com/dongle]: Invalid value",
        "spec.containers[0].resources.requests[example.com/dongle]: Invalid value")  # requests defaulted from limits
    bad("res-hugepages-alone", "TestValidateResourceRequirements (hugepages without cpu or memory)",
        pod([c(resources={"limits": {"hugepages-2Mi": "4Mi"}})]),
        "spec.containers[0].resources: Forbidden")
    ok("res-requests-only", "TestValidateResourceRequirements (requests without limits, limits defaulted from nothing)",
       pod([c(resources={"requests": {"cpu": "100m", "memory": "128Mi", "ephemeral-storage": "1Gi"}})]))

    # ------------------------------------------------------------ probes and lifecycle
    bad("probe-liveness-success-threshold", "TestValidateProbe (liveness successThreshold must be 1)",
        pod([c(livenessProbe={"tcpSocket": {"port": 80}, "successThreshold": 2})]),
        "spec.containers[0].livenessProbe.successThreshold: Invalid value")
    bad("probe-startup-success-threshold", "TestValidateProbe (startup successThreshold must be 1)",
        pod([c(startupProbe={"tcpSocket": {"port": 80}, "successThreshold": 3})]),
        "spec.containers[0].startupProbe.successThreshold: Invalid value")
    bad("probe-readiness-grace-period", "TestValidateProbe (terminationGracePeriodSeconds on a readiness probe)",
        pod([c(readinessProbe={"tcpSocket": {"port": 80}, "terminationGracePeriodSeconds": 10})]),
        "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value")
    bad("probe-grace-period-zero", "TestValidateProbe (probe terminationGracePeriodSeconds not positive)",
        pod([c(livenessProbe={"tcpSocket": {"port": 80}, "terminationGracePeriodSeconds": 0})]),
        "spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value")
    bad("probe-negative-delay", "TestValidateProbe (negative initialDelaySeconds)",
        pod([c(livenessProbe={"tcpSocket": {"port": 80}, "initialDelaySeconds": -1})]),
        "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value")
    bad("probe-no-handler", "TestValidateProbe (no handler)",
        pod([c(readinessProbe={"periodSeconds": 5})]),
        "spec.containers[0].readinessProbe: Required value")
    bad("probe-two-handlers", "TestValidateHandler (exec and httpGet together)",
        pod([c(livenessProbe={"exec": {"command": ["true"]}, "httpGet": {"path": "/", "port": 80}})]),
        "spec.containers[0].livenessProbe.httpGet: Forbidden")
    ok("probe-http-get-no-path", "TestValidateHTTPGetAction (path defaulted to /)",
       pod([c(readinessProbe={"httpGet": {"port": 8080}})]))
    bad("probe-http-header-name", "TestValidateHTTPGetAction (header name with a space)",
        pod([c(readinessProbe={"httpGet": {"path": "/", "port": 80, "httpHeaders": [{"name": "X Bad", "value": "1"}]}})]),
        "spec.containers[0].readinessProbe.httpGet.httpHeaders: Invalid value")
    bad("probe-http-scheme", "TestValidateHTTPGetAction (scheme not HTTP or HTTPS)",
        pod([c(readinessProbe={"httpGet": {"path": "/", "port": 80, "scheme": "https"}})]),
        "spec.containers[0].readinessProbe.httpGet.scheme: Unsupported value")
    bad("probe-port-name-upper-case", "TestValidatePortNumOrName (port name not an IANA service name)",
        pod([c(livenessProbe={"httpGet": {"path": "/", "port": "HTTP"}})]),
        "spec.containers[0].livenessProbe.httpGet.port: Invalid value",
        "spec.containers[0].livenessProbe.httpGet.port: Invalid value")  # charset, then 'at least one letter'
    bad("probe-grpc-port-zero", "TestValidateProbe (grpc port 0)",
        pod([c(livenessProbe={"grpc": {"port": 0}})]),
        "spec.containers[0].livenessProbe.grpc.port: Invalid value")
    bad("probe-exec-no-command", "TestValidateExecAction (empty command)",
        pod([c(livenessProbe={"exec": {}})]),
        "spec.containers[0].livenessProbe.exec.command: Required value")
    bad("hook-sleep-above-grace-period", "TestValidateLifecycle (sleep longer than terminationGracePeriodSeconds)",
        pod([c(lifecycle={"preStop": {"sleep": {"seconds": 60}}})]),
        "spec.containers[0].lifecycle.preStop.sleep: Invalid value")
    bad("hook-no-handler", "TestValidateLifecycle (postStart without a handler)",
        pod([c(lifecycle={"postStart": {}})]),
        "spec.containers[0].lifecycle.postStart: Required value")
    ok("hook-sleep-within-custom-grace", "TestValidateLifecycle (sleep within a longer terminationGracePeriodSeconds)",
       pod([c(lifecycle={"preStop": {"sleep": {"seconds": 60}}})], terminationGracePeriodSeconds=90))

    # ------------------------------------------------------------ security contexts
    bad("sec-privileged-no-escalation", "TestValidateSecurityContext (privileged with allowPrivilegeEscalation false)",
        pod([c(securityContext={"privileged": True, "allowPrivilegeEscalation": False})]),
        "spec.containers[0].securityContext: Invalid value")
    bad("sec-proc-mount-unmasked-host-users", "TestValidateSecurityContext (Unmasked procMount needs hostUsers false)",
        pod([c(securityContext={"procMount": "Unmasked"})]),
        "spec.containers[0].securityContext.procMount: Invalid value")
    bad("sec-proc-mount-unknown", "TestValidateSecurityContext (procMount not supported)",
        pod([c(securityContext={"procMount": "Masked"})]),
        "spec.containers[0].securityContext.procMount: Unsupported value")
    bad("sec-run-as-group-too-big", "TestValidateSecurityContext (runAsGroup above 2147483647)",
        pod([c(securityContext={"runAsGroup": 2147483648})]),
        "spec.containers[0].securityContext.runAsGroup: Invalid value")
    bad("sec-seccomp-localhost-no-profile", "TestValidateSeccompProfileField (Localhost without localhostProfile)",
        pod([c(securityContext={"seccompProfile": {"type": "Localhost"}})]),
        "spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value")
    bad("sec-seccomp-profile-not-localhost", "TestValidateSeccompProfileField (localhostProfile with RuntimeDefault)",
        pod([c(securityContext={"seccompProfile": {"type": "RuntimeDefault", "localhostProfile": "a.json"}})]),
        "spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value")
    bad("sec-apparmor-type-missing", "TestValidateAppArmorProfileField (type missing)",
        pod([c(securityContext={"appArmorProfile": {"localhostProfile": "x"}})]),
        "spec.containers[0].securityContext.appArmorProfile.type: Required value")
    bad("sec-pod-sysctl-name", "TestValidateSysctls (name not a sysctl)",
        pod(securityContext={"sysctls": [{"name": "Net.Core", "value": "1"}]}),
        "spec.securityContext.sysctls[0].name: Invalid value")
    bad("sec-pod-sysctl-duplicate", "TestValidateSysctls (duplicate name)",
        pod(securityContext={"sysctls": [{"name": "kernel.shm_rmid_forced", "value": "1"},
                                         {"name": "kernel.shm_rmid_forced", "value": "0"}]}),
        "spec.securityContext.sysctls[1].name: Duplicate value")
    bad("sec-pod-sysctl-host-network", "TestValidateSysctls (net sysctl with hostNetwork)",
        pod(hostNetwork=True, securityContext={"sysctls": [{"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"}]}),
        "spec.securityContext.sysctls[0].name: Invalid value")
    bad("sec-pod-fs-group-negative", "TestValidatePodSpecSecurityContext (negative fsGroup)",
        pod(securityContext={"fsGroup": -1}), "spec.securityContext.fsGroup: Invalid value")
    bad("sec-windows-options-linux-pod", "TestValidateLinux (windowsOptions on a linux pod)",
        pod([c(securityContext={"windowsOptions": {"runAsUserName": "ContainerUser"}})], os={"name": "linux"}),
        "spec.containers[0].securityContext.windowsOptions: Forbidden")
    bad("sec-windows-pod-run-as-user", "TestValidateWindows (runAsUser on a windows pod)",
        pod([c(securityContext={"runAsUser": 1000})], os={"name": "windows"}),
        "spec.containers[0].securityContext.runAsUser: Forbidden")
    bad("sec-os-unknown", "TestValidateOS (os.name not linux or windows)",
        pod(os={"name": "darwin"}), "spec.os: Unsupported value")

    # ------------------------------------------------------------ volumes and mounts
    bad("vol-duplicate-name", "TestValidateVolumes (duplicate volume name)",
        pod(volumes=[{"name": "data", "emptyDir": {}}, {"name": "data", "emptyDir": {}}]),
        "spec.volumes[1].name: Duplicate value")
    bad("vol-two-sources", "TestValidateVolumes (emptyDir and hostPath together)",
        pod(volumes=[{"name": "data", "emptyDir": {}, "hostPath": {"path": "/data"}}]),
        "spec.volumes[0].hostPath: Forbidden")
    bad("mount-unknown-volume", "TestValidateVolumeMounts (mount of a volume that does not exist)",
        pod([c(volumeMounts=[{"name": "data", "mountPath": "/data"}])]),
        "spec.containers[0].volumeMounts[0].name: Not found")
    bad("mount-path-twice", "TestValidateVolumeMounts (same mountPath twice)",
        pod([c(volumeMounts=[{"name": "a", "mountPath": "/data"}, {"name": "b", "mountPath": "/data"}])],
            volumes=[{"name": "a", "emptyDir": {}}, {"name": "b", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts[1].mountPath: Invalid value")
    bad("mount-sub-path-absolute", "TestValidateVolumeMounts (absolute subPath; upstream reports it at volumeMounts.subPath, without the index)",
        pod([c(volumeMounts=[{"name": "a", "mountPath": "/data", "subPath": "/etc"}])], volumes=[{"name": "a", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts.subPath: Invalid value")
    bad("mount-propagation-bidirectional", "TestValidateMountPropagation (Bidirectional in a non-privileged container; reported without the index)",
        pod([c(volumeMounts=[{"name": "a", "mountPath": "/data", "mountPropagation": "Bidirectional"}])],
            volumes=[{"name": "a", "hostPath": {"path": "/mnt"}}]),
        "spec.containers[0].volumeMounts.mountPropagation: Forbidden")
    bad("mount-recursive-read-only-not-read-only", "TestValidateMountRecursiveReadOnly (Enabled without readOnly; reported without the index)",
        pod([c(volumeMounts=[{"name": "a", "mountPath": "/data", "recursiveReadOnly": "Enabled"}])],
            volumes=[{"name": "a", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden")
    bad("vol-config-map-item-backstep", "TestValidateKeyToPath (path with '..')",
        pod(volumes=[{"name": "cfg", "configMap": {"name": "cfg", "items": [{"key": "a", "path": "../a"}]}}]),
        "spec.volumes[0].configMap.items[0].path: Invalid value")
    bad("vol-secret-default-mode", "TestValidateSecretVolumeSource (defaultMode above 0777)",
        pod(volumes=[{"name": "tls", "secret": {"secretName": "tls", "defaultMode": 0o1000}}]),
        "spec.volumes[0].secret.defaultMode: Invalid value")
    bad("vol-projected-token-short", "TestValidateProjectedVolumeSource (token expirationSeconds under 10 minutes)",
        pod(serviceAccountName="default", volumes=[{"name": "token", "projected": {"sources": [
            {"serviceAccountToken": {"path": "token", "expirationSeconds": 60}}]}}]),
        "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value")

    # ------------------------------------------------------------ pod-level fields
    bad("pod-restart-policy", "TestValidateRestartPolicy (not Always, OnFailure or Never)",
        pod(restartPolicy="Sometimes"), "spec.restartPolicy: Unsupported value")
    bad("pod-dns-policy", "TestValidateDNSPolicy (not supported)",
        pod(dnsPolicy="ClusterFirstWithHostNetwork"), "spec.dnsPolicy: Unsupported value")
    bad("pod-dns-none-no-config", "TestValidatePodDNSConfig (dnsPolicy None without dnsConfig)",
        pod(dnsPolicy="None"), "spec.dnsConfig: Required value")
    bad("pod-dns-nameserver-invalid", "TestValidatePodDNSConfig (nameserver not an IP)",
        pod(dnsConfig={"nameservers": ["dns.local"]}), "spec.dnsConfig.nameservers[0]: Invalid value")
    bad("pod-node-selector-key", "TestValidatePodSpec (nodeSelector key not a label key)",
        pod(nodeSelector={"disk type": "ssd"}), "spec.nodeSelector: Invalid value")
    bad("pod-toleration-empty-key-equal", "TestValidateTolerations (empty key needs operator Exists)",
        pod(tolerations=[{"operator": "Equal", "value": "x"}]), "spec.tolerations[0].operator: Invalid value")
    bad("pod-toleration-seconds-no-execute", "TestValidateTolerations (tolerationSeconds with effect NoSchedule)",
        pod(tolerations=[{"key": "k", "operator": "Exists", "effect": "NoSchedule", "tolerationSeconds": 30}]),
        "spec.tolerations[0].effect: Invalid value")
    bad("pod-toleration-effect", "TestValidateTolerations (effect not supported)",
        pod(tolerations=[{"key": "k", "operator": "Exists", "effect": "NoRun"}]), "spec.tolerations[0].effect: Unsupported value")
    bad("pod-toleration-operator", "TestValidateTolerations (operator not supported)",
        pod(tolerations=[{"key": "k", "operator": "In", "value": "x"}]), "spec.tolerations[0].operator: Unsupported value")
    bad("pod-hostname-invalid", "TestValidatePodSpec (hostname not a DNS label)",
        pod(hostname="web_1"), "spec.hostname: Invalid value")
    bad("pod-active-deadline-zero", "TestValidatePodSpec (activeDeadlineSeconds 0)",
        pod(activeDeadlineSeconds=0), "spec.activeDeadlineSeconds: Invalid value")
    bad("pod-scheduling-gates-node-name", "TestValidatePodCreate (nodeName with scheduling gates)",
        pod(nodeName="node-1", schedulingGates=[{"name": "example.com/wait"}]), "spec.nodeName: Forbidden")
    bad("pod-ephemeral-on-create", "TestValidatePodCreate (ephemeralContainers on create)",
        pod(ephemeralContainers=[{"name": "debug", "image": "busybox:1.37"}]), "spec.ephemeralContainers: Forbidden")
    bad("pod-topology-node-affinity-policy", "TestValidateTopologySpreadConstraints (nodeAffinityPolicy not Honor or Ignore)",
        pod(topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule",
                                        "nodeAffinityPolicy": "Always", "labelSelector": {"matchLabels": labels}}]),
        "spec.topologySpreadConstraints[0].nodeAffinityPolicy: Unsupported value")
    bad("pod-topology-match-label-keys-no-selector", "TestValidateTopologySpreadConstraints (matchLabelKeys without labelSelector)",
        pod(topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule",
                                        "matchLabelKeys": ["pod-template-hash"]}]),
        "spec.topologySpreadConstraints[0].matchLabelKeys: Forbidden")
    bad("pod-readiness-gate-type", "TestValidateReadinessGates (condition type not a qualified name)",
        pod(readinessGates=[{"conditionType": "ready now"}]), "spec.readinessGates[0].conditionType: Invalid value")
    ok("pod-image-pull-secret-empty", "TestValidatePodSpec (imagePullSecrets entry without a name: only a warning)",
       pod(imagePullSecrets=[{}]), warn=["spec.imagePullSecrets[0].name"])

    # ------------------------------------------------------------ Deployment (ValidateDeploymentSpec)
    bad("deploy-replicas-negative", "TestValidateDeployment (negative replicas)",
        deploy({"replicas": -1}), "spec.replicas: Invalid value")
    bad("deploy-selector-empty", "TestValidateDeployment (empty selector)",
        deploy({"selector": {}}), "spec.selector: Invalid value")
    bad("deploy-selector-mismatch", "TestValidateDeployment (selector does not match template labels)",
        deploy({"selector": {"matchLabels": {"app": "api"}}}), "spec.template.metadata.labels: Invalid value")
    bad("deploy-restart-never", "TestValidateDeployment (template restartPolicy Never)",
        deploy(tmpl=template({"restartPolicy": "Never", "containers": [c()]})),
        "spec.template.spec.restartPolicy: Unsupported value")
    bad("deploy-active-deadline", "TestValidateDeployment (activeDeadlineSeconds in the template)",
        deploy(tmpl=template({"activeDeadlineSeconds": 30, "containers": [c()]})),
        "spec.template.spec.activeDeadlineSeconds: Forbidden")
    bad("deploy-recreate-with-rolling-update", "TestValidateDeploymentStrategy (Recreate with rollingUpdate)",
        deploy({"strategy": {"type": "Recreate", "rollingUpdate": {"maxSurge": 1}}}),
        "spec.strategy.rollingUpdate: Forbidden")
    bad("deploy-strategy-type", "TestValidateDeploymentStrategy (type not Recreate or RollingUpdate)",
        deploy({"strategy": {"type": "BlueGreen"}}), "spec.strategy: Unsupported value")
    bad("deploy-rolling-both-zero", "TestValidateRollingUpdateDeployment (maxUnavailable and maxSurge both 0)",
        deploy({"strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 0}}}),
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")
    bad("deploy-rolling-unavailable-above-100", "TestValidateRollingUpdateDeployment (maxUnavailable above 100%)",
        deploy({"strategy": {"rollingUpdate": {"maxUnavailable": "110%"}}}),
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")
    ok("deploy-rolling-surge-above-100", "TestValidateRollingUpdateDeployment (maxSurge above 100% is allowed)",
       deploy({"strategy": {"rollingUpdate": {"maxSurge": "200%", "maxUnavailable": 0}}}))
    bad("deploy-rolling-surge-not-percent", "TestValidateRollingUpdateDeployment (maxSurge string not a percentage)",
        deploy({"strategy": {"rollingUpdate": {"maxSurge": "one"}}}),
        "spec.strategy.rollingUpdate.maxSurge: Invalid value")
    bad("deploy-rolling-negative", "TestValidateRollingUpdateDeployment (negative maxSurge)",
        deploy({"strategy": {"rollingUpdate": {"maxSurge": -1}}}),
        "spec.strategy.rollingUpdate.maxSurge: Invalid value")
    bad("deploy-revision-history-negative", "TestValidateDeployment (negative revisionHistoryLimit)",
        deploy({"revisionHistoryLimit": -1}), "spec.revisionHistoryLimit: Invalid value")
    bad("deploy-min-ready-negative", "TestValidateDeployment (negative minReadySeconds)",
        deploy({"minReadySeconds": -1}), "spec.minReadySeconds: Invalid value")
    bad("deploy-progress-deadline-not-above-min-ready", "TestValidateDeployment (progressDeadlineSeconds not greater than minReadySeconds)",
        deploy({"minReadySeconds": 600, "progressDeadlineSeconds": 600}), "spec.progressDeadlineSeconds: Invalid value")
    ok("deploy-progress-deadline-defaulted", "TestValidateDeployment (minReadySeconds below the defaulted progressDeadlineSeconds of 600)",
       deploy({"minReadySeconds": 599}))
    bad("deploy-progress-deadline-default-below-min-ready", "TestValidateDeployment (minReadySeconds at the defaulted progressDeadlineSeconds of 600)",
        deploy({"minReadySeconds": 600}), "spec.progressDeadlineSeconds: Invalid value")
    bad("deploy-name-invalid", "TestValidateDeployment (name not a DNS subdomain)",
        deploy(name="Web"), "metadata.name: Invalid value")
    bad("deploy-template-label-invalid", "TestValidatePodTemplateSpec (template label value invalid)",
        deploy({"selector": {"matchLabels": {"app": "web"}}},
               tmpl=template(meta={"labels": {"app": "web", "tier": "front end"}})),
        "spec.template.labels: Invalid value")

    # ------------------------------------------------------------ DaemonSet (ValidateDaemonSetSpec)
    bad("ds-rolling-both-zero", "TestValidateDaemonSet (maxUnavailable and maxSurge both 0)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 0}}}),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value")
    bad("ds-rolling-both-set", "TestValidateDaemonSet (maxUnavailable and maxSurge both non-zero)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 1}}}),
        "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value")
    ok("ds-rolling-surge-only", "TestValidateDaemonSet (maxSurge with maxUnavailable 0)",
       ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": "25%"}}}))
    bad("ds-rolling-surge-above-100", "TestValidateDaemonSet (maxSurge above 100%)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": "150%"}}}),
        "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value")
    bad("ds-strategy-type", "TestValidateDaemonSet (updateStrategy type not supported)",
        ds({"updateStrategy": {"type": "Recreate"}}), "spec.updateStrategy: Unsupported value")
    bad("ds-selector-mismatch", "TestValidateDaemonSet (selector does not match template labels)",
        ds({"selector": {"matchLabels": {"app": "agent"}}}), "spec.template.metadata.labels: Invalid value")
    bad("ds-restart-on-failure", "TestValidateDaemonSet (template restartPolicy OnFailure)",
        ds(tmpl=template({"restartPolicy": "OnFailure", "containers": [c()]})),
        "spec.template.spec.restartPolicy: Unsupported value")
    bad("ds-revision-history-negative", "TestValidateDaemonSet (negative revisionHistoryLimit)",
        ds({"revisionHistoryLimit": -2}), "spec.revisionHistoryLimit: Invalid value")
    bad("ds-min-ready-negative", "TestValidateDaemonSet (negative minReadySeconds)",
        ds({"minReadySeconds": -1}), "spec.minReadySeconds: Invalid value")

    # ------------------------------------------------------------ StatefulSet (ValidateStatefulSetSpec)
    bad("sts-pod-management-policy", "TestValidateStatefulSet (podManagementPolicy not OrderedReady or Parallel)",
        sts({"podManagementPolicy": "Random"}), "spec.podManagementPolicy: Invalid value")
    bad("sts-partition-negative", "TestValidateStatefulSet (negative partition)",
        sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": -1}}}),
        "spec.updateStrategy.rollingUpdate.partition: Invalid value")
    bad("sts-on-delete-with-rolling-update", "TestValidateStatefulSet (OnDelete with rollingUpdate)",
        sts({"updateStrategy": {"type": "OnDelete", "rollingUpdate": {"partition": 1}}}),
        "spec.updateStrategy.rollingUpdate: Invalid value")
    bad("sts-retention-policy", "TestValidateStatefulSet (whenDeleted not Retain or Delete)",
        sts({"persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Keep"}}),
        "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value")
    bad("sts-ordinals-negative", "TestValidateStatefulSet (negative ordinals.start; upstream's path is 'ordinals.start')",
        sts({"ordinals": {"start": -1}}), "spec.ordinals.start: Invalid value")
    bad("sts-replicas-negative", "TestValidateStatefulSet (negative replicas)",
        sts({"replicas": -1}), "spec.replicas: Invalid value")
    bad("sts-selector-empty", "TestValidateStatefulSet (empty selector)",
        sts({"selector": {}}), "spec.selector: Invalid value")
    bad("sts-name-dots", "TestValidateStatefulSet (name not a DNS label)",
        dict(sts(name="db.v1"), spec=dict(sts()["spec"], serviceName="db")), "metadata.name: Invalid value")
    bad("sts-restart-never", "TestValidateStatefulSet (template restartPolicy Never)",
        sts(tmpl=template({"restartPolicy": "Never", "containers": [c()]})),
        "spec.template.spec.restartPolicy: Unsupported value")
    bad("sts-max-unavailable-zero", "TestValidateStatefulSet (rollingUpdate.maxUnavailable 0)",
        sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0}}}),
        "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value", gates=["MaxUnavailableStatefulSet=true"])

    _fine_points(case, pod, c, deploy, template)
    _defaults(case, c, deploy, ds, sts, template)
    _kubectl_shapes(case)
    _realistic(case, c)


def _fine_points(case, pod, c, deploy, template):
    """Paths and orders where upstream does something unexpected, and rules further from the core."""
    bad, ok = _prefixed(case)

    term = {"labelSelector": {"matchLabels": {"app": "web"}}, "topologyKey": "kubernetes.io/hostname"}
    bad("aff-namespace-invalid", "TestValidateAffinity (pod affinity term namespace not a DNS label; upstream's path is 'namespace')",
        pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [dict(term, namespaces=["Team_A"])]}}),
        "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace: Invalid value")
    bad("aff-selector-operator", "TestValidateAffinity (labelSelector operator not In, NotIn, Exists, DoesNotExist)",
        pod(affinity={"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
            {"labelSelector": {"matchExpressions": [{"key": "app", "operator": "Equals", "values": ["web"]}]},
             "topologyKey": "kubernetes.io/hostname"}]}}),
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].operator: Invalid value")
    bad("aff-node-operator", "TestValidateNodeSelectorRequirement (operator not valid)",
        pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "zone", "operator": "Equals", "values": ["a"]}]}]}}}),
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value")
    bad("aff-node-gt-two-values", "TestValidateNodeSelectorRequirement (Gt with two values)",
        pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "cores", "operator": "Gt", "values": ["4", "8"]}]}]}}}),
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value")
    bad("aff-match-fields-key", "TestValidateNodeFieldSelectorRequirement (matchFields key other than metadata.name)",
        pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchFields": [{"key": "metadata.labels", "operator": "In", "values": ["a"]}]}]}}}),
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key: Invalid value")
    ok("aff-preferred-invalid-value", "TestValidatePreferredSchedulingTerms (preferred terms allow invalid label values)",
       pod(affinity={"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
           {"weight": 10, "preference": {"matchExpressions": [{"key": "pool", "operator": "In", "values": ["spot pool"]}]}}]}}),
       # GetWarningsForNodeSelectorTerm(checkLabelValue) on preferred terms, 1.33 (drops15)
       warn=["spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values[0]"])
    bad("aff-match-label-keys-in-selector", "TestValidateAffinity (matchLabelKeys key also in labelSelector; upstream indexes the term path, not matchLabelKeys)",
        pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
            dict(term, labelSelector={"matchExpressions": [{"key": "app", "operator": "In", "values": ["web"]}]},
                 matchLabelKeys=["app"])]}}, meta={"name": "web", "labels": {"app": "web"}}),
        "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0][0]: Invalid value")
    bad("topo-min-domains-schedule-anyway", "TestValidateTopologySpreadConstraints (minDomains with ScheduleAnyway)",
        pod(topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "ScheduleAnyway",
                                        "minDomains": 2, "labelSelector": {"matchLabels": {"app": "web"}}}]),
        "spec.topologySpreadConstraints[0].minDomains: Invalid value")
    bad("host-users-host-network", "TestValidatePodSpec (hostUsers false with hostNetwork)",
        pod(hostUsers=False, hostNetwork=True, hostPID=True),
        "spec.hostNetwork: Forbidden", "spec.HostPID: Forbidden")
    bad("host-alias-ip", "TestValidateHostAliases (ip not an IP)",
        pod(hostAliases=[{"ip": "10.0.0", "hostnames": ["db"]}]), "spec.hostAliases[0].ip: Invalid value")
    bad("preemption-policy", "TestValidatePreemptionPolicy (not PreemptLowerPriority or Never)",
        pod(preemptionPolicy="Always"),
        "spec.preemptionPolicy: Forbidden")  # the Priority admission plugin refuses before validation
    bad("resize-policy-resource", "TestValidateResizePolicy (resource other than cpu or memory; reported at resizePolicy)",
        pod([c(resizePolicy=[{"resourceName": "storage", "restartPolicy": "NotRequired"}])]),
        "spec.containers[0].resizePolicy: Unsupported value")
    bad("resize-policy-duplicate", "TestValidateResizePolicy (cpu twice)",
        pod([c(resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"},
                             {"resourceName": "cpu", "restartPolicy": "RestartContainer"}])]),
        "spec.containers[0].resizePolicy[1]: Duplicate value")
    bad("resize-policy-restart-never", "TestValidateResizePolicy (RestartContainer with pod restartPolicy Never)",
        pod([c(resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])], restartPolicy="Never"),
        "spec.containers[0].resizePolicy: Invalid value")
    bad("volume-device-not-pvc", "TestValidateVolumeDevices (block device from an emptyDir)",
        pod([c(volumeDevices=[{"name": "data", "devicePath": "/dev/xvda"}])], volumes=[{"name": "data", "emptyDir": {}}]),
        "spec.containers[0].volumeDevices[0].name: Invalid value")
    bad("volume-device-and-mount", "TestValidateVolumeDevices (the same volume as a mount and a device)",
        pod([c(volumeMounts=[{"name": "data", "mountPath": "/data"}], volumeDevices=[{"name": "data", "devicePath": "/dev/xvda"}])],
            volumes=[{"name": "data", "persistentVolumeClaim": {"claimName": "data"}}]),
        "spec.containers[0].volumeMounts[0].name: Invalid value", "spec.containers[0].volumeDevices[0].name: Invalid value")
    bad("downward-volume-resource-no-container", "TestValidateDownwardAPIVolumeFile (resourceFieldRef without containerName)",
        pod(volumes=[{"name": "info", "downwardAPI": {"items": [{"path": "cpu", "resourceFieldRef": {"resource": "limits.cpu"}}]}}]),
        "spec.volumes[0].downwardAPI.resourceFieldRef.containerName: Required value")
    bad("projected-duplicate-paths", "TestValidateProjectedVolumeSource (two sources writing one path; reported at projected)",
        pod(volumes=[{"name": "all", "projected": {"sources": [
            {"configMap": {"name": "a", "items": [{"key": "k", "path": "conf"}]}},
            {"secret": {"name": "b", "items": [{"key": "k", "path": "conf"}]}}]}}]),
        "spec.volumes[0].projected: Invalid value")
    bad("host-path-type", "TestValidateHostPathType (type not supported)",
        pod(volumes=[{"name": "logs", "hostPath": {"path": "/var/log", "type": "Dir"}}]),
        "spec.volumes[0].hostPath.type: Unsupported value")
    bad("empty-dir-negative-size", "TestValidateVolumes (negative emptyDir sizeLimit)",
        pod(volumes=[{"name": "tmp", "emptyDir": {"sizeLimit": "-1Gi"}}]),
        "spec.volumes[0].emptyDir.sizeLimit: Forbidden")
    bad("nfs-relative-path", "TestValidateNFSVolumeSource (relative path)",
        pod(volumes=[{"name": "share", "nfs": {"server": "nfs.local", "path": "exports"}}]),
        "spec.volumes[0].nfs.path: Invalid value")
    bad("pvc-no-claim-name", "TestValidatePersistentClaimVolumeSource (empty claimName)",
        pod(volumes=[{"name": "data", "persistentVolumeClaim": {"claimName": ""}}]),
        "spec.volumes[0].persistentVolumeClaim.claimName: Required value")
    bad("annotation-deletion-cost", "TestValidatePodSpecificAnnotations (pod-deletion-cost not an int32)",
        pod(meta={"name": "web", "annotations": {"controller.kubernetes.io/pod-deletion-cost": "high"}}),
        "metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value")
    bad("annotation-mirror-without-node", "TestValidatePodSpecificAnnotations (mirror pod annotation without nodeName)",
        pod(meta={"name": "web", "annotations": {"kubernetes.io/config.mirror": "abc"}}),
        "metadata.annotations[kubernetes.io/config.mirror]: Invalid value")
    bad("annotation-seccomp-pod", "TestValidateSeccompPodAnnotations (pod annotation not a profile)",
        pod(meta={"name": "web", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "strict"}}),
        "metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value")
    bad("annotation-tolerations-json", "TestValidateTolerationsInPodAnnotations (annotation not JSON)",
        pod(meta={"name": "web", "annotations": {"scheduler.alpha.kubernetes.io/tolerations": "[{"}}),
        "metadata.annotations: Invalid value")
    bad("annotation-tolerations-rule", "TestValidateTolerationsInPodAnnotations (a toleration in the annotation breaks a rule)",
        pod(meta={"name": "web", "annotations": {"scheduler.alpha.kubernetes.io/tolerations": '[{"key":"","operator":"Equal","value":"x"}]'}}),
        "metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: Invalid value")
    bad("annotation-tolerations-type", "TestValidateTolerationsInPodAnnotations (a toleration field of the wrong JSON type)",
        pod(meta={"name": "web", "annotations": {"scheduler.alpha.kubernetes.io/tolerations": '[{"key":"k","tolerationSeconds":"30"}]'}}),
        "metadata.annotations: Invalid value")
    ok("annotation-tolerations", "TestValidateTolerationsInPodAnnotations (a valid annotation)",
       pod(meta={"name": "web", "annotations": {"scheduler.alpha.kubernetes.io/tolerations":
                                                 '[{"key":"dedicated","operator":"Equal","value":"gpu","effect":"NoSchedule"}]'}}))
    bad("deploy-annotation-tolerations", "TestValidatePodTemplateSpec (the tolerations annotation on a template)",
        deploy(tmpl=template(meta={"labels": {"app": "web"}, "annotations": {
            "scheduler.alpha.kubernetes.io/tolerations": '[{"key":"k","operator":"Exists","value":"v"}]'}})),
        "spec.template.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: Invalid value")
    ok("init-host-port-like-main", "TestValidatePodSpec (init containers run one by one: a hostPort may repeat across them and the main containers)",
       pod([c(ports=[{"containerPort": 80, "hostPort": 8080}])],
           init=[c("a", ports=[{"containerPort": 80, "hostPort": 8080}]), c("b", ports=[{"containerPort": 80, "hostPort": 8080}])]),
       # GetWarningsForPod: duplicate port definitions, init containers first (drops15)
       warn=["spec.initContainers[1].ports[0]", "spec.containers[0].ports[0]", "spec.containers[0].ports[0]"])
    bad("init-host-port-clash-second", "TestValidatePodSpec (hostPort twice in the second init container; upstream checks each alone, so the path says initContainers[0])",
        pod(init=[c("a"), c("b", ports=[{"containerPort": 80, "hostPort": 8080}, {"containerPort": 81, "hostPort": 8080}])]),
        "spec.initContainers[0].ports[1].hostPort: Duplicate value")
    bad("supplemental-groups-policy", "TestValidatePodSpecSecurityContext (supplementalGroupsPolicy not Merge or Strict)",
        pod(securityContext={"supplementalGroupsPolicy": "Loose"}), "spec.securityContext.supplementalGroupsPolicy: Unsupported value")
    bad("windows-host-process-no-host-network", "TestValidateWindowsHostProcessPod (hostProcess without hostNetwork)",
        pod(os={"name": "windows"}, securityContext={"windowsOptions": {"hostProcess": True}}),
        "spec.hostNetwork: Invalid value")
    ok("stop-signal-dropped", "dropContainerStopSignals (ContainerStopSignals alpha and off in 1.33: the field is dropped)",
       pod([c(lifecycle={"stopSignal": "SIGUSR1", "preStop": {"exec": {"command": ["true"]}}})]),
       warn=["spec.containers[0].lifecycle.stopSignal"])
    ok("stop-signal-init-lifecycle-dropped", "dropContainerStopSignals (a lifecycle left empty goes too, so a plain init container keeps none)",
       pod(init=[c("setup", lifecycle={"stopSignal": "SIGTERM"})]),
       warn=["spec.initContainers[0].lifecycle.stopSignal"])
    ok("stop-signal-unknown-1-32", "TestValidatePodSpec (1.32 has no stopSignal: an unknown field, dropped)",
       pod([c(lifecycle={"stopSignal": "SIGUSR1"})]), version="1.32",
       warn=["spec.containers[0].lifecycle.stopSignal"])
    ok("dns-relaxed-search", "TestValidatePodDNSConfig (relaxed search: '.' and underscores, 1.33 default)",
       pod(dnsConfig={"searches": [".", "_sip._tcp.example.com"]}))
    bad("dns-search-underscore-1-31", "TestValidatePodDNSConfig (underscores refused before RelaxedDNSSearchValidation)",
        pod(dnsConfig={"searches": ["_sip._tcp.example.com"]}), "spec.dnsConfig.searches[0]: Invalid value", version="1.31")
    bad("dns-too-many-searches", "TestValidatePodDNSConfig (more than 32 search paths)",
        pod(dnsConfig={"searches": ["s%d.example.com" % i for i in range(33)]}), "spec.dnsConfig.searches: Invalid value")
    bad("pod-selinux-change-policy", "TestValidatePodSpecSecurityContext (seLinuxChangePolicy not Recursive or MountOption)",
        pod(securityContext={"seLinuxChangePolicy": "Never"}), "spec.securityContext.seLinuxChangePolicy: Unsupported value")
    bad("pod-apparmor-localhost-no-profile", "TestValidateAppArmorProfileField (Localhost without localhostProfile)",
        pod(securityContext={"appArmorProfile": {"type": "Localhost"}}),
        "spec.securityContext.appArmorProfile.localhostProfile: Required value")

    # Deployment selectors that the server cannot turn into a selector: the template is not validated.
    broken_tmpl = template({"containers": [c("app", "")]})
    bad("deploy-selector-bad-operator", "TestValidateDeployment (selector operator invalid: LabelSelectorAsSelector fails, template unchecked)",
        deploy({"selector": {"matchExpressions": [{"key": "app", "operator": "Equals", "values": ["web"]}]}}, tmpl=broken_tmpl),
        "spec.selector.matchExpressions[0].operator: Invalid value", "spec.selector: Invalid value")
    bad("deploy-selector-bad-value", "TestValidateDeployment (selector value invalid)",
        deploy({"selector": {"matchLabels": {"app": "web app"}}}, tmpl=broken_tmpl),
        "spec.selector.matchLabels: Invalid value", "spec.selector: Invalid value")
    bad("deploy-percent-without-sign", "TestValidateRollingUpdateDeployment (maxUnavailable string without %)",
        deploy({"strategy": {"rollingUpdate": {"maxUnavailable": "25"}}}),
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")
    bad("deploy-ephemeral-in-template", "TestValidatePodTemplateSpec (ephemeral containers in a pod template)",
        deploy(tmpl=template({"containers": [c()], "ephemeralContainers": [{"name": "debug", "image": "busybox:1.37"}]})),
        "spec.template.spec.ephemeralContainers: Forbidden")
    ok("deploy-template-image-whitespace", "TestValidatePodTemplateSpec (leading whitespace in an image is checked on pods only)",
       deploy(tmpl=template({"containers": [c("app", " nginx:1.27")]})))
    ok("deploy-template-node-name-and-gates", "TestValidatePodTemplateSpec (nodeName with schedulingGates is a pod-only rule)",
       deploy(tmpl=template({"containers": [c()], "nodeName": "node-1", "schedulingGates": [{"name": "example.com/wait"}]})))
    bad("deploy-apparmor-annotation-unknown-container", "TestValidateAppArmorPodAnnotations (annotation for a container the template lacks)",
        deploy(tmpl=template(meta={"labels": {"app": "web"},
                                   "annotations": {"container.apparmor.security.beta.kubernetes.io/proxy": "runtime/default"}})),
        "spec.template.annotations[container.apparmor.security.beta.kubernetes.io/proxy]: Invalid value")
    ok("deploy-selector-expressions", "TestValidateDeployment (matchExpressions selector matching the template)",
       deploy({"selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["web", "api"]},
                                                 {"key": "canary", "operator": "DoesNotExist"}]}}))


def _defaults(case, c, deploy, ds, sts, template):
    """What SetDefaults_Deployment, _DaemonSet, _StatefulSet and _Job fill in before validation."""
    bad, ok = _prefixed(case)

    ok("default-deploy-surge-zero-only", "SetDefaults_Deployment (maxSurge 0 alone: maxUnavailable defaulted to 25%)",
       deploy({"strategy": {"rollingUpdate": {"maxSurge": 0}}}))
    ok("default-deploy-unavailable-zero-only", "SetDefaults_Deployment (maxUnavailable 0 alone: maxSurge defaulted to 25%)",
       deploy({"strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0}}}))
    ok("default-deploy-recreate", "SetDefaults_Deployment (Recreate gets no rollingUpdate)",
       deploy({"strategy": {"type": "Recreate"}}))
    bad("default-deploy-type-defaulted", "SetDefaults_Deployment (type defaulted to RollingUpdate, then both zero)",
        deploy({"strategy": {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 0}}}),
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value")
    bad("default-ds-surge-only", "SetDefaults_DaemonSet (maxSurge alone: maxUnavailable defaulted to 1, so both are non-zero)",
        ds({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}}}),
        "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value")
    ok("default-ds-type-only", "SetDefaults_DaemonSet (RollingUpdate without rollingUpdate: maxUnavailable 1, maxSurge 0)",
       ds({"updateStrategy": {"type": "RollingUpdate"}}))
    ok("default-ds-empty-strategy", "SetDefaults_DaemonSet (empty updateStrategy: RollingUpdate)",
       ds({"updateStrategy": {}}))
    ok("default-sts-empty-strategy", "SetDefaults_StatefulSet (empty updateStrategy: RollingUpdate, partition 0; podManagementPolicy OrderedReady)",
       sts({"updateStrategy": {}}))
    ok("default-sts-rolling-no-partition", "SetDefaults_StatefulSet (rollingUpdate without partition)",
       sts({"updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {}}}))

    def job(spec=None, tmpl_labels=None):
        t = {"spec": {"restartPolicy": "Never", "containers": [c("main", "busybox:1.37")]}}
        if tmpl_labels is not None:
            t["metadata"] = {"labels": tmpl_labels}
        sp = dict(spec or {})
        sp["template"] = t
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "work"}, "spec": sp}

    ok("default-job-completions-only", "SetDefaults_Job (completions alone: parallelism defaulted to 1)",
       job({"completions": 5}))
    ok("default-job-parallelism-only", "SetDefaults_Job (parallelism alone, NonIndexed: completions stays unset)",
       job({"parallelism": 3}))
    bad("default-job-indexed-parallelism-only", "SetDefaults_Job (Indexed with parallelism alone: completions stays unset and is required)",
        job({"completionMode": "Indexed", "parallelism": 3}), "spec.completions: Required value")
    ok("default-job-indexed-nothing-set", "SetDefaults_Job (Indexed with neither set: both defaulted to 1)",
       job({"completionMode": "Indexed"}))
    ok("default-job-labels-from-template", "SetDefaults_Job (template labels copied to an unlabelled Job)",
       job(tmpl_labels={"app": "work", "team": "data"}))


def _kubectl_shapes(case):
    """The shapes kubectl's --dry-run=client -o yaml and `kubectl get -o yaml` print: nulls, empty
    objects, status stanzas, numbers as quantities. Written as text, as a user would have them."""
    case("valid-audit-kubectl-create-deployment", "kubectl create deployment web --image=nginx --dry-run=client -o yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
""")
    case("valid-audit-kubectl-run-pod", "kubectl run web --image=nginx --port=80 --dry-run=client -o yaml", """\
apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: web
  name: web
spec:
  containers:
  - image: nginx
    name: web
    ports:
    - containerPort: 80
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
""")
    case("valid-audit-kubectl-create-cronjob", "kubectl create cronjob tick --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date", """\
apiVersion: batch/v1
kind: CronJob
metadata:
  creationTimestamp: null
  name: tick
spec:
  jobTemplate:
    metadata:
      creationTimestamp: null
      name: tick
    spec:
      template:
        metadata:
          creationTimestamp: null
        spec:
          containers:
          - command:
            - date
            image: busybox
            name: tick
            resources: {}
          restartPolicy: OnFailure
  schedule: '*/1 * * * *'
status: {}
""")
    case("valid-audit-kubectl-create-job", "kubectl create job once --image=busybox --dry-run=client -o yaml -- date", """\
apiVersion: batch/v1
kind: Job
metadata:
  creationTimestamp: null
  name: once
spec:
  template:
    metadata:
      creationTimestamp: null
    spec:
      containers:
      - command:
        - date
        image: busybox
        name: once
        resources: {}
      restartPolicy: Never
status: {}
""")
    case("valid-audit-nulls-and-numbers", "TestValidatePodSpec/successCases (YAML nulls for optional fields, numeric quantities)", """\
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
    track: ""
  annotations: null
spec:
  nodeSelector: {}
  affinity: {}
  tolerations: null
  volumes: null
  containers:
  - name: app
    image: nginx:1.27
    args: null
    env: []
    ports:
    - containerPort: 8080
      name: http
    resources:
      requests:
        cpu: 0.5
        memory: 134217728
      limits:
        cpu: 2
        memory: 1e9
    livenessProbe:
      tcpSocket:
        port: http
    readinessProbe:
      httpGet:
        port: 8080
        path: /ready
    securityContext: {}
    stdin: true
    tty: true
  terminationGracePeriodSeconds: 0
""")


def _realistic(case, c):
    """Whole manifests shaped like what Helm charts and mesh injectors produce: no error, no warning."""
    helm_labels = {"app.kubernetes.io/name": "shop", "app.kubernetes.io/instance": "shop-prod"}
    all_labels = dict(helm_labels, **{"app.kubernetes.io/version": "2.4.1", "app.kubernetes.io/managed-by": "Helm",
                                      "helm.sh/chart": "shop-2.4.1"})
    case("valid-audit-real-helm-deployment", "TestValidateDeployment/successCases (Helm-chart-like Deployment)", {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "shop-prod", "namespace": "shop", "labels": all_labels,
                     "annotations": {"meta.helm.sh/release-name": "shop-prod", "meta.helm.sh/release-namespace": "shop"}},
        "spec": {
            "replicas": 3, "revisionHistoryLimit": 10, "progressDeadlineSeconds": 600, "minReadySeconds": 5,
            "selector": {"matchLabels": helm_labels},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}},
            "template": {
                "metadata": {"labels": all_labels,
                             "annotations": {"checksum/config": "3f2a9c0d5e", "prometheus.io/scrape": "true",
                                             "prometheus.io/port": "9090", "kubectl.kubernetes.io/default-container": "shop"}},
                "spec": {
                    "serviceAccountName": "shop-prod", "automountServiceAccountToken": True,
                    "imagePullSecrets": [{"name": "registry"}],
                    "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "fsGroup": 10001,
                                        "seccompProfile": {"type": "RuntimeDefault"}},
                    "priorityClassName": "high-priority", "terminationGracePeriodSeconds": 45,
                    "initContainers": [{"name": "wait-for-db", "image": "busybox:1.37",
                                        "command": ["sh", "-c", "until nc -z db 5432; do sleep 2; done"],
                                        "resources": {"requests": {"cpu": "10m", "memory": "16Mi"},
                                                      "limits": {"cpu": "50m", "memory": "32Mi"}}}],
                    "containers": [{
                        "name": "shop", "image": "ghcr.io/example/shop:2.4.1@sha256:" + "a" * 64,
                        "imagePullPolicy": "IfNotPresent",
                        "args": ["--port=8080", "--metrics-port=9090"],
                        "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"},
                                  {"name": "metrics", "containerPort": 9090, "protocol": "TCP"}],
                        "env": [{"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
                                {"name": "POD_IP", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "status.podIP"}}},
                                {"name": "NODE", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
                                {"name": "GOMAXPROCS", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1"}}},
                                {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "shop-db", "key": "password"}}},
                                {"name": "FEATURE_FLAGS", "valueFrom": {"configMapKeyRef": {"name": "shop", "key": "flags", "optional": True}}},
                                {"name": "LOG_LEVEL", "value": "info"}],
                        "envFrom": [{"configMapRef": {"name": "shop-env"}}, {"secretRef": {"name": "shop-secrets", "optional": True}}],
                        "resources": {"requests": {"cpu": "250m", "memory": "256Mi"},
                                      "limits": {"cpu": "1", "memory": "512Mi", "ephemeral-storage": "1Gi"}},
                        "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http"}, "initialDelaySeconds": 10,
                                          "periodSeconds": 10, "timeoutSeconds": 2, "failureThreshold": 3},
                        "readinessProbe": {"httpGet": {"path": "/ready", "port": "http",
                                                       "httpHeaders": [{"name": "X-Probe", "value": "kubelet"}]},
                                           "periodSeconds": 5, "successThreshold": 2},
                        "startupProbe": {"httpGet": {"path": "/healthz", "port": 8080}, "failureThreshold": 30, "periodSeconds": 2},
                        "lifecycle": {"preStop": {"exec": {"command": ["sh", "-c", "sleep 10"]}}},
                        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                            "capabilities": {"drop": ["ALL"]}},
                        "volumeMounts": [{"name": "config", "mountPath": "/etc/shop", "readOnly": True},
                                         {"name": "tmp", "mountPath": "/tmp"},
                                         {"name": "cache", "mountPath": "/var/cache/shop", "subPath": "shop"}]}],
                    "volumes": [{"name": "config", "configMap": {"name": "shop", "defaultMode": 0o444,
                                                                 "items": [{"key": "config.yaml", "path": "config.yaml"}]}},
                                {"name": "tmp", "emptyDir": {"medium": "Memory", "sizeLimit": "64Mi"}},
                                {"name": "cache", "emptyDir": {}}],
                    "affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
                        {"weight": 100, "podAffinityTerm": {"labelSelector": {"matchLabels": helm_labels},
                                                            "topologyKey": "kubernetes.io/hostname"}}]}},
                    "topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
                                                   "whenUnsatisfiable": "ScheduleAnyway",
                                                   "labelSelector": {"matchLabels": helm_labels}}],
                    "tolerations": [{"key": "dedicated", "operator": "Equal", "value": "shop", "effect": "NoSchedule"}],
                    "nodeSelector": {"kubernetes.io/os": "linux"}}}}})

    case("valid-audit-real-statefulset-claims", "TestValidateStatefulSet/successCases (database StatefulSet with claim templates)", {
        "apiVersion": "apps/v1", "kind": "StatefulSet",
        "metadata": {"name": "postgres", "labels": {"app": "postgres"}},
        "spec": {
            "serviceName": "postgres-headless", "replicas": 3, "podManagementPolicy": "OrderedReady",
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"partition": 0}},
            "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Delete"},
            "selector": {"matchLabels": {"app": "postgres"}},
            "template": {
                "metadata": {"labels": {"app": "postgres"}},
                "spec": {
                    "securityContext": {"fsGroup": 999, "runAsUser": 999, "runAsGroup": 999, "fsGroupChangePolicy": "OnRootMismatch"},
                    "terminationGracePeriodSeconds": 120,
                    "containers": [{
                        "name": "postgres", "image": "postgres:17.2",
                        "ports": [{"name": "tcp-postgresql", "containerPort": 5432}],
                        "env": [{"name": "PGDATA", "value": "/var/lib/postgresql/data/pgdata"},
                                {"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "postgres", "key": "password"}}}],
                        "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"memory": "2Gi"}},
                        "livenessProbe": {"exec": {"command": ["pg_isready", "-U", "postgres"]}, "periodSeconds": 10},
                        "readinessProbe": {"exec": {"command": ["pg_isready", "-U", "postgres"]}, "periodSeconds": 5},
                        "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"},
                                         {"name": "dshm", "mountPath": "/dev/shm"}]}],
                    "volumes": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}}]}},
            "volumeClaimTemplates": [{
                "metadata": {"name": "data", "labels": {"app": "postgres"}},
                "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "fast-ssd",
                         "resources": {"requests": {"storage": "20Gi"}}}}]}})

    case("valid-audit-real-cronjob", "TestValidateCronJob/successCases (nightly backup CronJob)", {
        "apiVersion": "batch/v1", "kind": "CronJob",
        "metadata": {"name": "db-backup", "namespace": "ops"},
        "spec": {
            "schedule": "30 2 * * *", "timeZone": "Europe/Paris", "concurrencyPolicy": "Forbid",
            "startingDeadlineSeconds": 300, "successfulJobsHistoryLimit": 3, "failedJobsHistoryLimit": 1, "suspend": False,
            "jobTemplate": {
                "metadata": {"labels": {"app": "db-backup"}},
                "spec": {
                    "backoffLimit": 2, "activeDeadlineSeconds": 3600, "ttlSecondsAfterFinished": 86400,
                    "template": {
                        "metadata": {"labels": {"app": "db-backup"}},
                        "spec": {
                            "restartPolicy": "OnFailure",
                            "containers": [{
                                "name": "backup", "image": "postgres:17.2",
                                "command": ["sh", "-c", "pg_dump -h db -U postgres app | gzip > /backup/app-$(date +%F).sql.gz"],
                                "env": [{"name": "PGPASSWORD", "valueFrom": {"secretKeyRef": {"name": "postgres", "key": "password"}}}],
                                "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
                                "volumeMounts": [{"name": "backup", "mountPath": "/backup"}]}],
                            "volumes": [{"name": "backup", "persistentVolumeClaim": {"claimName": "db-backup"}}]}}}}}})

    case("valid-audit-real-daemonset-node-agent", "TestValidateDaemonSet/successCases (node agent with tolerations and affinity)", {
        "apiVersion": "apps/v1", "kind": "DaemonSet",
        "metadata": {"name": "node-exporter", "namespace": "monitoring", "labels": {"app.kubernetes.io/name": "node-exporter"}},
        "spec": {
            "selector": {"matchLabels": {"app.kubernetes.io/name": "node-exporter"}},
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "10%"}},
            "template": {
                "metadata": {"labels": {"app.kubernetes.io/name": "node-exporter"}},
                "spec": {
                    "hostNetwork": True, "hostPID": True, "dnsPolicy": "ClusterFirstWithHostNet",
                    "priorityClassName": "system-node-critical", "automountServiceAccountToken": False,
                    "securityContext": {"runAsNonRoot": True, "runAsUser": 65534},
                    "tolerations": [{"operator": "Exists"},
                                    {"key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"},
                                    {"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute",
                                     "tolerationSeconds": 300}],
                    "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
                        {"matchExpressions": [{"key": "kubernetes.io/os", "operator": "In", "values": ["linux"]},
                                              {"key": "eks.amazonaws.com/compute-type", "operator": "NotIn", "values": ["fargate"]}]}]}}},
                    "containers": [{
                        "name": "node-exporter", "image": "quay.io/prometheus/node-exporter:v1.8.2",
                        "args": ["--path.rootfs=/host", "--web.listen-address=$(HOST_IP):9100"],
                        "env": [{"name": "HOST_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.hostIP"}}}],
                        "ports": [{"name": "metrics", "containerPort": 9100, "hostPort": 9100}],
                        "resources": {"requests": {"cpu": "100m", "memory": "180Mi"}, "limits": {"memory": "180Mi"}},
                        "securityContext": {"readOnlyRootFilesystem": True, "allowPrivilegeEscalation": False},
                        "volumeMounts": [{"name": "root", "mountPath": "/host", "readOnly": True,
                                          "mountPropagation": "HostToContainer"}]}],
                    "volumes": [{"name": "root", "hostPath": {"path": "/"}}]}}}})

    istio_proxy = {
        "name": "istio-proxy", "image": "docker.io/istio/proxyv2:1.24.2", "restartPolicy": "Always",
        "args": ["proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local", "--proxyLogLevel=warning",
                 "--log_output_level=default:info"],
        "env": [{"name": "PILOT_CERT_PROVIDER", "value": "istiod"},
                {"name": "CA_ADDR", "value": "istiod.istio-system.svc:15012"},
                {"name": "POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}},
                {"name": "POD_NAMESPACE", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}}},
                {"name": "INSTANCE_IP", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "status.podIP"}}},
                {"name": "SERVICE_ACCOUNT", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.serviceAccountName"}}},
                {"name": "HOST_IP", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "status.hostIP"}}},
                {"name": "ISTIO_CPU_LIMIT", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "0"}}},
                {"name": "PROXY_CONFIG", "value": "{}\n"},
                {"name": "ISTIO_META_POD_PORTS", "value": "[\n    {\"name\":\"http\",\"containerPort\":8080,\"protocol\":\"TCP\"}\n]"},
                {"name": "ISTIO_META_APP_CONTAINERS", "value": "app"},
                {"name": "GOMEMLIMIT", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory", "divisor": "0"}}},
                {"name": "GOMAXPROCS", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "0"}}},
                {"name": "ISTIO_META_CLUSTER_ID", "value": "Kubernetes"},
                {"name": "ISTIO_META_NODE_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
                {"name": "ISTIO_META_WORKLOAD_NAME", "value": "reviews-v1"},
                {"name": "ISTIO_META_MESH_ID", "value": "cluster.local"},
                {"name": "TRUST_DOMAIN", "value": "cluster.local"}],
        "imagePullPolicy": "IfNotPresent",
        "ports": [{"containerPort": 15090, "name": "http-envoy-prom", "protocol": "TCP"}],
        "readinessProbe": {"failureThreshold": 4, "httpGet": {"path": "/healthz/ready", "port": 15021, "scheme": "HTTP"},
                           "periodSeconds": 15, "successThreshold": 1, "timeoutSeconds": 3},
        "startupProbe": {"failureThreshold": 600, "httpGet": {"path": "/healthz/ready", "port": 15021, "scheme": "HTTP"},
                         "periodSeconds": 1, "successThreshold": 1, "timeoutSeconds": 3},
        "resources": {"limits": {"cpu": "2", "memory": "1Gi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "privileged": False,
                            "readOnlyRootFilesystem": True, "runAsGroup": 1337, "runAsNonRoot": True, "runAsUser": 1337},
        "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File",
        "volumeMounts": [{"mountPath": "/var/run/secrets/workload-spiffe-uds", "name": "workload-socket"},
                         {"mountPath": "/var/run/secrets/credential-uds", "name": "credential-socket"},
                         {"mountPath": "/var/run/secrets/workload-spiffe-credentials", "name": "workload-certs"},
                         {"mountPath": "/var/run/secrets/istio", "name": "istiod-ca-cert"},
                         {"mountPath": "/var/lib/istio/data", "name": "istio-data"},
                         {"mountPath": "/etc/istio/proxy", "name": "istio-envoy"},
                         {"mountPath": "/var/run/secrets/tokens", "name": "istio-token"},
                         {"mountPath": "/etc/istio/pod", "name": "istio-podinfo"}]}
    istio_init = {
        "name": "istio-init", "image": "docker.io/istio/proxyv2:1.24.2",
        "args": ["istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT", "-i", "*", "-x", "",
                 "-b", "*", "-d", "15090,15021,15020", "--log_output_level=default:info"],
        "resources": {"limits": {"cpu": "2", "memory": "1Gi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False,
                            "capabilities": {"add": ["NET_ADMIN", "NET_RAW"], "drop": ["ALL"]},
                            "privileged": False, "readOnlyRootFilesystem": False, "runAsGroup": 0, "runAsNonRoot": False,
                            "runAsUser": 0}}
    case("valid-audit-real-istio-injected-pod", "TestValidatePodCreate/successCases (Istio 1.24 injected pod, native sidecar mode)", {
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "reviews-v1-5b7c8d9f4-abcde", "namespace": "bookinfo",
                     "labels": {"app": "reviews", "version": "v1", "security.istio.io/tlsMode": "istio",
                                "service.istio.io/canonical-name": "reviews", "service.istio.io/canonical-revision": "v1",
                                "pod-template-hash": "5b7c8d9f4"},
                     "annotations": {"istio.io/rev": "default", "kubectl.kubernetes.io/default-container": "reviews",
                                     "kubectl.kubernetes.io/default-logs-container": "reviews",
                                     "prometheus.io/path": "/stats/prometheus", "prometheus.io/port": "15020",
                                     "prometheus.io/scrape": "true",
                                     "sidecar.istio.io/status": "{\"initContainers\":[\"istio-init\",\"istio-proxy\"],\"containers\":null,"
                                                                "\"volumes\":[\"workload-socket\",\"credential-socket\",\"workload-certs\","
                                                                "\"istio-envoy\",\"istio-data\",\"istio-podinfo\",\"istio-token\",\"istiod-ca-cert\"],"
                                                                "\"imagePullSecrets\":null,\"revision\":\"default\"}"},
                     "generateName": "reviews-v1-5b7c8d9f4-",
                     "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "reviews-v1-5b7c8d9f4",
                                          "uid": "0b8e2f7a-3c1d-4e5f-9a6b-7c8d9e0f1a2b", "controller": True,
                                          "blockOwnerDeletion": True}]},
        "spec": {
            "serviceAccountName": "bookinfo-reviews",
            "initContainers": [istio_init, istio_proxy],
            "containers": [{"name": "reviews", "image": "docker.io/istio/examples-bookinfo-reviews-v1:1.20.2",
                            "imagePullPolicy": "IfNotPresent",
                            "env": [{"name": "LOG_DIR", "value": "/tmp/logs"}],
                            "ports": [{"containerPort": 9080, "protocol": "TCP"}],
                            "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}]}],
            "volumes": [{"name": "workload-socket", "emptyDir": {}}, {"name": "credential-socket", "emptyDir": {}},
                        {"name": "workload-certs", "emptyDir": {}}, {"name": "istio-envoy", "emptyDir": {"medium": "Memory"}},
                        {"name": "istio-data", "emptyDir": {}},
                        {"name": "istio-podinfo", "downwardAPI": {"items": [
                            {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.labels"}, "path": "labels"},
                            {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.annotations"}, "path": "annotations"}]}},
                        {"name": "istio-token", "projected": {"sources": [{"serviceAccountToken": {
                            "audience": "istio-ca", "expirationSeconds": 43200, "path": "istio-token"}}]}},
                        {"name": "istiod-ca-cert", "configMap": {"name": "istio-ca-root-cert"}},
                        {"name": "tmp", "emptyDir": {}}]}})

    linkerd_proxy = {
        "name": "linkerd-proxy", "image": "cr.l5d.io/linkerd/proxy:edge-24.11.8", "restartPolicy": "Always",
        "env": [{"name": "_pod_name", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
                {"name": "_pod_ns", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
                {"name": "_pod_nodeName", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
                {"name": "LINKERD2_PROXY_CORES", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1"}}},
                {"name": "LINKERD2_PROXY_LOG", "value": "warn,linkerd=info,hickory=error"},
                {"name": "LINKERD2_PROXY_DESTINATION_SVC_ADDR", "value": "linkerd-dst-headless.linkerd.svc.cluster.local.:8086"},
                {"name": "LINKERD2_PROXY_POLICY_WORKLOAD", "value": "{\"ns\":\"$(_pod_ns)\", \"pod\":\"$(_pod_name)\"}\n"},
                {"name": "LINKERD2_PROXY_INBOUND_PORTS_REQUIRE_IDENTITY", "value": ""},
                {"name": "_l5d_ns", "value": "linkerd"}, {"name": "_l5d_trustdomain", "value": "cluster.local"},
                {"name": "LINKERD2_PROXY_IDENTITY_DIR", "value": "/var/run/linkerd/identity/end-entity"},
                {"name": "LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS", "valueFrom": {"configMapKeyRef": {
                    "name": "linkerd-identity-trust-roots", "key": "ca-bundle.crt"}}},
                {"name": "LINKERD2_PROXY_IDENTITY_TOKEN_FILE", "value": "/var/run/secrets/tokens/linkerd-identity-token"}],
        "ports": [{"containerPort": 4143, "name": "linkerd-proxy"}, {"containerPort": 4191, "name": "linkerd-admin"}],
        "livenessProbe": {"httpGet": {"path": "/live", "port": 4191}, "initialDelaySeconds": 10, "timeoutSeconds": 1},
        "readinessProbe": {"httpGet": {"path": "/ready", "port": 4191}, "initialDelaySeconds": 2, "timeoutSeconds": 1},
        "lifecycle": {"postStart": {"exec": {"command": ["/usr/lib/linkerd/linkerd-await", "--timeout=2m", "--port=4191"]}}},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True,
                            "runAsUser": 2102, "seccompProfile": {"type": "RuntimeDefault"}},
        "terminationMessagePolicy": "FallbackToLogsOnError",
        "volumeMounts": [{"mountPath": "/var/run/linkerd/identity/end-entity", "name": "linkerd-identity-end-entity"},
                         {"mountPath": "/var/run/secrets/tokens", "name": "linkerd-identity-token"}]}
    case("valid-audit-real-linkerd-injected-deployment", "TestValidateDeployment/successCases (Linkerd-injected template, native sidecar proxy)", {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "emoji", "namespace": "emojivoto"},
        "spec": {
            "replicas": 1, "selector": {"matchLabels": {"app": "emoji-svc", "version": "v11"}},
            "template": {
                "metadata": {"labels": {"app": "emoji-svc", "version": "v11", "linkerd.io/control-plane-ns": "linkerd",
                                        "linkerd.io/proxy-deployment": "emoji", "linkerd.io/workload-ns": "emojivoto"},
                             "annotations": {"linkerd.io/created-by": "linkerd/proxy-injector edge-24.11.8",
                                             "linkerd.io/inject": "enabled", "linkerd.io/proxy-version": "edge-24.11.8",
                                             "config.linkerd.io/proxy-enable-native-sidecar": "true",
                                             "viz.linkerd.io/tap-enabled": "true"}},
                "spec": {
                    "serviceAccountName": "emoji",
                    "initContainers": [
                        {"name": "linkerd-init", "image": "cr.l5d.io/linkerd/proxy-init:v2.4.1",
                         "args": ["--incoming-proxy-port", "4143", "--outgoing-proxy-port", "4140", "--proxy-uid", "2102",
                                  "--inbound-ports-to-ignore", "4190,4191,4567,4568", "--outbound-ports-to-ignore", "4567,4568"],
                         "resources": {"limits": {"cpu": "100m", "memory": "20Mi"}, "requests": {"cpu": "100m", "memory": "20Mi"}},
                         "securityContext": {"allowPrivilegeEscalation": False,
                                             "capabilities": {"add": ["NET_ADMIN", "NET_RAW"]}, "privileged": False,
                                             "readOnlyRootFilesystem": True, "runAsGroup": 65534, "runAsNonRoot": True,
                                             "runAsUser": 65534, "seccompProfile": {"type": "RuntimeDefault"}},
                         "terminationMessagePolicy": "FallbackToLogsOnError",
                         "volumeMounts": [{"mountPath": "/run", "name": "linkerd-proxy-init-xtables-lock"}]},
                        linkerd_proxy],
                    "containers": [{"name": "emoji-svc", "image": "docker.l5d.io/buoyantio/emojivoto-emoji-svc:v11",
                                    "env": [{"name": "GRPC_PORT", "value": "8080"}, {"name": "PROM_PORT", "value": "8801"}],
                                    "ports": [{"containerPort": 8080, "name": "grpc"}, {"containerPort": 8801, "name": "prom"}],
                                    "resources": {"requests": {"cpu": "100m"}}}],
                    "volumes": [{"name": "linkerd-proxy-init-xtables-lock", "emptyDir": {}},
                                {"name": "linkerd-identity-end-entity", "emptyDir": {"medium": "Memory"}},
                                {"name": "linkerd-identity-token", "projected": {"sources": [{"serviceAccountToken": {
                                    "audience": "identity.l5d.io", "expirationSeconds": 86400,
                                    "path": "linkerd-identity-token"}}]}}]}}}})

    job_with_sidecar = {
        "apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "migrate", "namespace": "shop"},
        "spec": {
            "backoffLimit": 3, "completions": 1, "parallelism": 1, "ttlSecondsAfterFinished": 600,
            "podFailurePolicy": {"rules": [
                {"action": "FailJob", "onExitCodes": {"containerName": "migrate", "operator": "In", "values": [42]}},
                {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]}]},
            "template": {
                "metadata": {"annotations": {"sidecar.istio.io/inject": "false"}},
                "spec": {
                    "restartPolicy": "Never",
                    "initContainers": [{"name": "cloud-sql-proxy", "image": "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1",
                                        "restartPolicy": "Always", "args": ["--port=5432", "project:region:instance"],
                                        "securityContext": {"runAsNonRoot": True},
                                        "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}},
                                        "startupProbe": {"tcpSocket": {"port": 5432}, "periodSeconds": 1, "failureThreshold": 30}}],
                    "containers": [{"name": "migrate", "image": "ghcr.io/example/shop-migrate:2.4.1",
                                    "args": ["up"], "env": [{"name": "DB_HOST", "value": "127.0.0.1"}]}]}}}}
    case("valid-audit-real-job-with-native-sidecar", "TestValidateJob/successCases (migration Job with a native sidecar proxy)",
         copy.deepcopy(job_with_sidecar))
