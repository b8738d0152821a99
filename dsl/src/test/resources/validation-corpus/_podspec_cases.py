"""Pod-spec cases for the newly typed fields (affinity, topology spread, OS, AppArmor, sysctls,
readiness and scheduling gates, host aliases and DNS config, hostUsers, resource claims, pod-level
resources, ephemeral containers, hostnameOverride, resize policy, volume devices, image volumes).

Each case is derived from a case of upstream pkg/apis/core/validation/validation_test.go (named in
"# source:"); the expected paths and types are written by hand from validation.go, never copied
from the validator's output. _generate.py calls add() with its helpers.
"""


def add(case, pod, c):
    def p(slug, source, manifest, *expect, **kw):
        case("podspec-" + slug, source, manifest, *expect, **kw)

    sel = {"matchLabels": {"app": "shop"}}

    # ---------------------------------------------------------------- affinity
    p("affinity-required-bad-value-1-33", "TestValidateAffinity/errorCases (invalid label value in required node affinity)",
      pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
          {"matchExpressions": [{"key": "node.kubernetes.io/lifecycle", "operator": "NotIn", "values": ["spot instance"]}]}]}}}),
      "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[0]: Invalid value")
    p("affinity-preferred-bad-value", "TestValidateAffinity/successCases (invalid label value in preferred node affinity)",
      pod(affinity={"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
          {"weight": 1, "preference": {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["a b"]}]}}]}}),
      # GetWarningsForNodeSelectorTerm(checkLabelValue) on preferred terms, 1.33 (drops15)
      warn=["spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values[0]"])
    p("affinity-gt-two-values", "TestValidateAffinity/errorCases (Gt with two values)",
      pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
          {"matchExpressions": [{"key": "cores", "operator": "Gt", "values": ["2", "4"]}]}]}}}),
      "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value")
    p("affinity-bad-operator", "TestValidateAffinity/errorCases (invalid operator)",
      pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
          {"matchExpressions": [{"key": "zone", "operator": "Within", "values": ["a"]}]}]}}}),
      "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value")
    p("affinity-match-fields-bad-key", "TestValidateAffinity/errorCases (matchFields with a key other than metadata.name)",
      pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
          {"matchFields": [{"key": "metadata.namespace", "operator": "In", "values": ["x"]}]}]}}}),
      "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key: Invalid value")
    p("affinity-preferred-weight-101", "TestValidateAffinity/errorCases (weight above 100)",
      pod(affinity={"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
          {"weight": 101, "preference": {"matchExpressions": [{"key": "zone", "operator": "Exists"}]}}]}}),
      "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value")
    p("affinity-bad-topology-key", "TestValidateAffinity/errorCases (topologyKey not a qualified name)",
      pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "topologyKey": "zone/a/b"}]}}),
      "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value")
    p("affinity-bad-namespace", "TestValidateAffinity/errorCases (namespaces not DNS labels)",
      pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "namespaces": ["Shop"], "topologyKey": "zone"}]}}),
      "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace: Invalid value")
    p("affinity-namespace-selector-bad", "TestValidateAffinity/errorCases (invalid namespaceSelector)",
      pod(affinity={"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "namespaceSelector": {"matchExpressions": [{"key": "team", "operator": "In"}]},
           "topologyKey": "zone"}]}}),
      "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].values: Required value")
    p("affinity-match-label-keys", "TestValidateAffinity/successCases (matchLabelKeys and mismatchLabelKeys)",
      pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "topologyKey": "zone", "matchLabelKeys": ["pod-template-hash"],
           "mismatchLabelKeys": ["tenant"]}]}}))
    p("affinity-match-label-keys-no-selector", "TestValidateAffinity/errorCases (matchLabelKeys without labelSelector)",
      pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"topologyKey": "zone", "matchLabelKeys": ["pod-template-hash"]}]}}),
      "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys: Forbidden")
    p("affinity-key-in-match-and-mismatch", "TestValidateAffinity/errorCases (same key in matchLabelKeys and mismatchLabelKeys)",
      pod(affinity={"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
          {"weight": 10, "podAffinityTerm": {"labelSelector": sel, "topologyKey": "zone",
                                             "matchLabelKeys": ["tenant"], "mismatchLabelKeys": ["tenant"]}}]}}),
      "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.matchLabelKeys[0]: Invalid value")
    p("affinity-bad-match-label-key", "TestValidateAffinity/errorCases (matchLabelKeys not a label key)",
      pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "topologyKey": "zone", "matchLabelKeys": ["/bad"]}]}}),
      "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]: Invalid value")

    # ---------------------------------------------------------------- topology spread
    tsc = {"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule", "labelSelector": sel}
    p("topology-match-label-keys", "TestValidateTopologySpreadConstraints/successCases (matchLabelKeys)",
      pod(topologySpreadConstraints=[dict(tsc, matchLabelKeys=["pod-template-hash"], nodeAffinityPolicy="Honor",
                                          nodeTaintsPolicy="Ignore")]))
    p("topology-match-label-key-in-selector", "TestValidateTopologySpreadConstraints/errorCases (key in both matchLabelKeys and labelSelector)",
      pod(topologySpreadConstraints=[dict(tsc, matchLabelKeys=["app"])]),
      "spec.topologySpreadConstraints[0].matchLabelKeys[0]: Invalid value")
    p("topology-match-label-keys-no-selector", "TestValidateTopologySpreadConstraints/errorCases (matchLabelKeys without labelSelector)",
      pod(topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule",
                                      "matchLabelKeys": ["pod-template-hash"]}]),
      "spec.topologySpreadConstraints[0].matchLabelKeys: Forbidden")
    p("topology-bad-node-policies", "TestValidateTopologySpreadConstraints/errorCases (unsupported node inclusion policies)",
      pod(topologySpreadConstraints=[dict(tsc, nodeAffinityPolicy="Yes", nodeTaintsPolicy="honor")]),
      "spec.topologySpreadConstraints[0].nodeAffinityPolicy: Unsupported value",
      "spec.topologySpreadConstraints[0].nodeTaintsPolicy: Unsupported value")
    p("topology-min-domains-zero", "TestValidateTopologySpreadConstraints/errorCases (minDomains 0)",
      pod(topologySpreadConstraints=[dict(tsc, minDomains=0)]),
      "spec.topologySpreadConstraints[0].minDomains: Invalid value")
    p("topology-bad-selector", "TestValidateTopologySpreadConstraints/errorCases (invalid labelSelector)",
      pod(topologySpreadConstraints=[dict(tsc, labelSelector={"matchLabels": {"app": "a b"}})]),
      "spec.topologySpreadConstraints[0].labelSelector.matchLabels: Invalid value")

    # ---------------------------------------------------------------- os
    p("os-linux", "TestValidatePodSpec/successCases (os linux)", pod(os={"name": "linux"}))
    p("os-unsupported", "TestValidateOS/errorCases (unsupported os)", pod(os={"name": "darwin"}),
      "spec.os: Unsupported value")
    p("os-empty-name", "TestValidateOS/errorCases (empty name)", pod(os={"name": ""}),
      "spec.os.name: Required value")
    p("os-linux-windows-options", "TestValidateLinux/errorCases (windowsOptions on a linux pod)",
      pod([c(securityContext={"windowsOptions": {"runAsUserName": "app"}})], os={"name": "linux"},
          securityContext={"windowsOptions": {"runAsUserName": "app"}}),
      "spec.securityContext.windowsOptions: Forbidden",
      "spec.containers[0].securityContext.windowsOptions: Forbidden")
    p("os-windows", "TestValidateWindows/successCases",
      pod([c(securityContext={"windowsOptions": {"runAsUserName": "ContainerUser"}})], os={"name": "windows"}))
    p("os-windows-linux-fields", "TestValidateWindows/errorCases (linux-only fields on a windows pod)",
      pod([c(securityContext={"runAsUser": 1000, "capabilities": {"drop": ["ALL"]}})], os={"name": "windows"},
          hostPID=True, securityContext={"runAsNonRoot": True, "fsGroup": 2000,
                                         "seccompProfile": {"type": "RuntimeDefault"}}),
      "spec.hostPID: Forbidden",
      "spec.securityContext.seccompProfile: Forbidden",
      "spec.securityContext.fsGroup: Forbidden",
      "spec.containers[0].securityContext.capabilities: Forbidden",
      "spec.containers[0].securityContext.runAsUser: Forbidden")
    p("windows-host-process-needs-host-network", "TestValidateWindowsHostProcessPod/errorCases (hostProcess without hostNetwork)",
      pod([c(securityContext={"windowsOptions": {"hostProcess": True}})]),
      "spec.hostNetwork: Invalid value")
    p("windows-host-process-mixed", "TestValidateWindowsHostProcessPod/errorCases (pod and container hostProcess differ)",
      pod([c(securityContext={"windowsOptions": {"hostProcess": False}})], hostNetwork=True,
          securityContext={"windowsOptions": {"hostProcess": True}}),
      "spec.containers[0].securityContext.windowsOptions.hostProcess: Invalid value")
    p("windows-run-as-user-name", "TestValidateWindowsSecurityContextOptions/errorCases (two backslashes)",
      pod([c(securityContext={"windowsOptions": {"runAsUserName": "a\\b\\c"}})]),
      "spec.containers[0].securityContext.windowsOptions.runAsUserName: Invalid value")

    # ---------------------------------------------------------------- apparmor and seccomp
    p("apparmor-fields", "TestValidateAppArmorProfileFormat/successCases (fields)",
      pod([c(securityContext={"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-nginx"}})],
          securityContext={"appArmorProfile": {"type": "RuntimeDefault"}}))
    p("apparmor-localhost-without-profile", "TestValidateAppArmorProfileFormat/errorCases (Localhost without localhostProfile)",
      pod(securityContext={"appArmorProfile": {"type": "Localhost"}}),
      "spec.securityContext.appArmorProfile.localhostProfile: Required value")
    p("apparmor-profile-with-runtime-default", "TestValidateAppArmorProfileFormat/errorCases (localhostProfile with RuntimeDefault)",
      pod([c(securityContext={"appArmorProfile": {"type": "RuntimeDefault", "localhostProfile": "x"}})]),
      "spec.containers[0].securityContext.appArmorProfile.localhostProfile: Invalid value")
    p("apparmor-bad-type", "TestValidateAppArmorProfileFormat/errorCases (unsupported type)",
      pod(securityContext={"appArmorProfile": {"type": "Enforce"}}),
      "spec.securityContext.appArmorProfile.type: Unsupported value")
    p("apparmor-padded-profile", "TestValidateAppArmorProfileFormat/errorCases (padded localhostProfile)",
      pod(securityContext={"appArmorProfile": {"type": "Localhost", "localhostProfile": " k8s-nginx"}}),
      "spec.securityContext.appArmorProfile.localhostProfile: Invalid value")
    p("apparmor-annotation-field-mismatch", "TestValidatePodCreate (AppArmor annotation and field disagree)",
      pod([c(securityContext={"appArmorProfile": {"type": "RuntimeDefault"}})],
          meta={"name": "web", "annotations": {"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}}),
      "spec.containers[0].securityContext.appArmorProfile.type: Forbidden")
    p("apparmor-annotation-field-agree", "TestValidatePodCreate (AppArmor annotation and field agree)",
      pod([c(securityContext={"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-nginx"}})],
          meta={"name": "web", "annotations": {"container.apparmor.security.beta.kubernetes.io/app": "localhost/k8s-nginx"}}))
    p("seccomp-localhost-without-profile", "TestValidateSeccompProfileField/errorCases (Localhost without localhostProfile)",
      pod([c(securityContext={"seccompProfile": {"type": "Localhost"}})]),
      "spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value")
    p("proc-mount-unmasked-host-users", "TestValidateSecurityContext/errorCases (Unmasked procMount with host users)",
      pod([c(securityContext={"procMount": "Unmasked"})]),
      "spec.containers[0].securityContext.procMount: Invalid value")
    p("proc-mount-unmasked-user-namespace", "TestValidateSecurityContext/successCases (Unmasked procMount without host users)",
      pod([c(securityContext={"procMount": "Unmasked"})], hostUsers=False))
    p("proc-mount-dropped-1-32", "dropDisabledProcMountField (ProcMountType beta and off)",
      pod([c(securityContext={"procMount": "Bogus"})]), version="1.32",
      warn=["spec.containers[0].securityContext.procMount"])
    p("proc-mount-default-gate-off-1-31", "dropDisabledProcMountField (ProcMountType off: Default stays Default, no change)",
      pod([c(securityContext={"procMount": "Default"})]), version="1.31")
    p("proc-mount-windows-gate-off-1-31", "dropDisabledProcMountField, then validateWindows (the field is reset to Default, not cleared)",
      pod([c(securityContext={"procMount": "Unmasked"})], os={"name": "windows"}),
      "spec.containers[0].securityContext.procMount: Forbidden", version="1.31",
      warn=["spec.containers[0].securityContext.procMount: reset to Default"])

    # ---------------------------------------------------------------- sysctls and security context
    p("sysctls", "TestValidateSysctls/successCases",
      pod(securityContext={"sysctls": [{"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"},
                                       {"name": "kernel.shm_rmid_forced", "value": "1"}]}))
    p("sysctls-bad-and-duplicate", "TestValidateSysctls/errorCases (invalid and duplicate names)",
      pod(securityContext={"sysctls": [{"name": "Net.IPv4", "value": "1"}, {"name": "", "value": "1"},
                                       {"name": "kernel.msgmax", "value": "1"}, {"name": "kernel.msgmax", "value": "2"}]}),
      "spec.securityContext.sysctls[0].name: Invalid value",
      "spec.securityContext.sysctls[1].name: Required value",
      "spec.securityContext.sysctls[3].name: Duplicate value")
    p("sysctls-host-network", "TestValidateSysctls/errorCases (namespaced sysctls with hostNetwork and hostIPC)",
      pod(hostNetwork=True, hostIPC=True,
          securityContext={"sysctls": [{"name": "net.core.somaxconn", "value": "1024"},
                                       {"name": "kernel.shmmax", "value": "1"}]}),
      "spec.securityContext.sysctls[0].name: Invalid value",
      "spec.securityContext.sysctls[1].name: Invalid value")
    p("supplemental-groups-policy", "TestValidatePodSpec/errorCases (unsupported supplementalGroupsPolicy)",
      pod(securityContext={"supplementalGroupsPolicy": "Replace"}),
      "spec.securityContext.supplementalGroupsPolicy: Unsupported value")
    p("selinux-change-policy", "TestValidatePodSpec/errorCases (seLinuxChangePolicy other than Recursive)",
      pod(securityContext={"seLinuxChangePolicy": "MountOption"}),
      "spec.securityContext.seLinuxChangePolicy: Unsupported value")
    p("selinux-options", "TestValidatePodSpec/successCases (seLinuxOptions are not validated)",
      pod(securityContext={"seLinuxOptions": {"level": "s0:c123,c456", "type": "spc_t"}}))

    # ---------------------------------------------------------------- gates, aliases, dns
    p("readiness-gates", "TestValidatePodSpec/successCases (readinessGates)",
      pod(readinessGates=[{"conditionType": "www.example.com/feature-1"}]))
    p("readiness-gate-bad", "TestValidateReadinessGates/errorCases (not a qualified name)",
      pod(readinessGates=[{"conditionType": "bad condition"}]),
      "spec.readinessGates[0].conditionType: Invalid value")
    p("scheduling-gates", "TestValidatePodSpec/successCases (schedulingGates)",
      pod(schedulingGates=[{"name": "example.com/quota"}]))
    p("scheduling-gates-bad-and-duplicate", "TestValidateSchedulingGates/errorCases",
      pod(schedulingGates=[{"name": "example.com/quota"}, {"name": "example.com/quota"}, {"name": "no good"}]),
      "spec.schedulingGates[1]: Duplicate value",
      "spec.schedulingGates[2]: Invalid value")
    p("host-alias-bad-ip", "TestValidateHostAliases/errorCases (invalid IP)",
      pod(hostAliases=[{"ip": "10.1.2", "hostnames": ["db"]}]),
      "spec.hostAliases[0].ip: Invalid value")
    p("host-alias-ipv6", "TestValidateHostAliases/successCases (IPv6)",
      pod(hostAliases=[{"ip": "2001:db8::1", "hostnames": ["db"]}]))
    p("host-alias-leading-zero-1-35", "TestValidateHostAliases (leading zeros, StrictIPCIDRValidation off)",
      pod(hostAliases=[{"ip": "010.001.002.003", "hostnames": ["db"]}]), version="1.35",
      warn=["spec.hostAliases[0].ip"])
    p("host-alias-leading-zero-1-36", "TestValidateHostAliases (leading zeros, StrictIPCIDRValidation on)",
      pod(hostAliases=[{"ip": "010.001.002.003", "hostnames": ["db"]}]), "spec.hostAliases[0].ip: Invalid value",
      version="1.36")
    p("dns-nameserver-mapped-1-36", "TestValidatePodDNSConfig (IPv4-mapped nameserver, strict)",
      pod(dnsPolicy="None", dnsConfig={"nameservers": ["::ffff:10.0.0.10"]}),
      "spec.dnsConfig.nameservers[0]: Invalid value", version="1.36")
    p("dns-nameserver-bad", "TestValidatePodDNSConfig/errorCases (invalid nameserver)",
      pod(dnsConfig={"nameservers": ["dns.example.com"]}), "spec.dnsConfig.nameservers[0]: Invalid value")
    p("dns-search-underscore-1-33", "TestValidatePodDNSConfig (RelaxedDNSSearchValidation)",
      pod(dnsConfig={"searches": ["_sip._tcp.example.com", "."]}))
    p("dns-search-underscore-1-32", "TestValidatePodDNSConfig (RelaxedDNSSearchValidation off)",
      pod(dnsConfig={"searches": ["_sip._tcp.example.com"]}), "spec.dnsConfig.searches[0]: Invalid value",
      version="1.32")

    # ---------------------------------------------------------------- misc pod spec fields
    p("preemption-policy-bad", "TestValidatePodSpec/errorCases (bad preemptionPolicy)",
      pod(preemptionPolicy="Sometimes"),
      "spec.preemptionPolicy: Forbidden")  # the Priority admission plugin refuses before validation
    p("runtime-class-bad", "TestValidatePodSpec/errorCases (bad runtimeClassName)",
      pod(runtimeClassName="Kata_Containers"), "spec.runtimeClassName: Invalid value")
    p("node-name-bad", "TestValidatePodSpec/errorCases (bad nodeName)",
      pod(nodeName="Node_1"), "spec.nodeName: Invalid value")
    p("host-users-host-network", "TestValidatePodSpec/errorCases (hostUsers false with host namespaces)",
      pod(hostUsers=False, hostNetwork=True, hostPID=True),
      "spec.hostNetwork: Forbidden", "spec.HostPID: Forbidden")
    p("host-users-dropped-1-29", "dropDisabledFields (UserNamespacesSupport alpha and off)",
      pod(hostUsers=False, hostNetwork=True), version="1.29", warn=["spec.hostUsers"])
    # 1.27 has the gate under its first name (renamed UserNamespacesSupport in 1.28; "Only
    # Kubernetes v1.25 through to v1.27 recognise UserNamespacesStatelessPodsSupport", website
    # tasks/configure-pod-container/user-namespaces.md), which the drop names.
    p("host-users-dropped-1-27", "dropDisabledFields (UserNamespacesStatelessPodsSupport alpha and off)",
      pod(hostUsers=False, hostNetwork=True), version="1.27",
      warn=["spec.hostUsers: dropped: the UserNamespacesStatelessPodsSupport feature gate is off in "
           "Kubernetes 1.27, so the API server silently removes the field"])
    p("host-users-stateless-gate-on-1-27", "validateHostUsers (1.27 with UserNamespacesStatelessPodsSupport on)",
      pod(hostUsers=False, hostNetwork=True), "spec.hostNetwork: Forbidden", version="1.27",
      gates=["UserNamespacesStatelessPodsSupport=true"])
    p("hostname-override", "TestValidatePodSpec/successCases (hostnameOverride)",
      pod(hostnameOverride="db-0.example.com"), version="1.37")
    p("hostname-override-rules", "TestValidatePodSpec/errorCases (hostnameOverride with setHostnameAsFQDN, too long)",
      pod(hostnameOverride="a" * 65, setHostnameAsFQDN=True),
      "spec.hostnameOverride: Forbidden", "spec.hostnameOverride: Too long", version="1.37")
    p("hostname-override-dropped-1-34", "dropDisabledFields (HostnameOverride off: alpha in 1.34)",
      pod(hostnameOverride="Bad_Name"), version="1.34", warn=["spec.hostnameOverride"])

    # ---------------------------------------------------------------- resource claims and pod-level resources
    claims = [{"name": "gpu", "resourceClaimTemplateName": "gpu-template"}]
    p("resource-claims", "TestValidatePodSpec/successCases (resourceClaims)",
      pod([c(resources={"claims": [{"name": "gpu"}]})], resourceClaims=claims), version="1.34")
    p("resource-claims-errors", "TestValidatePodResourceClaims/errorCases",
      pod([c(resources={"claims": [{"name": "tpu"}, {"name": "gpu"}, {"name": "gpu"}]})],
          resourceClaims=claims + [{"name": "gpu", "resourceClaimName": "a", "resourceClaimTemplateName": "b"}]),
      "spec.resourceClaims[1].name: Duplicate value",
      "spec.resourceClaims[1]: Invalid value",
      "spec.containers[0].resources.claims[0]: Not found",
      "spec.containers[0].resources.claims[2]: Duplicate value",
      version="1.34")
    p("resource-claims-dropped-1-33", "dropDisabledDynamicResourceAllocationFields (DRA beta and off)",
      pod([c(resources={"claims": [{"name": "tpu"}]})]), version="1.33",
      warn=["spec.containers[0].resources.claims"])
    p("pod-level-resources", "TestValidatePodSpec/successCases (pod-level resources, sidecar counted)",
      pod([c(resources={"requests": {"cpu": "500m"}})], init=[c("proxy", "envoy:1.31", restartPolicy="Always",
                                                                 resources={"requests": {"cpu": "200m"}})],
          resources={"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"cpu": "2"}}), version="1.34")
    p("pod-level-resources-below-aggregate", "TestValidatePodResourceConsistency/errorCases (requests below the containers')",
      pod([c(resources={"requests": {"cpu": "900m"}})], init=[c("proxy", "envoy:1.31", restartPolicy="Always",
                                                                 resources={"requests": {"cpu": "200m"}})],
          resources={"requests": {"cpu": "1"}}),
      "spec.resources.requests[cpu]: Invalid value", version="1.34")
    p("pod-level-resources-limit-below-container", "TestValidatePodResourceConsistency/errorCases (container limit above pod limit)",
      pod([c(resources={"limits": {"memory": "2Gi"}})], resources={"limits": {"memory": "1Gi"}}),
      "spec.resources.requests: Invalid value",
      "spec.resources.containers[0][memory].limits: Invalid value", version="1.34")
    p("pod-level-resources-unsupported", "TestValidatePodResources/errorCases (unsupported resource, claims)",
      pod(resources={"limits": {"ephemeral-storage": "1Gi"}, "claims": [{"name": "gpu"}]}),
      "spec.resources.claims: Forbidden",
      "spec.resources.limits[ephemeral-storage]: Unsupported value",
      "spec.resources.claims[0]: Not found", version="1.34")

    # ---------------------------------------------------------------- containers: resize, devices, ephemeral
    p("resize-policy", "TestValidateResizePolicy/successCases",
      pod([c(resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"},
                           {"resourceName": "memory", "restartPolicy": "RestartContainer"}])]))
    p("resize-policy-errors", "TestValidateResizePolicy/errorCases",
      pod([c(resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"},
                           {"resourceName": "cpu", "restartPolicy": "Sometimes"},
                           {"resourceName": "gpu", "restartPolicy": "NotRequired"}])]),
      "spec.containers[0].resizePolicy[1]: Duplicate value",
      "spec.containers[0].resizePolicy: Unsupported value",
      "spec.containers[0].resizePolicy: Unsupported value")
    p("resize-policy-restart-never", "TestValidateResizePolicy/errorCases (RestartContainer with restartPolicy Never)",
      pod([c(resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])], restartPolicy="Never"),
      "spec.containers[0].resizePolicy: Invalid value")
    p("resize-policy-init-1-32", "TestValidateInitContainers/errorCases (resizePolicy on an init container)",
      pod(init=[c("migrate", resizePolicy=[{"resourceName": "cpu", "restartPolicy": "NotRequired"}])]),
      "spec.initContainers[0].resizePolicy: Invalid value", version="1.32",
      gates=["InPlacePodVerticalScaling=true"])
    p("resize-policy-sidecar-1-33", "TestValidateInitContainers/successCases (resizePolicy on a sidecar)",
      pod(init=[c("proxy", "envoy:1.31", restartPolicy="Always",
                  resizePolicy=[{"resourceName": "cpu", "restartPolicy": "RestartContainer"}])]))
    p("resize-policy-init-restart-1-36", "kubernetes/kubernetes#137458 (RestartContainer on a non-sidecar init container)",
      pod(init=[c("migrate", resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])]),
      "spec.initContainers[0].resizePolicy[0].restartPolicy: Invalid value", version="1.36")
    p("resize-policy-init-restart-1-35", "TestValidateInitContainers/successCases (resizePolicy on an init container, 1.35)",
      pod(init=[c("migrate", resizePolicy=[{"resourceName": "memory", "restartPolicy": "RestartContainer"}])]),
      version="1.35")
    pvc = {"name": "disk", "persistentVolumeClaim": {"claimName": "disk"}}
    p("volume-devices", "TestValidateVolumeDevices/successCases",
      pod([c(volumeDevices=[{"name": "disk", "devicePath": "/dev/xvda"}])], volumes=[pvc]))
    p("volume-devices-errors", "TestValidateVolumeDevices/errorCases",
      pod([c(volumeDevices=[{"name": "data", "devicePath": "/dev/a"}, {"name": "disk", "devicePath": "/dev/../b"},
                            {"name": "none", "devicePath": "/dev/c"}],
             volumeMounts=[{"name": "disk", "mountPath": "/dev/c"}])],
          volumes=[pvc, {"name": "data", "emptyDir": {}}]),
      "spec.containers[0].volumeMounts[0].name: Invalid value",
      "spec.containers[0].volumeMounts[0].mountPath: Invalid value",
      "spec.containers[0].volumeDevices[0].name: Invalid value",
      "spec.containers[0].volumeDevices[1].devicePath: Invalid value",
      "spec.containers[0].volumeDevices[1].name: Invalid value",
      "spec.containers[0].volumeDevices[2].name: Not found",
      "spec.containers[0].volumeDevices[2].devicePath: Invalid value")
    p("recursive-read-only", "TestValidateVolumeMounts/errorCases (recursiveReadOnly without readOnly)",
      pod([c(volumeMounts=[{"name": "data", "mountPath": "/data", "recursiveReadOnly": "Enabled"}])],
          volumes=[{"name": "data", "emptyDir": {}}]),
      "spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden")
    p("ephemeral-container-on-create", "TestValidateEphemeralContainers/errorCases (fields not allowed) and ValidatePodCreate",
      pod(ephemeralContainers=[{"name": "debug", "image": "busybox:1.36", "targetContainerName": "missing",
                                "ports": [{"containerPort": 80}], "lifecycle": {"preStop": {"exec": {"command": ["true"]}}}}]),
      "spec.ephemeralContainers[0].targetContainerName: Not found",
      "spec.ephemeralContainers[0].ports: Forbidden",
      "spec.ephemeralContainers[0].lifecycle: Forbidden",
      "spec.ephemeralContainers: Forbidden")
    p("ephemeral-container-name-clash", "TestValidateEphemeralContainers/errorCases (name of a container)",
      pod(ephemeralContainers=[{"name": "app", "image": "busybox:1.36"}]),
      "spec.ephemeralContainers[0].name: Duplicate value",
      "spec.ephemeralContainers: Forbidden")
    p("image-volume-no-reference", "TestValidateVolumes/errorCases (image volume without reference)",
      pod([c(volumeMounts=[{"name": "model", "mountPath": "/model"}])], volumes=[{"name": "model", "image": {}}]),
      "spec.volumes[0].image.reference: Required value",
      "spec.containers[0].volumeMounts[0].name: Not found", version="1.35")
    p("nfs-volume", "TestValidateVolumes/successCases (nfs)",
      pod(volumes=[{"name": "data", "nfs": {"server": "nfs.example.com", "path": "/exports/data"}}]))
    p("nfs-volume-relative-path", "TestValidateVolumes/errorCases (nfs path not absolute, no server)",
      pod(volumes=[{"name": "data", "nfs": {"server": "", "path": "exports"}}]),
      "spec.volumes[0].nfs.server: Required value",
      "spec.volumes[0].nfs.path: Invalid value")
    p("priority-without-class", "Priority admission plugin (spec.priority set by hand)",
      pod(priority=1000), "spec.priority: Forbidden")
    p("priority-zero", "Priority admission plugin (the computed value may be given)", pod(priority=0))

    # ---------------------------------------------------------------- matchLabelKeys merged on create
    # pkg/registry/core/pod/strategy.go PrepareForCreate appends "key In (value)" to the selector for
    # every matchLabelKeys key the pod's labels carry, before validation (Pods only).
    shop = {"name": "web", "labels": {"app": "shop", "tier": "web"}}
    p("affinity-merged-key-in-selector", "TestValidatePod/invalid soft pod affinity, key exists in both matchLabelKeys and labelSelector (after mutatePodAffinity)",
      pod(meta=shop, affinity={"podAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
          {"weight": 10, "podAffinityTerm": {"labelSelector": sel, "topologyKey": "zone", "matchLabelKeys": ["app"]}}]}}),
      "spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm[0]: Invalid value")
    p("affinity-merged-other-key", "TestValidatePod/valid pod affinity with matchLabelKeys (after mutatePodAffinity)",
      pod(meta=shop, affinity={"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "topologyKey": "zone", "matchLabelKeys": ["tier"], "mismatchLabelKeys": ["app"]}]}}))
    p("affinity-merge-key-in-selector-no-label", "TestValidatePod/matchLabelKeys key in labelSelector, pod without that label (nothing merged)",
      pod(affinity={"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "topologyKey": "zone", "matchLabelKeys": ["app"]}]}}))
    p("topology-merged-other-key-1-34", "TestValidateTopologySpreadConstraints (selector merge, 1.34)",
      pod(meta=shop, topologySpreadConstraints=[dict(tsc, matchLabelKeys=["tier"])]), version="1.34")
    p("topology-key-in-selector-unmerged-1-34", "TestValidateTopologySpreadConstraints (selector merge on: only merged duplicates conflict)",
      pod(topologySpreadConstraints=[dict(tsc, matchLabelKeys=["app"])]), version="1.34")
    p("topology-key-in-selector-gate-off-1-34", "TestValidateTopologySpreadConstraints (legacy rule with the merge gate off)",
      pod(topologySpreadConstraints=[dict(tsc, matchLabelKeys=["app"])]),
      "spec.topologySpreadConstraints[0].matchLabelKeys[0]: Invalid value", version="1.34",
      gates=["MatchLabelKeysInPodTopologySpreadSelectorMerge=false"])

    # ---------------------------------------------------------------- typos in nested objects
    # kubectl's strict decoding names an unknown field at any depth by its full path; the API
    # server's default (Warn) drops it with the same path in its warning.
    unknown = ": unknown field"
    p("typo-in-probe-action", "strict decoding (unknown field inside livenessProbe.httpGet)",
      pod([c(livenessProbe={"httpGet": {"port": 8080, "pathh": "/healthz"}})]),
      warn=["spec.containers[0].livenessProbe.httpGet.pathh" + unknown])
    p("typo-in-volume-source", "strict decoding (unknown field inside a configMap volume)",
      pod(volumes=[{"name": "cfg", "configMap": {"name": "cfg", "defualtMode": 0o644}}]),
      warn=["spec.volumes[0].configMap.defualtMode" + unknown])
    p("typo-in-affinity-term", "strict decoding (unknown field inside a pod affinity term)",
      pod(affinity={"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
          {"labelSelector": sel, "topologyKey": "zone", "topolgyKey": "zone"}]}}),
      warn=["spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topolgyKey" + unknown])
    deploy_typo = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                   "spec": {"selector": {"matchLabels": {"app": "web"}},
                            "template": {"metadata": {"labels": {"app": "web"}},
                                         "spec": {"containers": [c(env=[{"name": "A", "valueFrom": {
                                             "configMapKeyRef": {"name": "cfg", "key": "a", "optinal": True}}}])]}}}}
    p("typo-in-template-env", "strict decoding (unknown field inside a Deployment template's env)", deploy_typo,
      warn=["spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.optinal" + unknown])

    # ---------------------------------------------------------------- 1.37 pod-level limit default
    # kubernetes/kubernetes#140514: a pod-level request without a pod-level limit, where every
    # container sets a limit, gets the containers' aggregate limit before validation (Pods only).
    over = pod([c(resources={"limits": {"cpu": "500m"}})], resources={"requests": {"cpu": "1"}})
    p("pod-resources-request-above-container-limits-1-36", "TestValidatePodSpec/pod-level requests without limits (no limit default before 1.37)",
      over, version="1.36")
    # The 1.37 default is max(pod-level request, aggregate container limits), per the merged
    # code quoted in the kubernetes/kubernetes#140514 review, so this pod stays valid (res15).
    p("pod-resources-request-raises-defaulted-limit-1-37", "TestValidatePodSpec/pod-level request above the containers' limits raises the defaulted limit (1.37)",
      over, version="1.37")
    p("pod-resources-limit-not-defaulted-1-37", "TestValidatePodSpec/pod-level limit not defaulted when a container has no limit (1.37)",
      pod([c(resources={"limits": {"cpu": "500m"}}), c("side", resources={"requests": {"cpu": "100m"}})],
          resources={"requests": {"cpu": "1"}}), version="1.37")

    # ---------------------------------------------------------------- alpha scheduling fields, 1.35 to 1.37
    # k8s-1.36-1.38.md 3.6: workloadRef (1.35) became schedulingGroup (1.36), both behind
    # GenericWorkload (alpha, off): dropDisabledPodFields removes them while the gate is off.
    p("workload-ref-dropped-1-35", "dropDisabledPodFields (workloadRef, GenericWorkload off)",
      pod(workloadRef={"name": "train", "podGroup": "workers"}), version="1.35",
      warn=["spec.workloadRef: dropped"])
    p("scheduling-group-dropped-1-36", "dropDisabledPodFields (schedulingGroup, GenericWorkload off)",
      pod(schedulingGroup={"podGroupName": "workers"}), version="1.36",
      warn=["spec.schedulingGroup: dropped"])
    p("scheduling-group-gate-on-1-37", "schedulingGroup kept with GenericWorkload on",
      pod(schedulingGroup={"podGroupName": "workers"}), version="1.37", gates=["GenericWorkload=true"])
    case("job-scheduling-dropped-1-37", "Job strategy drops spec.scheduling while WorkloadWithJob is off (inferred)",
         {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "train"},
          "spec": {"scheduling": {"schedulingPolicy": {"gang": {"minCount": 2}}},
                   "template": {"spec": {"restartPolicy": "Never", "containers": [c()]}}}},
         version="1.37", warn=["spec.scheduling: dropped"])
