"""Cases of the gates20 audit (issue 10), imported by _generate.py, which writes them.

1.27's user namespaces for stateless pods. With UserNamespacesStatelessPodsSupport (alpha, off)
turned on, validateHostUsers of the 1.27-cycle pkg/apis/core/validation/validation.go
(aleskandro/kubernetes 2c823f90) forbids, once hostUsers is false, every volume that is not a
configMap, secret, downwardAPI, emptyDir or projected one, at spec.volumes[i] ("volume type not
supported when `pod.Spec.HostUsers` is false"), before the hostNetwork, HostPID and HostIPC
errors; ValidatePodTemplateSpec runs the same ValidatePodSpec for workload templates. A volume
without a source is defaulted to emptyDir (SetDefaults_Volume) before validation. 1.28 dropped
the volume check with the gate's rename to UserNamespacesSupport (kubernetes/kubernetes#118691,
"apis: drop check for volumes with user namespaces", merged June 2023; the 1.28 user-namespace
blog: "pods with user namespaces can use any type of volume"). Expected errors
("# expect: <path>: <type>", in the server's order) are written by hand from that source, never
copied from the validator's output. File names start with "gates20-" (refused) or
"valid-gates20-" (accepted).

1.37 alpha fields, with their gates turned on: the rules of a 1.38-cycle validation.go
(reckless-sherixx/kubernetes 32ac3ec9; no 1.37 release copy found). validateHTTPGetAction checks
protocol after path, port, scheme and headers, with at most one error: NotSupported, else HTTP2
with a scheme other than HTTP (Invalid at protocol), else HTTP2 with a host (Invalid at host); it
runs for lifecycle hooks' httpGet too (validateHandler). validateBindMountOptions reports each
item's NotSupported and, independently, its Duplicate; ValidateVolumeMounts then refuses the list
on an image volume (Invalid at bindMountOptions).
"""


def add(named, pod, c):
    bad, ok = named("gates20")

    stateless = ["UserNamespacesStatelessPodsSupport=true"]
    config = {"name": "cfg", "configMap": {"name": "cfg"}}
    secret = {"name": "tls", "secret": {"secretName": "tls"}}
    info = {"name": "info", "downwardAPI": {"items": [
        {"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}}]}}
    scratch = {"name": "scratch", "emptyDir": {}}
    token = {"name": "token", "projected": {"sources": [
        {"configMap": {"name": "ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]}}]}}
    logs = {"name": "logs", "hostPath": {"path": "/var/log", "type": "Directory"}}
    claim = {"name": "data", "persistentVolumeClaim": {"claimName": "data"}}
    sourceless = {"name": "plain"}  # no source: defaulted to emptyDir first

    def deployment(spec):
        labels = {"app": "web"}
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": dict(labels)},
                         "template": {"metadata": {"labels": dict(labels)}, "spec": spec}}}

    # ------------------------------------------------------------ 1.27, gate on
    ok("host-users-stateless-volumes-1-27", "validateHostUsers (1.27: configMap, secret, downwardAPI, emptyDir and projected volumes allowed with hostUsers false)",
       pod(hostUsers=False, volumes=[config, secret, info, scratch, token]),
       version="1.27", gates=stateless)
    ok("host-users-volume-defaulted-empty-dir-1-27", "SetDefaults_Volume, then validateHostUsers (1.27: a volume without a source is an emptyDir by then)",
       pod([c(volumeMounts=[{"name": "plain", "mountPath": "/tmp"}])], hostUsers=False,
           volumes=[sourceless]), version="1.27", gates=stateless)
    bad("host-users-host-path-1-27", "validateHostUsers (1.27: a hostPath volume with hostUsers false)",
        pod(hostUsers=False, volumes=[logs]), "spec.volumes[0]: Forbidden",
        version="1.27", gates=stateless)
    bad("host-users-claims-and-host-pid-1-27", "validateHostUsers (1.27: each stateful volume at its index, then the host namespaces)",
        pod(hostUsers=False, hostPID=True, hostIPC=True, volumes=[config, claim, scratch, logs]),
        "spec.volumes[1]: Forbidden", "spec.volumes[3]: Forbidden", "spec.HostPID: Forbidden",
        "spec.HostIPC: Forbidden", version="1.27", gates=stateless)
    bad("host-users-template-claim-1-27", "ValidatePodTemplateSpec, validateHostUsers (1.27: a Deployment template's claim volume)",
        deployment({"hostUsers": False, "containers": [c()], "volumes": [claim]}),
        "spec.template.spec.volumes[0]: Forbidden", version="1.27", gates=stateless)
    # hostUsers true (or unset) checks nothing.
    ok("host-users-true-host-path-1-27", "validateHostUsers (1.27: hostUsers true keeps the host's user namespace, nothing to check)",
       pod(hostUsers=True, volumes=[logs, claim]), version="1.27", gates=stateless)

    # ------------------------------------------------------------ 1.27, gate off: hostUsers dropped
    ok("host-users-host-path-gate-off-1-27", "dropDisabledFields (UserNamespacesStatelessPodsSupport off in 1.27: hostUsers cleared, the volumes not checked)",
       pod(hostUsers=False, volumes=[logs]), version="1.27", warn=["spec.hostUsers"])

    # ------------------------------------------------------------ 1.28 on: any volume (#118691)
    ok("host-users-host-path-1-28", "validateHostUsers (1.28 with UserNamespacesSupport on: the volume check is gone, #118691)",
       pod(hostUsers=False, volumes=[logs, claim]), version="1.28",
       gates=["UserNamespacesSupport=true"])
    ok("host-users-host-path-1-33", "validateHostUsers (1.33, UserNamespacesSupport on by default: any volume)",
       pod(hostUsers=False, volumes=[logs, claim]), version="1.33")

    # ------------------------------------------------------------ 1.37 alpha fields, gates on
    h2c = ["H2CContainerProbe=true"]

    def http(**kw):
        return {"httpGet": dict({"path": "/healthz", "port": 8080}, **kw)}

    bad("probe-http2-https-and-host-1-37", "validateHTTPGetAction (HTTP2 with scheme HTTPS and a host: the scheme error only, else-if)",
        pod([c(readinessProbe=http(protocol="HTTP2", scheme="HTTPS", host="10.0.0.1"))]),
        "spec.containers[0].readinessProbe.httpGet.protocol: Invalid value",
        version="1.37", gates=h2c)
    bad("probe-http2-bad-scheme-1-37", "validateHTTPGetAction (scheme FTP: Unsupported scheme, and HTTP2 is only for HTTP)",
        pod([c(livenessProbe=http(protocol="HTTP2", scheme="FTP"))]),
        "spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value",
        "spec.containers[0].livenessProbe.httpGet.protocol: Invalid value",
        version="1.37", gates=h2c)
    bad("post-start-http2-host-1-37", "validateHandler, validateHTTPGetAction (a postStart hook's httpGet with HTTP2 and a host)",
        pod([c(lifecycle={"postStart": http(protocol="HTTP2", host="example.com")})]),
        "spec.containers[0].lifecycle.postStart.httpGet.host: Invalid value",
        version="1.37", gates=h2c)
    ok("probe-http2-plain-1-37", "validateHTTPGetAction (HTTP2 with the default scheme and no host)",
       pod([c(startupProbe=http(protocol="HTTP2"))]), version="1.37", gates=h2c)

    bind_on = ["VolumeBindMountOptions=true"]
    tools = {"name": "tools", "image": {"reference": "registry.example/tools:1",
                                        "pullPolicy": "IfNotPresent"}}
    bad("bind-mount-unsupported-repeat-1-37", "validateBindMountOptions (an unsupported option repeated: NotSupported at both, Duplicate at the second)",
        pod([c(volumeMounts=[{"name": "tmp", "mountPath": "/tmp", "bindMountOptions": ["ro", "ro"]}])],
            volumes=[{"name": "tmp", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts[0].bindMountOptions[0]: Unsupported value",
        "spec.containers[0].volumeMounts[0].bindMountOptions[1]: Unsupported value",
        "spec.containers[0].volumeMounts[0].bindMountOptions[1]: Duplicate value",
        version="1.37", gates=bind_on)
    bad("bind-mount-image-after-items-1-37", "ValidateVolumeMounts (the items first, then the image volume's list)",
        pod([c(volumeMounts=[{"name": "tools", "mountPath": "/tools", "readOnly": True,
                              "bindMountOptions": ["noexec", "noatime"]}])], volumes=[tools]),
        "spec.containers[0].volumeMounts[0].bindMountOptions[1]: Unsupported value",
        "spec.containers[0].volumeMounts[0].bindMountOptions: Invalid value",
        version="1.37", gates=bind_on)
