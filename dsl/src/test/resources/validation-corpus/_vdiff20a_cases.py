"""Cases of the pairwise version audit vdiff20a (issue 10; imported by _generate.py): what a Pod
or workload create reaches in pkg/apis/core/validation/validation.go, compared release by
release from 1.27 to 1.31.

The copies read are the vendored k8s.io/kubernetes trees in ceph/ceph-csi's history, each at a
release tag (its go.mod and vendor/modules.txt name the version): v1.27.4 (a2762b8ed), v1.28.0
(ff3e84ad6), v1.29.0 (e5d9b68d3), v1.30.0 (e727bd351) and v1.31.0 (5a66991bb), with
pkg/apis/core/v1/defaults.go and pkg/features/kube_features.go of the same commits. Every case
sits on one side of a change and has a twin on the other side; the expected errors are written
by hand from those copies, never copied from the validator's output. File names start with
"vdiff20a-" (refused) or "valid-vdiff20a-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("vdiff20a")

    # ------------------------------------------------- validateResizePolicy: pod Never (1.29)
    # v1.28.0 has no pod restartPolicy rule in validateResizePolicy; v1.29.0 adds "must be
    # 'NotRequired' when `restartPolicy` is 'Never'" (kubernetes/kubernetes#118768). The field
    # needs the alpha InPlacePodVerticalScaling gate in both.
    resize = ["InPlacePodVerticalScaling=true"]
    never = pod([c(resizePolicy=[{"resourceName": "cpu", "restartPolicy": "RestartContainer"}])],
                restartPolicy="Never")
    ok("resize-never-1-28", "validateResizePolicy (v1.28.0: no pod restartPolicy rule)", never,
       version="1.28", gates=resize)
    bad("resize-never-1-29", "validateResizePolicy (v1.29.0: RestartContainer in a Never pod)",
        never, "spec.containers[0].resizePolicy: Invalid value", version="1.29", gates=resize)

    # ------------------------------------------- ValidateSecurityContext: Unmasked (1.30)
    # v1.30.0 passes hostUsers to ValidateSecurityContext and refuses procMount Unmasked while
    # hostUsers is true (the default); v1.29.0 only checks the value. ProcMountType is alpha in
    # both, so the gate is turned on (otherwise the strategy resets procMount to Default).
    proc = ["ProcMountType=true"]
    unmasked = pod([c(securityContext={"procMount": "Unmasked"})])
    ok("unmasked-host-users-1-29", "ValidateProcMountType (v1.29.0: no hostUsers condition)",
       unmasked, version="1.29", gates=proc)
    bad("unmasked-host-users-1-30", "ValidateSecurityContext (v1.30.0: `hostUsers` must be "
        "false to use `Unmasked`)", unmasked,
        "spec.containers[0].securityContext.procMount: Invalid value", version="1.30", gates=proc)

    # ----------------------------------------------------- ValidateHostAliases paths (1.30)
    # Up to v1.29.0 the IP and hostnames are reported at fldPath.Child("ip") and
    # Child("hostnames") of the list itself, without indexes; v1.30.0 indexes both.
    aliases = pod(hostAliases=[{"ip": "10.0.0.1", "hostnames": ["db.example"]},
                               {"ip": "10.0.0.300", "hostnames": ["ok.example", "Bad_Host"]}])
    bad("host-aliases-1-29", "ValidateHostAliases (v1.29.0: paths without indexes)", aliases,
        "spec.hostAliases.ip: Invalid value", "spec.hostAliases.hostnames: Invalid value",
        version="1.29")
    bad("host-aliases-1-27", "ValidateHostAliases (v1.27.4: paths without indexes)", aliases,
        "spec.hostAliases.ip: Invalid value", "spec.hostAliases.hostnames: Invalid value",
        version="1.27")
    bad("host-aliases-1-30", "ValidateHostAliases (v1.30.0: hostAliases[i].ip, "
        "hostAliases[i].hostnames[j])", aliases,
        "spec.hostAliases[1].ip: Invalid value", "spec.hostAliases[1].hostnames[1]: Invalid value",
        version="1.30")

    # ------------------------------------- projected serviceAccountToken path (1.30)
    # v1.30.0 checks the token's path with ValidateLocalNonReservedPath (at the projected
    # volume's path) unless AllowNonLocalProjectedTokenPath, which is off on create; v1.29.0
    # only requires a path.
    def token_pod(path):
        return pod(serviceAccountName="default", volumes=[
            {"name": "token", "projected": {"sources": [{"serviceAccountToken": {"path": path}}]}}])

    ok("token-path-absolute-1-29", "validateProjectionSources (v1.29.0: token path not checked)",
       token_pod("/var/run/token"), version="1.29")
    ok("token-path-dotdot-1-27", "validateProjectionSources (v1.27.4: token path not checked)",
       token_pod("../token"), version="1.27")
    bad("token-path-absolute-1-30", "validateProjectionSources (v1.30.0: must be a relative "
        "path)", token_pod("/var/run/token"), "spec.volumes[0].projected.path: Invalid value",
        version="1.30")
    bad("token-path-dotdot-1-31", "validateProjectionSources (v1.31.0: must not contain '..')",
        token_pod("../token"), "spec.volumes[0].projected.path: Invalid value", version="1.31")

    # ------------------------------- clusterTrustBundle path name in projections (1.31)
    # v1.30.0 reports a trust bundle source at "clusterTrustBundlePEM", v1.31.0 at
    # "clusterTrustBundle". ClusterTrustBundleProjection is alpha (off) in both.
    ctb = ["ClusterTrustBundleProjection=true"]
    bundle = pod(volumes=[{"name": "ca", "projected": {"sources": [
        {"clusterTrustBundle": {"signerName": "example.com/signer", "path": ""}}]}}])
    bad("trust-bundle-path-1-30", "validateProjectionSources (v1.30.0: clusterTrustBundlePEM)",
        bundle, "spec.volumes[0].projected.sources[0].clusterTrustBundlePEM.path: Required value",
        version="1.30", gates=ctb)
    bad("trust-bundle-path-1-31", "validateProjectionSources (v1.31.0: clusterTrustBundle)",
        bundle, "spec.volumes[0].projected.sources[0].clusterTrustBundle.path: Required value",
        version="1.31", gates=ctb)

    # ----------------------------- host network ports: validateHostNetwork (1.27 only)
    # v1.27.4: validateHostNetwork, the first check of ValidatePodSecurityContext, reports a
    # hostPort that differs from containerPort at containerPort, for every pod spec; v1.28.0's
    # validatePodHostNetworkDeps (right after the containers) reports it at hostPort. The 1.27
    # check sits after restartPolicy, so an invalid restart policy comes first there.
    ports = [c(ports=[{"containerPort": 80, "hostPort": 8080}])]
    bad("host-network-port-1-27", "validateHostNetwork (v1.27.4: at containerPort, after "
        "restartPolicy)", pod(ports, hostNetwork=True, restartPolicy="Sometimes"),
        "spec.restartPolicy: Unsupported value",
        "spec.containers[0].ports[0].containerPort: Invalid value", version="1.27")
    bad("host-network-port-1-28", "validatePodHostNetworkDeps (v1.28.0: at hostPort, before "
        "restartPolicy)", pod(ports, hostNetwork=True, restartPolicy="Sometimes"),
        "spec.containers[0].ports[0].hostPort: Invalid value",
        "spec.restartPolicy: Unsupported value", version="1.28")
    deployment = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                  "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {
                      "metadata": {"labels": {"app": "web"}},
                      "spec": {"hostNetwork": True, "containers": ports}}}}
    bad("host-network-port-deployment-1-27", "validateHostNetwork (v1.27.4, a Deployment's "
        "template)", deployment,
        "spec.template.spec.containers[0].ports[0].containerPort: Invalid value", version="1.27")
    bad("host-network-port-deployment-1-30", "validatePodHostNetworkDeps (v1.30.0, a "
        "Deployment's template)", deployment,
        "spec.template.spec.containers[0].ports[0].hostPort: Invalid value", version="1.30")

    # ------------------------------- DRA: the generated claim name (checked up to 1.30)
    # validatePodResourceClaim up to v1.30.0 (and v1.29.3, v1.30.3) checks "<pod>-<claim>" as a
    # ResourceClaim name for a claim made from a template ("final ResourceClaim name: ..."); the
    # v1.31.0 rewrite without `source` drops the check (res15 has the 1.31 side).
    long_name = ".".join(["a" * 62] * 4)  # 251 characters, a valid pod name
    bad("claims-final-name-too-long-1-30", "validatePodResourceClaim (v1.30.0: final "
        "ResourceClaim name)", pod(meta={"name": long_name}, resourceClaims=[
            {"name": "gpu", "source": {"resourceClaimTemplateName": "gpu-template"}}]),
        "spec.resourceClaims[0].name: Invalid value", version="1.30",
        gates=["DynamicResourceAllocation=true"])
    bad("claims-final-name-too-long-1-29", "validatePodResourceClaim (v1.29.0: final "
        "ResourceClaim name)", pod(meta={"name": long_name}, resourceClaims=[
            {"name": "gpu", "source": {"resourceClaimTemplateName": "gpu-template"}}]),
        "spec.resourceClaims[0].name: Invalid value", version="1.29",
        gates=["DynamicResourceAllocation=true"])

    # ------------------------------------------ DNS search limits: ExpandedDNSConfig (1.27)
    # v1.27.4's validatePodDNSConfig allows 32 search domains of 2048 characters only with
    # AllowExpandedDNSConfig (the ExpandedDNSConfig gate on create: beta and on in 1.27), else 6
    # of 256; v1.28.0 has the expanded limits alone (the gate GA and locked, gone in 1.30).
    seven = pod(dnsConfig={"searches": ["a.example", "b.example", "c.example", "d.example",
                                        "e.example", "f.example", "g.example"]})
    ok("dns-seven-searches-1-27", "validatePodDNSConfig (v1.27.4: expanded limits, gate on)",
       seven, version="1.27")
    bad("dns-seven-searches-expanded-off-1-27", "validatePodDNSConfig (v1.27.4: ExpandedDNSConfig "
        "turned off: at most 6 search paths)", seven, "spec.dnsConfig.searches: Invalid value",
        version="1.27", gates=["ExpandedDNSConfig=false"])
    bad("dns-long-search-list-expanded-off-1-27", "validatePodDNSConfig (v1.27.4: "
        "ExpandedDNSConfig turned off: at most 256 characters)",
        pod(dnsConfig={"searches": ["a" * 60 + ".example"] * 4 + ["b.example"]}),
        "spec.dnsConfig.searches: Invalid value", version="1.27",
        gates=["ExpandedDNSConfig=false"])

    # ------------------- host-network templates: hostPort defaults (1.27; gate 1.28 to 1.30)
    # v1.27.4's SetDefaults_PodSpec copies containerPort to an unset hostPort in every
    # host-network pod spec; v1.28.0 does it in SetDefaults_Pod, and in templates only with the
    # deprecated DefaultHostNetworkHostPortsInPodTemplates (off; removed in v1.31.0 with the
    # code). Two containers on port 80 then clash in checkHostPortConflicts ("TCP//80").
    two_on_80 = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                 "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {
                     "metadata": {"labels": {"app": "web"}},
                     "spec": {"hostNetwork": True, "containers": [
                         c(ports=[{"containerPort": 80}]),
                         c("metrics", "prom/node-exporter:v1.8.2",
                           ports=[{"containerPort": 80}])]}}}}
    bad("template-host-ports-defaulted-1-27", "SetDefaults_PodSpec (v1.27.4: hostPort defaulted "
        "in templates), checkHostPortConflicts", two_on_80,
        "spec.template.spec.containers[1].ports[0].hostPort: Duplicate value", version="1.27")
    ok("template-host-ports-not-defaulted-1-28", "SetDefaults_PodSpec (v1.28.0: templates keep "
       "hostPort 0, which checkHostPortConflicts skips)", two_on_80, version="1.28")
    bad("template-host-ports-gate-on-1-30", "SetDefaults_PodSpec (v1.30.0 with "
        "DefaultHostNetworkHostPortsInPodTemplates turned on)", two_on_80,
        "spec.template.spec.containers[1].ports[0].hostPort: Duplicate value", version="1.30",
        gates=["DefaultHostNetworkHostPortsInPodTemplates=true"])
