"""Core pod-spec cases of the core14 audit (issue 10), imported by _generate.py.

Each case follows an upstream kubernetes/kubernetes validation_test.go test function of
pkg/apis/core/validation (named in "# source:"); the expected errors are written by hand from
validation.go, never copied from the validator's output. The copies read: the 1.33-era
kubernetes/kubernetes 000f2605, the 1.35-era darshansreenivas/validation-gen 04780fad and the
1.36-era AIAgentSandox/kubernetes 64149d12; for 1.37 the API's text (kubernetes/api 10b39a39b),
KEP-5855 and the v1.37 storage-hardening blog post. File names start with "core14-" (refused)
or "valid-core14-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("core14")

    # ------------------------------------------- pod-level resources (validatePodResources)
    # 1.34 on: a resource the pod does not request is skipped (kubernetes/kubernetes#132449);
    # 1.33 (gate turned on) compares it with 0.
    ephemeral = pod([c(resources={"requests": {"ephemeral-storage": "10Mi"}})],
                    resources={"requests": {"cpu": "300m"}})
    ok("pod-resources-unrequested-resource-1-34", "TestValidatePodResourceConsistency (container requests a resource the pod does not)",
       ephemeral, version="1.34")
    ok("pod-resources-unrequested-resource-1-37", "TestValidatePodResourceConsistency (container requests a resource the pod does not)",
       ephemeral, version="1.37")
    bad("pod-resources-unrequested-resource-1-33", "TestValidatePodResourceConsistency (1.33: an unset pod request counts as 0)",
        ephemeral, "spec.resources.requests[ephemeral-storage]: Invalid value",
        version="1.33", gates=["PodLevelResources=true"])
    ok("pod-resources-extended-resource-1-35", "TestValidatePodResourceConsistency (extended resource on a container only)",
       pod([c(resources={"limits": {"example.com/gpu": "1", "cpu": "500m"}})],
           resources={"limits": {"cpu": "1", "memory": "256Mi"}}), version="1.35")
    ok("pod-resources-limits-only-1-34", "TestValidatePodResourceConsistency (pod limits only: requests defaulted from them)",
       pod([c(resources={"requests": {"memory": "1Gi"}})], resources={"limits": {"cpu": "2"}}), version="1.34")
    # 1.34 on: a Windows pod gets one Forbidden and no detail (kubernetes/kubernetes#133046).
    bad("pod-resources-windows-1-34", "TestValidatePodSpec (populate PodLevelResources with windows OS)",
        pod([c()], os={"name": "windows"}, resources={"requests": {"cpu": "1"}, "limits": {"cpu": "500m"}}),
        "spec.resources: Forbidden", version="1.34")
    ok("pod-resources-linux-1-36", "TestValidatePodSpec (populate PodLevelResources with valid OS)",
       pod([c()], os={"name": "linux"}, resources={"requests": {"cpu": "1"}}), version="1.36")
    # 1.34 on: pod hugepage limits cover the containers' aggregate (kubernetes/kubernetes#131089).
    # The containers' hugepage requests default to their limits, the pod's to its limits, so the
    # requests check fires first.
    bad("pod-resources-hugepages-limit-1-36", "TestValidatePodResourceConsistency (pod hugepage limit below the containers' aggregate)",
        pod([c(resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi"}}),
             c("side", resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi"}})],
            resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "1Gi", "cpu": "1"}}),
        "spec.resources.requests[hugepages-2Mi]: Invalid value",
        "spec.resources.limits[hugepages-2Mi]: Invalid value", version="1.36")
    ok("pod-resources-hugepages-1-36", "TestValidatePodResourceConsistency (pod hugepage limit covers the containers)",
       pod([c(resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi"}}),
            c("side", resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi"}})],
           resources={"limits": {"hugepages-2Mi": "4Mi", "memory": "1Gi", "cpu": "1"}}), version="1.36")

    # ----------------------------------------- bindMountOptions (VolumeBindMountOptions, 1.37)
    # KEP-5855 (Design Details: only noexec, nodev, nosuid, no duplicates), the API's text ("These
    # are Linux mount options and have no effect on Windows nodes") and the v1.37 blog ("Linux
    # only ... has no effect on Windows nodes"): a Windows pod may set them, unlike the fields
    # validateWindows forbids, whose text says "cannot be set when spec.os.name is windows".
    bmo = ["VolumeBindMountOptions=true"]
    ok("bind-mount-options-windows-1-37", "bindMountOptions (KEP-5855: no effect on Windows nodes, not refused)",
       pod([c(volumeMounts=[{"name": "data", "mountPath": "C:\\data", "bindMountOptions": ["noexec", "nosuid"]}])],
           os={"name": "windows"}, volumes=[{"name": "data", "emptyDir": {}}]), version="1.37", gates=bmo)
    bad("bind-mount-options-windows-bad-option-1-37", "bindMountOptions (KEP-5855: only noexec, nodev, nosuid, on Windows pods too)",
        pod([c(volumeMounts=[{"name": "data", "mountPath": "C:\\data", "bindMountOptions": ["ro"]}])],
            os={"name": "windows"}, volumes=[{"name": "data", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts[0].bindMountOptions[0]: Unsupported value", version="1.37", gates=bmo)

    # ------------------------------------------------------ hostUsers (validateHostUsers)
    pvc = {"name": "blk", "persistentVolumeClaim": {"claimName": "raw"}}
    dev = [{"name": "blk", "devicePath": "/dev/xvda"}]
    bad("host-users-volume-devices-init-1-35", "TestValidatePodSpec (hostUsers false with volumeDevices in an init container)",
        pod(init=[c("prep", volumeDevices=dev)], hostUsers=False, volumes=[pvc]),
        "spec.initContainers[0].volumeDevices: Forbidden", version="1.35")
    # Was "valid" in 1.34; kubernetes/kubernetes#132868 (the volumeDevices rule) is listed in
    # CHANGELOG-1.34.md under v1.34.0-rc.0, so 1.34 refuses it (fixed by task sec15).
    bad("host-users-volume-devices-1-34", "TestValidatePodSpec (1.34: volumeDevices with hostUsers false, #132868)",
        pod([c(volumeDevices=dev)], hostUsers=False, volumes=[pvc]),
        "spec.containers[0].volumeDevices: Forbidden", version="1.34")
    bad("host-users-host-ipc", "TestValidatePodSpec (hostUsers false with hostIPC: the path capitalises HostIPC)",
        pod(hostUsers=False, hostIPC=True), "spec.HostIPC: Forbidden")
    ok("host-users-true-host-network", "TestValidatePodSpec (hostUsers true with host namespaces)",
       pod([c(ports=[{"containerPort": 8080}])], hostUsers=True, hostNetwork=True, hostPID=True, hostIPC=True))

    # ------------------------------------- stopSignal (ContainerStopSignals, alpha from 1.33)
    stop = ["ContainerStopSignals=true"]
    bad("stop-signal-no-os-1-34", "TestValidateContainerStopSignal (no spec.os.name)",
        pod([c(lifecycle={"stopSignal": "SIGUSR1"})]),
        "spec.containers[0].lifecycle.stopSignal: Forbidden", version="1.34", gates=stop)
    ok("stop-signal-linux-1-34", "TestValidateContainerStopSignal (linux: a real-time signal)",
       pod([c(lifecycle={"stopSignal": "SIGRTMIN+1"})], os={"name": "linux"}), version="1.34", gates=stop)
    bad("stop-signal-linux-unknown-1-34", "TestValidateContainerStopSignal (linux: not a signal)",
        pod([c(lifecycle={"stopSignal": "SIGFOO"})], os={"name": "linux"}),
        "spec.containers[0].lifecycle.stopSignal: Unsupported value", version="1.34", gates=stop)
    bad("stop-signal-windows-sigint-1-36", "TestValidateContainerStopSignal (windows: only SIGKILL and SIGTERM)",
        pod([c(lifecycle={"stopSignal": "SIGINT"})], os={"name": "windows"}),
        "spec.containers[0].lifecycle.stopSignal: Unsupported value", version="1.36", gates=stop)
    ok("stop-signal-windows-sigterm-1-37", "TestValidateContainerStopSignal (windows: SIGTERM)",
       pod([c(lifecycle={"stopSignal": "SIGTERM"})], os={"name": "windows"}), version="1.37", gates=stop)
    bad("stop-signal-sidecar-no-os-1-35", "TestValidateContainerStopSignal (a sidecar's lifecycle is checked too)",
        pod(init=[c("proxy", restartPolicy="Always", lifecycle={"stopSignal": "SIGQUIT"})]),
        "spec.initContainers[0].lifecycle.stopSignal: Forbidden", version="1.35", gates=stop)

    # ------------------------------------------------------ dnsConfig (validatePodDNSConfig)
    bad("dns-none-without-config", "TestValidatePodDNSConfig (dnsPolicy None without dnsConfig)",
        pod(dnsPolicy="None"), "spec.dnsConfig: Required value")
    bad("dns-none-without-nameservers", "TestValidatePodDNSConfig (dnsPolicy None, dnsConfig without nameservers)",
        pod(dnsPolicy="None", dnsConfig={"searches": ["example.com"], "options": [{"name": ""}]}),
        "spec.dnsConfig.nameservers: Required value")
    bad("dns-too-many-searches", "TestValidatePodDNSConfig (33 search paths, at most 32)",
        pod(dnsConfig={"searches": ["s%d.example.com" % i for i in range(33)]}), "spec.dnsConfig.searches: Invalid value")
    ok("dns-32-searches", "TestValidatePodDNSConfig (32 search paths)",
       pod(dnsConfig={"searches": ["s%d.example.com" % i for i in range(32)]}))
    bad("dns-search-list-too-long", "TestValidatePodDNSConfig (search list above 2048 characters with spaces)",
        pod(dnsConfig={"searches": [(ch * 63 + ".") * 3 + ch * 61 for ch in "abcdefghi"]}),  # 9 x 253 + 8 spaces
        "spec.dnsConfig.searches: Invalid value")
    ok("dns-search-root-and-underscore", "TestValidatePodDNSConfig (relaxed: '.' and underscores)",
       pod(dnsConfig={"searches": [".", "_sip._tcp.example.com", "svc.cluster.local."]}))
    bad("dns-search-underscore-1-31", "TestValidatePodDNSConfig (1.31, strict: no underscores)",
        pod(dnsConfig={"searches": ["_sip._tcp.example.com"]}), "spec.dnsConfig.searches[0]: Invalid value", version="1.31")
    bad("dns-search-root-1-31", "TestValidatePodDNSConfig (1.31, strict: '.' trims to an empty name)",
        pod(dnsConfig={"searches": ["."]}), "spec.dnsConfig.searches[0]: Invalid value", version="1.31")
    bad("dns-nameserver-bad-ip", "TestValidatePodDNSConfig (nameserver not an IP)",
        pod(dnsPolicy="None", dnsConfig={"nameservers": ["1.2.3.4", "dns.example.com"]}),
        "spec.dnsConfig.nameservers[1]: Invalid value")

    # ---------------------------------------------------- readiness and scheduling gates
    ok("readiness-gates", "TestValidateReadinessGates (qualified names)",
       pod(readinessGates=[{"conditionType": "www.example.com/feature-1"}, {"conditionType": "ready"}]))
    bad("readiness-gate-empty", "TestValidateReadinessGates (empty: empty and not matching the name regex)",
        pod(readinessGates=[{"conditionType": ""}]),
        "spec.readinessGates[0].conditionType: Invalid value", "spec.readinessGates[0].conditionType: Invalid value")
    bad("readiness-gate-empty-prefix", "TestValidateReadinessGates (empty prefix)",
        pod(readinessGates=[{"conditionType": "/ready"}]), "spec.readinessGates[0].conditionType: Invalid value")
    bad("readiness-gate-empty-name", "TestValidateReadinessGates (prefix without a name)",
        pod(readinessGates=[{"conditionType": "example.com/"}]),
        "spec.readinessGates[0].conditionType: Invalid value", "spec.readinessGates[0].conditionType: Invalid value")
    bad("scheduling-gate-empty", "TestValidateSchedulingGates (empty name)",
        pod(schedulingGates=[{"name": ""}]), "spec.schedulingGates[0]: Invalid value", "spec.schedulingGates[0]: Invalid value")
    bad("scheduling-gates-three-same", "TestValidateSchedulingGates (the same gate three times)",
        pod(schedulingGates=[{"name": "example.com/wait"}] * 3),
        "spec.schedulingGates[1]: Duplicate value", "spec.schedulingGates[2]: Duplicate value")
    ok("scheduling-gates", "TestValidateSchedulingGates (qualified names)",
       pod(schedulingGates=[{"name": "example.com/quota"}, {"name": "wait"}]))

    # ----------------------------------------------------- Windows pods (validateWindows)
    win = {"name": "windows"}
    bad("windows-host-users-true", "TestValidateWindows (hostUsers set at all)",
        pod(os=win, hostUsers=True), "spec.hostUsers: Forbidden")
    ok("windows-allowed-fields", "TestValidateWindows (fields a windows pod may set)",
       pod([c(securityContext={"runAsNonRoot": True, "windowsOptions": {"runAsUserName": "ContainerUser"}})],
           os=win, securityContext={"runAsNonRoot": True, "windowsOptions": {"runAsUserName": "ContainerAdministrator"}}))
    bad("windows-sidecar-privileged", "TestValidateWindows (a sidecar's privileged and readOnlyRootFilesystem)",
        pod(init=[c("proxy", restartPolicy="Always", securityContext={"privileged": False, "readOnlyRootFilesystem": True})], os=win),
        "spec.initContainers[0].securityContext.readOnlyRootFilesystem: Forbidden",
        "spec.initContainers[0].securityContext.privileged: Forbidden")

    # ------------------------------- env fileKeyRef (EnvFiles: alpha 1.34, beta and on 1.35)
    envdir = {"name": "config", "emptyDir": {}}
    fk = {"volumeName": "config", "path": "app.env", "key": "DB_HOST"}
    setup = c("setup", command=["sh", "-c", "echo DB_HOST=db > /config/app.env"],
              volumeMounts=[{"name": "config", "mountPath": "/config"}])
    ok("env-file-key-ref-1-35", "TestValidateEnv (fileKeyRef from an emptyDir an init container writes)",
       pod([c(env=[{"name": "DB_HOST", "valueFrom": {"fileKeyRef": fk}},
                   {"name": "OPTIONAL", "valueFrom": {"fileKeyRef": dict(fk, key="MAYBE", optional=True)}}])],
           init=[setup], volumes=[envdir]), version="1.35")
    ok("env-file-key-ref-relaxed-key-1-37", "TestValidateEnv (fileKeyRef key: a relaxed name)",
       pod([c(env=[{"name": "X", "valueFrom": {"fileKeyRef": dict(fk, key="1st.key-name")}}])], volumes=[envdir]),
       version="1.37")
    bad("env-file-key-ref-1-34", "TestValidateEnv (1.34: EnvFiles off, the selector is dropped and valueFrom names no source)",
        pod([c(env=[{"name": "DB_HOST", "valueFrom": {"fileKeyRef": fk}}])], volumes=[envdir]),
        "spec.containers[0].env[0].valueFrom: Invalid value", version="1.34",
        warn=["spec.containers[0].env[0].valueFrom.fileKeyRef: dropped"])
    bad("env-file-key-ref-fields-1-35", "TestValidateEnv (fileKeyRef: key with '=', volume name not a DNS label, path with '..')",
        pod([c(env=[{"name": "A", "valueFrom": {"fileKeyRef": {"volumeName": "Config_Vol", "path": "../app.env", "key": "A=B"}}}])],
            volumes=[envdir]),
        "spec.containers[0].env[0].valueFrom.fileKeyRef.key: Invalid value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Invalid value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.path: Invalid value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Not found", version="1.35")
    bad("env-file-key-ref-empty-1-36", "TestValidateEnv (fileKeyRef without key, volumeName and path)",
        pod([c(env=[{"name": "A", "valueFrom": {"fileKeyRef": {"volumeName": "", "path": "", "key": ""}}}])]),
        "spec.containers[0].env[0].valueFrom.fileKeyRef.key: Required value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Required value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.path: Required value",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Not found", version="1.36")
    bad("env-file-key-ref-with-value-1-35", "TestValidateEnv (fileKeyRef and value)",
        pod([c(env=[{"name": "A", "value": "x", "valueFrom": {"fileKeyRef": fk}}])], volumes=[envdir]),
        "spec.containers[0].env[0].valueFrom: Invalid value", version="1.35")
    bad("env-file-key-ref-and-secret-1-35", "TestValidateEnv (fileKeyRef and secretKeyRef)",
        pod([c(env=[{"name": "A", "valueFrom": {"fileKeyRef": fk, "secretKeyRef": {"name": "s", "key": "k"}}}])],
            volumes=[envdir]),
        "spec.containers[0].env[0].valueFrom: Invalid value", version="1.35")
    bad("env-file-key-ref-not-empty-dir-1-35", "TestValidateFileKeyRefVolumes (volume not an emptyDir; init containers reported first)",
        pod([c(env=[{"name": "A", "valueFrom": {"fileKeyRef": dict(fk, volumeName="cfg")}}])],
            init=[c("setup", env=[{"name": "B", "valueFrom": {"fileKeyRef": dict(fk, volumeName="missing")}}])],
            volumes=[{"name": "cfg", "configMap": {"name": "cfg"}}]),
        "spec.initContainers[0].env[0].valueFrom.fileKeyRef.volumeName: Not found",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Invalid value", version="1.35")

    # ------------------- projected clusterTrustBundle and podCertificate (gates beta and off)
    # dropDisabledPodFields removes both sources while their gates are off, so they neither
    # count as a second source nor are checked (a 1.36 dry run: "has no sources provided").
    # The drop sets the source's field to nil and leaves the source in the list, and
    # WarningsOnCreate runs after PrepareForCreate (registry/rest BeforeCreate), so a source that
    # held only the dropped field is empty: warningsForPodSpecAndMeta's "has no sources provided".
    ok("projected-pod-certificate-dropped-1-36", "dropDisabledPodFields (podCertificate: its gate is off, the source is dropped)",
       pod(volumes=[{"name": "certs", "projected": {"sources": [
           {"podCertificate": {"signerName": "example.com/serving", "keyType": "ECDSAP256",
                               "credentialBundlePath": "bundle.pem"}}]}}]),
       version="1.36", warn=["spec.volumes[0].projected.sources[0].podCertificate",
                             'volume "certs" (Projected) has no sources provided'])
    ok("projected-trust-bundle-with-config-map-1-33", "dropDisabledPodFields (clusterTrustBundle dropped: one volume type left in the source)",
       pod(volumes=[{"name": "trust", "projected": {"sources": [
           {"configMap": {"name": "ca"}, "clusterTrustBundle": {"signerName": "example.com/ca", "path": "ca.pem"}}]}}]),
       version="1.33", warn=["spec.volumes[0].projected.sources[0].clusterTrustBundle"])
    bad("stop-signal-linux-rtmax-15-1-36", "TestValidateContainerStopSignal (linux: SIGRTMAX-15 is not in the list, SIGRTMIN+15 is)",
        pod([c(lifecycle={"stopSignal": "SIGRTMAX-15"}), c("b", lifecycle={"stopSignal": "SIGRTMIN+15"})], os={"name": "linux"}),
        "spec.containers[0].lifecycle.stopSignal: Unsupported value", version="1.36", gates=["ContainerStopSignals=true"])

    # ------------------------------- topology spread (validateTopologySpreadConstraints)
    web = {"matchLabels": {"app": "web"}}
    bad("spread-min-domains-and-policies", "TestValidateTopologySpreadConstraints (minDomains 0 with ScheduleAnyway, bad node policies, matchLabelKeys without selector)",
        pod(topologySpreadConstraints=[
            {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "ScheduleAnyway", "minDomains": 0,
             "nodeAffinityPolicy": "Bad", "nodeTaintsPolicy": "honor", "labelSelector": web},
            {"maxSkew": 1, "topologyKey": "host", "whenUnsatisfiable": "DoNotSchedule", "matchLabelKeys": ["pod-template-hash"]}]),
        "spec.topologySpreadConstraints[0].minDomains: Invalid value",
        "spec.topologySpreadConstraints[0].minDomains: Invalid value",
        "spec.topologySpreadConstraints[0].nodeAffinityPolicy: Unsupported value",
        "spec.topologySpreadConstraints[0].nodeTaintsPolicy: Unsupported value",
        "spec.topologySpreadConstraints[1].matchLabelKeys: Forbidden")
    bad("spread-match-label-keys-1-33", "TestValidateTopologySpreadConstraints (1.33: a key also in matchLabels, a key not a label name)",
        pod(meta={"name": "web", "labels": {"app": "web"}}, topologySpreadConstraints=[
            {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule",
             "matchLabelKeys": ["app", "bad key"], "labelSelector": web}]),
        "spec.topologySpreadConstraints[0].matchLabelKeys[0]: Invalid value",
        "spec.topologySpreadConstraints[0].matchLabelKeys[1]: Invalid value", version="1.33")
    ok("spread-node-policies", "TestValidateTopologySpreadConstraints (node policies Honor and Ignore, minDomains with DoNotSchedule)",
       pod(topologySpreadConstraints=[{"maxSkew": 2, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule", "minDomains": 3,
                                       "nodeAffinityPolicy": "Ignore", "nodeTaintsPolicy": "Honor", "labelSelector": web}]))

    # --------------------------------------------------------- sysctls and AppArmor
    bad("sysctls-host-ipc", "TestValidateSysctls (IPC sysctls with hostIPC; a net sysctl is fine without hostNetwork)",
        pod(hostIPC=True, securityContext={"sysctls": [{"name": "kernel.shm_rmid_forced", "value": "1"},
                                                      {"name": "fs.mqueue.msg_max", "value": "10"},
                                                      {"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"}]}),
        "spec.securityContext.sysctls[0].name: Invalid value", "spec.securityContext.sysctls[1].name: Invalid value")
    bad("apparmor-annotation-and-field-differ", "TestValidateAppArmorProfileFormat (annotation RuntimeDefault, field Unconfined)",
        pod([c(securityContext={"appArmorProfile": {"type": "Unconfined"}})],
            meta={"name": "web", "annotations": {"container.apparmor.security.beta.kubernetes.io/app": "runtime/default"}}),
        "spec.containers[0].securityContext.appArmorProfile.type: Forbidden")

    # ------------------------------------ ephemeral containers (validateEphemeralContainers)
    data = {"name": "data", "emptyDir": {}}
    bad("ephemeral-template", "TestValidateEphemeralContainers (in a Deployment template: checked, then not allowed)",
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
         "spec": {"selector": {"matchLabels": {"app": "web"}},
                  "template": {"metadata": {"labels": {"app": "web"}},
                               "spec": {"volumes": [data], "initContainers": [c("init", "busybox")], "containers": [c()],
                                        "ephemeralContainers": [c("init", "busybox", resources={"limits": {"cpu": "1"}},
                                                                  volumeMounts=[{"name": "data", "mountPath": "/data", "subPath": "x"}])]}}}},
        "spec.template.spec.ephemeralContainers[0].name: Duplicate value",
        "spec.template.spec.ephemeralContainers[0].resources: Forbidden",
        "spec.template.spec.ephemeralContainers[0].volumeMounts[0].subPath: Forbidden",
        "spec.template.spec.ephemeralContainers: Forbidden")
    bad("ephemeral-subpath-expr", "TestValidateEphemeralContainers (unknown target, subPathExpr; then none on create)",
        pod(volumes=[data], ephemeralContainers=[c("debug", "busybox", targetContainerName="nope",
                                                   volumeMounts=[{"name": "data", "mountPath": "/data", "subPathExpr": "$(POD)"}])]),
        "spec.ephemeralContainers[0].targetContainerName: Not found",
        "spec.ephemeralContainers[0].volumeMounts[0].subPathExpr: Forbidden",
        "spec.ephemeralContainers: Forbidden")

    # -------------------------------------------- defaults first (SetDefaults_PodSpec and _Container)
    ok("empty-policies-defaulted", "TestValidatePodSpec (empty restartPolicy, dnsPolicy, pull and termination-message policies, protocol: defaulted)",
       pod([c(image="nginx:latest", imagePullPolicy="", terminationMessagePolicy="", ports=[{"containerPort": 80, "protocol": ""}])],
           restartPolicy="", dnsPolicy="", terminationGracePeriodSeconds=-1))
    # no grace-period warning: Convert_v1_Pod_To_core_Pod makes a Pod's negative value 1 first
    ok("template-host-network-port-defaulted-later", "TestValidatePodSpec (template with hostNetwork: a hostPort of 0 is defaulted when the Pod is made)",
       {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}},
                              "spec": {"hostNetwork": True, "containers": [c(ports=[{"containerPort": 8080}])]}}}})
    bad("probe-without-handler", "TestValidateProbe (no handler; liveness successThreshold must be 1) and activeDeadlineSeconds 0",
        pod([c(livenessProbe={"initialDelaySeconds": 5, "successThreshold": 2})], activeDeadlineSeconds=0),
        "spec.containers[0].livenessProbe: Required value",
        "spec.containers[0].livenessProbe.successThreshold: Invalid value",
        "spec.activeDeadlineSeconds: Invalid value")

    # ------------------------------------------------ tolerations, claims, SELinux change policy
    bad("toleration-gt-1-35", "TestValidateTolerations (Gt while TaintTolerationComparisonOperators is off)",
        pod(tolerations=[{"key": "gpu-count", "operator": "Gt", "value": "2", "effect": "NoSchedule"}]),
        "spec.tolerations[0].operator: Unsupported value", version="1.35")
    claim = [{"name": "gpu", "resourceClaimTemplateName": "gpu-template"}]
    ok("claims-with-requests-1-34", "TestValidateResourceRequirements (claims naming requests of one pod claim)",
       pod([c(resources={"claims": [{"name": "gpu", "request": "first"}, {"name": "gpu", "request": "second"}]}),
            c("b", resources={"claims": [{"name": "gpu"}]})], resourceClaims=claim), version="1.34")
    bad("claims-request-duplicate-1-35", "TestValidateResourceRequirements (the same claim and request twice, a request not a DNS label)",
        pod([c(resources={"claims": [{"name": "gpu", "request": "first"}, {"name": "gpu", "request": "first"},
                                     {"name": "gpu", "request": "Bad_Name"}]})], resourceClaims=claim),
        "spec.containers[0].resources.claims[1]: Duplicate value",
        "spec.containers[0].resources.claims[2].request: Invalid value", version="1.35")
    bad("selinux-change-policy-mount-option-1-34", "TestValidatePodSpec (seLinuxChangePolicy MountOption while SELinuxMount is off)",
        pod(securityContext={"seLinuxChangePolicy": "MountOption"}),
        "spec.securityContext.seLinuxChangePolicy: Unsupported value", version="1.34")
    bad("apparmor-localhost-profile-lengths", "TestValidateAppArmorProfileFormat (empty localhostProfile; one above 4095 bytes; containers come before the pod context)",
        pod([c(securityContext={"appArmorProfile": {"type": "Localhost", "localhostProfile": ""}})],
            securityContext={"appArmorProfile": {"type": "Localhost", "localhostProfile": "p" * 4096}}),
        "spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value",
        "spec.securityContext.appArmorProfile.localhostProfile: Too long")
    bad("resize-policy-sidecar-never-1-36", "TestValidateResizePolicy (a sidecar in a restartPolicy Never pod: RestartContainer refused too)",
        pod(init=[c("proxy", restartPolicy="Always", resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"},
                                                                   {"resourceName": "memory", "restartPolicy": "RestartContainer"}])],
            restartPolicy="Never"),
        "spec.initContainers[0].resizePolicy: Invalid value", version="1.36")
