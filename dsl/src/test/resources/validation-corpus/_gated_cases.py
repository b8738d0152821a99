"""Cases for alpha fields with their feature gates turned on (1.35 to 1.37), and the
cross-namespace data source of an ephemeral volume's claim template.

The expected paths and types are written by hand from upstream's rules, never copied from the
validator's output:
- workloadRef (1.35, GenericWorkload): validateWorkloadReference in a 1.35 development copy of
  pkg/apis/core/validation/validation.go (helayoty/kubernetes 68cf1c1f) and the v0.35.0 type's
  comments (name a DNS subdomain, podGroup and podGroupReplicaKey DNS labels).
- schedulingGroup (1.36 on, GenericWorkload): validateSchedulingGroup in a 1.36-era copy
  (AIAgentSandox/kubernetes 64149d12).
- evictionResponders (1.37, EvictionRequestAPI): ValidateEvictionResponders in
  atiratree/kubernetes 81b59d0f and the +k8s tags of core/v1 EvictionResponder at kubernetes/api
  10b39a39b (priority required, 0 to 100000, 0-999 reserved for *.k8s.io responders).
- Job spec.scheduling (1.37, WorkloadWithJob): the +k8s tags of batch/v1 JobSchedulingConfiguration
  and scheduling/v1alpha3 at kubernetes/api 10b39a39b (unions, minimum, maxItems, list-map keys,
  formats), whose errors follow the hand-written Job errors.
- dataSourceRef.namespace: validateDataSourceRef and ValidatePersistentVolumeClaimSpec; the pod
  strategy does not drop the namespace whatever CrossNamespaceVolumeDataSource says (only the
  PVC strategy's DropDisabledFields does, when a claim is created), so a pod's template is
  checked the same with the gate on or off.
_generate.py calls add() with its helpers.
"""


def add(case, pod, c):
    def g(slug, source, manifest, *expect, **kw):
        case("gated-" + slug, source, manifest, *expect, **kw)

    generic = ["GenericWorkload=true"]
    eviction = ["EvictionRequestAPI=true"]

    # ---------------------------------------------------------------- workloadRef, 1.35
    g("workload-ref-valid-1-35", "validateWorkloadReference (GenericWorkload on)",
      pod(workloadRef={"name": "train", "podGroup": "workers", "podGroupReplicaKey": "replica-0"}),
      version="1.35", gates=generic)
    g("workload-ref-bad-names-1-35", "validateWorkloadReference (name not a DNS subdomain, podGroup and key not DNS labels)",
      pod(workloadRef={"name": "Train_Job", "podGroup": "workers.a", "podGroupReplicaKey": "Replica0"}),
      "spec.workloadRef.name: Invalid value",
      "spec.workloadRef.podGroup: Invalid value",
      "spec.workloadRef.podGroupReplicaKey: Invalid value",
      version="1.35", gates=generic)
    g("workload-ref-empty-names-1-35", "validateWorkloadReference (required name and podGroup left empty)",
      pod(workloadRef={"name": "", "podGroup": ""}),
      "spec.workloadRef.name: Invalid value",
      "spec.workloadRef.podGroup: Invalid value",
      version="1.35", gates=generic)
    g("workload-ref-unknown-1-36", "workloadRef removed in 1.36 (protobuf tag 42 reserved): unknown field",
      pod(workloadRef={"name": "Train_Job", "podGroup": "workers"}),
      version="1.36", gates=generic, warn=["spec.workloadRef"])
    g("workload-ref-template-1-35", "validateWorkloadReference in a Deployment's pod template",
      {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "train"},
       "spec": {"selector": {"matchLabels": {"app": "train"}},
                "template": {"metadata": {"labels": {"app": "train"}},
                             "spec": {"containers": [c()],
                                      "workloadRef": {"name": "train", "podGroup": "Workers"}}}}},
      "spec.template.spec.workloadRef.podGroup: Invalid value",
      version="1.35", gates=generic)

    # HostnameOverride is beta and on by default from 1.35 (kube_features.go versioned specs),
    # so a 1.35 server keeps and checks the field.
    g("hostname-override-beta-on-1-35", "validatePodHostName (HostnameOverride beta, on, in 1.35)",
      pod(hostnameOverride="Bad_Name"), "spec.hostnameOverride: Invalid value", version="1.35")

    # validateInitContainers (1.36-era copy): one error per RestartContainer entry of a
    # non-sidecar init container, at resizePolicy[j].restartPolicy; sidecars may ask for it.
    g("init-resize-restart-container-1-37", "validateInitContainers (RestartContainer on a non-sidecar init container, second entry)",
      pod(init=[c("migrate", resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"},
                                           {"resourceName": "memory", "restartPolicy": "RestartContainer"}]),
                c("proxy", "envoy:1.31", restartPolicy="Always",
                  resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])]),
      "spec.initContainers[0].resizePolicy[1].restartPolicy: Invalid value", version="1.37")

    # ---------------------------------------------------------------- schedulingGroup, 1.36 on
    g("scheduling-group-valid-1-36", "validateSchedulingGroup (GenericWorkload on)",
      pod(schedulingGroup={"podGroupName": "train.workers"}), version="1.36", gates=generic)
    g("scheduling-group-bad-name-1-36", "validateSchedulingGroup (podGroupName not a DNS subdomain)",
      pod(schedulingGroup={"podGroupName": "Workers_1"}),
      "spec.schedulingGroup.podGroupName: Invalid value", version="1.36", gates=generic)
    g("scheduling-group-empty-1-37", "validateSchedulingGroup (must specify one of: `podGroupName`)",
      pod(schedulingGroup={}),
      "spec.schedulingGroup.podGroupName: Invalid value", version="1.37", gates=generic)
    g("scheduling-group-template-1-37", "validateSchedulingGroup in a Job's pod template",
      {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "train"},
       "spec": {"template": {"spec": {"restartPolicy": "Never", "containers": [c()],
                                      "schedulingGroup": {"podGroupName": "-workers"}}}}},
      "spec.template.spec.schedulingGroup.podGroupName: Invalid value", version="1.37", gates=generic)

    # ---------------------------------------------------------------- evictionResponders, 1.37
    def responder(name="acme.io/drainer", priority=10000):
        r = {"name": name}
        if priority is not None:
            r["priority"] = priority
        return r

    g("eviction-responders-valid-1-37", "ValidateEvictionResponders (EvictionRequestAPI on)",
      pod(evictionResponders=[responder(), responder("backup.example.com/snapshot", 20000)]),
      version="1.37", gates=eviction)
    g("eviction-responders-dropped-1-37", "dropDisabledPodFields (evictionResponders, EvictionRequestAPI off)",
      pod(evictionResponders=[responder("drainer")]), version="1.37",
      warn=["spec.evictionResponders: dropped"])
    g("eviction-responders-bad-name-1-37", "ValidateEvictionResponders (name not domain-prefixed, name not a label key)",
      pod(evictionResponders=[responder("drainer"), responder("acme.io/bad name")]),
      "spec.evictionResponders[0].name: Invalid value",
      "spec.evictionResponders[1].name: Invalid value",
      version="1.37", gates=eviction)
    g("eviction-responders-required-1-37", "ValidateEvictionResponders (name empty; priority +k8s:required)",
      pod(evictionResponders=[responder(""), responder("acme.io/other", None)]),
      "spec.evictionResponders[0].name: Required value",
      "spec.evictionResponders[1].priority: Required value",
      version="1.37", gates=eviction)
    g("eviction-responders-priority-range-1-37", "EvictionResponder.priority +k8s:minimum=0 +k8s:maximum=100000",
      pod(evictionResponders=[responder("acme.io/a", -1), responder("acme.io/b", 100001)]),
      "spec.evictionResponders[0].priority: Invalid value",
      "spec.evictionResponders[1].priority: Invalid value",
      version="1.37", gates=eviction)
    g("eviction-responders-reserved-priority-1-37", "EvictionResponder.priority +k8s:customValidation (0-999 reserved for *.k8s.io)",
      pod(evictionResponders=[responder("acme.io/a", 500), responder("drain.k8s.io/evictor", 100)]),
      "spec.evictionResponders[0].priority: Invalid value",
      version="1.37", gates=eviction)
    g("eviction-responders-duplicate-1-37", "ValidateEvictionResponders (validate.Unique on name)",
      pod(evictionResponders=[responder(), responder(priority=20000)]),
      "spec.evictionResponders[1]: Duplicate value", version="1.37", gates=eviction)
    g("eviction-responders-too-many-1-37", "ValidateEvictionResponders (MaxPodEvictionResponders = 10)",
      pod(evictionResponders=[responder("acme.io/r%d" % i) for i in range(11)]),
      "spec.evictionResponders: Too many", version="1.37", gates=eviction)
    g("eviction-responders-with-scheduling-group-1-37", "ValidateEvictionResponders (not with spec.schedulingGroup)",
      pod(evictionResponders=[responder("drainer")], schedulingGroup={"podGroupName": "workers"}),
      "spec.evictionResponders: Forbidden", version="1.37", gates=eviction + generic)

    # ---------------------------------------------------------------- Job spec.scheduling, 1.37
    def job(scheduling):
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "train"},
                "spec": {"parallelism": 4, "completions": 4, "completionMode": "Indexed",
                         "scheduling": scheduling,
                         "template": {"spec": {"restartPolicy": "Never", "containers": [c()]}}}}

    with_job = ["WorkloadWithJob=true"]
    g("job-scheduling-valid-1-37", "JobSchedulingConfiguration (WorkloadWithJob on)",
      job({"schedulingPolicy": {"gang": {"minCount": 4}},
           "schedulingConstraints": {"topology": [{"key": "topology.kubernetes.io/rack"}]},
           "disruptionMode": {"all": {}},
           "resourceClaims": [{"name": "gpus", "resourceClaimTemplateName": "gpu-template"}]}),
      version="1.37", gates=with_job)
    g("job-scheduling-basic-1-37", "WorkloadPodGroupSchedulingPolicy basic",
      job({"schedulingPolicy": {"basic": {}}, "disruptionMode": {"single": {}}}),
      version="1.37", gates=with_job)
    g("job-scheduling-policy-unions-1-37", "WorkloadPodGroupSchedulingPolicy and DisruptionMode unions (none, both)",
      job({"schedulingPolicy": {}, "disruptionMode": {"single": {}, "all": {}}}),
      "spec.scheduling.schedulingPolicy: Invalid value",
      "spec.scheduling.disruptionMode: Invalid value",
      version="1.37", gates=with_job)
    g("job-scheduling-both-policies-1-37", "WorkloadPodGroupSchedulingPolicy union (basic and gang), gang.minCount +k8s:minimum=1",
      job({"schedulingPolicy": {"basic": {}, "gang": {"minCount": 0}}}),
      "spec.scheduling.schedulingPolicy: Invalid value",
      "spec.scheduling.schedulingPolicy.gang.minCount: Invalid value",
      version="1.37", gates=with_job)
    g("job-scheduling-topology-1-37", "WorkloadPodGroupSchedulingConstraints.topology (+k8s:maxItems=1)",
      job({"schedulingConstraints": {"topology": [{"key": "rack"}, {"key": "zone"}]}}),
      "spec.scheduling.schedulingConstraints.topology: Too many", version="1.37", gates=with_job)
    g("job-scheduling-topology-key-1-37", "TopologyConstraint.key (+k8s:required, k8s-label-key)",
      job({"schedulingConstraints": {"topology": [{"key": "bad key"}]}}),
      "spec.scheduling.schedulingConstraints.topology[0].key: Invalid value", version="1.37", gates=with_job)
    g("job-scheduling-claims-1-37", "WorkloadPodGroupResourceClaim (list-map key, union, formats)",
      job({"resourceClaims": [{"name": "gpus", "resourceClaimName": "shared"},
                              {"name": "gpus", "resourceClaimName": "other"},
                              {"name": "NICs"},
                              {"name": "fpga", "resourceClaimName": "a", "resourceClaimTemplateName": "Bad_T"}]}),
      "spec.scheduling.resourceClaims[1]: Duplicate value",
      "spec.scheduling.resourceClaims[2]: Invalid value",
      "spec.scheduling.resourceClaims[2].name: Invalid value",
      "spec.scheduling.resourceClaims[3]: Invalid value",
      "spec.scheduling.resourceClaims[3].resourceClaimTemplateName: Invalid value",
      version="1.37", gates=with_job)
    g("job-scheduling-too-many-claims-1-37", "JobSchedulingConfiguration.resourceClaims (+k8s:maxItems=4)",
      job({"resourceClaims": [{"name": "c%d" % i, "resourceClaimName": "c%d" % i} for i in range(5)]}),
      "spec.scheduling.resourceClaims: Too many", version="1.37", gates=with_job)
    g("job-scheduling-unknown-1-36", "Job spec.scheduling does not exist in 1.36 (WorkloadWithJob alpha there, no field)",
      job({"schedulingPolicy": {"gang": {"minCount": 0}}}),
      version="1.36", gates=with_job, warn=["spec.scheduling"])

    # ---------------------------------------------------------------- other 1.37 alpha fields
    # httpGet.protocol, grpc.mode, emptyDir.mode, volumeMounts[].bindMountOptions and the
    # atomic-writer user fields: dropped by dropDisabledPodFields while their gates are off
    # (k8s-1.36-1.38.md 4.3, 4.4); kept and checked with a gate on. The expected paths and types
    # are those of a 1.38-cycle validation.go (reckless-sherixx/kubernetes 32ac3ec9; no 1.37
    # release copy found): validateHTTPGetAction (protocol NotSupported, else HTTP2 with a scheme
    # other than HTTP Invalid at protocol, else HTTP2 with host Invalid at host),
    # validateGRPCAction, validateVolumeSource (emptyDir.mode), ValidateVolumeMounts and
    # validateBindMountOptions (NotSupported and Duplicate per item, then Invalid at the list for
    # an image volume), validateUserField (IsValidUserID).
    h2c = {"httpGet": {"path": "/healthz", "port": 8080, "protocol": "HTTP2"}}
    g("probe-protocol-dropped-1-37", "dropDisabledPodFields (httpGet.protocol, H2CContainerProbe off)",
      pod([c(readinessProbe=h2c)]), version="1.37",
      warn=["spec.containers[0].readinessProbe.httpGet.protocol: dropped"])
    g("probe-protocol-gate-on-1-37", "httpGet.protocol kept with H2CContainerProbe on",
      pod([c(readinessProbe=h2c)]), version="1.37", gates=["H2CContainerProbe=true"])
    g("probe-protocol-unknown-1-36", "httpGet.protocol does not exist in 1.36: unknown field",
      pod([c(readinessProbe=h2c)]), version="1.36",
      warn=["spec.containers[0].readinessProbe.httpGet.protocol"])
    g("volume-alpha-fields-dropped-1-37", "dropDisabledPodFields (emptyDir.mode, bindMountOptions, configMap defaultUser and items[].user)",
      pod([c(volumeMounts=[{"name": "scratch", "mountPath": "/scratch", "bindMountOptions": ["noexec"]},
                           {"name": "cfg", "mountPath": "/etc/app"}])],
          volumes=[{"name": "scratch", "emptyDir": {"mode": 448}},
                   {"name": "cfg", "configMap": {"name": "app", "defaultUser": 1000,
                                                 "items": [{"key": "a", "path": "a", "user": 1000}]}}]),
      version="1.37",
      warn=["spec.volumes[0].emptyDir.mode: dropped",
            "spec.volumes[1].configMap.items[0].user: dropped",
            "spec.volumes[1].configMap.defaultUser: dropped",
            "spec.containers[0].volumeMounts[0].bindMountOptions: dropped"])

    def deployment(spec):
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": {"app": "web"}},
                         "template": {"metadata": {"labels": {"app": "web"}}, "spec": spec}}}

    def job_of(spec):
        spec = dict(spec, restartPolicy="Never")
        return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "report"},
                "spec": {"template": {"spec": spec}}}

    def sidecar(**kw):
        return c("proxy", "envoyproxy/envoy:v1.31", restartPolicy="Always", **kw)

    h2c_on = ["H2CContainerProbe=true"]
    http = lambda **kw: {"httpGet": dict({"path": "/healthz", "port": 8080}, **kw)}
    g("probe-protocol-http1-host-1-37", "KEP-5999 validation: protocol HTTP1 (or nil) does not restrict host",
      pod([c(readinessProbe=http(protocol="HTTP1", host="10.0.0.1", scheme="HTTPS"))]),
      version="1.37", gates=h2c_on)
    g("probe-protocol-unsupported-1-37", "HTTPProtocol enum: HTTP1 or HTTP2",
      pod([c(readinessProbe=http(protocol="HTTP3"))]),
      "spec.containers[0].readinessProbe.httpGet.protocol: Unsupported value",
      version="1.37", gates=h2c_on)
    g("probe-protocol-http2-https-1-37", "validateHTTPGetAction (HTTP2 with scheme HTTPS: Invalid at protocol)",
      pod([c(livenessProbe=http(protocol="HTTP2", scheme="HTTPS"))]),
      "spec.containers[0].livenessProbe.httpGet.protocol: Invalid value",
      version="1.37", gates=h2c_on)
    g("probe-protocol-http2-host-1-37", "validateHTTPGetAction (HTTP2 with host: Invalid at host)",
      pod([c(readinessProbe=http(protocol="HTTP2", host="10.0.0.1"))]),
      "spec.containers[0].readinessProbe.httpGet.host: Invalid value",
      version="1.37", gates=h2c_on)
    g("probe-protocol-sidecar-1-37", "HTTPProtocolHTTP2 with scheme HTTPS on a sidecar's startup probe",
      pod(init=[sidecar(startupProbe=http(protocol="HTTP2", scheme="HTTPS"))]),
      "spec.initContainers[0].startupProbe.httpGet.protocol: Invalid value",
      version="1.37", gates=h2c_on)
    g("probe-protocol-template-1-37", "HTTPProtocol enum in a Deployment's pod template",
      deployment({"containers": [c(livenessProbe=http(protocol="h2c"))]}),
      "spec.template.spec.containers[0].livenessProbe.httpGet.protocol: Unsupported value",
      version="1.37", gates=h2c_on)
    g("probe-protocol-bad-dropped-1-37", "dropDisabledPodFields runs before validation: a bad protocol with the gate off is dropped, not checked",
      pod([c(readinessProbe=http(protocol="HTTP3", scheme="HTTPS"))]), version="1.37",
      warn=["spec.containers[0].readinessProbe.httpGet.protocol: dropped"])

    grpc_on = ["GRPCContainerProbeTLS=true"]
    grpc = lambda mode: {"grpc": {"port": 9090, "mode": mode}}
    g("grpc-mode-valid-1-37", "GRPCProbeMode enum: Plaintext or TLS (containers and sidecars)",
      pod([c(livenessProbe=grpc("TLS"))], init=[sidecar(readinessProbe=grpc("Plaintext"))]),
      version="1.37", gates=grpc_on)
    g("grpc-mode-unsupported-1-37", "GRPCProbeMode enum (values are case-sensitive)",
      pod([c(livenessProbe=grpc("tls"))]),
      "spec.containers[0].livenessProbe.grpc.mode: Unsupported value",
      version="1.37", gates=grpc_on)
    g("grpc-mode-template-1-37", "GRPCProbeMode enum on a sidecar in a Job's pod template",
      job_of({"initContainers": [sidecar(readinessProbe=grpc("mTLS"))], "containers": [c()]}),
      "spec.template.spec.initContainers[0].readinessProbe.grpc.mode: Unsupported value",
      version="1.37", gates=grpc_on)
    g("grpc-mode-dropped-1-37", "dropDisabledPodFields (grpc.mode, GRPCContainerProbeTLS off)",
      pod([c(livenessProbe=grpc("tls"))]), version="1.37",
      warn=["spec.containers[0].livenessProbe.grpc.mode: dropped"])

    mode_on = ["EmptyDirVolumeMode=true"]
    g("empty-dir-mode-valid-1-37", "emptyDir.mode from 0000 to 01777 (octal)",
      pod([c(volumeMounts=[{"name": "a", "mountPath": "/a"}, {"name": "b", "mountPath": "/b"}])],
          volumes=[{"name": "a", "emptyDir": {"mode": 0o1777}}, {"name": "b", "emptyDir": {"mode": 0}}]),
      version="1.37", gates=mode_on)
    g("empty-dir-mode-range-1-37", "emptyDir.mode above 01777 or negative",
      pod(volumes=[{"name": "a", "emptyDir": {"mode": 0o2000}}, {"name": "b", "emptyDir": {"mode": -1}}]),
      "spec.volumes[0].emptyDir.mode: Invalid value",
      "spec.volumes[1].emptyDir.mode: Invalid value",
      version="1.37", gates=mode_on)
    g("empty-dir-mode-template-1-37", "emptyDir.mode above 01777 in a Deployment's pod template",
      deployment({"containers": [c()], "volumes": [{"name": "a", "emptyDir": {"mode": 0o7777}}]}),
      "spec.template.spec.volumes[0].emptyDir.mode: Invalid value",
      version="1.37", gates=mode_on)

    bind_on = ["VolumeBindMountOptions=true"]
    scratch = [{"name": "scratch", "emptyDir": {}}]
    bind = lambda *opts: [{"name": "scratch", "mountPath": "/scratch", "bindMountOptions": list(opts)}]
    g("bind-mount-options-valid-1-37", "bindMountOptions: a set of noexec, nodev, nosuid (containers and sidecars)",
      pod([c(volumeMounts=bind("noexec", "nodev", "nosuid"))], init=[sidecar(volumeMounts=bind("noexec"))],
          volumes=scratch),
      version="1.37", gates=bind_on)
    g("bind-mount-options-unsupported-1-37", "bindMountOptions: only noexec, nodev and nosuid",
      pod([c(volumeMounts=bind("noexec", "ro"))], volumes=scratch),
      "spec.containers[0].volumeMounts[0].bindMountOptions[1]: Unsupported value",
      version="1.37", gates=bind_on)
    g("bind-mount-options-duplicate-1-37", "bindMountOptions: +listType=set",
      pod([c(volumeMounts=bind("nodev", "nodev"))], volumes=scratch),
      "spec.containers[0].volumeMounts[0].bindMountOptions[1]: Duplicate value",
      version="1.37", gates=bind_on)
    g("bind-mount-options-image-1-37", "ValidateVolumeMounts (bindMountOptions may not be used with image volumes)",
      pod([c(volumeMounts=[{"name": "tools", "mountPath": "/tools", "readOnly": True, "bindMountOptions": ["nosuid"]}])],
          volumes=[{"name": "tools", "image": {"reference": "registry.example/tools:1", "pullPolicy": "IfNotPresent"}}]),
      "spec.containers[0].volumeMounts[0].bindMountOptions: Invalid value",
      version="1.37", gates=bind_on)
    g("bind-mount-options-template-1-37", "bindMountOptions on a sidecar in a Job's pod template",
      job_of({"initContainers": [sidecar(volumeMounts=bind("noatime"))], "containers": [c()], "volumes": scratch}),
      "spec.template.spec.initContainers[0].volumeMounts[0].bindMountOptions[0]: Unsupported value",
      version="1.37", gates=bind_on)

    g("bind-mount-options-ephemeral-1-37", "bindMountOptions on an ephemeral container (validateEphemeralContainers checks its mounts as any container's; a Pod may not be created with one)",
      pod(ephemeralContainers=[{"name": "debug", "image": "busybox:1.36", "volumeMounts": bind("nodev", "rw")}],
          volumes=scratch),
      "spec.ephemeralContainers[0].volumeMounts[0].bindMountOptions[1]: Unsupported value",
      "spec.ephemeralContainers: Forbidden",  # ValidatePodCreate, after ValidatePodSpec
      version="1.37", gates=bind_on)
    g("probe-protocol-bad-1-36", "httpGet.protocol is an unknown field in 1.36 (whose servers do not know H2CContainerProbe): warned about, not checked",
      pod([c(readinessProbe=http(protocol="HTTP3"))]), version="1.36",
      warn=["spec.containers[0].readinessProbe.httpGet.protocol"])

    users_on = ["AtomicWriteVolumeUserFields=true"]
    g("volume-users-valid-1-37", "defaultUser and user on configMap, secret, downwardAPI and projected volumes",
      pod(volumes=[{"name": "cfg", "configMap": {"name": "app", "defaultUser": 1000,
                                                 "items": [{"key": "a", "path": "a", "user": 0}]}},
                   {"name": "sec", "secret": {"secretName": "app", "defaultUser": 2147483647}},
                   {"name": "info", "downwardAPI": {"defaultUser": 1000, "items": [
                       {"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}, "user": 1000}]}},
                   {"name": "all", "projected": {"defaultUser": 1000, "sources": [
                       {"serviceAccountToken": {"path": "token", "user": 1000}},
                       {"configMap": {"name": "app", "items": [{"key": "b", "path": "b", "user": 1000}]}}]}}]),
      version="1.37", gates=users_on)
    g("volume-users-range-1-37", "defaultUser and user must be user IDs (0 to 2147483647)",
      pod(volumes=[{"name": "cfg", "configMap": {"name": "app", "defaultUser": -1,
                                                 "items": [{"key": "a", "path": "a", "user": 2147483648}]}},
                   {"name": "all", "projected": {"defaultUser": -2, "sources": [
                       {"serviceAccountToken": {"path": "token", "user": -1}}]}}]),
      "spec.volumes[0].configMap.defaultUser: Invalid value",
      "spec.volumes[0].configMap.items[0].user: Invalid value",
      "spec.volumes[1].projected.defaultUser: Invalid value",
      "spec.volumes[1].projected.sources[0].serviceAccountToken.user: Invalid value",
      version="1.37", gates=users_on)
    g("volume-users-template-1-37", "secret defaultUser out of range in a Job's pod template",
      job_of({"containers": [c()], "volumes": [{"name": "sec", "secret": {"secretName": "app", "defaultUser": -1}}]}),
      "spec.template.spec.volumes[0].secret.defaultUser: Invalid value",
      version="1.37", gates=users_on)

    # ---------------------------------------------------------------- dataSourceRef.namespace
    def ephemeral(ref, data_source=None):
        spec = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}},
                "dataSourceRef": ref}
        if data_source:
            spec["dataSource"] = data_source
        return pod([c(volumeMounts=[{"name": "scratch", "mountPath": "/scratch"}])],
                   volumes=[{"name": "scratch", "ephemeral": {"volumeClaimTemplate": {"spec": spec}}}])

    # ValidateVolumes keeps a volume with errors out of the pod's volumes, so its mount is then
    # Not found, as published server verdicts for such templates show.
    MOUNT_NOT_FOUND = "spec.containers[0].volumeMounts[0].name: Not found"
    snapshot = {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "base"}
    cross = ["CrossNamespaceVolumeDataSource=true"]
    g("ephemeral-cross-namespace-valid", "validateDataSourceRef (namespace a DNS label, CrossNamespaceVolumeDataSource on)",
      ephemeral(dict(snapshot, namespace="images")), gates=cross)
    g("ephemeral-cross-namespace-bad", "validateDataSourceRef (namespace not a DNS label)",
      ephemeral(dict(snapshot, namespace="Images_NS")),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSourceRef.namespace: Invalid value",
      MOUNT_NOT_FOUND, gates=cross)
    g("ephemeral-cross-namespace-with-data-source", "ValidatePersistentVolumeClaimSpec (dataSource with dataSourceRef.namespace)",
      ephemeral(dict(snapshot, namespace="images"), data_source=snapshot),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec: Invalid value", MOUNT_NOT_FOUND, gates=cross)
    g("ephemeral-cross-namespace-gate-off", "ValidatePersistentVolumeClaimSpec (gate off: the pod strategy keeps the namespace)",
      ephemeral(dict(snapshot, namespace="Images_NS"), data_source=snapshot),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSourceRef.namespace: Invalid value",
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec: Invalid value", MOUNT_NOT_FOUND)
