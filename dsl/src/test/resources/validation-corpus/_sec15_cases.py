"""Cases of task sec15 (imported by _generate.py): ephemeral containers, pod and container
security contexts, sysctls, hostUsers (user namespaces) and the OS-specific rules.

Each case follows a case of upstream kubernetes/kubernetes
pkg/apis/core/validation/validation_test.go (named in "# source:"), turned into a manifest a
user would send. The expected errors are written by hand from validation.go (the stored copy at
kubernetes/kubernetes 000f2605, 1.33-era; for 1.35 and later the 1.36-era copy at
AIAgentSandox/kubernetes 64149d12), pkg/api/pod/util.go (dropDisabledFields and the
validation options) and the feature-gate timeline of pkg/features/kube_features.go
(atiratree/kubernetes 9df2668f, 1.37-era), never copied from the validator's output.

Things every ephemeral case shares: ValidatePodCreate refuses a Pod with ephemeral containers
(`spec.ephemeralContainers: Forbidden: cannot be set on create`) after ValidatePodSpec, whose
validateEphemeralContainers errors come first; the API defaults (SetDefaults_Container through
SetDefaults_EphemeralContainer) fill terminationMessagePolicy and imagePullPolicy, so an empty
container is refused only its name and image. File names start with "sec15-" (refused) or
"valid-sec15-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("sec15")

    on_create = "spec.ephemeralContainers: Forbidden"
    volumes = [{"name": "vol", "emptyDir": {}},
               {"name": "blk", "persistentVolumeClaim": {"claimName": "pvc"}}]

    def debug(name="debug", **kw):
        d = {"name": name, "image": "image"}
        d.update(kw)
        return d

    def eph(ephemerals, **spec):
        return pod([c("ctr")], init=[c("ictr")], ephemeralContainers=ephemerals,
                   volumes=volumes, **spec)

    src = "TestValidateEphemeralContainers"
    # ------------------------------------------------ validateEphemeralContainers: success cases
    bad("ephemeral-all-allowed-fields", src + "/successCases (All allowed fields; Single Container "
        "with Target; only ValidatePodCreate refuses them)",
        eph([debug(command=["bash"], args=["-c", "true"], workingDir="/",
                   envFrom=[{"configMapRef": {"name": "dummy"}}], env=[{"name": "TEST", "value": "TRUE"}],
                   volumeMounts=[{"name": "vol", "mountPath": "/vol"}],
                   volumeDevices=[{"name": "blk", "devicePath": "/dev/block"}],
                   terminationMessagePath="/dev/termination-log", terminationMessagePolicy="File",
                   imagePullPolicy="IfNotPresent",
                   securityContext={"capabilities": {"add": ["SYS_ADMIN"]}},
                   stdin=True, stdinOnce=True, tty=True, targetContainerName="ctr"),
             debug("debug2", targetContainerName="ictr")]),
        on_create)
    # ------------------------------------------------ validateEphemeralContainers: error cases
    bad("ephemeral-name-of-container", src + "/errorCases (Name Collision with Container.Containers)",
        eph([debug("ctr")]), "spec.ephemeralContainers[0].name: Duplicate value", on_create)
    bad("ephemeral-name-of-init-container",
        src + "/errorCases (Name Collision with Container.InitContainers)",
        eph([debug("ictr")]), "spec.ephemeralContainers[0].name: Duplicate value", on_create)
    bad("ephemeral-name-twice", src + "/errorCases (Name Collision with EphemeralContainers)",
        eph([debug("debug1"), debug("debug1")]),
        "spec.ephemeralContainers[1].name: Duplicate value", on_create)
    bad("ephemeral-empty", src + "/errorCases (empty Container; pull and message policies defaulted)",
        eph([{}]),
        "spec.ephemeralContainers[0].name: Required value",
        "spec.ephemeralContainers[0].image: Required value", on_create)
    bad("ephemeral-bad-name", src + "/errorCases (name not a DNS label)",
        eph([debug("Debug_1")]), "spec.ephemeralContainers[0].name: Invalid value", on_create)
    bad("ephemeral-padded-image", src + "/errorCases (whitespace padded image name)",
        eph([debug(image=" image")]), "spec.ephemeralContainers[0].image: Invalid value", on_create)
    bad("ephemeral-bad-pull-policy", src + "/errorCases (invalid image pull policy)",
        eph([debug(imagePullPolicy="PullThreeTimes")]),
        "spec.ephemeralContainers[0].imagePullPolicy: Unsupported value", on_create)
    bad("ephemeral-target-missing", src + "/errorCases (TargetContainerName doesn't exist)",
        eph([debug(targetContainerName="bogus")]),
        "spec.ephemeralContainers[0].targetContainerName: Not found", on_create)
    bad("ephemeral-target-ephemeral", src + "/errorCases (Targets an ephemeral container)",
        eph([debug("debug1"), debug("debug2", targetContainerName="debug1")]),
        "spec.ephemeralContainers[1].targetContainerName: Not found", on_create)
    # validateFieldAllowList, one field at a time, then several in EphemeralContainerCommon's order.
    for slug, field, value in [
            ("lifecycle", "lifecycle", {"preStop": {"exec": {"command": ["true"]}}}),
            ("liveness-probe", "livenessProbe", {"exec": {"command": ["true"]}, "successThreshold": 1}),
            ("ports", "ports", [{"name": "port", "containerPort": 8000, "protocol": "TCP"}]),
            ("readiness-probe", "readinessProbe", {"exec": {"command": ["true"]}}),
            ("startup-probe", "startupProbe", {"exec": {"command": ["true"]}, "successThreshold": 1}),
            ("resources", "resources", {"limits": {"cpu": "10"}}),
            ("resize-policy", "resizePolicy", [{"resourceName": "cpu", "restartPolicy": "NotRequired"}]),
            ("restart-policy", "restartPolicy", "Always")]:
        bad("ephemeral-" + slug, src + "/errorCases (Container uses disallowed field: %s)" % field,
            eph([debug(**{field: value})]),
            "spec.ephemeralContainers[0].%s: Forbidden" % field, on_create)
    bad("ephemeral-disallowed-fields-in-order",
        src + "/errorCases (several disallowed fields: validateFieldAllowList walks the struct's fields)",
        eph([debug(lifecycle={"postStart": {"exec": {"command": ["true"]}}},
                   startupProbe={"tcpSocket": {"port": 80}},
                   resources={"requests": {"memory": "1Gi"}},
                   ports=[{"containerPort": 80}])]),
        "spec.ephemeralContainers[0].ports: Forbidden",
        "spec.ephemeralContainers[0].resources: Forbidden",
        "spec.ephemeralContainers[0].startupProbe: Forbidden",
        "spec.ephemeralContainers[0].lifecycle: Forbidden", on_create)
    bad("ephemeral-lifecycle-bad-handler",
        src + "/errorCases (Disallowed field with other errors should only return a single Forbidden)",
        eph([debug(lifecycle={"preStop": {"exec": {"command": []}}})]),
        "spec.ephemeralContainers[0].lifecycle: Forbidden", on_create)
    bad("ephemeral-subpath", src + "/errorCases (Container uses disallowed field: VolumeMount.SubPath)",
        eph([debug(volumeMounts=[{"name": "vol", "mountPath": "/vol"},
                                 {"name": "vol", "mountPath": "/volsub", "subPath": "foo"}])]),
        "spec.ephemeralContainers[0].volumeMounts[1].subPath: Forbidden", on_create)
    bad("ephemeral-subpath-expr",
        src + "/errorCases (Container uses disallowed field: VolumeMount.SubPathExpr)",
        eph([debug(volumeMounts=[{"name": "vol", "mountPath": "/vol"},
                                 {"name": "vol", "mountPath": "/volsub", "subPathExpr": "$(POD_NAME)"}])]),
        "spec.ephemeralContainers[0].volumeMounts[1].subPathExpr: Forbidden", on_create)
    bad("ephemeral-errors-in-order",
        src + "/errorCases (validateContainerCommon, then name, target, allowed fields and subPaths)",
        eph([debug("ctr", image=" image", targetContainerName="missing",
                   securityContext={"privileged": True, "allowPrivilegeEscalation": False},
                   volumeMounts=[{"name": "nope", "mountPath": "/x", "subPath": "y"}],
                   ports=[{"containerPort": 80}])]),
        "spec.ephemeralContainers[0].volumeMounts[0].name: Not found",
        "spec.ephemeralContainers[0].securityContext: Invalid value",
        "spec.ephemeralContainers[0].image: Invalid value",
        "spec.ephemeralContainers[0].name: Duplicate value",
        "spec.ephemeralContainers[0].targetContainerName: Not found",
        "spec.ephemeralContainers[0].ports: Forbidden",
        "spec.ephemeralContainers[0].volumeMounts[0].subPath: Forbidden", on_create)
    bad("ephemeral-in-job-template",
        src + " and ValidatePodTemplateSpec (a Job's template: checked, then not allowed)",
        {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "work"},
         "spec": {"template": {"spec": {"restartPolicy": "Never", "containers": [c("ctr")],
                                        "ephemeralContainers": [debug(targetContainerName="ctr",
                                                                      readinessProbe={"exec": {"command": ["true"]}})]}}}},
        "spec.template.spec.ephemeralContainers[0].readinessProbe: Forbidden",
        "spec.template.spec.ephemeralContainers: Forbidden")

    # dropDisabledFields (pkg/api/pod/util.go) takes gated fields from ephemeral containers too,
    # and a version without a field drops it as unknown: the server then sees no disallowed field.
    rules = [{"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}]
    bad("ephemeral-resize-policy-dropped-1-32",
        "dropDisabledFields (InPlacePodVerticalScaling off: EphemeralContainers[i].ResizePolicy = nil)",
        eph([debug(resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"}])]),
        on_create, version="1.32", warn=["spec.ephemeralContainers[0].resizePolicy: dropped"])
    bad("ephemeral-restart-policy-unknown-1-27",
        src + " (restartPolicy is not a field before 1.28: the decoder drops it)",
        eph([debug(restartPolicy="Always")]), on_create, version="1.27",
        warn=["spec.ephemeralContainers[0].restartPolicy"])
    bad("ephemeral-restart-policy-1-31",
        src + "/errorCases (restartPolicy kept in 1.28 to 1.33: SidecarContainers drops only init "
        "containers' policies)",
        eph([debug(restartPolicy="OnFailure")]),
        "spec.ephemeralContainers[0].restartPolicy: Forbidden", on_create, version="1.31")
    bad("ephemeral-restart-rules-unknown-1-33",
        src + " (restartPolicyRules is not a field before 1.34: the decoder drops it)",
        eph([debug(restartPolicy="Never", restartPolicyRules=rules)]),
        "spec.ephemeralContainers[0].restartPolicy: Forbidden", on_create, version="1.33",
        warn=["spec.ephemeralContainers[0].restartPolicyRules"])
    bad("ephemeral-restart-rules-dropped-1-34",
        "dropContainerRestartRules (ContainerRestartRules alpha and off in 1.34: clears both fields "
        "of every ephemeral container)",
        eph([debug(restartPolicy="Never", restartPolicyRules=rules)]),
        on_create, version="1.34",
        warn=["spec.ephemeralContainers[0].restartPolicy: dropped",
              "spec.ephemeralContainers[0].restartPolicyRules: dropped"])
    bad("ephemeral-restart-rules-1-35",
        src + "/errorCases (Forbidden RestartPolicy and RestartPolicyRules, ContainerRestartRules on)",
        eph([debug(restartPolicy="Never", restartPolicyRules=rules)]),
        "spec.ephemeralContainers[0].restartPolicy: Forbidden",
        "spec.ephemeralContainers[0].restartPolicyRules: Forbidden", on_create, version="1.35")
    bad("ephemeral-stop-signal-dropped-1-33",
        "dropContainerStopSignals (ContainerStopSignals alpha and off; AllContainers: a lifecycle "
        "left empty goes too, so no disallowed field remains)",
        eph([debug(lifecycle={"stopSignal": "SIGTERM"})]), on_create, version="1.33",
        warn=["spec.ephemeralContainers[0].lifecycle.stopSignal: dropped"])
    bad("ephemeral-stop-signal-and-pre-stop-1-36",
        "dropContainerStopSignals (the preStop hook stays, so the lifecycle is still disallowed)",
        eph([debug(lifecycle={"stopSignal": "SIGTERM", "preStop": {"exec": {"command": ["true"]}}})]),
        "spec.ephemeralContainers[0].lifecycle: Forbidden", on_create, version="1.36",
        warn=["spec.ephemeralContainers[0].lifecycle.stopSignal: dropped"])
    claims = [{"name": "gpu", "resourceClaimTemplateName": "gpu-template"}]
    bad("ephemeral-resource-claims-dropped-1-33",
        "dropDisabledDynamicResourceAllocationFields (DynamicResourceAllocation beta and off in 1.33)",
        eph([debug(resources={"claims": [{"name": "gpu"}]})], resourceClaims=claims),
        on_create, version="1.33",
        warn=["spec.ephemeralContainers[0].resources.claims: dropped", "spec.resourceClaims: dropped"])
    bad("ephemeral-resource-claims-1-34",
        src + "/errorCases (Container uses disallowed field: Resources, claims kept once DRA is GA)",
        eph([debug(resources={"claims": [{"name": "gpu"}]})], resourceClaims=claims),
        "spec.ephemeralContainers[0].resources: Forbidden", on_create, version="1.34")

    # ------------------------------------------------ validateHostUsers
    net_support = ["UserNamespacesHostNetworkSupport=true"]
    ok("host-users-host-network-gate-1-35",
       "validateHostUsers (AllowUserNamespacesHostNetworkSupport: UserNamespacesHostNetworkSupport "
       "alpha, turned on)",
       pod([c(ports=[{"containerPort": 8080}])], hostUsers=False, hostNetwork=True),
       version="1.35", gates=net_support)
    ok("host-users-host-network-gate-1-37",
       "validateHostUsers (UserNamespacesHostNetworkSupport still alpha in 1.37, turned on)",
       pod(hostUsers=False, hostNetwork=True), version="1.37", gates=net_support)
    bad("host-users-host-pid-gate-1-36",
        "validateHostUsers (the gate allows hostNetwork only: hostPID and hostIPC stay forbidden)",
        pod(hostUsers=False, hostNetwork=True, hostPID=True, hostIPC=True),
        "spec.HostPID: Forbidden", "spec.HostIPC: Forbidden", version="1.36", gates=net_support)
    bad("host-users-host-network-1-36",
        "validateHostUsers (UserNamespacesHostNetworkSupport off by default)",
        pod(hostUsers=False, hostNetwork=True), "spec.hostNetwork: Forbidden", version="1.36")
    bad("host-users-template-host-pid-1-37",
        "validateHostUsers in a DaemonSet's template (the capitalised HostPID child)",
        {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "agent"},
         "spec": {"selector": {"matchLabels": {"app": "agent"}},
                  "template": {"metadata": {"labels": {"app": "agent"}},
                               "spec": {"hostUsers": False, "hostPID": True, "containers": [c()]}}}},
        "spec.template.spec.HostPID: Forbidden", version="1.37")
    bad("host-users-ephemeral-volume-devices-1-35",
        "validateHostUsers (VisitContainersWithPath reaches ephemeral containers' volumeDevices)",
        eph([debug(volumeDevices=[{"name": "blk", "devicePath": "/dev/xvda"}])], hostUsers=False),
        "spec.ephemeralContainers[0].volumeDevices: Forbidden", on_create, version="1.35")
    ok("host-users-volume-devices-1-33",
       "validateHostUsers before kubernetes/kubernetes#132868 (v1.34.0-rc.0): volumeDevices allowed",
       pod([c(volumeDevices=[{"name": "blk", "devicePath": "/dev/xvda"}])], hostUsers=False,
           volumes=volumes), version="1.33")
    ok("host-users-dropped-1-32",
       "dropDisabledFields (UserNamespacesSupport beta and off in 1.32: hostUsers goes, so the host "
       "namespaces are allowed)",
       pod(hostUsers=False, hostNetwork=True, hostPID=True), version="1.32",
       warn=["spec.hostUsers: dropped"])
    ok("host-users-proc-mount-unmasked-1-36",
       "TestValidateSecurityContext (Unmasked procMount with hostUsers false; both gates GA in 1.36)",
       pod([c(securityContext={"procMount": "Unmasked"})], init=[c("proxy", restartPolicy="Always",
           securityContext={"procMount": "Unmasked"})], hostUsers=False), version="1.36")

    # ------------------------------------------------ seLinuxChangePolicy and SELinuxMount
    mount = ["SELinuxMount=true"]
    ok("selinux-change-policy-mount-option-gate-1-34",
       "validateSELinuxChangePolicy (SELinuxMount on: AllowOnlyRecursiveSELinuxChangePolicy false)",
       pod(securityContext={"seLinuxChangePolicy": "MountOption"}), version="1.34", gates=mount)
    bad("selinux-change-policy-bad-gate-1-37",
        "validateSELinuxChangePolicy (SELinuxMount on: any of MountOption and Recursive)",
        pod(securityContext={"seLinuxChangePolicy": "Never"}),
        "spec.securityContext.seLinuxChangePolicy: Unsupported value", version="1.37", gates=mount)
    bad("selinux-change-policy-mount-option-1-36",
        "validateSELinuxChangePolicy (SELinuxMount beta and off by default: Recursive only)",
        pod(securityContext={"seLinuxChangePolicy": "MountOption"}),
        "spec.securityContext.seLinuxChangePolicy: Unsupported value", version="1.36")

    # ------------------------------------------------ validatePodSpecSecurityContext
    psrc = "TestValidatePodSpecSecurityContext"
    bad("pod-ids-and-policies", psrc + " (ids out of range, then fsGroupChangePolicy)",
        pod(securityContext={"fsGroup": -1, "runAsUser": 2147483648, "runAsGroup": -5,
                             "supplementalGroups": [1, -1], "fsGroupChangePolicy": "Sometimes"}),
        "spec.securityContext.fsGroup: Invalid value",
        "spec.securityContext.runAsUser: Invalid value",
        "spec.securityContext.runAsGroup: Invalid value",
        "spec.securityContext.supplementalGroups[1]: Invalid value",
        "spec.securityContext.fsGroupChangePolicy: Unsupported value")
    bad("share-process-namespace-host-pid", psrc + " (ShareProcessNamespace and HostPID, no "
        "securityContext written: the internal one holds both)",
        pod(shareProcessNamespace=True, hostPID=True),
        "spec.securityContext.shareProcessNamespace: Invalid value")
    ok("share-process-namespace-false-host-pid", psrc + " (shareProcessNamespace false with hostPID)",
       pod(shareProcessNamespace=False, hostPID=True))
    bad("pod-profiles-in-order", psrc + " (sysctls, seccomp, windowsOptions, appArmor, "
        "supplementalGroupsPolicy, seLinuxChangePolicy, in that order)",
        pod(securityContext={"seLinuxChangePolicy": "Relabel", "supplementalGroupsPolicy": "Union",
                             "appArmorProfile": {"type": "Unconfined", "localhostProfile": "x"},
                             "windowsOptions": {"gmsaCredentialSpec": ""},
                             "seccompProfile": {"type": "Unconfined", "localhostProfile": "y"},
                             "sysctls": [{"name": "Bad", "value": "1"}]}),
        "spec.securityContext.sysctls[0].name: Invalid value",
        "spec.securityContext.seccompProfile.localhostProfile: Invalid value",
        "spec.securityContext.windowsOptions.gmsaCredentialSpec: Invalid value",
        "spec.securityContext.appArmorProfile.localhostProfile: Invalid value",
        "spec.securityContext.supplementalGroupsPolicy: Unsupported value",
        "spec.securityContext.seLinuxChangePolicy: Unsupported value")
    ok("run-as-non-root-with-root", "TestValidateSecurityContext (runAsNonRoot with runAsUser 0 is "
       "the kubelet's to refuse, not the API server's)",
       pod([c(securityContext={"runAsNonRoot": True, "runAsUser": 0})],
           securityContext={"runAsNonRoot": True}))

    # ------------------------------------------------ ValidateSecurityContext
    csrc = "TestValidateSecurityContext"
    bad("container-context-in-order", csrc + " (runAsUser, runAsGroup, procMount, seccomp, "
        "allowPrivilegeEscalation, windowsOptions, appArmor)",
        pod([c(securityContext={"appArmorProfile": {"type": "Enforce"},
                                "windowsOptions": {"gmsaCredentialSpecName": "Not_DNS"},
                                "allowPrivilegeEscalation": False, "privileged": True,
                                "capabilities": {"add": ["CAP_SYS_ADMIN"]},
                                "seccompProfile": {"type": "Localhost", "localhostProfile": "../x.json"},
                                "procMount": "Masked", "runAsGroup": -1, "runAsUser": -1})]),
        "spec.containers[0].securityContext.runAsUser: Invalid value",
        "spec.containers[0].securityContext.runAsGroup: Invalid value",
        "spec.containers[0].securityContext.procMount: Unsupported value",
        "spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value",
        "spec.containers[0].securityContext: Invalid value",
        "spec.containers[0].securityContext: Invalid value",
        "spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value",
        "spec.containers[0].securityContext.appArmorProfile.type: Unsupported value")
    bad("sidecar-unmasked-host-users", csrc + " (a sidecar's Unmasked procMount with host users)",
        pod(init=[c("proxy", restartPolicy="Always", securityContext={"procMount": "Unmasked"})]),
        "spec.initContainers[0].securityContext.procMount: Invalid value", version="1.34")

    # ------------------------------------------------ validateWindowsSecurityContextOptions
    wsrc = "TestValidateWindowsSecurityContextOptions"
    names = [("", "runAsUserName cannot be an empty string"),
             ("Container\tUser", "control characters"),
             ("a" * 256 + "\\user", "Domain length, and neither NetBios nor DNS"),
             ("Domain\\", "User cannot be empty"),
             ("u" * 105, "User longer than 104 characters"),
             (".. .", "User only periods or spaces"),
             ("user:name", "User with a forbidden character")]
    expect = []
    for i, (_, why) in enumerate(names):
        expect.append("spec.containers[%d].securityContext.windowsOptions.runAsUserName: Invalid value" % i)
        if i == 2:
            expect.append(expect[-1])
    bad("windows-run-as-user-names", wsrc + "/errorCases (" + "; ".join(w for _, w in names) + ")",
        pod([c("c%d" % i, securityContext={"windowsOptions": {"runAsUserName": n}})
             for i, (n, _) in enumerate(names)]),
        *expect)
    ok("windows-run-as-user-names", wsrc + "/successCases (NetBios and DNS domains, plain users)",
       pod([c("c%d" % i, securityContext={"windowsOptions": {"runAsUserName": n}})
            for i, n in enumerate(["NT AUTHORITY\\SYSTEM", "ContainerAdministrator",
                                   "contoso.example.com\\svc-web", "-dom-.\\user", "u" * 104])]))
    bad("windows-gmsa", wsrc + "/errorCases (gmsaCredentialSpecName not a DNS subdomain, empty spec)",
        pod([c(securityContext={"windowsOptions": {"gmsaCredentialSpecName": "Bad_Name",
                                                    "gmsaCredentialSpec": ""}})]),
        "spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value",
        "spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpec: Invalid value")

    # ------------------------------------------------ validateWindowsHostProcessPod
    hsrc = "TestValidateWindowsHostProcessPod"
    hp = {"windowsOptions": {"hostProcess": True}}
    ok("windows-host-process-pod-level", hsrc + "/successCases (pod-level hostProcess, inherited by "
       "init and regular containers)",
       pod([c("ctr")], init=[c("init")], hostNetwork=True, os={"name": "windows"},
           securityContext={"windowsOptions": {"hostProcess": True, "runAsUserName": "NT AUTHORITY\\SYSTEM"}}))
    ok("windows-host-process-every-container", hsrc + "/successCases (every container sets it)",
       pod([c("a", securityContext=hp), c("b", securityContext=hp)], hostNetwork=True))
    bad("windows-host-process-partial", hsrc + "/errorCases (not every container is HostProcess)",
        pod([c("a", securityContext=hp), c("b")], init=[c("init", securityContext=hp)],
            hostNetwork=True, os={"name": "windows"}),
        "spec: Invalid value")
    bad("windows-host-process-inherited-false", hsrc + "/errorCases (pod true, a container false; "
        "every check at once)",
        pod([c("a"), c("b", securityContext={"windowsOptions": {"hostProcess": False}})],
            securityContext=hp),
        "spec.containers[1].securityContext.windowsOptions.hostProcess: Invalid value",
        "spec: Invalid value", "spec.hostNetwork: Invalid value")
    bad("windows-host-process-linux-pod", hsrc + " and TestValidateLinux (host process checks, "
        "then windowsOptions refused on a linux pod)",
        pod([c(securityContext=hp)], hostNetwork=True, os={"name": "linux"}),
        "spec.containers[0].securityContext.windowsOptions: Forbidden")

    # ------------------------------------------------ validateOS, validateWindows, validateLinux
    bad("windows-pod-fields", "TestValidateWindows/errorCases (every pod-level field a windows pod "
        "may not set, in validateWindows' order)",
        pod(os={"name": "windows"}, hostUsers=True, hostPID=True, hostIPC=True,
            shareProcessNamespace=False,
            securityContext={"appArmorProfile": {"type": "RuntimeDefault"},
                             "seLinuxOptions": {"level": "s0:c1,c2"},
                             "seccompProfile": {"type": "RuntimeDefault"},
                             "fsGroup": 1000, "fsGroupChangePolicy": "Always",
                             "sysctls": [{"name": "vm.max_map_count", "value": "262144"}],
                             "runAsUser": 1000, "runAsGroup": 1000, "supplementalGroups": [2000],
                             "supplementalGroupsPolicy": "Merge", "seLinuxChangePolicy": "Recursive"}),
        "spec.securityContext.appArmorProfile: Forbidden",
        "spec.securityContext.seLinuxOptions: Forbidden",
        "spec.hostUsers: Forbidden", "spec.hostPID: Forbidden", "spec.hostIPC: Forbidden",
        "spec.securityContext.seccompProfile: Forbidden",
        "spec.securityContext.fsGroup: Forbidden",
        "spec.securityContext.fsGroupChangePolicy: Forbidden",
        "spec.securityContext.sysctls: Forbidden",
        "spec.shareProcessNamespace: Forbidden",
        "spec.securityContext.runAsUser: Forbidden",
        "spec.securityContext.runAsGroup: Forbidden",
        "spec.securityContext.supplementalGroups: Forbidden",
        "spec.securityContext.supplementalGroupsPolicy: Forbidden",
        "spec.securityContext.seLinuxChangePolicy: Forbidden")
    bad("windows-container-fields", "TestValidateWindows/errorCases (every container-level field, "
        "init containers visited first)",
        pod([c(securityContext={"runAsGroup": 1, "runAsUser": 1, "procMount": "Default",
                                "allowPrivilegeEscalation": False, "privileged": False,
                                "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]},
                                "seccompProfile": {"type": "RuntimeDefault"},
                                "seLinuxOptions": {"type": "spc_t"},
                                "appArmorProfile": {"type": "Unconfined"}})],
            init=[c("init", securityContext={"runAsUser": 1})], os={"name": "windows"}),
        "spec.initContainers[0].securityContext.runAsUser: Forbidden",
        "spec.containers[0].securityContext.appArmorProfile: Forbidden",
        "spec.containers[0].securityContext.seLinuxOptions: Forbidden",
        "spec.containers[0].securityContext.seccompProfile: Forbidden",
        "spec.containers[0].securityContext.capabilities: Forbidden",
        "spec.containers[0].securityContext.readOnlyRootFilesystem: Forbidden",
        "spec.containers[0].securityContext.privileged: Forbidden",
        "spec.containers[0].securityContext.allowPrivilegeEscalation: Forbidden",
        "spec.containers[0].securityContext.procMount: Forbidden",
        "spec.containers[0].securityContext.runAsUser: Forbidden",
        "spec.containers[0].securityContext.runAsGroup: Forbidden")
    ok("windows-pod-allowed", "TestValidateWindows/successCases (windowsOptions, hostNetwork, "
       "runAsNonRoot)",
       pod([c(securityContext={"runAsNonRoot": True, "windowsOptions": {"runAsUserName": "ContainerUser"}})],
           os={"name": "windows"}, hostNetwork=True,
           securityContext={"runAsNonRoot": True, "windowsOptions": {"gmsaCredentialSpecName": "webapp1"}}))
    ok("linux-pod-allowed", "TestValidateLinux/successCases (every linux field)",
       pod([c(securityContext={"runAsUser": 1000, "runAsGroup": 1000, "procMount": "Default",
                               "capabilities": {"drop": ["ALL"]}, "readOnlyRootFilesystem": True,
                               "allowPrivilegeEscalation": False,
                               "seccompProfile": {"type": "RuntimeDefault"},
                               "appArmorProfile": {"type": "RuntimeDefault"},
                               "seLinuxOptions": {"level": "s0:c123,c456"}})],
           os={"name": "linux"}, hostPID=True, hostIPC=True,
           securityContext={"fsGroup": 2000, "fsGroupChangePolicy": "OnRootMismatch",
                            "supplementalGroups": [3000], "supplementalGroupsPolicy": "Strict",
                            "sysctls": [{"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"}]}))
    bad("linux-pod-windows-options", "TestValidateLinux/errorCases (pod and init container options)",
        pod(init=[c("init", securityContext={"windowsOptions": {"runAsUserName": "x"}})],
            os={"name": "linux"}, securityContext={"windowsOptions": {"runAsUserName": "x"}}),
        "spec.securityContext.windowsOptions: Forbidden",
        "spec.initContainers[0].securityContext.windowsOptions: Forbidden")
    bad("os-name-empty-skips-os-rules", "TestValidateOS/errorCases (an empty name stops validateOS; "
        "no OS-specific rule runs)",
        pod(os={"name": ""}, securityContext={"runAsUser": 1, "windowsOptions": {"runAsUserName": "x"}}),
        "spec.os.name: Required value")
    bad("os-name-capitalised", "TestValidateOS/errorCases (names are case-sensitive)",
        pod(os={"name": "Windows"}, securityContext={"runAsUser": 1}), "spec.os: Unsupported value")

    # ------------------------------------------------ validateSysctls
    ssrc = "TestValidateSysctls"
    bad_names = ["foo-", "-foo", "foo.", ".foo", "foo/", "/foo", "foo..bar", "foo//bar", "foo/.bar",
                 "Foo", "foo_", "a" * 254]
    bad("sysctl-bad-names", ssrc + "/invalid (bad segments, a capital, a trailing _ and 254 chars)",
        pod(securityContext={"sysctls": [{"name": n, "value": "1"} for n in bad_names]}),
        *["spec.securityContext.sysctls[%d].name: Invalid value" % i for i in range(len(bad_names))])
    ok("sysctl-names", ssrc + "/valid (dots, slashes, underscores, 253 chars)",
       pod(securityContext={"sysctls": [{"name": n, "value": "1"} for n in [
           "kernel.shmmni", "kernel.shm_rmid_forced", "net.ipv4.conf.all.send_redirects",
           "net/ipv4/conf/all/send_redirects", "net.ipv4.conf.eno2/100.rp_filter",
           "net/ipv4/conf/eno2.100/rp_filter", "a" * 253]]}))
    bad("sysctl-host-namespaces", ssrc + "/hostNetwork and hostIPC (GetNamespace: kernel.sem, "
        "kernel.shm*, kernel.msg*, fs.mqueue.* are IPC; net.* is network; slashes normalised)",
        pod(hostNetwork=True, hostIPC=True, securityContext={"sysctls": [
            {"name": "fs.mqueue.msg_max", "value": "10"}, {"name": "kernel.sem", "value": "1"},
            {"name": "kernel/shmmax", "value": "1"}, {"name": "net/core/somaxconn", "value": "1"},
            {"name": "kernel.pid_max", "value": "1"}]}),
        "spec.securityContext.sysctls[0].name: Invalid value",
        "spec.securityContext.sysctls[1].name: Invalid value",
        "spec.securityContext.sysctls[2].name: Invalid value",
        "spec.securityContext.sysctls[3].name: Invalid value")
    host_sysctls = pod(hostNetwork=True, hostIPC=True, securityContext={"sysctls": [
        {"name": "net.core.somaxconn", "value": "1024"}, {"name": "kernel.shmmax", "value": "1"}]})
    ok("sysctl-host-namespaces-1-28", "validateSysctls before kubernetes/kubernetes#118705 "
       "(v1.29.0-rc.0): no ValidateHostSysctl, the kubelet refuses such a pod instead",
       host_sysctls, version="1.28")
    bad("sysctl-host-namespaces-1-29", "validateSysctls (ValidateHostSysctl from 1.29, #118705)",
        host_sysctls, "spec.securityContext.sysctls[0].name: Invalid value",
        "spec.securityContext.sysctls[1].name: Invalid value", version="1.29")
    bad("sysctl-empty-and-duplicate", ssrc + "/invalid (empty name Required; a duplicate also gets "
        "the hostIPC error)",
        pod(hostIPC=True, securityContext={"sysctls": [
            {"name": "", "value": "1"}, {"name": "kernel.msgmax", "value": "1"},
            {"name": "kernel.msgmax", "value": "2"}]}),
        "spec.securityContext.sysctls[0].name: Required value",
        "spec.securityContext.sysctls[1].name: Invalid value",
        "spec.securityContext.sysctls[2].name: Duplicate value",
        "spec.securityContext.sysctls[2].name: Invalid value")
